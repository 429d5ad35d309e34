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

/**
 * Everything the rules engine needs besides the entries being claimed: the provider's recipients with their
 * hours, rates, eligibility and assignment windows, and the provider's earlier timesheets in the months and
 * workweeks around [from, to]. `exclude` leaves out one case's period (the timesheet being evaluated).
 */
async function rulesCaseFor(
  db: Db,
  providerId: number,
  periodStart: string,
  periodEnd: string,
  exclude?: { caseId: number; periodStart: string },
  priorStatuses: readonly TimesheetStatus[] = CLAIMED_STATES,
): Promise<RulesCaseFor> {
  const month = monthOf(periodStart);
  const span = monthSpan(month);
  const from = minDate(workweekOf(periodStart).start, span.start);
  const to = maxDate(workweekOf(periodEnd).end, span.end);
  const assignments = await cases.listProviderAssignments(db, providerId, from, to);
  const prior = (await store.claimedDays(db, { providerId, from, to, statuses: priorStatuses })).filter(
    (d) => !(exclude && d.case_id === exclude.caseId && d.pay_period_start === exclude.periodStart),
  );
  const caseIds = [...new Set([...assignments.map((a) => a.id), ...prior.map((p) => p.case_id)])];
  const caseRows = await cases.findCasesByIds(db, caseIds);
  const auths = await cases.authorizationsByCase(db, caseIds);
  const rates = await cases.ratesByCounty(db, caseRows.map((c) => c.county_id), from);
  const months = [...new Set([monthOf(from), month, monthOf(to)])];
  const claimedByMonth = new Map<string, { caseId: number; providerId: number; minutes: number }[]>();
  for (const r of await store.claimedMinutes(db, caseIds, monthSpan(monthOf(from)).start, monthSpan(monthOf(to)).end, CLAIMED_STATES)) {
    claimedByMonth.set(r.month, [...(claimedByMonth.get(r.month) ?? []), { caseId: r.case_id, providerId: r.provider_user_id, minutes: r.minutes }]);
  }
  const recipients: RecipientCase[] = caseRows.map((c) => {
    const own = assignments.filter((a) => a.id === c.id);
    const assigned = own.find((a) => a.assigned_monthly_minutes !== null)?.assigned_monthly_minutes ?? undefined;
    const r = rates.get(c.county_id);
    const caseAuths = auths.get(c.id) ?? [];
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
    provider: { exemption: await cases.findExemption(db, providerId) },
    recipients,
    priorEntries: prior.map((p) => entryOf(p.case_number, p)),
    rates: rateByNumber,
  };
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
