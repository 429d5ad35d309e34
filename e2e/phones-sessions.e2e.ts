import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seed/demo.js';
import { addDays } from '../src/domain/index.js';
import { TestClient } from '../src/server/testing/test-app.js';
import { payPeriodBack, spanPattern } from './support/dates.js';
import { expectFocusNeverObscured } from './support/accessibility.js';
import { expectAccessible, heading, phonePage, startPortal, type Portal } from './support/portal.js';
import { signIn } from './support/sign-in.js';
import { tile } from './support/tiles.js';
import { untilTheTestTimesOut } from './support/waiting.js';

let portal: Portal;

beforeAll(async () => {
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.close();
});

const PHONE_HEIGHT = 844;

/** Where the page's title sits on the first screen, in CSS pixels from the top of the viewport. */
const titleBox = (page: Page) =>
  page.evaluate(() => {
    const box = document.querySelector('main h1')!.getBoundingClientRect();
    return { mainTop: Math.round(document.querySelector('main')!.getBoundingClientRect().top), titleBottom: Math.round(box.bottom) };
  });

/** A timesheet of the provider's, opened through the API: the header is measured on the page, not on how it was reached. */
async function openedTimesheet(providerId: string, caseNumber: string, periodStart: string): Promise<number> {
  const c = new TestClient(portal.app);
  expect((await c.signIn('provider', providerId, DEMO_PASSWORD)).statusCode).toBe(200);
  return (((await c.post('/api/timesheets/open', { caseNumber, payPeriodStart: periodStart })).json()) as { id: number }).id;
}

