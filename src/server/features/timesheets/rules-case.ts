/**
 * The rules case of a timesheet: the rules engine is the authority. `evaluateClaims` runs over the provider's whole
 * month and the workweeks around the period, all recipients together; earlier submitted timesheets are
 * `priorEntries`. Drafts of other recipients are not counted until they are submitted. Blocking findings refuse the
 * submission with every reason (ACL 17-76).
 */
import type { Language } from '../../../contracts/messages/index.js';
import type { Db } from '../../../db/connection.js';
import type { TimesheetStatus } from '../../../db/schema.js';
import {
  authorizedMinutesInMonth,
  CLAIMED_STATES,
  dayHasData,
  evaluateClaims,
  monthOf,
  monthSpan,
  recipientEligibleWindows,
  renderReason,
  timesheetTotals,
  workweekOf,
  type Authorization,
  type ClaimEntry,
  type CountyRate,
  type Evaluation,
  type Finding,
  type RecipientCase,
} from '../../../domain/index.js';
import * as cases from '../cases/service.js';
import * as store from './store.js';

const minDate = (a: string, b: string) => (a < b ? a : b);
const maxDate = (a: string, b: string) => (a > b ? a : b);

export interface RulesCaseFor {
  provider: { exemption: 'none' | 'exemption1' | 'exemption2' };
  recipients: RecipientCase[];
  priorEntries: ClaimEntry[];
  rates: Map<string, CountyRate>;
}

/** A day of an earlier timesheet, of one of the providers read. */
export type PriorDay = Awaited<ReturnType<typeof store.claimedDays>>[number];

/**
 * The rows rules cases are made of, for one provider or many (a pay run's batch) at once, over a window that covers
 * each period's months and workweeks (`rulesWindow`): a few queries whatever the number of providers.
 */
export interface RulesCaseRows {
  /** By provider. */
  assignments: Map<number, cases.AssignmentRow[]>;
  /** By provider: their days on timesheets in the prior states; a pay run adds the days it pays as it goes. */
  prior: Map<number, PriorDay[]>;
  cases: Map<number, cases.CaseRow>;
  auths: Map<number, Authorization[]>;
  rateOf: (countyId: number, from: string) => CountyRate;
  /** By case: worked minutes per month and provider. */
  claimed: Map<number, { month: string; case_id: number; provider_user_id: number; minutes: number }[]>;
  exemptions: Map<number, 'none' | 'exemption1' | 'exemption2'>;
}

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/** The days a period's rules case looks at: its month and the workweeks around the period. */
export function rulesWindow(periodStart: string, periodEnd: string) {
  const span = monthSpan(monthOf(periodStart));
  return { from: minDate(workweekOf(periodStart).start, span.start), to: maxDate(workweekOf(periodEnd).end, span.end) };
}

export async function rulesCaseRows(db: Db, providerIds: readonly number[], window: { from: string; to: string }, priorStatuses: readonly TimesheetStatus[] = CLAIMED_STATES): Promise<RulesCaseRows> {
  const { from, to } = window;
  const assignments = await cases.listProvidersAssignments(db, providerIds, from, to);
  const prior = await store.claimedDays(db, { providerIds, from, to, statuses: priorStatuses });
  const caseIds = [...new Set([...assignments.map((a) => a.id), ...prior.map((p) => p.case_id)])];
  const caseRows = await cases.findCasesByIds(db, caseIds);
  return {
    assignments: groupBy(assignments, (a) => a.provider_user_id),
    prior: groupBy(prior, (d) => d.provider_user_id),
    cases: new Map(caseRows.map((c) => [c.id, c])),
    auths: await cases.authorizationsByCase(db, caseIds),
    rateOf: await cases.countyRatesOf(db, caseRows.map((c) => c.county_id)),
    claimed: groupBy(await store.claimedMinutes(db, caseIds, monthSpan(monthOf(from)).start, monthSpan(monthOf(to)).end, CLAIMED_STATES), (r) => r.case_id),
    exemptions: await cases.findExemptions(db, providerIds),
  };
}

