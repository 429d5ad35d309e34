/**
 * Issue #5: the pay run, payments, pay stubs and the payment history export.
 *
 * The pay run is set-based (issue #16, ADR 0015): it pays the approved timesheet versions, oldest submission first, a
 * batch of `PAY_RUN_BATCH` a transaction. A batch locks its versions still approved (skipping those another run
 * holds) and its providers' pay locks in one order; reads what their pay needs for the whole batch in a few
 * statements; figures each payment in memory; and writes the payments (UNIQUE per version, and per provider,
 * recipient and pay period), their deductions, the claims' moves to `payment_issued` (claim-life, by the system), the
 * providers' notices, the audit rows and the batch's county totals a statement each. So a run stopped half-way (a
 * crash, a deploy, a kill) keeps its committed batches whole and nothing of the one under way, and running it again
 * pays only what is left; two runs at once never pay one version twice (the row locks and the unique keys). Several
 * workers share a run by county group (`counties`): each adds to its own counties' `pay_run_totals` rows, so none
 * waits on another's, and their batches are sized so that their provider locks fit PostgreSQL's lock table together
 * (`payRunBatchSize`).
 *
 * Pay is the rules engine's: `evaluateSubmitted`'s pure part with the *paid* versions of the provider's month as
 * earlier timesheets, so each payment is what the month's whole adds up to less what was already paid
 * (docs/rules.md); a workweek split over two timesheets pays its overtime once, whichever is paid first. A version
 * figured joins its provider's earlier timesheets for the versions after it in the batch, as it would once paid.
 *
 * The split into regular time, overtime, travel and sick leave is the domain's `payStubOf` (src/domain/pay-stub.ts).
 * Sick leave the recipient confirmed for the same recipient and pay period is paid with that period's timesheet,
 * once; sick leave of an ended period that no timesheet carries is paid on its own.
 *
 * From gross to net (issue #15): after the gross, the terms the provider's pay is subject to that day (payroll-terms'
 * `payTermsForEach`) and the sums of their earlier payments go to the domain's `netPayOf` (src/domain/payroll), and
 * the payment is stored with its deductions, net and taxable wages in the same transaction. The sums include the
 * payments figured before it in the same batch, and the provider's pay lock keeps two runs from both reading the same
 * "earlier" sums: the health premium of a month, taken from the month's first pay, is taken once.
 */
import { PAY_RUN_TOTALS_PAGE, type PaymentStatus, type PayRunTotalsView, type StaffPaymentView, type TaxFormView, type W2Boxes } from '../../../contracts/payments.js';
import { dateInWords } from '../../../contracts/messages/dates.js';
import type { Language } from '../../../contracts/messages/index.js';
import { availableParallelism } from 'node:os';
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
import { recordAudit, recordSystemAudits } from '../audit/service.js';
import { employerAddress, findCaseByNumber, findCasesByIds, nowInDb, ratesByCounty, type Viewer } from '../cases/service.js';
import { moveClaims } from '../claim-life/transitions.js';
import { payDestinationsOn } from '../direct-deposit/service.js';
import { notifyEach } from '../notifications/service.js';
import { payTermsForEach } from '../payroll-terms/service.js';
import { getProfile } from '../profile/service.js';
import { markSickLeavePaidEach, unpaidSickLeave, unpaidSickLeaveBefore, unpaidSickLeaveOf } from '../sick-leave/service.js';
import * as timesheets from '../timesheets/service.js';
import { countyGroups } from './county-groups.js';
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
  /** Approved versions paid in one transaction (tests make batches small to cross their boundaries); else `payRunBatchSize`'s. */
  batchSize?: number;
  /** How many workers pay the run at once (1 when absent): their batches share the lock table (`payRunBatchSize`). */
  workers?: number;
  /** Whether this worker marks the run finished when its part is done (true when absent; false for a group's worker). */
  finish?: boolean;
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
  /** The recipient, named in the notice when Share of Cost was deducted. */
  recipientName: string;
}

const paidMinutes = (pay: PayStub) => pay.minutes.regular + pay.minutes.overtime + pay.minutes.travel + pay.minutes.sick;
const sumOf = (v: string | number | undefined) => Number(v ?? 0);