describe('the header on a phone', () => {
  it("shows each page's title on the first screen, and its menu reaches Messages and Profile, by touch and keyboard", async () => {
    const timesheetId = await openedTimesheet('900000001', '9000001', payPeriodBack(1).start);
    const { context, page } = await phonePage(portal);
    await signIn(portal, page, 'Provider', '900000001', 'Maria');
    const measured: Record<string, { mainTop: number; titleBottom: number }> = { dashboard: await titleBox(page) };
    await page.goto(`${portal.baseUrl}/check-in`);
    await heading(page, 'Check in and out');
    measured.checkIn = await titleBox(page);
    await page.goto(`${portal.baseUrl}/timesheets/${timesheetId}`);
    await page.locator('main h1').waitFor();
    measured.timesheet = await titleBox(page);
    console.log(`header on a 390x844 phone: ${JSON.stringify(measured)}`);
    for (const box of Object.values(measured)) expect(box.titleBottom).toBeLessThanOrEqual(PHONE_HEIGHT);
    // The longest form a provider fills on a phone, walked by keyboard to its last field and on to the footer.
    await expectFocusNeverObscured(page, 'timesheet on a phone');

    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('link', { name: 'Profile' }).isVisible()).toBe(false);
    await menu.click();
    const nav = page.getByRole('navigation', { name: 'Main menu' });
    await nav.getByRole('link', { name: 'Messages' }).waitFor();
    await expectAccessible(page, 'menu open on a phone');
    await nav.getByRole('link', { name: 'Profile' }).click();
    await heading(page, 'Your contact details');
    expect(await page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')).toBe('false');

    // The keyboard: Enter opens, Tab reaches the links, Escape closes and gives the focus back.
    await page.getByRole('button', { name: 'Menu' }).focus();
    await page.keyboard.press('Enter');
    await nav.getByRole('link', { name: 'Dashboard' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Dashboard');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe('site-menu');
    expect(await nav.isVisible()).toBe(false);
    await context.close();
  });
});

describe('a check-out tapped after the session ended', () => {
  it('is kept on the phone, the sign-in page says so, and it is recorded with its tap time once the provider signs in again', async () => {
    const { context, page } = await phonePage(portal);
    await signIn(portal, page, 'Provider', '900000002', 'James');
    await page.goto(`${portal.baseUrl}/check-in`);
    await heading(page, 'Check in and out');
    await tile(page, 'Walter Brooks').click();
    await tile(page, 'Community').click();
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    await page.getByRole('heading', { name: 'You are checked in' }).waitFor();
    const taps = () =>
      portal.db.db
        .selectFrom('evv_taps')
        .innerJoin('cases', 'cases.id', 'evv_taps.case_id')
        .select(['evv_taps.kind', 'evv_taps.tapped_at', 'evv_taps.received_at'])
        .where('cases.case_number', '=', '9000002')
        .orderBy('evv_taps.tapped_at')
        .execute();
    await expect.poll(async () => (await taps()).length, untilTheTestTimesOut).toBe(1);

    // The visit outlasted the idle timeout while the phone slept: the server ends the session, the phone still shows
    // the page, and the first request it makes after waking is the check-out. (The phone is kept off the network
    // until the tap, so no refresh of the page can learn of the ended session first and leave for the sign-in page.)
    await context.setOffline(true);
    const james = portal.db.db.selectFrom('users').select('id').where('login_id', '=', '900000002');
    await portal.db.db.updateTable('sessions').set({ last_seen_at: sql`portal_now() - interval '16 minutes'` }).where('user_id', 'in', james).where('ended_at', 'is', null).execute();

    await page.getByRole('button', { name: 'Check out', exact: true }).click();
    await context.setOffline(false);
    await heading(page, 'Sign in');
    await page.getByRole('heading', { name: 'A tap is waiting on this phone' }).waitFor();
    await page.getByText(/^Check-out tapped /).waitFor();
    await expectAccessible(page, 'sign-in with a tap waiting');
    expect(await taps()).toHaveLength(1);

    await page.getByLabel('Provider ID', { exact: true }).fill('900000002');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(async () => (await taps()).map((t) => t.kind), untilTheTestTimesOut).toEqual(['in', 'out']);
    const out = (await taps())[1]!;
    // Recorded at the tap, not at its arrival after the sign-in.
    expect(out.tapped_at.getTime()).toBeLessThan(out.received_at.getTime());

    await page.goto(`${portal.baseUrl}/check-in`);
    await heading(page, 'Check in and out');
    await page.getByText(/\d.* to .*, Walter Brooks/).waitFor();
    await page.getByRole('button', { name: 'Check in', exact: true }).waitFor();
    await context.close();
  });
});

describe("the recipient's approval", () => {
  it('shows the days, hours and total, and approves only once confirmed', async () => {
    const period = payPeriodBack(1);
    const c = new TestClient(portal.app);
    expect((await c.signIn('provider', '900000001', DEMO_PASSWORD)).statusCode).toBe(200);
    const id = ((await c.post('/api/timesheets/open', { caseNumber: '9000001', payPeriodStart: period.start })).json() as { id: number }).id;
    const days = [period.start, addDays(period.start, 1)].map((date) => ({ date, workedMinutes: 240, travelMinutes: 0 }));
    expect((await c.post(`/api/timesheets/${id}/days`, { days })).statusCode).toBe(200);
    expect((await c.post(`/api/timesheets/${id}/submit`, { idempotencyKey: crypto.randomUUID(), acknowledgeScheduledVisits: true })).statusCode).toBe(200);

    const { context, page } = await phonePage(portal);
    await signIn(portal, page, 'Recipient', '9000001', 'Elena');
    await page.goto(`${portal.baseUrl}/review`);
    await page.getByRole('link', { name: new RegExp(`Maria Gonzalez: ${spanPattern(period)}`) }).click();
    await heading(page, 'Review a timesheet');
    await page.getByRole('button', { name: 'Approve', exact: true }).click();

    const confirmation = page.getByRole('region', { name: 'Approve these hours?' });
    await confirmation.getByText(/You are approving the hours Maria Gonzalez worked for you from /).waitFor();
    await confirmation.getByText('Total: 8 hours worked and 0 hours of travel').waitFor();
    expect(await confirmation.locator('tbody tr').count()).toBe(2);
    await expectAccessible(page, 'recipient: confirm the approval');
    const decided = () => portal.db.db.selectFrom('timesheets').select('status').where('id', '=', id).executeTakeFirstOrThrow();
    expect((await decided()).status).toBe('submitted');

    await confirmation.getByRole('button', { name: 'Yes, approve these hours' }).click();
    await page.getByText('You approved this timesheet').waitFor();
    expect((await decided()).status).not.toBe('submitted');
    await context.close();
  });
});
