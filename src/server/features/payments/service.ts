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
 *
 * From gross to net (issue #15): after the gross, the terms the provider's pay is subject to that day (payroll-terms'
 * `payTermsFor`) and the sums of their earlier payments go to the domain's `netPayOf` (src/domain/payroll), and the
 * payment is stored with its deductions, net and taxable wages in the same transaction. A provider's payments are
 * figured one at a time (an advisory lock), so two runs at once never both read the same "earlier" sums: the health
 * premium of a month, taken from the month's first pay, is taken once.
 */
import { PAY_RUN_TOTALS_PAGE, type PaymentStatus, type PayRunTotalsView, type StaffPaymentView, type TaxFormView, type W2Boxes } from '../../../contracts/payments.js';
import { dateInWords } from '../../../contracts/messages/dates.js';
import type { Language } from '../../../contracts/messages/index.js';
import type { Db } from '../../../db/connection.js';
import type { TimesheetStatus } from '../../../db/schema.js';
import {
  addDays,
  californiaDate,
  californiaInstant,
  DEDUCTION_KINDS,
  isBusinessDay,
  monthOf,
  monthSpan,
  netPayOf,
  PAY_RUN_MINUTE,
  payPeriodOf,
  payStubOf,
  type NetPay,
  type PayStub,
} from '../../../domain/index.js';
import type { JobHandler } from '../../../jobs/worker.js';
import { enqueue } from '../../../jobs/queue.js';
import { AppError, forbidden, notFound } from '../../errors.js';
import type { Client } from '../../lib/client.js';
import { recordAudit, recordSystemAudit } from '../audit/service.js';
import { employerAddress, findCaseByNumber, findCasesByIds, nowInDb, ratesByCounty, type Viewer } from '../cases/service.js';
import { moveClaim } from '../claim-life/transitions.js';
import { payDestinationOn } from '../direct-deposit/service.js';
import { notify } from '../notifications/service.js';
import { payTermsFor } from '../payroll-terms/service.js';
import { getProfile } from '../profile/service.js';
import { markSickLeavePaid, unpaidSickLeave, unpaidSickLeaveBefore } from '../sick-leave/service.js';
import * as timesheets from '../timesheets/service.js';
import { dollars, payStubPdf, paymentsCsv, w2Pdf } from './documents.js';
import { paymentStatements, paymentView } from './statement.js';
import * as store from './store.js';

export { DOCUMENT_WORDS, returnReasonWords } from './documents.js';
export { paymentView } from './statement.js';

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
  /**
   * The counties this worker pays, when several workers share the run (one per county group): each pays only the
   * approved versions of its counties and adds only to its counties' totals. The run's county (or all) when absent.
   */
  counties?: readonly number[];
  /** Approved versions paid in one transaction (tests make batches small to cross their boundaries). */
  batchSize?: number;
  /** Called after each batch commits, with the payments made so far (tests stop a run between batches by throwing). */
  afterBatch?: (count: number) => void | Promise<void>;
  /** Called inside a batch's transaction before it commits, with its versions (tests crash a run mid-batch by throwing). */
  beforeCommit?: (timesheetIds: readonly number[]) => void | Promise<void>;
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

const paidMinutes = (pay: PayStub) => pay.minutes.regular + pay.minutes.overtime + pay.minutes.travel + pay.minutes.sick;

/**
 * From gross to net: the terms in force on the pay date and the sums of the provider's earlier payments, to the
 * domain's `netPayOf`. The service month of Share of Cost is the pay period's month; the year and quarter of the
 * wage bases and thresholds are the pay date's (src/domain/payroll). The caller holds the provider's pay lock.
 */
