/**
 * Issue #5: the pay run, payments, pay stubs and the payment history export.
 *
 * The pay run pays every `approved` timesheet version, oldest submission first, each in its own transaction:
 * lock the version, check it is still approved and has no payment, compute the pay, insert the payment (UNIQUE per
 * version, and per provider, recipient and pay period), move the version to `payment_issued` (an event by the
 * system), tell the provider, audit, commit. So a run stopped half-way (a crash, a deploy, a kill) leaves every
 * payment either whole or absent, and running it again pays only what is left; two runs at once never pay one
 * version twice (the row lock and the unique keys).
 *
 * Pay is the rules engine's: `evaluateSubmitted` with the *paid* versions of the provider's month as earlier
 * timesheets, so each payment is what the month's whole adds up to less what was already paid (docs/rules.md);
 * a workweek split over two timesheets pays its overtime once, whichever is paid first.
 *
 * The split into regular time, overtime, travel and sick leave is the domain's `payStubOf` (src/domain/pay-stub.ts).
 * Sick leave the recipient confirmed for the same recipient and pay period is paid with that period's timesheet,
 * once; sick leave of an ended period that no timesheet carries is paid on its own.
 */
import type { PaymentStatus, PaymentView, StaffPaymentView } from '../../../contracts/payments.js';
import type { Language } from '../../../contracts/messages/index.js';
import type { Db } from '../../../db/connection.js';
import type { TimesheetStatus } from '../../../db/schema.js';
import { addDays, californiaDate, californiaInstant, isBusinessDay, PAY_RUN_MINUTE, payPeriodOf, payStubOf, type PayStub } from '../../../domain/index.js';
import type { JobHandler } from '../../../jobs/worker.js';
import { enqueue } from '../../../jobs/queue.js';
import { forbidden, notFound } from '../../errors.js';
import { recordAudit, recordSystemAudit } from '../audit/service.js';
import { nowInDb, ratesByCounty, type Viewer } from '../cases/service.js';
import { moveClaim } from '../claim-life/transitions.js';
import { notify } from '../notifications/service.js';
import { markSickLeavePaid, unpaidSickLeave, unpaidSickLeaveBefore } from '../sick-leave/service.js';
import * as timesheets from '../timesheets/service.js';
import { dollars, payStubPdf, paymentsCsv } from './documents.js';
import * as store from './store.js';

export { DOCUMENT_WORDS, returnReasonWords } from './documents.js';

export const PAY_RUN_JOB = 'payroll.pay_run';
/** States whose time has been paid: the earlier timesheets of a payment. */
export const PAID_STATES: readonly TimesheetStatus[] = ['payment_issued', 'paid'];

export interface PayBreakdown extends PayStub {
  /** The sick leave claims this pay includes (each is paid once). */
  sickLeaveIds: number[];
}

type SickRows = Awaited<ReturnType<typeof unpaidSickLeave>>;

const sickDays = (rows: SickRows) => rows.map((r) => ({ date: r.leave_date, minutes: r.minutes }));

/** The pay of one approved version, from the rules engine, split by the domain's `payStubOf`. */
export async function computePay(db: Db, ts: timesheets.TimesheetRow, now: Date): Promise<PayBreakdown> {
  const e = await timesheets.evaluateSubmitted(db, ts, now, PAID_STATES);
  const sick = await unpaidSickLeave(db, ts.provider_user_id, ts.case_id, ts.pay_period_start, ts.pay_period_end);
  const stub = payStubOf({
    lines: e.evaluation.payPeriods.filter((p) => p.recipientId === ts.case_number),
    travel: e.days.map((d) => ({ date: d.work_date, minutes: d.travel_minutes })),
    sickLeave: sickDays(sick),
    rateCents: e.rate?.rateCents ?? 0,
    rateChanges: e.rate?.rateChanges,
    periodEnd: ts.pay_period_end,
  });
  return { ...stub, sickLeaveIds: sick.map((r) => r.id) };
}

export interface PayRunOptions {
  payRunId: number;
  now: Date;
  /** Called after each payment commits (tests stop a run half-way by throwing here). */
  afterPayment?: (count: number) => void | Promise<void>;
  /** Called inside a payment's transaction before it commits (tests crash a run mid-payment by throwing here). */
  beforeCommit?: (timesheetId: number) => void | Promise<void>;
  /** Approved versions read at a time (tests make pages small to cross page boundaries). */
  pageSize?: number;
}

