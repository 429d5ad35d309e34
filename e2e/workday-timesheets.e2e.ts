import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seed/demo.js';
import { addDays, payPeriodOf, toCaliforniaDateTime, type DateSpan } from '../src/domain/index.js';
import { firstWeekdaysIn, monthDay, payPeriodBack, spanPattern, testNow, testToday, timesheetDay } from './support/dates.js';
import { codeIn, expectAccessible, phonePage, startPortal, type Portal } from './support/portal.js';
import { signIn } from './support/sign-in.js';

let portal: Portal;

beforeAll(async () => {
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.close();
});

/** Opens a recipient's timesheet for a pay period from the timesheets page. */
async function openTimesheet(page: Page, caseNumber: string, periodStart: string, recipient: string) {
  await page.goto(`${portal.baseUrl}/timesheets`);
  await page.getByRole('heading', { name: 'Timesheets', level: 1 }).waitFor();
  await page.getByLabel('Recipient', { exact: true }).selectOption(caseNumber);
  await page.getByLabel('Pay period', { exact: true }).selectOption(periodStart);
  await page.getByRole('button', { name: 'Open timesheet' }).click();
  await page.getByRole('heading', { name: `Timesheet for ${recipient}`, level: 1 }).waitFor();
}

const day = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

/** Types hours on days, opening each first when it is folded (an empty day shows only "Add time"). */
async function enterHours(page: Page, days: readonly string[], hours: number) {
  for (const name of days) {
    const fold = day(page, name).getByRole('button', { name: /^Add time/ });
    if (await fold.count()) await fold.click();
    await day(page, name).getByLabel('Hours worked').fill(String(hours));
  }
}

/** Ticks the declaration (its checkbox is visually hidden: the label is what people tap) and submits. */
async function confirmAndSubmit(page: Page) {
  await page.getByText('I confirm this is the work I did in this period').click();
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await page.getByText('Waiting for the recipient', { exact: true }).first().waitFor();
}

/**
 * Where each journey works, from the run's today: wholly past pay periods the "Pay period" list offers (today's and
 * the five before it), a different one for each journey of the same provider, so none finds another's timesheet.
 */
const LAST_PERIOD = payPeriodBack(1); // James's 66-hour week
const TWO_PERIODS_AGO = payPeriodBack(2); // Maria's approved timesheet
const THREE_PERIODS_AGO = payPeriodBack(3); // Maria's rejected timesheet
/** A Monday to Friday of a period, as the timesheet's day groups name them, and the week's id (its Sunday). */
const weekOf = (period: DateSpan) => {
  const dates = firstWeekdaysIn(period);
  return { dates, names: dates.map(timesheetDay), id: `#week-${addDays(dates[0]!, -1)}` };
};

/**
 * A visit of Maria's with Elena still ahead in today's pay period, planned for the journey that needs one: the
 * demo's weekday visits leave none on a period's last afternoon, or when only a weekend is left of it. A few minutes
 * from now, or tomorrow if today has too few minutes left; only the last 10 minutes of a pay period cannot have one.
 */
async function planVisitAheadInThisPeriod() {
  const db = portal.db.db;
  const now = toCaliforniaDateTime(testNow());
  let date = now.date;
  let start = Math.ceil((now.minuteOfDay + 5) / 5) * 5;
  if (start + 5 > 23 * 60 + 59) [date, start] = [addDays(now.date, 1), 10 * 60];
  if (date > payPeriodOf(now.date).end) throw new Error(`${testNow().toISOString()} is in the last minutes of a pay period: no visit can still be ahead in it`);
  const elena = await db.selectFrom('cases').select(['id', 'county_id']).where('case_number', '=', '9000001').executeTakeFirstOrThrow();
  const maria = await db.selectFrom('users').select('id').where('login_id', '=', '900000001').executeTakeFirstOrThrow();
  const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  await db
    .insertInto('visit_plans')
    .values({ provider_user_id: maria.id, case_id: elena.id, county_id: elena.county_id, created_by: maria.id, start_date: date, start_time: hhmm(start), end_time: hhmm(start + 5), repeat: 'none' })
    .execute();
}

