import type { Page } from 'playwright-core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, californiaInstant, payPeriodOf } from '../src/domain/index.js';
import { firstWeekdaysIn, monthDay, payPeriodBack, testToday, timesheetDay } from './support/dates.js';
import { expectAccessible, phonePage, startPortal, type Portal } from './support/portal.js';
import { signIn } from './support/sign-in.js';
import { untilTheTestTimesOut } from './support/waiting.js';

let portal: Portal;

beforeAll(async () => {
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.close();
});

async function openTimesheet(page: Page, periodStart: string) {
  await page.goto(`${portal.baseUrl}/timesheets`);
  await page.getByRole('heading', { name: 'Timesheets', level: 1 }).waitFor();
  await page.getByLabel('Recipient', { exact: true }).selectOption('9000001');
  await page.getByLabel('Pay period', { exact: true }).selectOption(periodStart);
  await page.getByRole('button', { name: 'Open timesheet' }).click();
  await page.getByRole('heading', { name: 'Timesheet for Elena Ramirez', level: 1 }).waitFor();
}

const day = (page: Page, date: string) => page.getByRole('group', { name: timesheetDay(date), exact: true });

/** Opens a folded (empty) day with its one button. */
async function openDay(page: Page, date: string) {
  await day(page, date).getByRole('button', { name: `Add time for ${timesheetDay(date)}` }).click();
  await day(page, date).getByLabel('Hours worked').waitFor();
}

/** Maria's days of Elena's timesheets for a period, straight from the database. */
function savedDays(periodStart: string) {
  return portal.db.db
    .selectFrom('timesheet_days as d')
    .innerJoin('timesheets as t', 't.id', 'd.timesheet_id')
    .innerJoin('cases as c', 'c.id', 't.case_id')
    .select(['d.work_date', 'd.worked_minutes', 't.status'])
    .where('c.case_number', '=', '9000001')
    .where('t.pay_period_start', '=', periodStart)
    .execute();
}

describe('recording time on a phone', () => {
  it('a day given a start, an end and "Home" and no hours is counted from start to end, and submitted with its 4 hours', async () => {
    const period = payPeriodBack(1);
    const monday = firstWeekdaysIn(period)[0]!;
    const { context, page } = await phonePage(portal);
    await signIn(portal, page, 'Provider', '900000001', 'Maria');
    await openTimesheet(page, period.start);
    await page.getByRole('heading', { name: 'Running totals' }).waitFor();
    await openDay(page, monday);
    expect(await day(page, monday).getByRole('button', { name: /^Add time/ }).count()).toBe(0);
    await day(page, monday).getByLabel('Start time').fill('09:00');
    await day(page, monday).getByLabel('End time').fill('13:00');
    await day(page, monday).getByLabel('Where').selectOption('home');
    await day(page, monday).getByText('4 hours, from 09:00 to 13:00').waitFor();
    await expectAccessible(page, 'timesheet: hours from start and end');
    await page.getByText('I confirm this is the work I did in this period').click();
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await expect.poll(() => savedDays(period.start), untilTheTestTimesOut).toEqual([{ work_date: monday, worked_minutes: 240, status: 'submitted' }]);
    await context.close();
  });

  it('a day with a check-in shows its first check-in, last check-out and the visits added up', async () => {
    const { context, page } = await phonePage(portal);
    await signIn(portal, page, 'Provider', '900000001', 'Maria');
    await page.goto(`${portal.baseUrl}/check-in`);
    await page.getByRole('heading', { name: 'Check in and out', level: 1 }).waitFor();
    await page.locator('label.usa-radio__label').filter({ hasText: /^Home/ }).click();
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    await page.getByRole('button', { name: 'Check out', exact: true }).click();
    await page.getByRole('button', { name: 'Check in', exact: true }).waitFor();
    // The visit took the morning; a journey cannot wait 4 hours, so its two taps are moved to yesterday 09:00 and 13:00.
    const yesterday = addDays(testToday(), -1);
    const at = (minute: number) => new Date(californiaInstant(yesterday, minute));
    await expect.poll(() => portal.db.db.selectFrom('evv_records').select('id').where('check_out_at', 'is not', null).execute(), untilTheTestTimesOut).toHaveLength(1);
    await portal.db.db.updateTable('evv_records').set({ check_in_at: at(9 * 60), check_out_at: at(13 * 60) }).where(sql<boolean>`true`).execute();

    await openTimesheet(page, payPeriodOf(yesterday).start);
    const group = day(page, yesterday);
    await group.getByText('4 hours, your check-ins added up').waitFor();
    expect(await group.getByLabel('Start time').inputValue()).toBe('09:00');
    expect(await group.getByLabel('End time').inputValue()).toBe('13:00');
    expect(await group.getByLabel('Hours worked').inputValue()).toBe('');
    await group.getByLabel('Hours worked').fill('5');
    await group.getByText('You entered 5 hours; your check-ins add up to 4 hours.', { exact: false }).waitFor();
    await expectAccessible(page, 'timesheet: a day from check-ins');
    await context.close();
  });

  it('a day with only a place is named as incomplete and blocks Submit until it has hours', async () => {
    const period = payPeriodBack(2);
    const tuesday = firstWeekdaysIn(period)[1]!;
    const { context, page } = await phonePage(portal);
    await signIn(portal, page, 'Provider', '900000001', 'Maria');
    await openTimesheet(page, period.start);
    await openDay(page, tuesday);
    await day(page, tuesday).getByLabel('Where').selectOption('home');
    const named = page.getByRole('link', { name: new RegExp(`${monthDay(tuesday)}.* has no hours`) });
    await named.waitFor();
    expect(await page.getByRole('button', { name: 'Submit', exact: true }).isDisabled()).toBe(true);
    await expectAccessible(page, 'timesheet: a day without hours');
    await named.click();
    await day(page, tuesday).getByLabel('Hours worked').fill('3');
    await expect.poll(() => page.getByRole('button', { name: 'Submit', exact: true }).isDisabled(), untilTheTestTimesOut).toBe(false);
    await context.close();
  });
});