/**
 * The sums of a batch's providers' earlier payments that `netPayOf` takes (store.earlierSums), kept up to date as the
 * batch figures each payment: a provider's second payment of the batch sees the first, as if paid one at a time.
 * Every payment of the run is issued on its pay date, so each counts in the date's year, quarter and month.
 */
class EarlierSums {
  private readonly wages = new Map<string, { yearGross: number; yearSs: number; yearMedicare: number; quarterGross: number; quarterSdi: number }>();
  private readonly shareOfCost = new Map<string, number>();
  private readonly healthPremium = new Map<number, number>();

  static async read(trx: Db, items: readonly PaymentFor[], payDate: string) {
    const month = Number(payDate.slice(5, 7));
    const quarterMonth = String(month - ((month - 1) % 3)).padStart(2, '0');
    const serviceStarts = items.map((f) => `${monthOf(f.period.start)}-01`).sort();
    const rows = await store.earlierSums(trx, {
      providerIds: [...new Set(items.map((f) => f.providerId))],
      payDate,
      yearStart: `${payDate.slice(0, 4)}-01-01`,
      quarterStart: `${payDate.slice(0, 4)}-${quarterMonth}-01`,
      monthStart: `${monthOf(payDate)}-01`,
      serviceMonths: { start: serviceStarts[0]!, end: monthSpan(monthOf(serviceStarts.at(-1)!)).end },
    });
    const sums = new EarlierSums();
    for (const r of rows.wages) {
      sums.wages.set(`${r.provider_user_id}:${r.case_id}`, {
        yearGross: sumOf(r.year_gross),
        yearSs: sumOf(r.year_ss),
        yearMedicare: sumOf(r.year_medicare),
        quarterGross: sumOf(r.quarter_gross),
        quarterSdi: sumOf(r.quarter_sdi),
      });
    }
    for (const r of rows.shareOfCost) sums.shareOfCost.set(`${r.provider_user_id}:${r.case_id}:${r.month}`, sumOf(r.cents));
    for (const r of rows.healthPremium) sums.healthPremium.set(r.provider_user_id, sumOf(r.cents));
    return sums;
  }

  private wagesOf(f: PaymentFor) {
    const key = `${f.providerId}:${f.caseId}`;
    const w = this.wages.get(key) ?? { yearGross: 0, yearSs: 0, yearMedicare: 0, quarterGross: 0, quarterSdi: 0 };
    this.wages.set(key, w);
    return w;
  }

  before(f: PaymentFor) {
    const w = this.wagesOf(f);
    return {
      earlier: {
        yearGrossCents: w.yearGross,
        yearSocialSecurityWagesCents: w.yearSs,
        yearMedicareWagesCents: w.yearMedicare,
        quarterGrossCents: w.quarterGross,
        quarterSdiWagesCents: w.quarterSdi,
        shareOfCostTakenCents: this.shareOfCost.get(`${f.providerId}:${f.caseId}:${monthOf(f.period.start)}`) ?? 0,
      },
      healthPremiumTakenThisMonthCents: this.healthPremium.get(f.providerId) ?? 0,
    };
  }

  add(f: PaymentFor, gross: number, net: NetPay) {
    const w = this.wagesOf(f);
    w.yearGross += gross;
    w.yearSs += net.wages.socialSecurity;
    w.yearMedicare += net.wages.medicare;
    w.quarterGross += gross;
    w.quarterSdi += net.wages.sdi;
    const taken = (kind: string) => net.deductions.find((d) => d.kind === kind)?.cents ?? 0;
    const soc = `${f.providerId}:${f.caseId}:${monthOf(f.period.start)}`;
    this.shareOfCost.set(soc, (this.shareOfCost.get(soc) ?? 0) + taken('share_of_cost'));
    this.healthPremium.set(f.providerId, (this.healthPremium.get(f.providerId) ?? 0) + taken('health_premium'));
  }
}