interface PayRunRef {
  id: number;
  issueDate: string;
}

interface PaymentFor {
  kind: 'timesheet' | 'sick_leave';
  timesheetId: number | null;
  providerId: number;
  caseId: number;
  countyId: number;
  period: { start: string; end: string };
}

/** Writes a payment and all that goes with it: the sick leave it pays, the run's totals, the provider's notice, the audit row. */
async function issuePayment(trx: Db, f: PaymentFor, pay: PayBreakdown, run: PayRunRef) {
  const paymentNumber = await store.nextPaymentNumber(trx, run.issueDate.slice(0, 4));
  const id = await store.insertPayment(trx, {
    payment_number: paymentNumber,
    kind: f.kind,
    timesheet_id: f.timesheetId,
    provider_user_id: f.providerId,
    case_id: f.caseId,
    county_id: f.countyId,
    pay_run_id: run.id,
    pay_period_start: f.period.start,
    pay_period_end: f.period.end,
    issue_date: run.issueDate,
    rate_cents: pay.rateCents,
    regular_minutes: pay.minutes.regular,
    overtime_minutes: pay.minutes.overtime,
    travel_minutes: pay.minutes.travel,
    sick_minutes: pay.minutes.sick,
    regular_cents: pay.cents.regular,
    overtime_cents: pay.cents.overtime,
    travel_cents: pay.cents.travel,
    sick_cents: pay.cents.sick,
    gross_cents: pay.cents.gross,
  });
  await markSickLeavePaid(trx, pay.sickLeaveIds, id);
  await store.addToPayRun(trx, run.id, pay.cents.gross);
  await notify(trx, {
    event: 'payment_issued',
    key: `payment_issued:payment:${id}`,
    userIds: [f.providerId],
    data: { amount: dollars(pay.cents.gross), payDate: run.issueDate, payPeriodStart: f.period.start, payPeriodEnd: f.period.end, paymentId: id },
  });
  await recordSystemAudit(trx, { action: 'payment.issued', subjectUserId: f.providerId, countyId: f.countyId, details: { paymentId: id, paymentNumber, kind: f.kind, timesheetId: f.timesheetId, sickLeaveIds: pay.sickLeaveIds, grossCents: pay.cents.gross, payRunId: run.id } });
  return paymentNumber;
}

/** Pays one version in its own transaction; 0 when it was not (any more) approved or already paid. */
async function payTimesheet(db: Db, timesheetId: number, run: PayRunRef, now: Date, beforeCommit?: PayRunOptions['beforeCommit']) {
  return db.transaction().execute(async (trx) => {
    const ts = await timesheets.findTimesheetRow(trx, timesheetId, true);
    if (!ts || ts.status !== 'approved') return 0;
    if (await store.findPaymentByTimesheet(trx, ts.id)) return 0;
    const pay = await computePay(trx, ts, now);
    const f = { kind: 'timesheet' as const, timesheetId: ts.id, providerId: ts.provider_user_id, caseId: ts.case_id, countyId: ts.county_id, period: { start: ts.pay_period_start, end: ts.pay_period_end } };
    const paymentNumber = await issuePayment(trx, f, pay, run);
    await moveClaim(trx, ts, 'issue_payment', { kind: 'system', userId: null }, { note: paymentNumber });
    await beforeCommit?.(ts.id);
    return 1;
  });
}

/**
 * Pays a provider's confirmed sick leave of an ended pay period for one recipient on its own, in its own
 * transaction: when no timesheet of that period is on its way to payment (one submitted, awaiting review or
 * approved carries the sick leave itself). 0 when there is nothing (left) to pay or a timesheet will carry it.
 */
