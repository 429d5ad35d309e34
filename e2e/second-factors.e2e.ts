import { Secret, TOTP } from 'otpauth';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seed/demo.js';
import { testClock } from '../src/server/testing/clock.js';
import { openMenu } from './support/menu.js';
import { codeIn, expectAccessible, heading, phonePage, startPortal, type Portal } from './support/portal.js';
import { signIn } from './support/sign-in.js';

/**
 * Second factors in the browser (issue #14): a passkey made by Chromium's virtual authenticator (the DevTools
 * protocol's WebAuthn domain), an authenticator app whose codes the test computes from the key the page shows, and
 * recovery codes. The portal is served as http://localhost: browsers refuse passkeys on an IP address.
 */
let portal: Portal;

beforeAll(async () => {
  portal = await startPortal({ hostName: 'localhost' });
});
afterAll(async () => {
  await portal?.close();
});

/** A platform authenticator with a discoverable credential store and a verified user, as a phone with a screen lock. */
async function addVirtualAuthenticator(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  return { credentials: async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials };
}

/**
 * The code an authenticator app shows for `key`, `stepsAhead` 30-second steps from now (the portal allows one step of
 * drift). An app on a phone knows the real time, not the run's shifted day: the clock's time less its offset.
 */
const appCode = (key: string, stepsAhead = 0) =>
  new TOTP({ secret: Secret.fromBase32(key), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
    timestamp: testClock.now().getTime() - testClock.offsetMs + stepsAhead * 30_000,
  });

