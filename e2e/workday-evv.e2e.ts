import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, californiaInstant, weekday } from '../src/domain/index.js';
import { agendaDay, testToday } from './support/dates.js';
import { expectAccessible, phonePage, startPortal, type Portal } from './support/portal.js';
import { openMenu } from './support/menu.js';
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

/** The EVV records of one case, straight from the database. */
function recordsOf(caseNumber: string) {
  return portal.db.db
    .selectFrom('evv_records')
    .innerJoin('cases', 'cases.id', 'evv_records.case_id')
    .select(['evv_records.location_status', 'evv_records.check_in_latitude', 'evv_records.check_in_at', 'evv_records.check_out_at', 'evv_records.check_out_location_status'])
    .where('cases.case_number', '=', caseNumber)
    .execute();
}

describe('check-in and check-out, on a phone', () => {
  it('a provider checks in at Home with location allowed, then checks out; the record has the location', async () => {
    const { context, page } = await phonePage(portal);
    await context.grantPermissions(['geolocation'], { origin: portal.baseUrl });
    // A few metres from the demo recipient's home.
    await context.setGeolocation({ latitude: 34.0538, longitude: -118.2427, accuracy: 15 });
    await signIn(portal, page, 'Provider', '900000001', 'Maria');
    for (const region of ['Needs your attention', 'Scheduled visits', 'Timekeeping', 'Billing and invoicing', 'Messages and notifications']) {
      await page.getByRole('heading', { name: region, exact: true }).waitFor();
    }
    await expectAccessible(page, 'provider dashboard');

    await page.getByRole('link', { name: 'Check in', exact: true }).click();
    await page.getByRole('heading', { name: 'Check in and out', level: 1 }).waitFor();
    await expect.poll(() => page.getByRole('radio', { name: 'Elena Ramirez' }).isChecked()).toBe(true);
    await expectAccessible(page, 'check-in');
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    await page.getByText('Choose where the visit is').first().waitFor();
    await expectAccessible(page, 'check-in: place not chosen');
    await tile(page, 'Home').click();
    await page.getByRole('button', { name: 'Check in', exact: true }).click();

    await page.getByRole('heading', { name: 'You are checked in' }).waitFor();
    await page.getByText('Checked in with Elena Ramirez at').waitFor();
    await page.getByText(/From .*, still checked in, Elena Ramirez/).waitFor();
    await expectAccessible(page, 'checked in');
    // The screen shows a tap once the phone has it; the server may record it a moment later.
    await expect.poll(() => recordsOf('9000001'), untilTheTestTimesOut).toEqual([expect.objectContaining({ location_status: 'captured', check_in_latitude: 34.0538, check_out_at: null })]);

    await page.getByRole('button', { name: 'Check out', exact: true }).click();
    await page.getByText('Checked out from Elena Ramirez at').waitFor();
    await page.getByText(/\d.* to .*, Elena Ramirez/).waitFor();
    await page.getByText('Home, Location recorded').waitFor();
    await page.getByRole('button', { name: 'Check in', exact: true }).waitFor();
    await expect
      .poll(() => recordsOf('9000001'), untilTheTestTimesOut)
      .toEqual([expect.objectContaining({ location_status: 'captured', check_out_at: expect.any(Date), check_out_location_status: 'captured' })]);
    await context.close();
  });

  it('a provider who refuses the location is still checked in, and the refusal is recorded', async () => {
    const { context, page } = await phonePage(portal);
    await signIn(portal, page, 'Provider', '900000002', 'James');
    await page.goto(`${portal.baseUrl}/check-in`);
    await page.getByRole('heading', { name: 'Check in and out', level: 1 }).waitFor();
    await tile(page, 'Walter Brooks').click();
    await tile(page, 'Home').click();
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    await page.getByRole('heading', { name: 'You are checked in' }).waitFor();
    await page.getByText('Home, Location refused').waitFor();
    await expect.poll(() => recordsOf('9000002'), untilTheTestTimesOut).toEqual([expect.objectContaining({ location_status: 'refused', check_in_latitude: null })]);

    await page.getByRole('button', { name: 'Check out', exact: true }).click();
    await page.getByText('Checked out from Walter Brooks at').waitFor();
    await expect.poll(async () => (await recordsOf('9000002'))[0]?.check_out_at ?? null, untilTheTestTimesOut).not.toBeNull();
    await context.close();
  });

  it('a check-in made with no signal waits on the phone, survives closing the tab, and is recorded once when back online', async () => {
    const { context, page } = await phonePage(portal);
    await signIn(portal, page, 'Provider', '900000002', 'James');
    await page.goto(`${portal.baseUrl}/check-in`);
    await page.getByRole('heading', { name: 'Check in and out', level: 1 }).waitFor();
    await tile(page, 'Grace Kim').waitFor();

    await context.setOffline(true);
    await tile(page, 'Grace Kim').click();
    await tile(page, 'Community').click();
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    await page.getByRole('heading', { name: 'Waiting to send' }).waitFor();
    await page.getByText(/Check in at .*, Grace Kim/).waitFor();
    await page.getByText('This check-in is saved on your phone').waitFor();
    await expectAccessible(page, 'check-in waiting to send');
    // The sender keeps retrying while offline; each retry must not add anything.
    await page.getByRole('button', { name: 'Try sending now' }).click();
    await page.close();
    expect(await recordsOf('9000003')).toEqual([]);

    const again = await context.newPage();
    await context.setOffline(false);
    await again.goto(`${portal.baseUrl}/check-in`);
    await again.getByRole('heading', { name: 'Check in and out', level: 1 }).waitFor();
    await again.getByText(/From .*, still checked in, Grace Kim/).waitFor();
    await expect.poll(() => again.getByRole('heading', { name: 'Waiting to send' }).count()).toBe(0);
    await again.reload();
    await again.getByText(/still checked in, Grace Kim/).waitFor();
    expect(await again.getByText(/Grace Kim/).and(again.locator('.evv-records li')).count()).toBe(1);
    const count = await portal.db.db
      .selectFrom('evv_records')
      .innerJoin('cases', 'cases.id', 'evv_records.case_id')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('cases.case_number', '=', '9000003')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
    await context.close();
  });

  it('a live-in provider is shown the timesheet, not a check-in button', async () => {
    const { context, page } = await phonePage(portal);
    await signIn(portal, page, 'Provider', '900000003', 'Ani');
    await page.getByText('You live with Hovhannes Sarkisian, so you do not check in').waitFor();
    expect(await page.getByRole('link', { name: 'Check in', exact: true }).count()).toBe(0);
    await context.close();
  });
});

