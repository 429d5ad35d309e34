import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seed/demo.js';
import { addDays, evaluateClaims, grossCents } from '../src/domain/index.js';
import { TestClient } from '../src/server/testing/test-app.js';
import { lastPastFirstHalf, longDate, spanPattern, spanText, testNow, timesheetDay as dayName } from './support/dates.js';
import { download } from './support/download.js';
import { pdfText } from './support/pdf.js';
import { expectAccessible, heading, phonePage, startPortal, type Portal } from './support/portal.js';
import { openMenu } from './support/menu.js';
import { signIn } from './support/sign-in.js';

let portal: Portal;

beforeAll(async () => {
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.close();
});

/** The last 1st-15th pay period wholly past on the run's clock: 8 hours on each of its 15 days is 120 of Elena's 160 monthly hours, over 70 %. */
const SPAN = lastPastFirstHalf();
const PERIOD = SPAN.start;
const CASE = '9000001';
const FIRST_HALF = Array.from({ length: 15 }, (_, i) => addDays(PERIOD, i));
/** $1,234.56, as the portal and the pay stub write money. */
const dollars = (cents: number) => `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** Maria submits the timesheet and Elena approves it, over HTTP with cookies and CSRF as the browser would: the rules send it to the county. */
async function claimInCountyReview() {
  const maria = new TestClient(portal.app, '198.51.100.21');
  expect((await maria.signIn('provider', '900000001', DEMO_PASSWORD)).statusCode).toBe(200);
  const ts = (await maria.post('/api/timesheets/open', { caseNumber: '9000001', payPeriodStart: PERIOD })).json<{ id: number }>();
  expect((await maria.post(`/api/timesheets/${ts.id}/days`, { days: FIRST_HALF.map((date) => ({ date, workedMinutes: 8 * 60 })) })).statusCode).toBe(200);
  expect((await maria.post(`/api/timesheets/${ts.id}/submit`, { idempotencyKey: randomUUID(), acknowledgeScheduledVisits: true })).statusCode).toBe(200);
  const elena = new TestClient(portal.app, '198.51.100.22');
  expect((await elena.signIn('recipient', '9000001', DEMO_PASSWORD)).statusCode).toBe(200);
  expect((await elena.post(`/api/recipient/timesheets/${ts.id}/decision`, { decision: 'approve' })).json()).toMatchObject({ status: 'in_county_review' });
  return ts.id;
}

/**
 * What the pay run must pay Maria for these days, from the rules engine itself (not from a screen or a constant).
 * The engine's input is what the demo seeded, read from the database: Elena's case and authorised hours, her
 * county's wage rates, Maria's overtime exemption. Nothing of Maria's is paid yet, so there is no earlier
 * timesheet to give the engine, and she has no confirmed sick leave. The stub's split is the one of
 * docs/decisions/0005-claims-payments.md: overtime = the engine's overtime minutes at 1.5x the rate, travel = the
 * travel minutes at the rate, regular = the rest of the engine's gross, so the three add up to it to the cent.
 */
async function enginePay(days: readonly { date: string; workedMinutes: number }[]) {
  const db = portal.db.db;
  const elena = await db.selectFrom('cases').select(['id', 'county_id']).where('case_number', '=', CASE).executeTakeFirstOrThrow();
  const maria = await db
    .selectFrom('users')
    .innerJoin('provider_profiles', 'provider_profiles.user_id', 'users.id')
    .select(['users.id', 'provider_profiles.exemption'])
    .where('users.login_id', '=', '900000001')
    .where('users.role', '=', 'provider')
    .executeTakeFirstOrThrow();
  const wages = await db.selectFrom('wage_rates').select(['effective_from', 'rate_cents']).where('county_id', '=', elena.county_id).orderBy('effective_from').execute();
  const authorized = await db
    .selectFrom('case_authorizations')
    .select('monthly_minutes')
    .where('case_id', '=', elena.id)
    .where('effective_month', '<=', PERIOD)
    .orderBy('effective_month', 'desc')
    .executeTakeFirstOrThrow();
  expect(wages.length).toBeGreaterThan(0);
  expect(await db.selectFrom('payments').select('id').where('provider_user_id', '=', maria.id).execute()).toEqual([]);
  expect(await db.selectFrom('sick_leave_claims').select('id').where('provider_user_id', '=', maria.id).where('status', '=', 'confirmed').execute()).toEqual([]);

  const evaluation = evaluateClaims({
    provider: { exemption: maria.exemption },
    recipients: [
      {
        id: CASE,
        monthlyAuthorizedMinutes: authorized.monthly_minutes,
        rateCents: wages[0]!.rate_cents,
        rateChanges: wages.map((w) => ({ effective: w.effective_from, rateCents: w.rate_cents })),
      },
    ],
    entries: days.map((d) => ({ recipientId: CASE, ...d })),
    now: testNow().toISOString(),
  });
  expect(evaluation.findings).toEqual([]);
  const lines = evaluation.payPeriods.filter((l) => l.recipientId === CASE);
  const rates = [...new Set(lines.flatMap((l) => l.byRate.map((r) => r.rateCents)))];
  expect(rates).toHaveLength(1); // one wage rate over the whole pay period: the stub's "Hourly rate"
  const rateCents = rates[0]!;
  const total = (key: 'regularMinutes' | 'overtimeMinutes' | 'travelMinutes' | 'grossCents') => lines.reduce((s, l) => s + l[key], 0);
  const travelMinutes = total('travelMinutes');
  const minutes = { regular: total('regularMinutes') - travelMinutes, overtime: total('overtimeMinutes'), travel: travelMinutes, sick: 0 };
  const gross = total('grossCents');
  const overtime = grossCents(0, minutes.overtime, rateCents);
  const travel = grossCents(minutes.travel, 0, rateCents);
  return { rateCents, minutes, cents: { regular: gross - overtime - travel, overtime, travel, sick: 0, gross } };
}

/** What the pay stub says, read from its text (one line per text operator: each label, then its figures). */
function stubFigures(text: string) {
  const lines = text.split('\n');
  const at = (label: string, from = 0) => {
    const i = lines.indexOf(label, from);
    expect(i, `"${label}" on the pay stub: ${JSON.stringify(lines)}`).toBeGreaterThanOrEqual(0);
    return i;
  };
  const value = (label: string) => lines[at(`${label}: `) + 1];
  const table = at('This payment', at('Hours', at('Pay')));
  const row = (label: string) => {
    const i = at(label, table);
    return { hours: lines[i + 1], amount: lines[i + 2] };
  };
  return {
    paymentNumber: value('Payment number'),
    providerId: value('Provider ID'),
    caseNumber: value('Case number'),
    payPeriod: value('Pay period'),
    rate: value('Hourly rate'),
    regular: row('Regular'),
    overtime: row('Overtime (1.5x)'),
    travel: row('Travel time'),
    sick: row('Sick leave'),
    gross: row('Gross pay'),
  };
}

describe('county review, on a phone', () => {
  it('a worker denies a claim with two reasons and a note; the provider corrects and resubmits it; the recipient approves; after the pay run the pay stub shows the rules engine’s pay', async () => {
    await claimInCountyReview();
    const note = 'Your check-ins show 4 hours a day. Correct the hours and submit again.';

    const worker = await phonePage(portal);
    const w = worker.page;
    await signIn(portal, w, 'County staff', 'demo.worker', 'Dana');
    await w.goto(`${portal.baseUrl}/staff`);
    await heading(w, 'County console');
    await w.getByRole('link', { name: 'Timesheet review' }).click();
    await heading(w, 'Timesheet review');
    const item = w.getByRole('link', { name: new RegExp(`^Maria Gonzalez \\(900000001\\) for Elena Ramirez: ${spanPattern(SPAN)}`) });
    await item.waitFor();
    // The demo's own timesheets wait in the queue too, one for each reason: this one is Maria's.
    await w.getByRole('listitem').filter({ has: item }).getByText('Reasons: More than 70% of the month’s hours in the 1st to the 15th').waitFor();
    await expectAccessible(w, 'review queue');

    await item.click();
    await heading(w, 'Review the timesheet of Maria Gonzalez');
    await w.getByRole('heading', { name: 'Claimed hours and EVV records' }).waitFor();
    await w.getByText(/You entered 120 hours for Elena Ramirez from the 1st to the 15th/).first().waitFor();
    await expectAccessible(w, 'review item');

    await w.locator('label[for="decision-deny"]').click();
    await w.getByRole('button', { name: 'Record decision' }).click();
    await w.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expectAccessible(w, 'review item: deny without reasons');
    await w.locator('label[for="deny-OVER_70_PERCENT_FIRST_HALF"]').click();
    await w.locator('label[for="deny-HOURS_NOT_SUPPORTED_BY_EVV"]').click();
    await w.getByLabel('Note to the provider').fill(note);
    await w.getByRole('button', { name: 'Record decision' }).click();
    await w.getByText('You denied this timesheet. The provider has been told.').waitFor();
    const timeline = w.getByRole('region', { name: 'Timeline' });
    await timeline.getByText('Denied by the county').waitFor();
    const text = await timeline.textContent();
    expect(text).toContain(`Note: “${note}”`);
    expect(text).toContain('The hours on this timesheet do not match your check-ins and check-outs.');
    expect(text).toContain('By Dana Worker');
    await w.getByText('This timesheet is not waiting for a decision any more.').waitFor();

    await w.goto(`${portal.baseUrl}/staff`);
    await heading(w, 'County console');
    await w.getByRole('link', { name: 'Violations' }).click();
    await heading(w, 'Violations');
    await w.getByText('No dispute is waiting for an answer.').waitFor();
    await expectAccessible(w, 'violations');

    // Maria opens her denied claim from the Claims list: its story names the county, both reasons in plain words with what to change, the note.
    const provider = await phonePage(portal);
    const p = provider.page;
    await signIn(portal, p, 'Provider', '900000001', 'Maria');
    await openMenu(p);
    await p.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Claims' }).click();
    await heading(p, 'Claims');
    await p.getByText('Claims found: 1').waitFor();
    await expectAccessible(p, 'claims list with a denied claim');
    await p.getByRole('link', { name: new RegExp(`^Elena Ramirez, ${spanPattern(SPAN)}.*version 1$`) }).click();
    await heading(p, 'Claim for Elena Ramirez');
    const denial = p.getByRole('region', { name: /^Where it stands/ });
    await denial.getByText(/^Los Angeles County denied it on /).waitFor();
    await denial.getByText(`The county’s note: “${note}”`).waitFor();
    const reasons = denial.getByRole('listitem');
    await expect.poll(() => reasons.allInnerTexts()).toEqual([
      // The finding's figures, with what to change now that the county denied it (not "the county will review it").
      "You entered 120 hours for Elena Ramirez from the 1st to the 15th: more than 70% of the month's 160 hours.\nWhat to change: The county did not accept these hours. In the corrected version, enter only the hours you really worked on each day; your check-ins and check-outs help. If every hour is right, call your county IHSS office before you resubmit.",
      'The hours on this timesheet do not match your check-ins and check-outs.\nWhat to change: Check your visits for the days in question, correct the hours or the visits, and submit again.',
    ]);
    const deniedStep = p.getByRole('region', { name: 'Timeline' }).getByRole('listitem').filter({ has: p.getByRole('heading', { name: 'Version 1: Denied by the county' }) });
    await deniedStep.getByText(`Note: “${note}”`).waitFor();
    await deniedStep.getByText('Who: Dana Worker (county)').waitFor();
    await expectAccessible(p, 'denied claim timeline');

    // The denied version's own page offers the same correction as its timeline (the web once left "denied" out).
    const timelineUrl = p.url();
    await p.goto(`${portal.baseUrl}/timesheets/${timelineUrl.split('/').filter(Boolean).pop()}`);
    await heading(p, 'Timesheet for Elena Ramirez');
    await p.getByRole('button', { name: 'Correct and resubmit' }).waitFor();
    await p.goto(timelineUrl);
    await heading(p, 'Claim for Elena Ramirez');

    // "Correct and resubmit" opens version 2, filled in from the denied one; she enters 4 hours on each day.
    await p.getByRole('button', { name: 'Correct and resubmit' }).click();
    await heading(p, 'Timesheet for Elena Ramirez');
    await p.getByText('Version 2:').waitFor();
    await p.getByText('Not submitted yet', { exact: true }).first().waitFor();
    await expectAccessible(p, 'correction: version 2 as filled in');
    for (const date of FIRST_HALF) {
      const hours = p.getByRole('group', { name: dayName(date), exact: true }).getByLabel('Hours worked');
      expect(await hours.inputValue()).toBe('8');
      await hours.fill('4');
    }
    // The rules engine's live result in the page: nothing blocks, the over-70 % review and the weekly violations are gone.
    const expected = await enginePay(FIRST_HALF.map((date) => ({ date, workedMinutes: 4 * 60 })));
    const totals = p.getByRole('region', { name: 'Running totals' });
    await expect.poll(() => totals.innerText()).toContain(`Expected pay\n${dollars(expected.cents.gross)}\n`);
    await p.getByText('No problems stop you from submitting.').waitFor();
    expect(await p.getByRole('heading', { name: /^Fix these before you can submit/ }).count()).toBe(0);
    expect(await p.getByText(/^(County review|Violation|Cannot submit):/).count()).toBe(0);
    await expectAccessible(p, 'correction: 4 hours a day, checked live');
    await p.getByText('I confirm this is the work I did in this period').click();
    await p.getByRole('button', { name: 'Submit the correction', exact: true }).click();
    await p.getByRole('heading', { name: 'Submitted: your correction is with Elena Ramirez' }).waitFor();
    await p.getByText('Waiting for the recipient', { exact: true }).first().waitFor();
    const versions = p.getByRole('region', { name: 'All versions' }).getByRole('listitem');
    await expect.poll(() => versions.allInnerTexts()).toEqual([
      expect.stringMatching(/^Version 2 Waiting for the recipient 60 hours/),
      expect.stringMatching(/^Version 1 Replaced by a newer version 120 hours/),
    ]);
    await expectAccessible(p, 'correction submitted');

    // Both versions stay in her claims and on the claim's timeline: version 1 replaced, version 2 with the recipient.
    await openMenu(p);
    await p.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Claims' }).click();
    await heading(p, 'Claims');
    await p.getByText('Claims found: 2').waitFor();
    const claims = p.getByRole('region', { name: 'Your claims' }).getByRole('listitem');
    await expect.poll(() => claims.allInnerTexts()).toEqual([
      expect.stringMatching(new RegExp(`^Elena Ramirez, ${spanPattern(SPAN)}, version 2 Waiting for the recipient\n`)),
      expect.stringMatching(new RegExp(`^Elena Ramirez, ${spanPattern(SPAN)}, version 1 Replaced by a newer version\n`)),
    ]);
    await expectAccessible(p, 'claims list with the correction');
    await p.getByRole('link', { name: new RegExp(`^Elena Ramirez, ${spanPattern(SPAN)}.*version 2$`) }).click();
    await heading(p, 'Claim for Elena Ramirez');
    const steps = p.getByRole('region', { name: 'Timeline' }).getByRole('heading', { level: 3 });
    await expect.poll(() => steps.allInnerTexts()).toEqual([
      'Version 1: Submitted',
      'Version 1: Approved by the recipient',
      'Version 1: Sent to the county for review',
      'Version 1: Denied by the county',
      'Version 2: Submitted',
      'Version 1: Replaced by a newer version',
    ]);
    await p.getByRole('region', { name: 'Timeline' }).getByRole('listitem').last().getByText('Replaced by version 2', { exact: true }).waitFor();
    const claimVersions = p.getByRole('region', { name: 'All versions' }).getByRole('listitem');
    await expect.poll(() => claimVersions.allInnerTexts()).toEqual([
      expect.stringMatching(/^Version 2 Waiting for the recipient\n/),
      expect.stringMatching(/^Version 1 Replaced by a newer version\n/),
    ]);
    await p.getByRole('region', { name: /^Where it stands/ }).getByText(/^Next: Elena Ramirez approves it or sends it back\. They are asked to decide by /).waitFor();
    await expectAccessible(p, 'claim timeline with the correction');

    // Elena approves version 2 in the browser; it is clean, so the portal approves it for payment.
    const recipient = await phonePage(portal);
    const r = recipient.page;
    await signIn(portal, r, 'Recipient', '9000001', 'Elena');
    await r.goto(`${portal.baseUrl}/review`);
    await heading(r, 'Timesheets to review');
    await expectAccessible(r, 'recipient: the correction to review');
    await r.getByRole('link', { name: new RegExp(`^Maria Gonzalez: ${spanPattern(SPAN)}.*version 2$`) }).click();
    await heading(r, 'Review a timesheet');
    await expectAccessible(r, 'recipient: reviewing the correction');
    await r.getByRole('button', { name: 'Approve', exact: true }).click();
    await r.getByRole('button', { name: 'Yes, approve these hours' }).click();
    await r.getByText('You approved this timesheet').waitFor();
    await expectAccessible(r, 'recipient: correction approved');
    await recipient.context.close();

    await w.goto(`${portal.baseUrl}/staff/review`);
    await heading(w, 'Timesheet review');
    await w.getByText('Pay run (demo)').waitFor();
    await w.getByText(/In demo mode only/).waitFor();
    await w.getByRole('button', { name: 'Run payroll now (demo)' }).click();
    const payRun = w.getByText(/^Pay run \d+, issue date .+\. Payments made: 1\. Total: \$/);
    await payRun.waitFor();
    expect(await payRun.textContent()).toContain(`Total: ${dollars(expected.cents.gross)}`);
    await expectAccessible(w, 'review queue after the pay run');
    await worker.context.close();

    // Maria comes back to the portal, finds the payment and keeps its pay stub.
    await p.goto(`${portal.baseUrl}/dashboard`);
    await p.getByRole('region', { name: 'Billing and invoicing' }).getByRole('link', { name: 'Payment issued' }).waitFor();
    await openMenu(p);
    await p.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Payments' }).click();
    await heading(p, 'Payments');
    const payment = p.getByRole('region', { name: /^Payment / });
    await payment.getByText(`For Elena Ramirez, ${spanText(SPAN)}`).waitFor();
    const paymentNumber = ((await payment.getByRole('heading').first().textContent()) ?? '').replace('Payment ', '');
    expect(paymentNumber).toMatch(/^P\d{4}-\d{8}$/);
    expect(await payment.getByRole('row', { name: /Gross pay/ }).getByRole('cell').last().textContent()).toBe(dollars(expected.cents.gross));
    await expectAccessible(p, 'payments');

    const stub = await download(p, `Download pay stub (PDF) of payment ${paymentNumber}`);
    expect(stub.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const figures = stubFigures(pdfText(stub));
    const hours = (minutes: number) => (minutes / 60).toFixed(2);
    const { minutes, cents } = expected;
    expect(figures).toEqual({
      paymentNumber,
      providerId: '900000001',
      caseNumber: CASE,
      payPeriod: `${longDate(SPAN.start)} to ${longDate(SPAN.end)}`,
      rate: dollars(expected.rateCents),
      regular: { hours: hours(minutes.regular), amount: dollars(cents.regular) },
      overtime: { hours: hours(minutes.overtime), amount: dollars(cents.overtime) },
      travel: { hours: hours(minutes.travel), amount: dollars(cents.travel) },
      sick: { hours: hours(minutes.sick), amount: dollars(cents.sick) },
      gross: { hours: hours(minutes.regular + minutes.overtime + minutes.travel + minutes.sick), amount: dollars(cents.gross) },
    });

    // The claim's timeline ends with the payment: the portal approved version 2 (clean) and paid it.
    await payment.getByRole('link', { name: 'See the claim' }).click();
    await heading(p, 'Claim for Elena Ramirez');
    const paidSteps = p.getByRole('region', { name: 'Timeline' }).getByRole('listitem');
    await expect.poll(async () => (await paidSteps.allInnerTexts()).slice(-3)).toEqual([
      expect.stringMatching(/^Version 2: Approved by the recipient\n[^]*Who: Elena Ramirez \(recipient\)/),
      expect.stringMatching(/^Version 2: Approved for payment \(no problems found\)\n[^]*Who: the portal, on its own$/),
      expect.stringMatching(new RegExp(`^Version 2: Payment issued\n[^]*Who: the portal, on its own\n+Payment number: ${paymentNumber}$`)),
    ]);
    await expect.poll(() => claimVersions.allInnerTexts()).toEqual([
      expect.stringMatching(/^Version 2 Payment issued\n/),
      expect.stringMatching(/^Version 1 Replaced by a newer version\n/),
    ]);
    await expectAccessible(p, 'claim timeline after the payment');
    await provider.context.close();
  });

  it('a county admin sees the escalated view', async () => {
    const admin = await phonePage(portal);
    await signIn(portal, admin.page, 'County staff', 'demo.admin', 'Alex');
    await admin.page.goto(`${portal.baseUrl}/staff/review`);
    await heading(admin.page, 'Timesheet review');
    await admin.page.getByRole('link', { name: 'See escalated timesheets' }).click();
    await heading(admin.page, 'Escalated timesheets');
    await admin.page.getByText(/^Timesheets shown: \d+\.$/).waitFor();
    await expectAccessible(admin.page, 'escalated');
    await admin.context.close();
  });
});