/**
 * Everything the rules engine needs besides the entries being claimed: the provider's recipients with their
 * hours, rates, eligibility and assignment windows, and the provider's earlier timesheets in the months and
 * workweeks around the period, taken from `rows` (read for this provider or for many). `exclude` leaves out one
 * case's period (the timesheet being evaluated).
 */
export function rulesCaseOf(rows: RulesCaseRows, providerId: number, periodStart: string, periodEnd: string, exclude?: { caseId: number; periodStart: string }): RulesCaseFor {
  const month = monthOf(periodStart);
  const { from, to } = rulesWindow(periodStart, periodEnd);
  const assignments = (rows.assignments.get(providerId) ?? []).filter((a) => a.start_date <= to && (a.end_date === null || a.end_date >= from));
  const prior = (rows.prior.get(providerId) ?? [])
    .filter((d) => d.work_date >= from && d.work_date <= to)
    .filter((d) => !(exclude && d.case_id === exclude.caseId && d.pay_period_start === exclude.periodStart))
    .sort((a, b) => (a.work_date < b.work_date ? -1 : a.work_date > b.work_date ? 1 : 0));
  const caseIds = new Set([...assignments.map((a) => a.id), ...prior.map((p) => p.case_id)]);
  const caseRows = [...caseIds].sort((a, b) => a - b).flatMap((id) => rows.cases.get(id) ?? []);
  const rates = new Map(caseRows.map((c) => [c.county_id, rows.rateOf(c.county_id, from)]));
  const months = [...new Set([monthOf(from), month, monthOf(to)])];
  const claimedByMonth = new Map<string, { caseId: number; providerId: number; minutes: number }[]>();
  for (const r of [...caseIds].flatMap((id) => rows.claimed.get(id) ?? [])) {
    if (!months.includes(r.month)) continue;
    claimedByMonth.set(r.month, [...(claimedByMonth.get(r.month) ?? []), { caseId: r.case_id, providerId: r.provider_user_id, minutes: r.minutes }]);
  }
  const recipients: RecipientCase[] = caseRows.map((c) => {
    const own = assignments.filter((a) => a.id === c.id);
    const assigned = own.find((a) => a.assigned_monthly_minutes !== null)?.assigned_monthly_minutes ?? undefined;
    const r = rates.get(c.county_id);
    const caseAuths = rows.auths.get(c.id) ?? [];
    const monthsList = months.map((m) => {
      const others = (claimedByMonth.get(m) ?? []).filter((x) => x.caseId === c.id && x.providerId !== providerId).reduce((s, x) => s + x.minutes, 0);
      return { month: m, authorizedMinutes: authorizedMinutesInMonth(caseAuths, m), claimedByOtherProvidersMinutes: others };
    });
    return {
      id: c.case_number,
      monthlyAuthorizedMinutes: authorizedMinutesInMonth(caseAuths, month),
      ...(assigned !== undefined ? { assignedMonthlyMinutes: assigned } : {}),
      months: monthsList,
      rateCents: r?.rateCents ?? 0,
      ...(r && r.rateChanges.length ? { rateChanges: r.rateChanges } : {}),
      overtimeException: c.overtime_exception,
      eligible: recipientEligibleWindows(cases.eligibilityOf(c)),
      assigned: own.map((a) => (a.end_date ? { start: a.start_date, end: a.end_date } : { start: a.start_date })),
    };
  });
  const rateByNumber = new Map<string, CountyRate>();
  for (const c of caseRows) {
    const r = rates.get(c.county_id);
    if (r) rateByNumber.set(c.case_number, r);
  }
  return {
    provider: { exemption: rows.exemptions.get(providerId) ?? 'none' },
    recipients,
    priorEntries: prior.map((p) => entryOf(p.case_number, p)),
    rates: rateByNumber,
  };
}

async function rulesCaseFor(
  db: Db,
  providerId: number,
  periodStart: string,
  periodEnd: string,
  exclude?: { caseId: number; periodStart: string },
  priorStatuses: readonly TimesheetStatus[] = CLAIMED_STATES,
): Promise<RulesCaseFor> {
  const rows = await rulesCaseRows(db, [providerId], rulesWindow(periodStart, periodEnd), priorStatuses);
  return rulesCaseOf(rows, providerId, periodStart, periodEnd, exclude);
}