async function netPayFor(trx: Db, f: PaymentFor, pay: PayStub, payDate: string): Promise<NetPay> {
  const serviceMonth = monthOf(f.period.start);
  const terms = await payTermsFor(trx, { providerId: f.providerId, caseId: f.caseId, countyId: f.countyId, payDate, serviceMonth });
  const month = Number(payDate.slice(5, 7));
  const quarterMonth = String(month - ((month - 1) % 3)).padStart(2, '0');
  const sums = await store.earlierSums(trx, {
    providerId: f.providerId,
    caseId: f.caseId,
    payDate,
    yearStart: `${payDate.slice(0, 4)}-01-01`,
    quarterStart: `${payDate.slice(0, 4)}-${quarterMonth}-01`,
    monthStart: `${monthOf(payDate)}-01`,
    serviceMonth: monthSpan(serviceMonth),
  });
  return netPayOf({
    payDate,
    grossCents: pay.cents.gross,
    paidMinutes: paidMinutes(pay),
    relationship: terms.relationship,
    sdiElected: terms.sdiElected,
    liveInExcluded: terms.liveInExcluded,
    federal: terms.federal,
    state: terms.state,
    unionDues: terms.unionDues,
    cope: terms.cope,
    healthPremium: terms.healthPremium,
    shareOfCost: terms.shareOfCost,
    earlier: {
      yearGrossCents: sums.yearGross,
      yearSocialSecurityWagesCents: sums.yearSocialSecurityWages,
      yearMedicareWagesCents: sums.yearMedicareWages,
      quarterGrossCents: sums.quarterGross,
      quarterSdiWagesCents: sums.quarterSdiWages,
      shareOfCostTakenCents: sums.shareOfCostTaken,
    },
    healthPremiumTakenThisMonthCents: sums.healthPremiumTakenThisMonth,
  });
}

/**
 * Share of Cost is the part of the recipient's services they pay the provider directly, so the State's payment is
 * that much smaller and the provider must collect it: "the Share of Cost amount is deducted from the check you receive
 * from the State since the consumer is paying that part of your wages ... the State will send letters to you and the
 * consumer telling you exactly how much Share of Cost was deducted" (Sonoma County IHSS Public Authority, Care Provider
 * Handbook, ch. 6). The payment's notice says how much, and from whom.
 */
async function shareOfCostNotice(trx: Db, caseId: number, net: NetPay): Promise<Record<string, string>> {
  const cents = net.deductions.find((d) => d.kind === 'share_of_cost')?.cents ?? 0;
  if (cents === 0) return {};
  const [c] = await findCasesByIds(trx, [caseId]);
  return { shareOfCost: dollars(cents), recipientName: `${c!.first_name} ${c!.last_name}` };
}

/**
 * Writes a payment and all that goes with it: its deductions, the sick leave it pays, the provider's notice, the audit
 * row. The caller holds the provider's pay lock and adds the payment to the run's totals.
 */
async function issuePayment(trx: Db, f: PaymentFor, pay: PayBreakdown, run: PayRunRef) {
  const net = await netPayFor(trx, f, pay, run.issueDate);
  // Where it goes: the account in force on the issue date (a change only after its pre-note cleared), else a warrant.
  const destination = await payDestinationOn(trx, f.providerId, run.issueDate);
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
    net_cents: net.netCents,
    federal_wages_cents: net.wages.federal,
    social_security_wages_cents: net.wages.socialSecurity,
    medicare_wages_cents: net.wages.medicare,
    state_wages_cents: net.wages.state,
    sdi_wages_cents: net.wages.sdi,
    tax_year: net.year,
    paid_by: destination.method,
    deposit_account_id: destination.method === 'direct_deposit' ? destination.accountId : null,
  });
  await store.insertDeductions(trx, id, f.countyId, net.deductions);
  await markSickLeavePaid(trx, pay.sickLeaveIds, id);
  await notify(trx, {
    event: 'payment_issued',
    key: `payment_issued:payment:${id}`,
    userIds: [f.providerId],
    data: {
      amount: dollars(net.netCents),
      payDate: run.issueDate,
      payPeriodStart: f.period.start,
      payPeriodEnd: f.period.end,
      paymentId: id,
      ...(await shareOfCostNotice(trx, f.caseId, net)),
    },
  });
  await recordSystemAudit(trx, {
    action: 'payment.issued',
    subjectUserId: f.providerId,
    countyId: f.countyId,
    details: { paymentId: id, paymentNumber, kind: f.kind, timesheetId: f.timesheetId, sickLeaveIds: pay.sickLeaveIds, grossCents: pay.cents.gross, netCents: net.netCents, taxYear: net.year, payRunId: run.id },
  });
  return paymentNumber;
}

/** A batch's payments by county: what it adds to the run's totals rows. */
class CountyTotals {
  readonly byCounty = new Map<number, { payments: number; cents: number }>();
  add(countyId: number, cents: number) {
    const t = this.byCounty.get(countyId) ?? { payments: 0, cents: 0 };
    t.payments += 1;
    t.cents += cents;
    this.byCounty.set(countyId, t);
  }
}

/**
 * Pays a batch of approved versions in one transaction: locks those still approved (skipping any another run holds),
 * then their providers' pay locks in one order, pays them oldest submission first, and adds the batch to its
 * counties' totals. Returns how many it paid.
 */
