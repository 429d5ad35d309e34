import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seed/demo.js';
import { addDays } from '../src/domain/index.js';
import { mdy, testToday } from './support/dates.js';
import { codeIn, expectAccessible, heading, phonePage, startPortal, type Portal } from './support/portal.js';
import { signIn } from './support/sign-in.js';
import { openMenu } from './support/menu.js';

let portal: Portal;

beforeAll(async () => {
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.close();
});

async function signInProvider(page: Page, providerId: string, password = DEMO_PASSWORD) {
  await page.goto(`${portal.baseUrl}/sign-in`);
  await heading(page, 'Sign in');
  await page.getByLabel('Provider ID', { exact: true }).fill(providerId);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Staff sign in on a fresh page: account type "County staff" (a USWDS tile: its label is what can be clicked). */
async function staffPage(username: string) {
  const { context, page } = await phonePage(portal);
  await signIn(portal, page, 'County staff', username);
  return { context, page };
}

async function fillDate(page: Page, group: string, [month, day, year]: [string, string, string]) {
  const fields = page.getByRole('group', { name: group, exact: true });
  await fields.getByLabel('Month').fill(month);
  await fields.getByLabel('Day').fill(day);
  await fields.getByLabel('Year').fill(year);
}

/** The number in the header's "Unread messages: n" link. */
async function unreadInHeader(page: Page): Promise<number> {
  await openMenu(page);
  const text = await page.getByRole('link', { name: /^Unread messages: \d+/ }).textContent();
  return Number(/Unread messages: (\d+)/.exec(text ?? '')![1]);
}

describe('county console and messages, on a phone', () => {
  it('a worker enrols a provider and prints the letter; the provider creates the account from it and signs in', async () => {
    const { context, page } = await staffPage('demo.worker');
    await openMenu(page);
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'County console' }).click();
    await heading(page, 'County console');
    await expectAccessible(page, 'console home');

    await page.getByRole('link', { name: 'Enrol a provider' }).click();
    await heading(page, 'Enrol a provider');
    await page.getByLabel('First name', { exact: true }).fill('Teresa');
    await page.getByLabel('Last name', { exact: true }).fill('Okafor');
    await fillDate(page, 'Date of birth', ['08', '21', String(Number(testToday().slice(0, 4)) - 36)]);
    await page.getByLabel('Last 4 digits of the Social Security number').fill('4821');
    await page.getByLabel('Email address (optional)').fill('teresa.okafor@example.com');
    await fillDate(page, 'Provider orientation completed on', mdy(addDays(testToday(), -300)));
    await fillDate(page, 'Background check cleared on', mdy(addDays(testToday(), -292)));
    await expectAccessible(page, 'enrol');
    await page.getByRole('button', { name: 'Enrol and issue Provider ID' }).click();

    await heading(page, /^Enrolment letter for Provider ID \d{9}$/);
    const providerId = (await page.locator('.letter__id-value').textContent())!;
    expect(providerId).toMatch(/^\d{9}$/);
    const letter = page.getByRole('article', { name: 'Enrolment letter' });
    await letter.getByText('How to create your account').waitFor();
    expect(await letter.textContent()).toContain(`${new URL(portal.baseUrl).host}/create-account`);
    expect(await letter.locator('a').count()).toBe(0);
    await expectAccessible(page, 'letter');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isHidden()).toBe(true);
    expect(await page.getByRole('button', { name: 'Print letter' }).isHidden()).toBe(true);
    expect(await letter.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('link', { name: 'Enrolled providers' }).click();
    await heading(page, 'Enrolled providers');
    await page.getByRole('link', { name: 'Letter for Teresa Okafor' }).waitFor();
    await expectAccessible(page, 'enrolments');
    await context.close();

    const provider = await phonePage(portal);
    const p = provider.page;
    await p.goto(`${portal.baseUrl}/create-account`);
    await heading(p, 'Create your account');
    await p.getByLabel('Provider ID', { exact: true }).fill(providerId);
    await p.getByLabel('Last name', { exact: true }).fill('Okafor');
    await p.getByLabel('Month', { exact: true }).fill('08');
    await p.getByLabel('Day', { exact: true }).fill('21');
    await p.getByLabel('Year', { exact: true }).fill('1990');
    await p.getByLabel('Last 4 digits of your Social Security number').fill('4821');
    await p.getByRole('button', { name: 'Continue' }).click();
    const since = portal.smtp.mark();
    await p.getByLabel('Email address').fill('teresa.okafor@example.com');
    await p.getByRole('button', { name: 'Send code' }).click();
    const mail = await portal.smtp.latestTo('teresa.okafor@example.com', since);
    await p.getByLabel('Code', { exact: true }).fill(codeIn(mail.text));
    await p.getByRole('button', { name: 'Confirm email' }).click();
    const password = 'teresa keeps the garden by the river';
    await p.getByLabel('New password', { exact: true }).fill(password);
    await p.getByLabel('Type the new password again').fill(password);
    for (const [i, q] of [['first_school', 'Lincoln'], ['first_pet', 'Canela'], ['childhood_street', 'Maple Street']].entries()) {
      await p.getByLabel(`Question ${i + 1}`).selectOption(q[0]!);
      await p.getByLabel(`Answer ${i + 1}`).fill(q[1]!);
    }
    await p.getByRole('button', { name: 'Create account' }).click();
    await p.getByText('Your account is ready').waitFor();
    await p.getByLabel('Provider ID', { exact: true }).fill(providerId);
    await p.getByLabel('Password', { exact: true }).fill(password);
    await p.getByRole('button', { name: 'Sign in', exact: true }).click();
    await p.getByRole('heading', { name: 'Hello, Teresa' }).waitFor();
    await provider.context.close();
  });

  it('a provider on the dashboard sees a county broadcast arrive live, replies and acknowledges; the worker sees it', async () => {
    const provider = await phonePage(portal);
    const p = provider.page;
    await signInProvider(p, '900000002');
    await p.getByRole('heading', { name: 'Hello, James' }).waitFor();
    await p.getByRole('heading', { name: 'Messages and notifications', exact: true }).waitFor();
    await openMenu(p);
    await p.getByRole('link', { name: /^Unread messages: \d+/ }).waitFor();
    const before = await unreadInHeader(p);
    await expectAccessible(p, 'dashboard with messages');

    const worker = await staffPage('demo.worker');
    const w = worker.page;
    await w.goto(`${portal.baseUrl}/staff/messages/new`);
    await heading(w, 'Write a message');
    await w.getByText('Your county will never ask for your password in a message.').waitFor();
    await w.locator('label[for="compose-audience-county"]').click();
    const subject = 'New wage rate from March 1';
    await w.getByLabel('Subject').fill(subject);
    await w.getByLabel('Message', { exact: true }).fill('The hourly wage rises to $19.50 from March 1.\nNo action is needed.');
    await w.locator('label[for="compose-requiresAck"]').click();
    await expectAccessible(w, 'compose');
    await w.getByRole('button', { name: 'Send message' }).click();
    await heading(w, subject);
    await w.getByText(/The message is sent\. Providers reached: \d+\./).waitFor();

    // No reload on the provider's page: the count comes over the live stream.
    await expect.poll(() => unreadInHeader(p), { timeout: 15_000 }).toBe(before + 1);
    await p.getByText('New messages have arrived.').waitFor();
    await p.getByRole('link', { name: /^Unread messages: / }).click();
    await heading(p, 'Messages');
    await expectAccessible(p, 'inbox');
    await p.getByRole('link', { name: subject }).click();
    await heading(p, subject);
    await p.getByText('Your county will never ask for your password in a message.').waitFor();
    await p.getByText('The hourly wage rises to $19.50 from March 1.').waitFor();
    await expect.poll(() => unreadInHeader(p)).toBe(before);
    await p.getByLabel('Ask a question about this message').fill('Does this apply to overtime hours too?');
    await expectAccessible(p, 'thread');
    await p.getByRole('button', { name: 'Send reply' }).click();
    await p.getByText('Your reply is sent.').waitFor();
    await p.getByRole('button', { name: 'Acknowledge' }).click();
    await p.getByText(/You acknowledged this message on/).waitFor();
    await expectAccessible(p, 'thread acknowledged');

    await w.reload();
    await heading(w, subject);
    const row = w.getByRole('row', { name: /James Nguyen \(900000002\)/ });
    await row.getByText('Waiting for an answer').waitFor();
    expect(await row.getByText('Not yet').count()).toBe(0);
    await w.getByText('Does this apply to overtime hours too?').waitFor();
    await w.getByText(/acknowledged by 1$/).waitFor();
    await expectAccessible(w, 'staff thread');
    await w.getByLabel('Answer to').selectOption('900000002');
    await w.getByLabel('Your answer').fill('Yes, overtime is paid at 1.5 times the new rate.');
    await w.getByRole('button', { name: 'Send reply' }).click();
    await w.getByText('Your reply is sent.').waitFor();
    await w.getByRole('link', { name: 'Back to county messages' }).click();
    await heading(w, 'County messages');
    await expectAccessible(w, 'county messages');

    await p.reload();
    await heading(p, subject);
    await p.getByText('Yes, overtime is paid at 1.5 times the new rate.').waitFor();
    await worker.context.close();
    await provider.context.close();
  });

  it('a worker unlocks a provider locked by failed sign-ins, who then signs in; deactivate and reinstate', async () => {
    const provider = await phonePage(portal);
    const p = provider.page;
    await p.goto(`${portal.baseUrl}/sign-in`);
    await heading(p, 'Sign in');
    for (let i = 0; i < 5; i++) {
      await p.getByLabel('Provider ID', { exact: true }).fill('900000003');
      await p.getByLabel('Password', { exact: true }).fill(`not the password ${i}`);
      await p.getByRole('button', { name: 'Sign in', exact: true }).click();
    }
    await p.getByRole('heading', { name: 'Your account is locked' }).waitFor();

    const worker = await staffPage('demo.worker');
    const w = worker.page;
    await w.goto(`${portal.baseUrl}/staff/unlock`);
    await heading(w, 'Unlock an account');
    await w.getByLabel('Provider ID, case number or staff username').fill('900000003');
    await w.getByRole('button', { name: 'Find account' }).click();
    await w.getByText(/^Locked until /).waitFor();
    expect(w.url()).toContain('/staff/accounts/900000003');
    await w.getByRole('button', { name: 'Show sign-in history' }).click();
    await w.getByRole('cell', { name: 'Account locked' }).first().waitFor();
    await expectAccessible(w, 'account page, locked');
    await w.getByRole('button', { name: 'Unlock account' }).click();
    await w.getByText('The account is unlocked. Ani Petrosyan can sign in again now.').waitFor();

    await p.getByLabel('Provider ID', { exact: true }).fill('900000003');
    await p.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await p.getByRole('button', { name: 'Sign in', exact: true }).click();
    await p.getByRole('heading', { name: 'Hello, Ani' }).waitFor();

    await w.getByLabel('Reason for deactivating').fill('No longer works for an IHSS recipient.');
    await w.getByRole('button', { name: 'Deactivate account' }).click();
    await w.getByRole('group', { name: 'Deactivate the account of Ani Petrosyan?' }).waitFor();
    await expectAccessible(w, 'account page, confirm deactivation');
    await w.getByRole('button', { name: 'Yes, deactivate' }).click();
    await w.getByText('The account of Ani Petrosyan is deactivated.').waitFor();
    await w.getByText('Reason: No longer works for an IHSS recipient.').waitFor();
    // The provider's open page learns over the live stream that the session is over.
    await heading(p, 'Sign in');
    await w.getByRole('button', { name: 'Reinstate account' }).click();
    await w.getByText('The account of Ani Petrosyan is reinstated. They can sign in again.').waitFor();
    await worker.context.close();
    await provider.context.close();
  });

  it('settings, county admins, notifications and preferences pass axe', async () => {
    const admin = await staffPage('demo.admin');
    await admin.page.goto(`${portal.baseUrl}/staff/settings`);
    await heading(admin.page, 'County settings');
    await admin.page.getByRole('heading', { name: 'Los Angeles', exact: true }).waitFor();
    await admin.page.getByText('A whole number from 3 to 20.').waitFor();
    await expectAccessible(admin.page, 'settings');
    await admin.page.getByRole('button', { name: 'Save settings' }).click();
    await admin.page.getByText('The settings are saved.').waitFor();
    await admin.context.close();

    const state = await staffPage('demo.state');
    await state.page.goto(`${portal.baseUrl}/state/county-admins`);
    await heading(state.page, 'County administrators');
    await state.page.getByLabel('County', { exact: true }).selectOption({ label: 'Fresno' });
    await state.page.getByLabel('Staff username').fill('fresno.admin');
    await state.page.getByLabel('First name').fill('Lee');
    await state.page.getByLabel('Last name').fill('Vang');
    await state.page.getByLabel('Work email address').fill('lee.vang@example.com');
    await state.page.getByRole('button', { name: 'Add administrator' }).click();
    await state.page.getByText(/Lee Vang \(fresno\.admin\) is added/).waitFor();
    await expectAccessible(state.page, 'county admins');
    await state.context.close();

    const provider = await phonePage(portal);
    await signInProvider(provider.page, '900000001');
    await provider.page.getByRole('heading', { name: 'Hello, Maria' }).waitFor();
    await openMenu(provider.page);
    await provider.page.getByRole('link', { name: /^Unread notifications: / }).click();
    await heading(provider.page, 'Notifications');
    await expectAccessible(provider.page, 'notifications');
    await provider.page.getByRole('link', { name: 'Choose how we notify you' }).click();
    await heading(provider.page, 'Notification preferences');
    const locked = provider.page.getByRole('checkbox', { name: 'Password changed: Email' });
    expect(await locked.isChecked()).toBe(true);
    expect(await locked.isDisabled()).toBe(true);
    await expectAccessible(provider.page, 'preferences');
    await provider.page.locator('label[for="pref-new_message-email"]').click();
    await provider.page.getByRole('button', { name: 'Save preferences' }).click();
    await provider.page.getByText('Your preferences are saved.').waitFor();
    await provider.context.close();
  });
});