async function paySickLeaveAlone(db: Db, g: Omit<PaymentFor, 'kind' | 'timesheetId'>, run: PayRunRef) {
  return db.transaction().execute(async (trx) => {
    const rows = await unpaidSickLeave(trx, g.providerId, g.caseId, g.period.start, g.period.end);
    if (rows.length === 0 || (await timesheets.onItsWayToPayment(trx, g.providerId, g.caseId, g.period.start))) return 0;
    const rate = (await ratesByCounty(trx, [g.countyId], g.period.start)).get(g.countyId);
    const stub = payStubOf({ lines: [], travel: [], sickLeave: sickDays(rows), rateCents: rate?.rateCents ?? 0, rateChanges: rate?.rateChanges, periodEnd: g.period.end });
    const pay: PayBreakdown = { ...stub, sickLeaveIds: rows.map((r) => r.id) };
    await issuePayment(trx, { ...g, kind: 'sick_leave', timesheetId: null }, pay, run);
    return 1;
  });
}

/** Approved versions read a page at a time, so a statewide run never holds the whole list in memory. */
const PAY_RUN_PAGE = 500;

/**
 * Runs (or resumes) a pay run: pays every approved version of its county (or all), oldest submission first, a page
 * at a time. A version approved while the run walks is paid if its submission sorts after the page being read,
 * else by the next run.
 */
export async function runPayRun(db: Db, opts: PayRunOptions) {
  const now = opts.now;
  const run = await store.findPayRun(db, opts.payRunId);
  if (!run) throw new Error(`pay run ${opts.payRunId} not found`);
  const limit = opts.pageSize ?? PAY_RUN_PAGE;
  const ref = { id: run.id, issueDate: run.issue_date };
  let count = 0;
  let after: { submittedAt: Date; id: number } | null = null;
  for (;;) {
    const page = await timesheets.approvedPage(db, { countyId: run.county_id, after, limit });
    for (const ts of page) {
      const n = await payTimesheet(db, ts.id, ref, now, opts.beforeCommit);
      count += n;
      if (n) await opts.afterPayment?.(count);
    }
    if (page.length < limit) break;
    const last = page.at(-1)!;
    after = { submittedAt: last.submitted_at!, id: last.id };
  }
  // Then sick leave of ended pay periods that no timesheet carried.
  const currentPeriod = payPeriodOf(californiaDate(now)).start;
  for (let afterId = 0; ; ) {
    const page = await unpaidSickLeaveBefore(db, { countyId: run.county_id, before: currentPeriod, afterId, limit });
    const groups = new Map(page.map((r) => [`${r.provider_user_id}:${r.case_id}:${payPeriodOf(r.leave_date).start}`, r]));
    for (const r of groups.values()) {
      const n = await paySickLeaveAlone(db, { providerId: r.provider_user_id, caseId: r.case_id, countyId: r.county_id, period: payPeriodOf(r.leave_date) }, ref);
      count += n;
      if (n) await opts.afterPayment?.(count);
    }
    if (page.length < limit) break;
    afterId = page.at(-1)!.id;
  }
  await store.finishPayRun(db, run.id);
  return { ...(await store.findPayRun(db, run.id))!, paidNow: count };
}

/** Starts a pay run now (demo: county staff; production: the payroll schedule enqueues the job). */
export async function startPayRun(db: Db, viewer: Viewer, client: { ip: string | null; userAgent: string | null }, issueDate: string | undefined, now: Date) {
  const countyId = payrollScope(viewer);
  const id = await db.transaction().execute(async (trx) => {
    const runId = await store.insertPayRun(trx, { countyId, issueDate: issueDate ?? californiaDate(now), startedBy: viewer.id });
    await recordAudit(trx, { ...client, action: 'payment.pay_run_started', outcome: 'success', actorUserId: viewer.id, countyId, details: { payRunId: runId } });
    return runId;
  });
  const r = await runPayRun(db, { payRunId: id, now });
  return { id: r.id, issueDate: r.issue_date, payments: r.payments, totalCents: Number(r.total_cents), finished: r.finished_at !== null };
}

// --- The payroll schedule ----------------------------------------------------------------------------------------

/**
 * The statewide pay run, every business day (California: weekends and state holidays skipped, as the State
 * Controller's Office issues no payments on them) at `PAY_RUN_MINUTE`: 17:00, after the county's working day, so the
 * day's approvals are paid the same day (the domain's pay-expectation.ts dates "where is my pay" by the same schedule).
 * Like the reminders' sweep: one job per
 * California date under a key, each enqueuing the next day's as it completes; the run's row is keyed by the same
 * date (`pay_runs.scheduled_for`), so a job retried after a crash resumes that run instead of starting a second.
 */