/** Password only, up to the page that comes next (the dashboard, or "Finish signing in"). */
async function enterPassword(page: Page, loginId: string, password = DEMO_PASSWORD, as: 'Provider' | 'County staff' = 'Provider') {
  await page.goto(`${portal.baseUrl}/sign-in`);
  await heading(page, 'Sign in');
  if (as === 'County staff') await page.locator('label[for="sign-in-type-staff"]').click();
  await page.getByLabel(as === 'Provider' ? 'Provider ID' : 'Staff username', { exact: true }).fill(loginId);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

async function signOut(page: Page) {
  await openMenu(page);
  await page.getByRole('button', { name: 'Sign out' }).first().click();
  await page.getByText('You have signed out.').waitFor();
}

/**
 * Adds an authenticator app from "Set up an authenticator app" (on "Sign-in and security", or among the choices of the
 * set-up every page shows): reads the key the page shows, as a person types it into an app that cannot scan, and
 * confirms with the app's first code. Returns the key.
 */
async function setUpAuthenticatorApp(page: Page) {
  await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
  await page.getByRole('heading', { name: 'Scan the QR code with the app' }).waitFor();
  await page.getByRole('img', { name: 'QR code to scan with your authenticator app' }).waitFor();
  const key = (await page.locator('code[translate="no"]').textContent())!.replace(/\s/g, '');
  expect(key).toMatch(/^[A-Z2-7]{16,}$/);
  await expectAccessible(page, 'authenticator app: key and QR code');
  await page.getByLabel('First code from the app').fill(appCode(key));
  await page.getByRole('button', { name: 'Confirm app' }).click();
  return key;
}

describe('second factors, on a phone', () => {
  it('a provider adds a passkey on "Sign-in and security", signs out, and signs in with the passkey alone', async () => {
    const { context, page } = await phonePage(portal);
    const authenticator = await addVirtualAuthenticator(context, page);
    await signIn(portal, page, 'Provider', '900000002', 'James');

    // Invited, as a provider with no second factor: "Set up now" opens "Sign-in and security".
    const invitation = page.getByRole('region', { name: 'Protect your account with a second way to sign in' });
    await invitation.waitFor();
    await expectAccessible(page, 'dashboard: invitation to add a second factor');
    await invitation.getByRole('link', { name: 'Set up now' }).click();
    await heading(page, 'Sign-in and security');
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    await page.getByLabel('Name for this passkey').fill('My phone');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('The passkey “My phone” was added.').waitFor();
    await page.getByText('My phone', { exact: true }).waitFor();
    await expectAccessible(page, 'sign-in and security: a passkey added');
    const made = await authenticator.credentials();
    expect(made).toHaveLength(1);
    expect(made[0]!.isResidentCredential).toBe(true);

    await signOut(page);
    await heading(page, 'Sign in');
    const passkey = page.getByRole('button', { name: 'Sign in with a passkey', exact: true });
    await passkey.waitFor();
    await expectAccessible(page, 'sign in: with a passkey offered');
    await passkey.click();
    await heading(page, 'Hello, James');
    // A passkey is the account's second factor: no invitation any more.
    expect(await invitation.count()).toBe(0);
    expect((await authenticator.credentials())[0]!.signCount).toBeGreaterThan(0);

    // The password still works, and then asks for the passkey, the factor used last.
    await signOut(page);
    await enterPassword(page, '900000002');
    await heading(page, 'Finish signing in');
    await page.getByRole('heading', { name: 'Use your passkey', level: 2 }).waitFor();
    await expectAccessible(page, 'finish signing in: passkey');
    await page.getByRole('button', { name: 'Use your passkey' }).click();
    await heading(page, 'Hello, James');
    await context.close();
  });

  it('a county worker with no second factor sets up an authenticator app before reaching the console', async () => {
    // The demo staff have text-message codes; this worker has lost them (as if the county had reset them).
    const worker = await portal.db.db.selectFrom('users').select('id').where('login_id', '=', 'demo.worker').executeTakeFirstOrThrow();
    await portal.db.db.deleteFrom('sms_factors').where('user_id', '=', worker.id).execute();

    const { context, page } = await phonePage(portal);
    await enterPassword(page, 'demo.worker', DEMO_PASSWORD, 'County staff');
    await heading(page, 'Set up a second way to sign in');
    await page.getByText('County and state staff must use a second way to sign in').waitFor();
    await expectAccessible(page, 'set up a second way to sign in');

    // Every page is the set-up until a factor is added.
    await page.goto(`${portal.baseUrl}/staff`);
    await heading(page, 'Set up a second way to sign in');
    expect(await page.getByRole('heading', { name: 'County console' }).count()).toBe(0);

    await page.locator('label[for="add-factor-choice-app"]').click();
    await setUpAuthenticatorApp(page);
    await page.getByText('Your second way to sign in is set up.').waitFor();
    // Recovery codes are offered next; "Not now" goes on.
    await expectAccessible(page, 'set up: recovery codes offered');
    await page.getByRole('button', { name: 'Not now' }).click();
    await heading(page, 'County console');
    await context.close();
  });

  it('a provider who lost the phone with the authenticator app signs in with a recovery code, each code once', async () => {
    const { context, page } = await phonePage(portal);
    await signIn(portal, page, 'Provider', '900000001', 'Maria');
    await page.goto(`${portal.baseUrl}/profile/security`);
    await heading(page, 'Sign-in and security');
    await setUpAuthenticatorApp(page);
    await page.getByText('An authenticator app is set up.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Create recovery codes' }).click();
    await page.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
    const codes = (await page.locator('ol.recovery-codes li').allTextContents()).map((c) => c.trim());
    expect(codes).toHaveLength(10);
    await expectAccessible(page, 'recovery codes shown once');
    // A USWDS checkbox: its input is hidden off screen, and the label is what a person taps.
    await page.locator('label[for="recovery-saved"]').click();
    expect(await page.getByLabel('I saved these codes').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByText('Your new recovery codes are ready. Each works once.').waitFor();
    await signOut(page);

    // The phone is gone: a wrong app code, then a recovery code typed with a space and in lower case.
    await enterPassword(page, '900000001');
    await heading(page, 'Finish signing in');
    const appField = page.getByLabel('6-digit code');
    expect(await appField.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await appField.getAttribute('inputmode')).toBe('numeric');
    await appField.fill('000000');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('.usa-error-message', { hasText: 'That code is not right' }).waitFor();
    expect(await appField.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'finish signing in: wrong app code');

    await page.getByRole('button', { name: 'Use a recovery code' }).click();
    await page.getByRole('heading', { name: 'Use a recovery code', level: 2 }).waitFor();
    await expectAccessible(page, 'finish signing in: recovery code');
    await page.getByLabel('Recovery code', { exact: true }).fill(codes[0]!.toLowerCase().replace('-', ' '));
    await page.getByRole('button', { name: 'Continue' }).click();
    await heading(page, 'Hello, Maria');
    await signOut(page);

    // The same code does not work twice; the next one does.
    await enterPassword(page, '900000001');
    await heading(page, 'Finish signing in');
    await page.getByRole('button', { name: 'Use a recovery code' }).click();
    const codeField = page.getByLabel('Recovery code', { exact: true });
    await codeField.fill(codes[0]!);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('.usa-error-message', { hasText: 'has already been used' }).waitFor();
    await codeField.fill(codes[1]!);
    await page.getByRole('button', { name: 'Continue' }).click();
    await heading(page, 'Hello, Maria');
    await context.close();
  });

  it('a password reset by emailed code keeps the second factor: after the new password it is still asked for', async () => {
    const { context, page } = await phonePage(portal);
    await signIn(portal, page, 'Provider', '900000003', 'Ani');
    await page.goto(`${portal.baseUrl}/profile/security`);
    await heading(page, 'Sign-in and security');
    const key = await setUpAuthenticatorApp(page);
    await page.getByText('An authenticator app is set up.', { exact: false }).waitFor();
    await signOut(page);

    await page.getByRole('link', { name: 'Forgot password?' }).first().click();
    await heading(page, 'Reset your password');
    await page.getByLabel('Provider ID', { exact: true }).fill('900000003');
    await page.getByLabel('Email me a code').check();
    const since = portal.smtp.mark();
    await page.getByRole('button', { name: 'Continue' }).click();
    const mail = await portal.smtp.latestTo('ani.petrosyan@example.com', since);
    await page.getByLabel('Code', { exact: true }).fill(codeIn(mail.text));
    await page.getByRole('button', { name: 'Continue' }).click();
    const newPassword = 'the river otter naps at noon';
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('Type the new password again').fill(newPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('heading', { name: 'Your password has been changed' }).waitFor();
    await page.getByRole('link', { name: 'Sign in with your new password' }).click();

    await enterPassword(page, '900000003', newPassword);
    await heading(page, 'Finish signing in');
    await page.getByRole('heading', { name: 'Enter the code from your authenticator app', level: 2 }).waitFor();
    // The next step's code: the one that confirmed the app is spent, and the portal accepts one step of drift.
    await page.getByLabel('6-digit code').fill(appCode(key, 1));
    await page.getByRole('button', { name: 'Continue' }).click();
    await heading(page, 'Hello, Ani');
    await context.close();
  });
});