async function payBatch(db: Db, ids: readonly number[], run: PayRunRef, now: Date, beforeCommit?: PayRunOptions['beforeCommit']) {
  return db.transaction().execute(async (trx) => {
    const locked = await timesheets.lockApproved(trx, ids);
    const paidAlready = await store.paidTimesheets(trx, locked.map((ts) => ts.id));
    const batch = locked.filter((ts) => !paidAlready.has(ts.id));
    if (batch.length === 0) return 0;
    await store.lockProvidersPay(trx, batch.map((ts) => ts.provider_user_id));
    const totals = new CountyTotals();
    for (const ts of batch) {
      const pay = await computePay(trx, ts, now);
      const f = { kind: 'timesheet' as const, timesheetId: ts.id, providerId: ts.provider_user_id, caseId: ts.case_id, countyId: ts.county_id, period: { start: ts.pay_period_start, end: ts.pay_period_end } };
      const paymentNumber = await issuePayment(trx, f, pay, run);
      await moveClaim(trx, ts, 'issue_payment', { kind: 'system', userId: null }, { note: paymentNumber });
      totals.add(ts.county_id, pay.cents.gross);
    }
    await store.addToPayRunTotals(trx, run.id, totals.byCounty);
    await beforeCommit?.(batch.map((ts) => ts.id));
    return batch.length;
  });
}

/**
 * Pays a provider's confirmed sick leave of an ended pay period for one recipient on its own, in its own
 * transaction: when no timesheet of that period is on its way to payment (one submitted, awaiting review or
 * approved carries the sick leave itself). 0 when there is nothing (left) to pay or a timesheet will carry it.
 */
async function paySickLeaveAlone(db: Db, g: Omit<PaymentFor, 'kind' | 'timesheetId'>, run: PayRunRef) {
  return db.transaction().execute(async (trx) => {
    await store.lockProvidersPay(trx, [g.providerId]);
    const rows = await unpaidSickLeave(trx, g.providerId, g.caseId, g.period.start, g.period.end);
    if (rows.length === 0 || (await timesheets.onItsWayToPayment(trx, g.providerId, g.caseId, g.period.start))) return 0;
    const rate = (await ratesByCounty(trx, [g.countyId], g.period.start)).get(g.countyId);
    const stub = payStubOf({ lines: [], travel: [], sickLeave: sickDays(rows), rateCents: rate?.rateCents ?? 0, rateChanges: rate?.rateChanges, periodEnd: g.period.end });
    const pay: PayBreakdown = { ...stub, sickLeaveIds: rows.map((r) => r.id) };
    await issuePayment(trx, { ...g, kind: 'sick_leave', timesheetId: null }, pay, run);
    const totals = new CountyTotals();
    totals.add(g.countyId, pay.cents.gross);
    await store.addToPayRunTotals(trx, run.id, totals.byCounty);
    return 1;
  });
}

/** Approved versions paid in one transaction: a batch's locks and rows stay well inside PostgreSQL's lock table. */
export const PAY_RUN_BATCH = 1000;

/**
 * Runs (or resumes) a pay run, or this worker's part of it (`counties`): pays every approved version of its counties,
 * oldest submission first, a batch a transaction. A version approved while the run walks is paid if its submission
 * sorts after the batch being read, else by the next run.
 */
