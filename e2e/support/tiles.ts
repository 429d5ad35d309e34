import type { Page } from 'playwright-core';

/** USWDS radio tiles hide their inputs: people tap the label, whose text starts with the choice. */
export const tile = (page: Page, text: string) => page.locator('label.usa-radio__label').filter({ hasText: new RegExp(`^${text}`) });