function entryOf(
  caseNumber: string,
  d: { work_date: string; worked_minutes: number; travel_minutes: number; start_time: string | null; end_time: string | null },
): ClaimEntry {
  const e: { -readonly [K in keyof ClaimEntry]: ClaimEntry[K] } = {
    recipientId: caseNumber,
    date: d.work_date,
    workedMinutes: d.worked_minutes,
    travelMinutes: d.travel_minutes,
  };
  if (d.start_time && d.end_time) {
    e.startTime = store.hhmm(d.start_time)!;
    e.endTime = store.hhmm(d.end_time)!;
  }
  return e;
}

/** Recipients by case number, for the reason texts ("... for Elena Ramirez"). */
export async function recipientNames(db: Db, providerId: number): Promise<Record<string, string>> {
  const all = await cases.listProviderAssignments(db, providerId, '1900-01-01', '9999-12-31');
  return Object.fromEntries(all.map((a) => [a.case_number, `${a.first_name} ${a.last_name}`]));
}

export function renderFindings(findings: readonly Finding[], lang: Language, names: Record<string, string>) {
  return findings.map((f) => ({ ...f, data: { ...f.data }, ...renderReason(lang, f.code, f, names) }));
}

export interface Evaluated {
  evaluation: Evaluation;
  context: RulesCaseFor;
  entries: ClaimEntry[];
}

/** The rules engine's evaluation of a version's days, with the case it was judged in. */
export async function evaluateTimesheet(db: Db, ts: store.TimesheetRow, days: readonly store.DayRow[], now: Date, priorStatuses?: readonly TimesheetStatus[]): Promise<Evaluated> {
  const context = await rulesCaseFor(db, ts.provider_user_id, ts.pay_period_start, ts.pay_period_end, { caseId: ts.case_id, periodStart: ts.pay_period_start }, priorStatuses);
  return evaluateIn(context, ts, days, now);
}

/** The rules engine's evaluation of a version's days in a rules case already made (`rulesCaseOf`): no I/O. */
export function evaluateIn(context: RulesCaseFor, ts: Pick<store.TimesheetRow, 'case_number'>, days: readonly store.DayRow[], now: Date): Evaluated {
  // Every day with something on it is an entry, so the engine refuses a day left without hours (DAY_WITHOUT_HOURS).
  const entries = days
    .filter((d) => dayHasData({ workedMinutes: d.worked_minutes, travelMinutes: d.travel_minutes, startTime: d.start_time, endTime: d.end_time, location: d.location }))
    .map((d) => entryOf(ts.case_number, d));
  const evaluation = evaluateClaims({ provider: context.provider, recipients: context.recipients, entries, priorEntries: context.priorEntries, now: now.toISOString() });
  return { evaluation, context, entries };
}

/** The running totals the provider sees (the web's, as they type, come from the same function); their `expectedGrossCents` is what a submission records. */
export function totalsOf(ts: store.TimesheetRow, { evaluation, context, entries }: Evaluated) {
  return timesheetTotals({
    caseNumber: ts.case_number,
    payPeriod: { start: ts.pay_period_start, end: ts.pay_period_end },
    recipients: context.recipients,
    priorEntries: context.priorEntries,
    entries,
    evaluation,
    rateKnown: context.rates.get(ts.case_number)?.known === true,
  });
}

/**
 * The rules engine's evaluation of a submitted version's days. The pay run passes `priorStatuses` = the paid
 * states, so each payment is what the month's whole adds up to less what was already paid (docs/rules.md,
 * "Earlier timesheets first"): overtime of a workweek split over two timesheets is paid once, whichever is paid first.
 */
export async function evaluateSubmitted(db: Db, ts: store.TimesheetRow, now: Date, priorStatuses?: readonly TimesheetStatus[]) {
  const days = await store.listDays(db, ts.id);
  const e = await evaluateTimesheet(db, ts, days, now, priorStatuses);
  return { ...e, days, rate: e.context.rates.get(ts.case_number) };
}
