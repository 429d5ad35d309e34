import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seed/demo.js';
import { addDays, californiaInstant, weekday } from '../src/domain/index.js';
import { agendaDay as dayName, payPeriodBack, spanPattern, testToday } from './support/dates.js';
import { TestClient } from '../src/server/testing/test-app.js';
import { expectAccessible, phonePage, startPortal, type Portal } from './support/portal.js';
import { openMenu } from './support/menu.js';
import { signIn } from './support/sign-in.js';

let portal: Portal;

beforeAll(async () => {
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.close();
});

/** A submitted timesheet, prepared through the API: this journey is about what happens after submission. */
async function submittedTimesheet(providerId: string, caseNumber: string, periodStart: string, dates: string[]) {
  const c = new TestClient(portal.app);
  expect((await c.signIn('provider', providerId, DEMO_PASSWORD)).statusCode).toBe(200);
  const opened = await c.post('/api/timesheets/open', { caseNumber, payPeriodStart: periodStart });
  const id = (opened.json() as { id: number }).id;
  const saved = await c.post(`/api/timesheets/${id}/days`, { days: dates.map((date) => ({ date, workedMinutes: 240, travelMinutes: 0 })) });
  expect(saved.statusCode).toBe(200);
  const submitted = await c.post(`/api/timesheets/${id}/submit`, { idempotencyKey: randomUUID(), acknowledgeScheduledVisits: true });
  expect(submitted.statusCode).toBe(200);
}