export const DAILY_PAY_RUN_JOB = 'payroll.daily_pay_run';

const dailyKey = (date: string) => `${DAILY_PAY_RUN_JOB}:${date}`;

async function enqueueDaily(trx: Db, date: string, now: Date) {
  const delaySeconds = Math.max(0, Math.round((californiaInstant(date, PAY_RUN_MINUTE) - now.getTime()) / 1000));
  await enqueue(trx, { kind: DAILY_PAY_RUN_JOB, dedupeKey: dailyKey(date), payload: { date }, delaySeconds });
}

/** Today's scheduled pay run, at 17:00 California time, unless it already exists. Safe at every start. */
export async function ensureDailyPayRun(db: Db): Promise<void> {
  const now = await nowInDb(db);
  await db.transaction().execute((trx) => enqueueDaily(trx, californiaDate(now), now));
}

/** The pay run of a business day: found by its date, or started; then run (or resumed) to the end. */
export async function runScheduledPayRun(db: Db, date: string, now: Date) {
  if (!isBusinessDay(date)) return undefined;
  const id = await store.payRunScheduledFor(db, date);
  return runPayRun(db, { payRunId: id, now });
}

export function payRunJobHandlers(): Record<string, JobHandler> {
  return {
    [PAY_RUN_JOB]: async ({ job, db }) => {
      await runPayRun(db, { payRunId: Number(job.payload.payRunId), now: await nowInDb(db) });
    },
    [DAILY_PAY_RUN_JOB]: async ({ job, db, complete }) => {
      const now = await nowInDb(db);
      const today = californiaDate(now);
      const asked = String(job.payload.date ?? today);
      // A run that starts late (the service was down) pays today, under today's date.
      const date = asked > today ? asked : today;
      await runScheduledPayRun(db, date, now);
      await db.transaction().execute(async (trx) => {
        await enqueueDaily(trx, addDays(date, 1), now);
        await complete(trx);
      });
    },
  };
}

// --- The provider's payments ---------------------------------------------------------------------------------

export function paymentView(p: store.PaymentRow): PaymentView {
  return {
    id: p.id,
    paymentNumber: p.payment_number,
    kind: p.kind,
    timesheetId: p.timesheet_id,
    caseNumber: p.case_number,
    recipient: { firstName: p.recipient_first_name, lastName: p.recipient_last_name },
    payPeriod: { start: p.pay_period_start, end: p.pay_period_end },
    issueDate: p.issue_date,
    status: p.status,
    paidOn: p.paid_on,
    returned: p.returned_on !== null && p.return_reason !== null ? { on: p.returned_on, reason: p.return_reason } : null,
    rateCents: p.rate_cents,
    minutes: { regular: p.regular_minutes, overtime: p.overtime_minutes, travel: p.travel_minutes, sickLeave: p.sick_minutes },
    cents: { regular: p.regular_cents, overtime: p.overtime_cents, travel: p.travel_cents, sickLeave: p.sick_cents, gross: p.gross_cents },
  };
}

/** The counties a payroll viewer acts for: their own, or every county (null) for the state admin. */
export function payrollScope(viewer: Viewer): number | null {
  if (viewer.role === 'state_admin') return null;
  if (viewer.countyId === null) throw forbidden();
  return viewer.countyId;
}

/** Payroll's list: the staff member's county (the state admin: every county), newest first, with totals by status. */
export async function listCountyPayments(db: Db, viewer: Viewer, q: { status?: PaymentStatus | undefined; providerId?: string | undefined }) {
  const countyId = payrollScope(viewer);
  const [rows, totals] = await Promise.all([
    store.listCountyPayments(db, { countyId, limit: 100, ...(q.status ? { status: q.status } : {}), ...(q.providerId ? { providerLoginId: q.providerId } : {}) }),
    store.countyTotals(db, countyId),
  ]);
  return {
    payments: rows.map((p): StaffPaymentView => ({ ...paymentView(p), provider: { firstName: p.provider_first_name, lastName: p.provider_last_name, providerId: p.provider_login_id }, countyId: p.county_id })),
    totals: totals.map((t) => ({ status: t.status, count: t.count, cents: Number(t.cents) })),
  };
}

