import type { Page } from 'playwright-core';

/** On a phone the header's links and counts sit behind its "Menu" button: opens it when it is closed. */
export async function openMenu(page: Page) {
  const menu = page.getByRole('button', { name: 'Menu' });
  if ((await menu.getAttribute('aria-expanded')) === 'false') await menu.click();
}
