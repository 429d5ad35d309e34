import { randomUUID } from 'node:crypto';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seed/demo.js';
import { addDays, recipientDecisionDue } from '../src/domain/index.js';
import { TestClient } from '../src/server/testing/test-app.js';
import { lastPastFirstHalf, spanPattern, testNow, timesheetDay as dayName } from './support/dates.js';
import { expectAccessible, heading, phonePage, startPortal, type Portal } from './support/portal.js';
import { signIn } from './support/sign-in.js';

let portal: Portal;

beforeAll(async () => {
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.close();
});

/** The last 1st-15th pay period wholly past: 8 hours on each of its 15 days is over 70 % of Elena's month, so the county reviews it. */
const SPAN = lastPastFirstHalf();
const FIRST_HALF = Array.from({ length: 15 }, (_, i) => addDays(SPAN.start, i));

/** Maria submits and Elena approves, over HTTP as the browser would: the rules send the timesheet to the county. */
async function claimInCountyReview() {
  const maria = new TestClient(portal.app, '198.51.100.41');
  expect((await maria.signIn('provider', '900000001', DEMO_PASSWORD)).statusCode).toBe(200);
  const ts = (await maria.post('/api/timesheets/open', { caseNumber: '9000001', payPeriodStart: SPAN.start })).json<{ id: number }>();
  expect((await maria.post(`/api/timesheets/${ts.id}/days`, { days: FIRST_HALF.map((date) => ({ date, workedMinutes: 8 * 60 })) })).statusCode).toBe(200);
  expect((await maria.post(`/api/timesheets/${ts.id}/submit`, { idempotencyKey: randomUUID(), acknowledgeScheduledVisits: true })).statusCode).toBe(200);
  const elena = new TestClient(portal.app, '198.51.100.42');
  expect((await elena.signIn('recipient', '9000001', DEMO_PASSWORD)).statusCode).toBe(200);
  expect((await elena.post(`/api/recipient/timesheets/${ts.id}/decision`, { decision: 'approve' })).json()).toMatchObject({ status: 'in_county_review' });
}

describe('a county denial, fixed from the dashboard on a phone', () => {
  it('names the county and its reasons, opens the correction from the link, and is resubmitted in three taps with the confirmation in view', async () => {
    await claimInCountyReview();
    const note = 'Your check-ins show 4 hours a day.';

    const worker = (await phonePage(portal)).page;
    await signIn(portal, worker, 'County staff', 'demo.worker', 'Dana');
    await worker.goto(`${portal.baseUrl}/staff/review`);
    await heading(worker, 'Timesheet review');
    await worker.getByRole('link', { name: new RegExp(`^Maria Gonzalez \\(900000001\\) for Elena Ramirez: ${spanPattern(SPAN)}`) }).click();
    await heading(worker, 'Review the timesheet of Maria Gonzalez');
    await worker.locator('label[for="decision-deny"]').click();
    await worker.locator('label[for="deny-OVER_70_PERCENT_FIRST_HALF"]').click();
    await worker.locator('label[for="deny-HOURS_NOT_SUPPORTED_BY_EVV"]').click();
    await worker.getByLabel('Note to the provider').fill(note);
    await worker.getByRole('button', { name: 'Record decision' }).click();
    await worker.getByText('You denied this timesheet. The provider has been told.').waitFor();

    const p = (await phonePage(portal)).page;
    await signIn(portal, p, 'Provider', '900000001', 'Maria');
    let taps = 0;
    const tap = async (target: Locator) => {
      taps += 1;
      await target.click();
    };

    // The dashboard names the county (not Elena, who approved it), its reasons in words and its note.
    const attention = p.getByRole('region', { name: 'Needs your attention' });
    const denial = attention.getByRole('listitem').filter({ hasText: 'Los Angeles County denied your timesheet for Elena Ramirez' });
    await denial.waitFor();
    const said = await denial.innerText();
    expect(said).not.toContain('sent your timesheet back');
    expect(said).toContain(`The county’s note: “${note}”`);
    expect(said).toContain('The hours on this timesheet do not match your check-ins and check-outs.');
    expect(said).toMatch(/You entered 120 hours for Elena Ramirez from the 1st to the 15th/);
    await expectAccessible(p, 'dashboard with a county denial');

    // Tap 1: the link opens the correction itself, with why it came back above the days.
    await tap(denial.getByRole('link', { name: 'Correct the timesheet for Elena Ramirez' }));
    await p.getByText('Version 2:').waitFor();
    const why = p.getByRole('region', { name: 'Why it was sent back' });
    await why.getByText(/^Los Angeles County denied it on /).waitFor();
    await why.getByText('The hours on this timesheet do not match your check-ins and check-outs.').waitFor();
    await expectAccessible(p, 'correction with the reasons');

    // She types the hours her check-ins show (typing, not taps); the rules engine's result follows live.
    for (const date of FIRST_HALF) await p.getByRole('group', { name: dayName(date), exact: true }).getByLabel('Hours worked').fill('4');
    await p.getByText('No problems stop you from submitting.').waitFor();

    // Taps 2 and 3: confirm the hours, then the one "Submit the correction" button.
    await tap(p.getByText('I confirm this is the work I did in this period'));
    expect(await p.getByRole('button', { name: /^Submit/ }).allInnerTexts()).toEqual(['Submit the correction']);
    await tap(p.getByRole('button', { name: 'Submit the correction' }));

    // The confirmation is where she looks: it has focus, is on screen, and says what comes next and by when.
    const confirmation = p.getByRole('heading', { name: 'Submitted: your correction is with Elena Ramirez' });
    await confirmation.waitFor();
    await expect.poll(() => confirmation.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = (await confirmation.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    const due = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }).format(
      new Date(`${recipientDecisionDue(await submittedAt())}T00:00:00Z`),
    );
    await p.getByText(`Elena Ramirez is asked to approve it or send it back by ${due}.`, { exact: false }).waitFor();
    expect(taps).toBeLessThanOrEqual(3);
    await expectAccessible(p, 'correction submitted');
  });
});

/** When the correction was submitted, as the database recorded it. */
async function submittedAt() {
  const row = await portal.db.db
    .selectFrom('timesheets')
    .select('submitted_at')
    .where('version', '=', 2)
    .where('pay_period_start', '=', SPAN.start)
    .where('status', '=', 'submitted')
    .executeTakeFirstOrThrow();
  return row.submitted_at ?? testNow();
}
