import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_UNREGISTERED } from '../src/db/seed/demo.js';
import { testNow } from './support/dates.js';
import { apiSettled, codeIn, expectAccessible, phonePage, startPortal, type Portal } from './support/portal.js';
import { openMenu } from './support/menu.js';

let portal: Portal;

beforeAll(async () => {
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.close();
});

async function signIn(page: Page, loginId: string, password: string) {
  await page.getByLabel('Provider ID', { exact: true }).fill(loginId);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

describe('the front door, on a phone', () => {
  it('a provider creates their account from the county page with the code emailed to them, then signs in', async () => {
    const { context, page } = await phonePage(portal);
    await page.goto(`${portal.baseUrl}/counties/los-angeles`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Los Angeles');
    await expectAccessible(page, 'county page');

    await page.getByRole('link', { name: 'Create your account' }).first().click();
    await page.getByRole('heading', { name: 'Create your account', level: 1 }).waitFor();
    await page.getByLabel('Provider ID', { exact: true }).fill(DEMO_UNREGISTERED.loginId);
    await page.getByLabel('Last name', { exact: true }).fill(DEMO_UNREGISTERED.lastName);
    await page.getByLabel('Month', { exact: true }).fill('05');
    await page.getByLabel('Day', { exact: true }).fill('14');
    await page.getByLabel('Year', { exact: true }).fill('1979');
    await page.getByLabel('Last 4 digits of your Social Security number').fill('0000');
    await expectAccessible(page, 'create account: identity');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('We could not match these details').first().waitFor();
    await expectAccessible(page, 'create account: identity not matched');
    await page.getByLabel('Last 4 digits of your Social Security number').fill(DEMO_UNREGISTERED.ssnLast4);
    await page.getByRole('button', { name: 'Continue' }).click();

    const since = portal.smtp.mark();
    await page.getByLabel('Email address').fill(DEMO_UNREGISTERED.email);
    await expectAccessible(page, 'create account: email');
    await page.getByRole('button', { name: 'Send code' }).click();
    const mail = await portal.smtp.latestTo(DEMO_UNREGISTERED.email, since);
    await page.getByLabel('Code', { exact: true }).fill(codeIn(mail.text));
    await expectAccessible(page, 'create account: code');
    await page.getByRole('button', { name: 'Confirm email' }).click();

    const password = 'blue heron walks the quiet levee';
    await page.getByLabel('New password', { exact: true }).fill(password);
    await page.getByLabel('Type the new password again').fill(password);
    for (const [i, q] of [['first_school', 'Roosevelt'], ['first_pet', 'Luna'], ['childhood_street', 'Olive Avenue']].entries()) {
      await page.getByLabel(`Question ${i + 1}`).selectOption(q[0]!);
      await page.getByLabel(`Answer ${i + 1}`).fill(q[1]!);
    }
    await expectAccessible(page, 'create account: password');
    await page.getByRole('button', { name: 'Create account' }).click();

    await page.getByText('Your account is ready').waitFor();
    await expectAccessible(page, 'sign in after set-up');
    await signIn(page, DEMO_UNREGISTERED.loginId, password);
    await page.getByRole('heading', { name: `Hello, ${DEMO_UNREGISTERED.firstName}` }).waitFor();
    for (const region of ['Needs your attention', 'Scheduled visits', 'Timekeeping', 'Billing and invoicing', 'Messages and notifications']) {
      await page.getByRole('heading', { name: region, exact: true }).waitFor();
    }
    await expectAccessible(page, 'dashboard');
    await context.close();
  });

  it('a provider who fails until locked sees why and until when, and unlocks by resetting the password by email', async () => {
    const { context, page } = await phonePage(portal);
    await page.goto(`${portal.baseUrl}/counties/los-angeles`);
    await signIn(page, '123-45-6789', 'anything at all');
    await page.getByText("not your Social Security number").first().waitFor();
    await expectAccessible(page, 'sign in: SSN hint');

    for (let i = 0; i < 5; i++) await signIn(page, '900000001', `wrong password attempt ${i}`);
    await page.getByRole('heading', { name: 'Your account is locked' }).waitFor();
    await page.getByText('(555) 010-0199').first().waitFor();
    await expectAccessible(page, 'sign in: locked');
    await signIn(page, '900000001', DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Your account is locked' }).waitFor();

    await page.getByRole('link', { name: 'Forgot password?' }).first().click();
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await page.getByLabel('Provider ID', { exact: true }).fill('900000001');
    await page.getByLabel('Email me a code').check();
    await expectAccessible(page, 'reset: find account');
    const since = portal.smtp.mark();
    await page.getByRole('button', { name: 'Continue' }).click();
    const mail = await portal.smtp.latestTo('maria.gonzalez@example.com', since);
    await page.getByLabel('Code', { exact: true }).fill(codeIn(mail.text));
    await expectAccessible(page, 'reset: code');
    await page.getByRole('button', { name: 'Continue' }).click();
    const newPassword = 'a new and much longer passphrase';
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('Type the new password again').fill(newPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('heading', { name: 'Your password has been changed' }).waitFor();
    await expectAccessible(page, 'reset: done');
    const changedNotice = () =>
      portal.smtp.inbox.slice(since).some((m) => m.to.includes('maria.gonzalez@example.com') && m.subject.includes('password was changed'));
    await expect.poll(changedNotice).toBe(true);

    await page.getByRole('link', { name: 'Sign in with your new password' }).click();
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await signIn(page, '900000001', newPassword);
    await page.getByRole('heading', { name: 'Hello, Maria' }).waitFor();
    await context.close();
  });

  it('after "Sign out", Back shows nothing private', async () => {
    const { context, page } = await phonePage(portal);
    await page.goto(`${portal.baseUrl}/sign-in`);
    // Scanned once the app has drawn the page: before that the document has no main landmark yet.
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await expectAccessible(page, 'sign in');
    await signIn(page, '900000002', DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Hello, James' }).waitFor();
    await page.getByRole('link', { name: 'Sign-in history' }).click();
    await page.getByRole('heading', { name: 'Sign-in history' }).waitFor();
    await page.getByText('Signed in', { exact: true }).first().waitFor();
    await expectAccessible(page, 'sign-in history');

    await openMenu(page);
    await page.getByRole('button', { name: 'Sign out' }).first().click();
    await page.getByText('You have signed out.').waitFor();
    await page.goBack();
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.url()).toContain('/sign-in');
    expect(await page.getByText('James').count()).toBe(0);
    expect(await page.getByText('Signed in', { exact: true }).count()).toBe(0);
    await context.close();
  });

  it('warns a minute before the idle timeout and "Stay signed in" keeps the session', async () => {
    const { context, page } = await phonePage(portal);
    // The phone's clock starts at the server's now (the run's today), so moving it on is the only skew the page sees.
    await page.clock.install({ time: testNow() });
    await page.goto(`${portal.baseUrl}/sign-in`);
    await signIn(page, '900000003', DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Hello, Ani' }).waitFor();
    await apiSettled(page);
    await page.clock.fastForward('14:05');
    const dialog = page.getByRole('dialog', { name: 'Your session is about to end' });
    await dialog.waitFor();
    await expectAccessible(page, 'idle warning');
    await dialog.getByRole('button', { name: 'Stay signed in' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: 'Hello, Ani' }).waitFor();
    await context.close();
  });
});