/**
 * Share of Cost is the part of the recipient's services they pay the provider directly, so the State's payment is
 * that much smaller and the provider must collect it: "the Share of Cost amount is deducted from the check you receive
 * from the State since the consumer is paying that part of your wages ... the State will send letters to you and the
 * consumer telling you exactly how much Share of Cost was deducted" (Sonoma County IHSS Public Authority, Care Provider
 * Handbook, ch. 6). The payment's notice says how much, and from whom.
 */
function shareOfCostNotice(f: PaymentFor, net: NetPay): Record<string, string> {
  const cents = net.deductions.find((d) => d.kind === 'share_of_cost')?.cents ?? 0;
  return cents === 0 ? {} : { shareOfCost: dollars(cents), recipientName: f.recipientName };
}

/**
 * From gross to net, then writes the payments and all that goes with them: their deductions, the sick leave they pay,
 * the providers' notices, the audit rows; each kind of row in one statement. Net: the terms in force on the pay date
 * (payroll-terms' `payTermsForEach`) and the sums of the provider's earlier payments, those figured before it in this
 * batch included, to the domain's `netPayOf`. The service month of Share of Cost is the pay period's month; the year
 * and quarter of the wage bases and thresholds are the pay date's (src/domain/payroll). Where the pay goes: the
 * account in force on the issue date (a change only after its pre-note cleared), else a warrant. The caller holds
 * the providers' pay locks; returns the payment numbers, in the order given.
 */
async function issuePayments(trx: Db, items: readonly { f: PaymentFor; pay: PayBreakdown }[], run: PayRunRef) {
  const payDate = run.issueDate;
  const fs = items.map((i) => i.f);
  const terms = await payTermsForEach(trx, payDate, fs.map((f) => ({ providerId: f.providerId, caseId: f.caseId, countyId: f.countyId, serviceMonth: monthOf(f.period.start) })));
  const sums = await EarlierSums.read(trx, fs, payDate);
  const destinations = await payDestinationsOn(trx, [...new Set(fs.map((f) => f.providerId))], payDate);
  const numbers = await store.nextPaymentNumbers(trx, payDate.slice(0, 4), items.length);
  const nets = items.map(({ f, pay }, i) => {
    const t = terms[i]!;
    const net = netPayOf({ payDate, grossCents: pay.cents.gross, paidMinutes: paidMinutes(pay), ...t, ...sums.before(f) });
    sums.add(f, pay.cents.gross, net);
    return net;
  });
  const ids = await store.insertPayments(
    trx,
    items.map(({ f, pay }, i) => {
      const net = nets[i]!;
      const destination = destinations.get(f.providerId)!;
      return {
        payment_number: numbers[i]!,
        kind: f.kind,
        timesheet_id: f.timesheetId,
        provider_user_id: f.providerId,
        case_id: f.caseId,
        county_id: f.countyId,
        pay_run_id: run.id,
        pay_period_start: f.period.start,
        pay_period_end: f.period.end,
        issue_date: payDate,
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
      };
    }),
  );
  await store.insertDeductions(trx, items.map(({ f }, i) => ({ paymentId: ids[i]!, countyId: f.countyId, deductions: nets[i]!.deductions })));
  await markSickLeavePaidEach(trx, items.flatMap(({ pay }, i) => pay.sickLeaveIds.map((id) => ({ id, paymentId: ids[i]! }))));
  await notifyEach(
    trx,
    'payment_issued',
    items.map(({ f }, i) => ({
      key: `payment_issued:payment:${ids[i]!}`,
      userId: f.providerId,
      data: {
        amount: dollars(nets[i]!.netCents),
        payDate,
        payPeriodStart: f.period.start,
        payPeriodEnd: f.period.end,
        paymentId: ids[i]!,
        ...shareOfCostNotice(f, nets[i]!),
      },
    })),
  );
  await recordSystemAudits(
    trx,
    items.map(({ f, pay }, i) => ({
      action: 'payment.issued',
      subjectUserId: f.providerId,
      countyId: f.countyId,
      details: { paymentId: ids[i]!, paymentNumber: numbers[i]!, kind: f.kind, timesheetId: f.timesheetId, sickLeaveIds: pay.sickLeaveIds, grossCents: pay.cents.gross, netCents: nets[i]!.netCents, taxYear: nets[i]!.year, payRunId: run.id },
    })),
  );
  return numbers;
}