export async function listPayments(db: Db, viewer: Viewer, q: { year?: number | undefined }) {
  const rows = await store.listPayments(db, { providerId: viewer.id, ...(q.year ? { from: `${q.year}-01-01`, to: `${q.year}-12-31` } : {}) });
  return rows.map(paymentView);
}

export async function ownPayment(db: Db, viewer: Viewer, id: number) {
  const p = await store.findPayment(db, id);
  if (!p || viewer.role !== 'provider' || p.provider_user_id !== viewer.id) throw notFound();
  return p;
}

export async function yearToDate(db: Db, p: store.PaymentRow) {
  return store.yearToDate(db, p.provider_user_id, `${p.issue_date.slice(0, 4)}-01-01`, p.issue_date, p.id);
}

/** Every return of these claims' payments (timesheet versions), oldest first: the claim timeline's (ADR 0007). */
export function returnsOfClaims(db: Db, timesheetIds: readonly number[]) {
  return store.returnsOfTimesheets(db, timesheetIds);
}

/** The day each of these claims' deposit came back, for those whose payment is returned and not paid again yet. */
export async function depositsReturnedNow(db: Db, timesheetIds: readonly number[]): Promise<Map<number, string>> {
  const rows = await store.returnedNow(db, timesheetIds);
  return new Map(rows.flatMap((r) => (r.timesheet_id !== null && r.returned_on !== null ? [[r.timesheet_id, r.returned_on] as const] : [])));
}

/**
 * The payments of these claims (timesheet versions) of a provider, by version: "where is my pay". A claim's payment is
 * issued after its pay period starts, so `from`, the earliest pay period's start, bounds the read.
 */
export async function paymentsOfClaims(db: Db, providerId: number, timesheetIds: readonly number[], from: string) {
  const ids = new Set(timesheetIds);
  const rows = ids.size === 0 ? [] : await store.listPayments(db, { providerId, from });
  return new Map(rows.flatMap((p) => (p.timesheet_id !== null && ids.has(p.timesheet_id) ? [[p.timesheet_id, p] as const] : [])));
}

/** The provider's pay stub of one payment, as a one-page PDF in their language, with year-to-date totals. */
export async function payStub(db: Db, viewer: Viewer, id: number, lang: Language) {
  const p = await ownPayment(db, viewer, id);
  return { pdf: await payStubPdf(p, await yearToDate(db, p), lang), fileName: `pay-stub-${p.payment_number}.pdf` };
}

/** The provider's payments issued in a calendar year, oldest first, as CSV. */
export async function paymentHistoryCsv(db: Db, viewer: Viewer, year: number, lang: Language) {
  const rows = (await store.listPayments(db, { providerId: viewer.id, from: `${year}-01-01`, to: `${year}-12-31` })).reverse();
  return { csv: paymentsCsv(rows, lang), fileName: `ihss-payments-${year}.csv` };
}

/**
 * Every payment of the provider, oldest first, as the payment history's CSV (its header in `lang`): the payments file
 * of "Download my records". Only providers are paid, so anyone else gets the header alone.
 */
export async function allPaymentsCsv(db: Db, viewer: Viewer, lang: Language) {
  const rows = viewer.role === 'provider' ? (await store.listPayments(db, { providerId: viewer.id })).reverse() : [];
  return { csv: paymentsCsv(rows, lang), rows: rows.length };
}

/** The dashboard's "Billing and invoicing": counts and amounts by state, and the latest payments. */
export async function billingSummary(db: Db, providerId: number) {
  const rows = (await timesheets.timesheetsFor(db, { providerId })).map((t) => t.row).filter((r) => r.status !== 'draft' && r.status !== 'superseded');
  const paid = await store.listPayments(db, { providerId, limit: 200 });
  const byTimesheet = new Map(paid.map((p) => [p.timesheet_id, p.gross_cents]));
  const byState = new Map<TimesheetStatus, { count: number; cents: number }>();
  for (const r of rows) {
    const s = byState.get(r.status) ?? { count: 0, cents: 0 };
    s.count += 1;
    s.cents += byTimesheet.get(r.id) ?? r.gross_cents ?? 0;
    byState.set(r.status, s);
  }
  return {
    count: rows.length,
    byState: [...byState].map(([status, v]) => ({ status, ...v })),
    latestPayments: paid.slice(0, 3).map(paymentView),
  };
}
