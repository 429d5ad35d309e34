import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/** Clicks a download link, as a person does, and reads the file the browser saved. */
export async function download(page: Page, name: string | RegExp): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  return readFile((await file.path())!);
}