/** A batch's payments by county: what it adds to the run's totals rows. */
function countyTotals(items: readonly { f: PaymentFor; pay: PayBreakdown }[]) {
  const byCounty = new Map<number, { payments: number; cents: number }>();
  for (const { f, pay } of items) {
    const t = byCounty.get(f.countyId) ?? { payments: 0, cents: 0 };
    t.payments += 1;
    t.cents += pay.cents.gross;
    byCounty.set(f.countyId, t);
  }
  return byCounty;
}

const minOf = (xs: readonly string[]) => xs.reduce((a, b) => (b < a ? b : a));
const maxOf = (xs: readonly string[]) => xs.reduce((a, b) => (b > a ? b : a));

/**
 * The pay of each version of a batch, oldest submission first, from rows read once for the whole batch: the rules
 * engine's (`evaluateSubmitted`'s pure part, with the *paid* versions of the provider's months as earlier timesheets)
 * split by `payStubOf`, with the sick leave each carries. A version figured joins its provider's earlier timesheets
 * for the versions after it, as it would once paid; each sick leave claim goes to one version.
 */
async function payOfBatch(trx: Db, batch: readonly timesheets.TimesheetRow[], now: Date): Promise<PayBreakdown[]> {
  const providerIds = [...new Set(batch.map((ts) => ts.provider_user_id))];
  const windows = batch.map((ts) => timesheets.rulesWindow(ts.pay_period_start, ts.pay_period_end));
  const window = { from: minOf(windows.map((w) => w.from)), to: maxOf(windows.map((w) => w.to)) };
  const rows = await timesheets.rulesCaseRows(trx, providerIds, window, PAID_STATES);
  const days = await timesheets.listTimesheetDaysOf(trx, batch.map((ts) => ts.id), window);
  const sick = new Map<number, Awaited<ReturnType<typeof unpaidSickLeaveOf>>>();
  for (const r of await unpaidSickLeaveOf(trx, providerIds, minOf(batch.map((ts) => ts.pay_period_start)), maxOf(batch.map((ts) => ts.pay_period_end)))) {
    sick.set(r.provider_user_id, [...(sick.get(r.provider_user_id) ?? []), r]);
  }
  const taken = new Set<number>();
  return batch.map((ts) => {
    const own = days.get(ts.id)!;
    const context = timesheets.rulesCaseOf(rows, ts.provider_user_id, ts.pay_period_start, ts.pay_period_end, { caseId: ts.case_id, periodStart: ts.pay_period_start });
    const e = timesheets.evaluateIn(context, ts, own, now);
    const rate = context.rates.get(ts.case_number);
    const sickRows = (sick.get(ts.provider_user_id) ?? []).filter((r) => r.case_id === ts.case_id && r.leave_date >= ts.pay_period_start && r.leave_date <= ts.pay_period_end && !taken.has(r.id));
    for (const r of sickRows) taken.add(r.id);
    const prior = rows.prior.get(ts.provider_user_id) ?? [];
    rows.prior.set(ts.provider_user_id, prior);
    for (const d of own) prior.push({ ...d, timesheet_id: ts.id, provider_user_id: ts.provider_user_id, case_id: ts.case_id, pay_period_start: ts.pay_period_start, case_number: ts.case_number });
    const stub = payStubOf({
      lines: e.evaluation.payPeriods.filter((p) => p.recipientId === ts.case_number),
      travel: own.map((d) => ({ date: d.work_date, minutes: d.travel_minutes })),
      sickLeave: sickDays(sickRows),
      rateCents: rate?.rateCents ?? 0,
      rateChanges: rate?.rateChanges,
      periodEnd: ts.pay_period_end,
    });
    return { ...stub, sickLeaveIds: sickRows.map((r) => r.id) };
  });
}

/**
 * Pays a batch of approved versions in one transaction, set-based: locks those still approved (skipping any another
 * run holds), then their providers' pay locks in one order; reads what their pay needs for the whole batch at once,
 * figures it in memory, and writes the payments, their deductions, the claims' moves, notices, audit rows and the
 * batch's county totals a statement each. Returns how many it paid.
 */