describe('visits, client status and corrections, on a phone', () => {
  it('a provider sees the agenda, plans a one-off visit, subscribes a calendar, and reads their recipients', async () => {
    const { context, page } = await phonePage(portal);
    await signIn(portal, page, 'Provider', '900000001', 'Maria');
    await openMenu(page);
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Visits' }).click();
    await page.getByRole('heading', { name: 'Your visits', level: 1 }).waitFor();
    await page.getByText('Today', { exact: true }).first().waitFor();
    await expectAccessible(page, 'visits agenda');
    await page.getByRole('button', { name: 'Month' }).click();
    await page.getByRole('button', { name: 'Next month' }).waitFor();
    await expectAccessible(page, 'visits agenda, month');

    await page.getByRole('link', { name: 'Plan a visit' }).click();
    await page.getByRole('heading', { name: 'Plan a visit', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Save visit' }).click();
    await page.getByText('There is a problem').waitFor();
    await expectAccessible(page, 'visit plan form with problems');
    // A Saturday four to five weeks ahead: the demo's weekly visits are on weekdays, so the day has only this one.
    const saturday = addDays(testToday(), 34 - weekday(testToday()));
    const [sunday, friday] = [addDays(saturday, -6), addDays(saturday, -1)];
    const onSaturday = page.getByRole('region', { name: agendaDay(saturday) });
    await page.getByLabel('Recipient').selectOption('9000001');
    await page.getByLabel('Date', { exact: true }).fill(saturday);
    await page.getByLabel('Start time').fill('14:00');
    await page.getByLabel('End time').fill('16:00');
    await page.getByRole('button', { name: 'Save visit' }).click();
    await page.getByText('Visit saved.').waitFor();
    await onSaturday.getByText('2:00 PM to 4:00 PM').waitFor();

    const change = page.getByRole('link', { name: `Change the visit with Elena Ramirez on ${agendaDay(saturday)}` });
    await change.click();
    await page.getByRole('heading', { name: 'Change a visit plan', level: 1 }).waitFor();
    await expect.poll(() => page.getByLabel('End time').inputValue()).toBe('16:00');
    await expectAccessible(page, 'visit plan change');
    await page.getByLabel('End time').fill('17:00');
    await page.getByRole('button', { name: 'Save visit' }).click();
    await onSaturday.getByText('2:00 PM to 5:00 PM').waitFor();
    await change.click();
    await page.getByRole('button', { name: 'Cancel this visit plan' }).click();
    await page.getByText('The visit plan was cancelled.').waitFor();
    await page.goto(`${portal.baseUrl}/visits?date=${saturday}`);
    await page.getByRole('heading', { name: `${agendaDay(sunday)} to ${agendaDay(saturday)}` }).waitFor();
    await page.getByText(agendaDay(friday)).waitFor();
    expect(await onSaturday.count()).toBe(0);

    await page.getByRole('link', { name: 'Subscribe from your phone calendar' }).click();
    await page.getByRole('heading', { name: 'Subscribe from your phone calendar', level: 1 }).waitFor();
    await page.getByText('no address and no health information').waitFor();
    await page.getByRole('button', { name: 'Make a calendar address' }).click();
    const url = await page.getByLabel('Calendar address', { exact: true }).inputValue();
    expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    await expectAccessible(page, 'calendar feed');
    const feed = await page.request.get(url);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
    await page.getByRole('button', { name: 'Stop this address' }).click();
    await page.getByText('The address no longer works.').waitFor();
    expect((await page.request.get(url)).status()).toBe(404);

    await openMenu(page);
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Recipients' }).click();
    await page.getByRole('heading', { name: 'Your recipients', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Elena Ramirez' }).waitFor();
    await expectAccessible(page, 'recipients');
    expect(await page.locator('main').textContent()).not.toContain('1200 Example Ave');

    await context.close();
  });

  it('a check-out with no check-in is flagged, and corrected in one step with a reason', async () => {
    const elena = await portal.db.db.selectFrom('cases').select(['id', 'county_id']).where('case_number', '=', '9000001').executeTakeFirstOrThrow();
    const maria = await portal.db.db.selectFrom('users').select('id').where('login_id', '=', '900000001').executeTakeFirstOrThrow();
    const day = addDays(testToday(), -3);
    const { id } = await portal.db.db
      .insertInto('evv_records')
      .values({
        provider_user_id: maria.id,
        case_id: elena.id,
        county_id: elena.county_id,
        check_out_key: 'e2e-forgotten-check-in',
        check_out_at: new Date(californiaInstant(day, 13 * 60)),
        check_out_received_at: new Date(californiaInstant(day, 13 * 60)),
        location_type: 'community',
        location_status: 'not_required',
        capture_method: 'web',
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    const { context, page } = await phonePage(portal);
    await signIn(portal, page, 'Provider', '900000001', 'Maria');
    await page.getByRole('link', { name: /needs a correction/ }).click();
    await page.getByRole('heading', { name: 'Correct your visits', level: 1 }).waitFor();
    await page.getByText('Checked out from Elena Ramirez').waitFor();
    await page.getByRole('button', { name: 'Save correction' }).click();
    await page.getByText('There is a problem').waitFor();
    await expectAccessible(page, 'fixes with problems');
    await page.getByLabel('Time you checked in').fill('09:00');
    await page.getByLabel('Why is it missing?').selectOption('forgotCheckIn');
    await page.getByRole('button', { name: 'Save correction' }).click();
    await page.getByText('Correction saved.').waitFor();
    await page.getByText('Nothing needs a correction.').waitFor();
    await expectAccessible(page, 'fixes done');
    const fixed = await portal.db.db.selectFrom('evv_records').select(['check_in_at', 'edit_reason', 'edited_by']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(fixed).toEqual({ check_in_at: new Date(californiaInstant(day, 9 * 60)), edit_reason: 'I forgot to check in', edited_by: maria.id });
    await context.close();
  });
});