describe('a one-tap correction', () => {
  it('offers the check-out after the planned visit’s length, on the next day past midnight, and saves it with a reason', async () => {
    const walter = await portal.db.db.selectFrom('cases').select(['id', 'county_id']).where('case_number', '=', '9000002').executeTakeFirstOrThrow();
    const james = await portal.db.db.selectFrom('users').select('id').where('login_id', '=', '900000002').executeTakeFirstOrThrow();
    const day = addDays(testToday(), -2);
    const checkInAt = new Date(californiaInstant(day, 21 * 60));
    const { id } = await portal.db.db
      .insertInto('evv_records')
      .values({
        provider_user_id: james.id,
        case_id: walter.id,
        county_id: walter.county_id,
        check_in_key: 'e2e-forgotten-check-out',
        check_in_at: checkInAt,
        check_in_received_at: checkInAt,
        location_type: 'community',
        location_status: 'not_required',
        capture_method: 'web',
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    const { context, page } = await phonePage(portal);
    await signIn(portal, page, 'Provider', '900000002', 'James');
    await page.goto(`${portal.baseUrl}/timekeeping/fixes`);
    const form = page.getByRole('form', { name: /Checked in with Walter Brooks/ });
    // The demo plans Walter's visits 8:00 to 12:00: four hours after 9 p.m. is 1 a.m. the next day.
    await expect.poll(() => form.getByLabel('Time you checked out').inputValue()).toBe('01:00');
    expect(await form.getByLabel(`I checked out after midnight, on ${dayName(addDays(day, 1))}`).isChecked()).toBe(true);
    await form.getByText('Suggested: your check-in time plus the length of your planned visits.').waitFor();
    await expectAccessible(page, 'fixes with a suggested time');
    await form.getByLabel('Why is it missing?').selectOption('forgotCheckOut');
    await form.getByRole('button', { name: 'Save correction' }).click();
    await page.getByText('Correction saved.').waitFor();
    const fixed = await portal.db.db.selectFrom('evv_records').select(['check_out_at', 'edit_reason']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(fixed).toEqual({ check_out_at: new Date(californiaInstant(addDays(day, 1), 60)), edit_reason: 'I forgot to check out' });
    await context.close();
  });
});

describe('a recipient plans visits', () => {
  it('a recipient plans a one-off visit with one of their providers, and the provider sees it in their agenda', async () => {
    // Next Sunday: the demo's weekly visits are on weekdays, so that day has only the one planned here.
    const today = testToday();
    const date = addDays(today, 7 - weekday(today));
    const recipient = await phonePage(portal);
    const page = recipient.page;
    await signIn(portal, page, 'Recipient', '9000002', 'Walter');
    const region = page.getByRole('region', { name: 'Scheduled visits' });
    await region.getByText('Coming up').waitFor();
    await region.getByText('James Nguyen').first().waitFor();
    await expectAccessible(page, 'recipient dashboard with visits');

    await region.getByRole('link', { name: 'Plan a visit' }).click();
    await page.getByRole('heading', { name: 'Plan a visit', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Save visit' }).click();
    await page.getByText('Choose the provider.').first().waitFor();
    await expectAccessible(page, 'recipient visit plan form with problems');
    await page.getByLabel('Provider', { exact: true }).selectOption('900000002');
    await page.getByLabel('Date', { exact: true }).fill(date);
    await page.getByLabel('Start time').fill('10:00');
    await page.getByLabel('End time').fill('12:00');
    await page.getByRole('button', { name: 'Save visit' }).click();
    await page.getByText('Visit saved.').waitFor();
    const day = page.getByRole('region', { name: dayName(date) });
    await day.getByText('10:00 AM to 12:00 PM').waitFor();
    await day.getByText('James Nguyen').waitFor();
    expect(await page.getByRole('link', { name: 'Subscribe from your phone calendar' }).count()).toBe(0);
    await expectAccessible(page, 'recipient visits agenda');

    await page.getByRole('link', { name: `Change the visit with James Nguyen on ${dayName(date)}` }).click();
    await page.getByRole('heading', { name: 'Change a visit plan', level: 1 }).waitFor();
    await expect.poll(() => page.getByLabel('Provider', { exact: true }).inputValue()).toBe('900000002');
    await expectAccessible(page, 'recipient visit plan change');
    await recipient.context.close();

    const provider = await phonePage(portal);
    await signIn(portal, provider.page, 'Provider', '900000002', 'James');
    await openMenu(provider.page);
    await provider.page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Visits' }).click();
    await provider.page.getByRole('heading', { name: 'Your visits', level: 1 }).waitFor();
    await provider.page.goto(`${portal.baseUrl}/visits?date=${date}`);
    const providerDay = provider.page.getByRole('region', { name: dayName(date) });
    await providerDay.getByText('10:00 AM to 12:00 PM').waitFor();
    await providerDay.getByText('Walter Brooks').waitFor();
    await provider.context.close();
  });
});

describe('the provider’s dashboard, live', () => {
  it('shows the recipient’s decision as it is made, without a reload, and without counting as the provider’s activity', async () => {
    // The last pay period, wholly past: its first two days.
    const period = payPeriodBack(1);
    await submittedTimesheet('900000001', '9000001', period.start, [period.start, addDays(period.start, 1)]);
    const provider = await phonePage(portal);
    await signIn(portal, provider.page, 'Provider', '900000001', 'Maria');
    await provider.page.getByRole('heading', { name: 'Timesheet decisions', exact: true }).waitFor();
    await provider.page.getByText('No recipient has decided on a timesheet yet.').waitFor();
    const backgroundRefreshes: string[] = [];
    provider.page.on('request', (request) => {
      if (request.headers()['x-background-refresh'] === '1') backgroundRefreshes.push(new URL(request.url()).pathname);
    });

    const recipient = await phonePage(portal);
    await signIn(portal, recipient.page, 'Recipient', '9000001', 'Elena');
    await recipient.page.goto(`${portal.baseUrl}/review`);
    await recipient.page.getByRole('link', { name: new RegExp(`Maria Gonzalez: ${spanPattern(period)}`) }).click();
    await recipient.page.getByRole('heading', { name: 'Review a timesheet', level: 1 }).waitFor();
    await recipient.page.getByRole('button', { name: 'Approve', exact: true }).click();
    await recipient.page.getByRole('button', { name: 'Yes, approve these hours' }).click();
    await recipient.page.getByText('You approved this timesheet').waitFor();
    await recipient.context.close();

    await provider.page.getByRole('link', { name: new RegExp(`Elena Ramirez approved your timesheet for ${spanPattern(period)}`) }).waitFor();
    expect(backgroundRefreshes).toEqual(expect.arrayContaining(['/api/dashboard', '/api/timesheets']));
    await expectAccessible(provider.page, 'provider dashboard, decision pushed');
    await provider.context.close();
  });
});
