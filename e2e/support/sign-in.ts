import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/db/seed/demo.js';
import type { Portal } from './portal.js';

export type AccountChoice = 'Provider' | 'Recipient' | 'County staff';

const TYPE: Record<AccountChoice, string> = { Provider: 'provider', Recipient: 'recipient', 'County staff': 'staff' };
const ID_LABEL: Record<AccountChoice, string> = { Provider: 'Provider ID', Recipient: 'Case number', 'County staff': 'Staff username' };

/**
 * Signs in from /sign-in as a person does (the account type is a USWDS tile, so its label is clicked) and
 * waits for the dashboard's greeting, by first name when given. The demo staff must give a second factor (issue
 * #14): their text-message code is read where the demo's texts land, its outbox, as someone trying the demo does.
 */
export async function signIn(portal: Portal, page: Page, as: AccountChoice, loginId: string, firstName?: string, password = DEMO_PASSWORD) {
  await page.goto(`${portal.baseUrl}/sign-in`);
  await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
  if (as !== 'Provider') await page.locator(`label[for="sign-in-type-${TYPE[as]}"]`).click();
  await page.getByLabel(ID_LABEL[as], { exact: true }).fill(loginId);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const greeting = page.getByRole('heading', { name: firstName ? `Hello, ${firstName}` : /^Hello, / });
  const secondStep = page.getByRole('heading', { name: 'Finish signing in', level: 1 });
  await greeting.or(secondStep).waitFor();
  if (await secondStep.isVisible()) {
    await page.getByRole('button', { name: /^Send a code to / }).click();
    await page.getByText(/^We sent a code to /).waitFor();
    await page.getByLabel('6-digit code').fill(await lastTextedCode(portal));
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await greeting.waitFor();
  }
}

/** The code of the newest text in the demo outbox. */
export async function lastTextedCode(portal: Portal): Promise<string> {
  const text = await portal.db.db.selectFrom('mail_outbox').select('body_text').where('channel', '=', 'sms').orderBy('id', 'desc').executeTakeFirstOrThrow();
  return /^\d{6}/.exec(text.body_text)![0];
}