export async function runPayRun(db: Db, opts: PayRunOptions) {
  const now = opts.now;
  const run = await store.findPayRun(db, opts.payRunId);
  if (!run) throw new Error(`pay run ${opts.payRunId} not found`);
  const limit = opts.batchSize ?? PAY_RUN_BATCH;
  const ref = { id: run.id, issueDate: run.issue_date };
  const countyIds = run.county_id !== null ? (opts.counties ?? [run.county_id]).filter((c) => c === run.county_id) : (opts.counties ?? null);
  let count = 0;
  let after: { submittedAt: Date; id: number } | null = null;
  for (;;) {
    const page = await timesheets.approvedPage(db, { countyIds, after, limit });
    const n = await payBatch(db, page.map((ts) => ts.id), ref, now, opts.beforeCommit);
    count += n;
    if (n) await opts.afterBatch?.(count);
    if (page.length < limit) break;
    const last = page.at(-1)!;
    after = { submittedAt: last.submitted_at!, id: last.id };
  }
  // Then sick leave of ended pay periods that no timesheet carried.
  const currentPeriod = payPeriodOf(californiaDate(now)).start;
  for (let afterId = 0; ; ) {
    const page = await unpaidSickLeaveBefore(db, { countyIds, before: currentPeriod, afterId, limit });
    const groups = new Map(page.map((r) => [`${r.provider_user_id}:${r.case_id}:${payPeriodOf(r.leave_date).start}`, r]));
    for (const r of groups.values()) {
      const n = await paySickLeaveAlone(db, { providerId: r.provider_user_id, caseId: r.case_id, countyId: r.county_id, period: payPeriodOf(r.leave_date) }, ref);
      count += n;
      if (n) await opts.afterBatch?.(count);
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
  const deductions = await store.deductionsOf(db, rows.map((p) => p.id));
  return {
    payments: rows.map(
      (p): StaffPaymentView => ({
        ...paymentView(p),
        provider: { firstName: p.provider_first_name, lastName: p.provider_last_name, providerId: p.provider_login_id },
        countyId: p.county_id,
        deductions: deductions.get(p.id)!,
      }),
    ),
    totals: totals.map((t) => ({ status: t.status, count: t.count, cents: Number(t.cents) })),
  };
}

/**
 * Payroll's pay runs, newest first: each run's payments, gross, net and totals per deduction kind, which is what the
 * State owes each tax agency (IRS, EDD) and the union for that run. A county sees the runs that paid any of its
 * payments, summed over its own payments; the state admin sees every run whole.
 */
export async function payRunTotals(db: Db, viewer: Viewer, q: { before?: number | undefined }) {
  const countyId = payrollScope(viewer);
  const page = await store.payRunTotals(db, { countyId, before: q.before, limit: PAY_RUN_TOTALS_PAGE });
  const runs = page.runs.map((r): PayRunTotalsView => {
    const sums = page.sums.find((s) => s.pay_run_id === r.id);
    return {
      id: r.id,
      issueDate: r.issue_date,
      statewide: r.county_id === null,
      payments: sums?.payments ?? 0,
      grossCents: Number(sums?.gross ?? 0),
      netCents: Number(sums?.net ?? 0),
      deductions: DEDUCTION_KINDS.map((kind) => ({ kind, cents: Number(page.deductions.find((d) => d.pay_run_id === r.id && d.kind === kind)?.cents ?? 0) })),
    };
  });
  return { runs, older: page.more ? runs.at(-1)!.id : null };
}

/** The provider's payments (one year's, or all), newest first, each with its deductions and year to date. */
export async function listPayments(db: Db, viewer: Viewer, q: { year?: number | undefined }) {
  const rows = await store.listPayments(db, { providerId: viewer.id, ...(q.year ? { from: `${q.year}-01-01`, to: `${q.year}-12-31` } : {}) });
  return paymentStatements(rows, await store.deductionsOf(db, rows.map((p) => p.id)));
}

export async function ownPayment(db: Db, viewer: Viewer, id: number) {
  const p = await store.findPayment(db, id);
  if (!p || viewer.role !== 'provider' || p.provider_user_id !== viewer.id) throw notFound();
  return p;
}

/** A payment with its year to date: the provider's payments of its calendar year up to it. */
export async function paymentStatement(db: Db, p: store.PaymentRow) {
  const rows = await store.paymentsUpTo(db, p.provider_user_id, `${p.issue_date.slice(0, 4)}-01-01`, p.issue_date, p.id);
  return paymentStatements(rows, await store.deductionsOf(db, rows.map((r) => r.id))).at(-1)!;
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
  return { pdf: await payStubPdf(p, await paymentStatement(db, p), lang), fileName: `pay-stub-${p.payment_number}.pdf` };
}

/** Payments (newest first, as listed) oldest first with their statements: the rows of the payment history's CSV. */
async function csvRows(db: Db, rows: store.PaymentRow[]) {
  const oldest = rows.reverse();
  const statements = paymentStatements(oldest, await store.deductionsOf(db, oldest.map((p) => p.id)));
  return oldest.map((row, i) => ({ row, statement: statements[i]! }));
}

/** The provider's payments issued in a calendar year, oldest first, as CSV. */
export async function paymentHistoryCsv(db: Db, viewer: Viewer, year: number, lang: Language) {
  const rows = await csvRows(db, await store.listPayments(db, { providerId: viewer.id, from: `${year}-01-01`, to: `${year}-12-31` }));
  return { csv: paymentsCsv(rows, lang), fileName: `ihss-payments-${year}.csv` };
}

/**
 * Every payment of the provider, oldest first, as the payment history's CSV (its header in `lang`): the payments file
 * of "Download my records". Only providers are paid, so anyone else gets the header alone.
 */
export async function allPaymentsCsv(db: Db, viewer: Viewer, lang: Language) {
  const rows = viewer.role === 'provider' ? await csvRows(db, await store.listPayments(db, { providerId: viewer.id })) : [];
  return { csv: paymentsCsv(rows, lang), rows: rows.length };
}

// --- Tax forms: the provider's W-2s ----------------------------------------------------------------------------

/**
 * The day a year's W-2 is ready: January 31 of the following year, when employers must furnish it ("Furnish Copies
 * B, C, and 2 to each person who was your employee during the year by January 31": IRS, General Instructions for
 * Forms W-2 and W-3, "When To Furnish Forms W-2 to Employees"). Until then the year's wages are still being paid.
 */
export const w2AvailableFrom = (year: number) => `${year + 1}-01-31`;

type W2Row = Awaited<ReturnType<typeof store.w2Sums>>[number];
const boxesOf = (r: W2Row): W2Boxes => ({
  wages: Number(r.wages),
  federalTax: Number(r.federal_tax),
  socialSecurityWages: Number(r.social_security_wages),
  socialSecurityTax: Number(r.social_security_tax),
  medicareWages: Number(r.medicare_wages),
  medicareTax: Number(r.medicare_tax),
  stateWages: Number(r.state_wages),
  stateTax: Number(r.state_tax),
  sdi: Number(r.sdi),
});

/**
 * The provider's W-2s: one for each calendar year and recipient that paid them. IHSS providers are employed by the
 * recipient, so each recipient is an employer with a W-2 of its own ("W-2s per tax year and recipient": San Bernardino
 * County IHSS Public Authority). The boxes are the sums of the year's payments, by issue date (statement.ts).
 */
export async function taxForms(db: Db, viewer: Viewer, now: Date): Promise<TaxFormView[]> {
  const today = californiaDate(now);
  const rows = await store.w2Sums(db, { providerId: viewer.id });
  return rows.map((r) => {
    const availableFrom = w2AvailableFrom(r.year);
    return {
      year: r.year,
      caseNumber: r.case_number,
      employer: { firstName: r.first_name, lastName: r.last_name },
      availableFrom,
      boxes: today >= availableFrom ? boxesOf(r) : null,
    };
  });
}

/**
 * One W-2 as a PDF in the provider's language: only the provider's own, of a year and recipient that paid them (404
 * otherwise, the same answer for a case that does not exist), and only from January 31 of the following year (409).
 * The employer's address is the recipient's, read from the case and audited like every read of it.
 */
export async function w2Form(db: Db, viewer: Viewer, q: { year: number; caseNumber: string }, client: Client, now: Date, lang: Language) {
  const c = await findCaseByNumber(db, q.caseNumber);
  const [sums] = c ? await store.w2Sums(db, { providerId: viewer.id, only: { year: q.year, caseId: c.id } }) : [];
  if (!c || !sums) throw notFound();
  const availableFrom = w2AvailableFrom(q.year);
  if (californiaDate(now) < availableFrom) throw new AppError(409, 'taxFormNotYet', { year: q.year, date: dateInWords(lang, availableFrom) });
  const [employee, address] = await Promise.all([getProfile(db, viewer.id), employerAddress(db, { caseId: c.id, readerId: viewer.id, client, purpose: 'w2' })]);
  const pdf = await w2Pdf(
    {
      year: q.year,
      boxes: boxesOf(sums),
      employer: { name: `${c.first_name} ${c.last_name}`, address },
      employee: { name: `${employee.firstName} ${employee.lastName}`, providerId: employee.loginId, address: employee.mailingAddress },
      caseNumber: c.case_number,
    },
    lang,
  );
  return { pdf, fileName: `w2-${q.year}-${c.case_number}.pdf` };
}

/** The dashboard's "Billing and invoicing": counts and amounts by state of the provider's claims, and the latest payments. */
export async function billingSummary(db: Db, providerId: number, claims: readonly timesheets.TimesheetRow[]) {
  const rows = claims.filter((r) => r.status !== 'draft' && r.status !== 'superseded');
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

/** The issue date of the provider's first payment, or null if never paid: the payroll-terms feature's waiting period starts there. */
export async function firstIssueDate(db: Db, providerId: number): Promise<string | null> {
  return (await store.firstIssueDate(db, providerId)) ?? null;
}