describe('timesheets, on a phone', () => {
  it('a provider of two recipients who goes past 66 hours in a week cannot submit, and is told why beside that week', async () => {
    const { context, page } = await phonePage(portal);
    await signIn(portal, page, 'Provider', '900000002', 'James');

    const week = weekOf(LAST_PERIOD);
    await openTimesheet(page, '9000002', LAST_PERIOD.start, 'Walter Brooks');
    await expectAccessible(page, 'timesheet editor');
    await enterHours(page, week.names, 8);
    await expect.poll(() => page.locator(week.id).textContent()).toContain('40 hours of the 66 hours limit');
    await confirmAndSubmit(page);
    await expectAccessible(page, 'submitted timesheet');

    await openTimesheet(page, '9000003', LAST_PERIOD.start, 'Grace Kim');
    await enterHours(page, week.names, 6);
    const weekSection = page.locator(week.id);
    await weekSection.getByText('With more than one recipient, the limit is 66 hours a week.').waitFor();
    expect(await weekSection.textContent()).toContain('Cannot submit:');
    expect(await weekSection.textContent()).toContain('70 hours of the 66 hours limit');
    await page.getByRole('link', { name: /limit is 66 hours a week/ }).waitFor();
    const submit = page.getByRole('button', { name: 'Submit', exact: true });
    expect(await submit.isDisabled()).toBe(true);
    await page.getByText('You cannot submit yet').waitFor();
    await expectAccessible(page, 'timesheet editor: blocked week');

    // Back under the cap, "Submit" comes back.
    await day(page, week.names[4]!).getByLabel('Hours worked').fill('2');
    await expect.poll(() => submit.isDisabled()).toBe(false);
    await context.close();
  });

  it('a provider submits a timesheet, the recipient approves it, and the provider sees the decision on the dashboard', async () => {
    const provider = await phonePage(portal);
    await signIn(portal, provider.page, 'Provider', '900000001', 'Maria');
    await openTimesheet(provider.page, '9000001', TWO_PERIODS_AGO.start, 'Elena Ramirez');
    await enterHours(provider.page, weekOf(TWO_PERIODS_AGO).names, 4);
    await provider.page.getByRole('button', { name: 'Save', exact: true }).click();
    await provider.page.getByText('Saved.', { exact: true }).waitFor();
    await confirmAndSubmit(provider.page);

    const recipient = await phonePage(portal);
    await signIn(portal, recipient.page, 'Recipient', '9000001', 'Elena');
    await recipient.page.getByText('Timesheets to review: 1').waitFor();
    await expectAccessible(recipient.page, 'recipient dashboard');
    await recipient.page.getByRole('link', { name: 'Review timesheets and sick leave' }).click();
    await recipient.page.getByRole('heading', { name: 'Timesheets to review', level: 1 }).waitFor();
    await expectAccessible(recipient.page, 'review list');
    await recipient.page.getByRole('link', { name: new RegExp(`Maria Gonzalez: ${spanPattern(TWO_PERIODS_AGO)}`) }).click();
    await recipient.page.getByRole('heading', { name: 'Review a timesheet', level: 1 }).waitFor();
    await recipient.page.getByText('Worked: 20 hours. Travel: 0 hours.').waitFor();
    await expectAccessible(recipient.page, 'review a timesheet');
    await recipient.page.getByRole('button', { name: 'Approve', exact: true }).click();
    await recipient.page.getByRole('button', { name: 'Yes, approve these hours' }).click();
    await recipient.page.getByText('You approved this timesheet').waitFor();
    await recipient.context.close();

    await provider.page.goto(`${portal.baseUrl}/dashboard`);
    await provider.page.getByRole('link', { name: new RegExp(`Elena Ramirez approved your timesheet for ${spanPattern(TWO_PERIODS_AGO)}`) }).waitFor();
    await expectAccessible(provider.page, 'provider dashboard with a decision');
    await provider.context.close();
  });

  it('a rejected timesheet shows the recipient’s reason; the provider corrects it and both versions stay', async () => {
    const [monday, tuesday] = weekOf(THREE_PERIODS_AGO).dates as [string, string];
    const reason = `${monthDay(tuesday)} was 3 hours, not 5`;
    const provider = await phonePage(portal);
    await signIn(portal, provider.page, 'Provider', '900000001', 'Maria');
    await openTimesheet(provider.page, '9000001', THREE_PERIODS_AGO.start, 'Elena Ramirez');
    await enterHours(provider.page, [timesheetDay(monday), timesheetDay(tuesday)], 5);
    await confirmAndSubmit(provider.page);

    const recipient = await phonePage(portal);
    await signIn(portal, recipient.page, 'Recipient', '9000001', 'Elena');
    await recipient.page.goto(`${portal.baseUrl}/review`);
    await recipient.page.getByRole('link', { name: new RegExp(`Maria Gonzalez: ${spanPattern(THREE_PERIODS_AGO)}`) }).click();
    await recipient.page.getByRole('heading', { name: 'Review a timesheet', level: 1 }).waitFor();
    await recipient.page.getByRole('button', { name: 'Reject', exact: true }).click();
    await recipient.page.getByText('Say why you are rejecting it').waitFor();
    await expectAccessible(recipient.page, 'reject without a reason');
    await recipient.page.getByLabel('Reason for rejecting (needed only to reject)').fill(reason);
    await recipient.page.getByRole('button', { name: 'Reject', exact: true }).click();
    await recipient.page.getByText('You rejected this timesheet').waitFor();
    await recipient.context.close();

    const { page } = provider;
    await page.goto(`${portal.baseUrl}/dashboard`);
    // The dashboard names who sent it back and why; its link opens the correction itself.
    const returned = page
      .getByRole('region', { name: 'Needs your attention' })
      .getByRole('listitem')
      .filter({ hasText: new RegExp(`Elena Ramirez sent back your timesheet for ${spanPattern(THREE_PERIODS_AGO)}`) });
    await returned.getByText(`Their reason: “${reason}”`).waitFor();
    await returned.getByRole('link', { name: 'Correct the timesheet for Elena Ramirez' }).click();
    await page.getByRole('heading', { name: 'Timesheet for Elena Ramirez', level: 1 }).waitFor();
    await page.getByText('Version 2:').waitFor();
    await page.getByRole('region', { name: 'Why it was sent back' }).getByText(`Their reason: “${reason}”`).waitFor();
    await expectAccessible(page, 'correction of a rejected timesheet');
    await day(page, timesheetDay(tuesday)).getByLabel('Hours worked').fill('3');
    await page.getByText('I confirm this is the work I did in this period').click();
    await page.getByRole('button', { name: 'Submit the correction', exact: true }).click();
    await page.getByText('Waiting for the recipient', { exact: true }).first().waitFor();

    const versions = page.getByRole('region', { name: 'All versions' });
    await expect.poll(() => versions.textContent()).toContain('Replaced by a newer version');
    const text = await versions.textContent();
    expect(text).toContain('Version 2');
    expect(text).toContain('Version 1');
    expect(text).toContain(reason);
    await page.getByRole('link', { name: 'Version 1' }).click();
    await page.getByText('A newer version replaced it.').waitFor();
    await expectAccessible(page, 'superseded version');
    await provider.context.close();
  });

  it('submitting before the period ends warns about the visits still scheduled and asks to acknowledge them', async () => {
    // Today's pay period, with a visit still ahead in it, and 4 hours on a day of it already begun: yesterday, or
    // today on the period's first day.
    const today = testToday();
    const period = payPeriodOf(today);
    const worked = today === period.start ? today : addDays(today, -1);
    await planVisitAheadInThisPeriod();
    const { context, page } = await phonePage(portal);
    await signIn(portal, page, 'Provider', '900000001', 'Maria');
    await openTimesheet(page, '9000001', period.start, 'Elena Ramirez');
    await enterHours(page, [timesheetDay(worked)], 4);
    await page.getByText(/visits? scheduled later in this pay period/).waitFor();
    await page.getByText('I confirm this is the work I did in this period').click();
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await page.getByText('Check this box to submit before the end of the pay period.').waitFor();
    await expectAccessible(page, 'timesheet editor: scheduled visits');
    await page.getByText('I understand that my scheduled visits later in this period are not on this timesheet.').click();
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await page.getByText('Waiting for the recipient', { exact: true }).first().waitFor();
    await context.close();
  });

  it('sick leave and the contact details pages can be used and pass axe', async () => {
    const { context, page } = await phonePage(portal);
    await signIn(portal, page, 'Provider', '900000002', 'James');
    await page.goto(`${portal.baseUrl}/sick-leave`);
    await page.getByRole('heading', { name: 'Sick leave', level: 1 }).waitFor();
    await page.getByText('Hours you can still use').waitFor();
    await page.getByLabel('Day you could not work').fill(addDays(testToday(), -1));
    await page.getByLabel('Hours', { exact: true }).fill('1.25');
    await page.getByRole('button', { name: 'Ask for sick leave' }).click();
    await page.locator('#claim-hours-error').waitFor();
    await expectAccessible(page, 'sick leave');

    await page.goto(`${portal.baseUrl}/profile`);
    await page.getByRole('heading', { name: 'Your contact details', level: 1 }).waitFor();
    await page.getByLabel('New phone number').fill('(555) 010-0123');
    await page.locator('#profile-phone-password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Change phone' }).click();
    await page.getByText('Your phone number was changed.').waitFor();
    await page.getByText('Now: (555) 010-0123').waitFor();

    const since = portal.smtp.mark();
    await page.getByLabel('New email address').fill('james.new@example.com');
    await page.locator('#profile-email-password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Send code' }).click();
    const mail = await portal.smtp.latestTo('james.new@example.com', since);
    await page.getByLabel('Code', { exact: true }).fill(codeIn(mail.text));
    await page.getByRole('button', { name: 'Confirm new email' }).click();
    await page.getByText('Your email address was changed.').waitFor();
    await expectAccessible(page, 'profile');

    await page.getByLabel('Your language', { exact: true }).selectOption('es');
    await page.getByRole('button', { name: 'Save language' }).click();
    await page.getByRole('heading', { name: 'Sus datos de contacto', level: 1 }).waitFor();
    await context.close();
  });
});