async function payBatch(db: Db, ids: readonly number[], run: PayRunRef, now: Date, beforeCommit?: PayRunOptions['beforeCommit']) {
  return db.transaction().execute(async (trx) => {
    const locked = await timesheets.lockApproved(trx, ids);
    const paidAlready = await store.paidTimesheets(trx, locked.map((ts) => ts.id));
    const batch = locked.filter((ts) => !paidAlready.has(ts.id));
    if (batch.length === 0) return 0;
    await store.lockProvidersPay(trx, batch.map((ts) => ts.provider_user_id));
    const pays = await payOfBatch(trx, batch, now);
    const items = batch.map((ts, i) => ({
      f: {
        kind: 'timesheet' as const,
        timesheetId: ts.id,
        providerId: ts.provider_user_id,
        caseId: ts.case_id,
        countyId: ts.county_id,
        period: { start: ts.pay_period_start, end: ts.pay_period_end },
        recipientName: `${ts.recipient_first_name} ${ts.recipient_last_name}`,
      },
      pay: pays[i]!,
    }));
    const numbers = await issuePayments(trx, items, run);
    await moveClaims(trx, batch.map((ts, i) => ({ ts, detail: { note: numbers[i]! } })), 'issue_payment', { kind: 'system', userId: null });
    await store.addToPayRunTotals(trx, run.id, countyTotals(items));
    await beforeCommit?.(batch.map((ts) => ts.id));
    return batch.length;
  });
}

/**
 * Pays a provider's confirmed sick leave of an ended pay period for one recipient on its own, in its own
 * transaction: when no timesheet of that period is on its way to payment (one submitted, awaiting review or
 * approved carries the sick leave itself). 0 when there is nothing (left) to pay or a timesheet will carry it.
 */
async function paySickLeaveAlone(db: Db, g: Omit<PaymentFor, 'kind' | 'timesheetId' | 'recipientName'>, run: PayRunRef) {
  return db.transaction().execute(async (trx) => {
    await store.lockProvidersPay(trx, [g.providerId]);
    const rows = await unpaidSickLeave(trx, g.providerId, g.caseId, g.period.start, g.period.end);
    if (rows.length === 0 || (await timesheets.onItsWayToPayment(trx, g.providerId, g.caseId, g.period.start))) return 0;
    const rate = (await ratesByCounty(trx, [g.countyId], g.period.start)).get(g.countyId);
    const stub = payStubOf({ lines: [], travel: [], sickLeave: sickDays(rows), rateCents: rate?.rateCents ?? 0, rateChanges: rate?.rateChanges, periodEnd: g.period.end });
    const [c] = await findCasesByIds(trx, [g.caseId]);
    const items = [{ f: { ...g, kind: 'sick_leave' as const, timesheetId: null, recipientName: `${c!.first_name} ${c!.last_name}` }, pay: { ...stub, sickLeaveIds: rows.map((r) => r.id) } }];
    await issuePayments(trx, items, run);
    await store.addToPayRunTotals(trx, run.id, countyTotals(items));
    return 1;
  });
}

/**
 * Approved versions paid in one transaction at most: large enough that a batch's few dozen statements cost little a
 * payment, small enough that a batch killed half-way loses seconds of work.
 */
export const PAY_RUN_BATCH = 2000;

/**
 * A batch holds a pay lock per provider until it commits, each an entry of PostgreSQL's shared lock table
 * (max_locks_per_transaction x (max_connections + max_prepared_transactions): 6,400 by default). The workers of a run
 * keep together to half of it, the other half is everyone else's: so any number of workers fits, each with a smaller
 * batch (2,000 for one or two workers by default, 800 for four, 400 for eight).
 */
export async function payRunBatchSize(db: Db, workers: number) {
  const slots = await store.lockTableSlots(db);
  return Math.max(1, Math.min(PAY_RUN_BATCH, Math.floor(slots / 2 / Math.max(1, workers))));
}

/**
 * Runs (or resumes) a pay run, or this worker's part of it (`counties`): pays every approved version of its counties,
 * oldest submission first, a batch a transaction. A version approved while the run walks is paid if its submission
 * sorts after the batch being read, else by the next run.
 */
export async function runPayRun(db: Db, opts: PayRunOptions) {
  const now = opts.now;
  const run = await store.findPayRun(db, opts.payRunId);
  if (!run) throw new Error(`pay run ${opts.payRunId} not found`);
  const limit = opts.batchSize ?? (await payRunBatchSize(db, opts.workers ?? 1));
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
  if (opts.finish !== false) await store.finishPayRun(db, run.id);
  return { ...(await store.findPayRun(db, run.id))!, paidNow: count };
}

/**
 * How many workers pay the scheduled statewide run at once: one a core, at most 4. Most of a worker's time is waiting on
 * PostgreSQL, so two on two cores paid 1.4x the payments a second of one (ADR 0015: a pay period in 4.4 minutes).
 */
export const PAY_RUN_GROUPS = Math.min(4, availableParallelism());

/**
 * A run paid by `groups` workers at once, one per group of counties of about as many approved versions each
 * (`countyGroups`), then one pass over every county for what was approved meanwhile in a county no group had, which
 * also marks the run finished. Each worker is `runPayRun`'s, so a run stopped half-way resumes as before.
 */
export async function runPayRunInGroups(db: Db, opts: { payRunId: number; now: Date; groups: number }) {
  const groups = countyGroups(await timesheets.approvedCountsByCounty(db), opts.groups);
  const parts = await Promise.all(groups.map((counties) => runPayRun(db, { payRunId: opts.payRunId, now: opts.now, counties, workers: groups.length, finish: false })));
  const rest = await runPayRun(db, { payRunId: opts.payRunId, now: opts.now });
  return { ...rest, paidNow: rest.paidNow + parts.reduce((n, p) => n + p.paidNow, 0) };
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
  return runPayRunInGroups(db, { payRunId: id, now, groups: PAY_RUN_GROUPS });
}

export function payRunJobHandlers(): Record<string, JobHandler> {
  return {
    // A run shared by workers is one job per county group, each with its `counties` and how many groups (`workers`).
    [PAY_RUN_JOB]: async ({ job, db }) => {
      const counties = Array.isArray(job.payload.counties) ? { counties: job.payload.counties.map(Number), workers: Number(job.payload.workers ?? 1) } : {};
      await runPayRun(db, { payRunId: Number(job.payload.payRunId), now: await nowInDb(db), ...counties });
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
  return timesheetIds.length === 0 ? new Map<number, store.PaymentRow>() : paymentsOfClaimsIn(await store.listPayments(db, { providerId, from }), timesheetIds, from);
}

/** The same from the provider's payments read already (every one issued from `from` on, and maybe more). */
export function paymentsOfClaimsIn(rows: readonly store.PaymentRow[], timesheetIds: readonly number[], from: string) {
  const ids = new Set(timesheetIds);
  return new Map(rows.flatMap((p) => (p.timesheet_id !== null && ids.has(p.timesheet_id) && p.issue_date >= from ? [[p.timesheet_id, p] as const] : [])));
}

/** How many of the provider's latest payments the dashboard's billing summary reads. */
const BILLING_PAYMENTS = 200;

/**
 * The dashboard's payments in one read: those `billingSummary` needs, and every one issued from `from` on (the
 * earliest pay period of the claims whose pay is on the way: `paymentsOfClaimsIn`), newest first.
 */
export function dashboardPayments(db: Db, providerId: number, from: string | null) {
  return store.latestPaymentsAndSince(db, providerId, BILLING_PAYMENTS, from);
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

/**
 * The dashboard's "Billing and invoicing": counts and amounts by state of the provider's claims, and the latest
 * payments, from the provider's payments read by `dashboardPayments`.
 */
export function billingSummary(claims: readonly timesheets.TimesheetRow[], payments: readonly store.PaymentRow[]) {
  const rows = claims.filter((r) => r.status !== 'draft' && r.status !== 'superseded');
  const paid = payments.slice(0, BILLING_PAYMENTS);
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
