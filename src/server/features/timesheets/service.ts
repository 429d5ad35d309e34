/**
 * Timesheets: one per provider, recipient and pay period, in versions.
 *
 * - A draft is filled from the period's EVV records (pay is for the hours entered, not the span between
 *   check-in and check-out: CDSS EVV help, so the provider may change them; a changed day is marked
 *   `edited` and keeps what the EVV said). Days the provider has not touched follow later EVV records.
 * - The rules engine is the authority: `evaluateClaims` runs over the provider's whole month and the
 *   workweeks around the period, all recipients together; earlier submitted timesheets are `priorEntries`.
 *   Drafts of other recipients are not counted until they are submitted. Blocking findings refuse the
 *   submission with every reason (ACL 17-76).
 * - Submissions of one provider are serialised (an advisory lock), so two timesheets of one week cannot
 *   each pass the 66-hour cap alone. A retried submission (same key) returns the first result.
 * - A submitted version is read-only (a trigger guards its days); a correction is a new version that
 *   supersedes it when submitted, and the old one is kept (SEIU 2015 ESP guide).
 */
import type { TimesheetDayInput, TimesheetSummary, TimesheetView } from '../../../contracts/timesheets.js';
import type { Language } from '../../../contracts/messages/index.js';
import type { Db } from '../../../db/connection.js';
import type { ActorKind, TimesheetStatus } from '../../../db/schema.js';
import {
  CLAIMED_STATES,
  CORRECTABLE_STATES,
  californiaDate,
  canSubmit,
  evaluateClaims,
  MAX_DAY_MINUTES,
  monthOf,
  monthSpan,
  payPeriodOf,
  rateOn,
  rateSpans,
  renderReason,
  toCaliforniaDateTime,
  transition,
  workweekOf,
  type ClaimAction,
  type ClaimEntry,
  type Evaluation,
  type Finding,
  type RecipientCase,
} from '../../../domain/index.js';
import { enqueue } from '../../../jobs/queue.js';
import { AppError, FieldError, notFound } from '../../errors.js';
import * as idempotency from '../../lib/idempotency.js';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../../lib/pg-errors.js';
import { recordAudit, type AuditEvent } from '../audit/service.js';
import * as cases from '../cases/service.js';
import { findCountyById } from '../counties/service.js';
import * as evv from '../evv/service.js';
import { assertNotSuspended } from '../violations/service.js';
import * as visits from '../visits/service.js';
import * as store from './store.js';

export type { TimesheetRow } from './store.js';

/** Days a submitted timesheet may wait for the recipient before the provider is told (ACIN I-17-22). */
export const RECIPIENT_DECISION_DAYS = 2;
/** The delayed job enqueued at each submission; its handler lives in recipient-review. */
export const RECIPIENT_NO_ACTION_JOB = 'timesheet.recipient_no_action';

/** Statuses whose time counts as claimed (limits, remaining hours): sent, and not refused or replaced. */
export const COUNTED_STATUSES: readonly TimesheetStatus[] = CLAIMED_STATES;
/** Statuses a provider may correct with a new version (a denied one: "Correct and resubmit"). */
const CORRECTABLE: readonly TimesheetStatus[] = CORRECTABLE_STATES;

type Viewer = cases.Viewer;
export interface Client {
  ip: string | null;
  userAgent: string | null;
  lang: Language;
}
const audit = (c: Client): Pick<AuditEvent, 'ip' | 'userAgent'> => ({ ip: c.ip, userAgent: c.userAgent });

const hhmm = (t: string | null) => (t === null ? null : t.slice(0, 5));
const minDate = (a: string, b: string) => (a < b ? a : b);
const maxDate = (a: string, b: string) => (a > b ? a : b);

// --- Filling from EVV -----------------------------------------------------------------------------------

interface EvvDay {
  minutes: number;
  start: string | null;
  end: string | null;
  location: 'home' | 'community' | 'both';
}

/** A day's EVV time: closed visits, on the California date of their check-in; minutes two visits overlap count once. */
export function evvDays(records: readonly evv.TimesheetEvvRow[]): Map<string, EvvDay> {
  const days = new Map<string, EvvDay & { startMin: number; endMin: number; spans: boolean }>();
  for (const r of records) {
    if (!r.check_in_at || !r.check_out_at) continue;
    const a = toCaliforniaDateTime(r.check_in_at);
    const b = toCaliforniaDateTime(r.check_out_at);
    const minutes = Math.round((r.check_out_at.getTime() - (r.counted_from ?? r.check_in_at).getTime()) / 60_000);
    const d = days.get(a.date);
    const spans = b.date !== a.date;
    if (!d) {
      days.set(a.date, { minutes, start: null, end: null, location: r.location_type, startMin: a.minuteOfDay, endMin: b.minuteOfDay, spans });
    } else {
      d.minutes += minutes;
      d.startMin = Math.min(d.startMin, a.minuteOfDay);
      d.endMin = Math.max(d.endMin, b.minuteOfDay);
      d.spans ||= spans;
      if (d.location !== r.location_type) d.location = 'both';
    }
  }
  const out = new Map<string, EvvDay>();
  const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  for (const [date, d] of days) {
    // Clock times are given only when they describe the day: one span, same day, as long as the time claimed.
    const fits = !d.spans && d.endMin - d.startMin === d.minutes;
    out.set(date, { minutes: Math.min(d.minutes, MAX_DAY_MINUTES), start: fits ? clock(d.startMin) : null, end: fits ? clock(d.endMin) : null, location: d.location });
  }
  return out;
}

async function syncFromEvv(db: Db, ts: store.TimesheetRow) {
  const records = await evv.recordsForTimesheet(db, ts.provider_user_id, ts.case_id, ts.pay_period_start, ts.pay_period_end);
  const fromEvv = evvDays(records);
  const existing = await store.listDays(db, ts.id);
  const byDate = new Map(existing.map((d) => [d.work_date, d]));
  const next = [];
  for (const d of existing) {
    const e = fromEvv.get(d.work_date);
    if (d.edited || !d.from_evv) next.push({ ...d, evv_minutes: e?.minutes ?? (d.from_evv ? 0 : null) });
    else if (e) next.push({ ...d, worked_minutes: e.minutes, start_time: e.start, end_time: e.end, location: e.location, evv_minutes: e.minutes });
    // an untouched EVV day whose records are gone disappears with them
  }
  for (const [date, e] of fromEvv) {
    if (byDate.has(date)) continue;
    next.push({
      timesheet_id: ts.id,
      county_id: ts.county_id,
      work_date: date,
      worked_minutes: e.minutes,
      travel_minutes: 0,
      start_time: e.start,
      end_time: e.end,
      location: e.location,
      from_evv: true,
      evv_minutes: e.minutes,
      edited: false,
    });
  }
  const same =
    next.length === existing.length &&
    next.every((n) => {
      const o = byDate.get(n.work_date);
      return o && o.worked_minutes === n.worked_minutes && o.evv_minutes === n.evv_minutes && hhmm(o.start_time) === hhmm(n.start_time) && o.location === n.location;
    });
  if (!same) await store.replaceDays(db, ts.id, next.sort((a, b) => (a.work_date < b.work_date ? -1 : 1)));
}

// --- The rules case -------------------------------------------------------------------------------------

export interface RulesCaseFor {
  provider: { exemption: 'none' | 'exemption1' | 'exemption2' };
  recipients: RecipientCase[];
  priorEntries: ClaimEntry[];
  rates: Map<string, cases.CountyRate>;
  authorized: (caseNumber: string, month: string) => number;
  assignedMonthly: (caseNumber: string) => number | undefined;
  othersClaimed: Map<string, number>;
}

/**
 * Everything the rules engine needs besides the entries being claimed: the provider's recipients with their
 * hours, rates, eligibility and assignment windows, and the provider's earlier timesheets in the months and
 * workweeks around [from, to]. `exclude` leaves out one case's period (the timesheet being evaluated).
 */
export async function rulesCaseFor(
  db: Db,
  providerId: number,
  periodStart: string,
  periodEnd: string,
  exclude?: { caseId: number; periodStart: string },
  priorStatuses: readonly TimesheetStatus[] = COUNTED_STATUSES,
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
  for (const r of await store.claimedMinutes(db, caseIds, monthSpan(monthOf(from)).start, monthSpan(monthOf(to)).end, COUNTED_STATUSES)) {
    claimedByMonth.set(r.month, [...(claimedByMonth.get(r.month) ?? []), { caseId: r.case_id, providerId: r.provider_user_id, minutes: r.minutes }]);
  }
  const othersClaimed = new Map<string, number>();
  const recipients: RecipientCase[] = caseRows.map((c) => {
    const own = assignments.filter((a) => a.id === c.id);
    const assigned = own.find((a) => a.assigned_monthly_minutes !== null)?.assigned_monthly_minutes ?? undefined;
    const r = rates.get(c.county_id);
    const caseAuths = auths.get(c.id) ?? [];
    const monthsList = months.map((m) => {
      const others = (claimedByMonth.get(m) ?? []).filter((x) => x.caseId === c.id && x.providerId !== providerId).reduce((s, x) => s + x.minutes, 0);
      othersClaimed.set(`${c.case_number}:${m}`, others);
      return { month: m, authorizedMinutes: cases.authorizedMinutesFor(caseAuths, m), claimedByOtherProvidersMinutes: others };
    });
    return {
      id: c.case_number,
      monthlyAuthorizedMinutes: cases.authorizedMinutesFor(caseAuths, month),
      ...(assigned !== undefined ? { assignedMonthlyMinutes: assigned } : {}),
      months: monthsList,
      rateCents: r?.rateCents ?? 0,
      ...(r && r.rateChanges.length ? { rateChanges: r.rateChanges } : {}),
      overtimeException: c.overtime_exception,
      eligible: cases.eligibleWindows(c),
      assigned: own.map((a) => (a.end_date ? { start: a.start_date, end: a.end_date } : { start: a.start_date })),
    };
  });
  const byNumber = new Map(caseRows.map((c) => [c.case_number, c]));
  const rateByNumber = new Map<string, cases.CountyRate>();
  for (const c of caseRows) {
    const r = rates.get(c.county_id);
    if (r) rateByNumber.set(c.case_number, r);
  }
  return {
    provider: { exemption: await cases.findExemption(db, providerId) },
    recipients,
    priorEntries: prior.map((p) => entryOf(p.case_number, p)),
    rates: rateByNumber,
    authorized: (n, m) => cases.authorizedMinutesFor(auths.get(byNumber.get(n)?.id ?? -1) ?? [], m),
    assignedMonthly: (n) => recipients.find((r) => r.id === n)?.assignedMonthlyMinutes,
    othersClaimed,
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
    e.startTime = hhmm(d.start_time)!;
    e.endTime = hhmm(d.end_time)!;
  }
  return e;
}

/** Recipients by case number, for the reason texts ("... for Elena Ramirez"). */
async function recipientNames(db: Db, providerId: number): Promise<Record<string, string>> {
  const all = await cases.listProviderAssignments(db, providerId, '1900-01-01', '9999-12-31');
  return Object.fromEntries(all.map((a) => [a.case_number, `${a.first_name} ${a.last_name}`]));
}

export function renderFindings(findings: readonly Finding[], lang: Language, names: Record<string, string>) {
  return findings.map((f) => ({ ...f, data: { ...f.data }, ...renderReason(lang, f.code, f, names) }));
}

interface Evaluated {
  evaluation: Evaluation;
  context: RulesCaseFor;
  entries: ClaimEntry[];
}

async function evaluateTimesheet(db: Db, ts: store.TimesheetRow, days: readonly store.DayRow[], now: Date, priorStatuses?: readonly TimesheetStatus[]): Promise<Evaluated> {
  const context = await rulesCaseFor(db, ts.provider_user_id, ts.pay_period_start, ts.pay_period_end, { caseId: ts.case_id, periodStart: ts.pay_period_start }, priorStatuses);
  const entries = days.filter((d) => d.worked_minutes > 0 || d.travel_minutes > 0).map((d) => entryOf(ts.case_number, d));
  const evaluation = evaluateClaims({ provider: context.provider, recipients: context.recipients, entries, priorEntries: context.priorEntries, now: now.toISOString() });
  return { evaluation, context, entries };
}

function totalsOf(ts: store.TimesheetRow, e: Evaluated) {
  const { evaluation, context, entries } = e;
  const month = monthOf(ts.pay_period_start);
  const span = monthSpan(month);
  const inMonth = (d: string) => d >= span.start && d <= span.end;
  const mine = (list: readonly ClaimEntry[]) => list.filter((x) => x.recipientId === ts.case_number && inMonth(x.date)).reduce((s, x) => s + x.workedMinutes, 0);
  const ownClaimed = mine(context.priorEntries) + mine(entries);
  const authorized = context.authorized(ts.case_number, month);
  const claimed = ownClaimed + (context.othersClaimed.get(`${ts.case_number}:${month}`) ?? 0);
  const assigned = Math.min(context.assignedMonthly(ts.case_number) ?? authorized, authorized);
  const rate = context.rates.get(ts.case_number);
  const weeks = evaluation.workweeks.filter((w) => w.end >= ts.pay_period_start && w.start <= ts.pay_period_end);
  return {
    workedMinutes: entries.reduce((s, x) => s + x.workedMinutes, 0),
    travelMinutes: entries.reduce((s, x) => s + (x.travelMinutes ?? 0), 0),
    weeks: weeks.map((w) => ({ start: w.start, end: w.end, workedMinutes: w.workedMinutes, travelMinutes: w.travelMinutes, overtimeMinutes: w.overtimeMinutes, capMinutes: w.weeklyCapMinutes })),
    month: {
      month,
      authorizedMinutes: authorized,
      claimedMinutes: claimed,
      remainingMinutes: Math.max(0, authorized - claimed),
      assignedMinutes: assigned,
      assignedRemainingMinutes: Math.max(0, assigned - ownClaimed),
    },
    overtimeMinutes: evaluation.workweeks.reduce((s, w) => s + w.claimedOvertimeMinutes, 0),
    monthOvertimeMinutes: evaluation.workweeks.filter((w) => w.end >= span.start && w.start <= span.end).reduce((s, w) => s + w.overtimeMinutes, 0),
    // The rules window starts on the Sunday before the period (or the 1st of the month), so the rate in force
    // there may be an earlier one: the figure shown is the period's, as the payment states it (payments/service.ts).
    rateCents: rate?.known ? rateOn(ts.pay_period_end, rate.rateCents, rate.rateChanges) : null,
    rates: rate?.known ? rateSpans(ts.pay_period_start, ts.pay_period_end, rate.rateCents, rate.rateChanges) : [],
    expectedGrossCents: rate?.known ? evaluation.payPeriods.filter((p) => p.recipientId === ts.case_number).reduce((s, p) => s + p.grossCents, 0) : null,
  };
}

// --- Views ---------------------------------------------------------------------------------------------

function decisionView(d: store.DecisionRow | undefined) {
  return d ? { decision: d.decision, reason: d.reason, decidedAt: d.decided_at.toISOString() } : null;
}

export function summaryOf(ts: store.TimesheetRow, d: store.DecisionRow | undefined): TimesheetSummary {
  return {
    id: ts.id,
    caseNumber: ts.case_number,
    recipient: { firstName: ts.recipient_first_name, lastName: ts.recipient_last_name },
    provider: { firstName: ts.provider_first_name, lastName: ts.provider_last_name },
    payPeriod: { start: ts.pay_period_start, end: ts.pay_period_end },
    version: ts.version,
    status: ts.status,
    submittedAt: ts.submitted_at?.toISOString() ?? null,
    workedMinutes: ts.worked_minutes ?? 0,
    travelMinutes: ts.travel_minutes ?? 0,
    decision: decisionView(d),
  };
}

async function buildView(db: Db, ts: store.TimesheetRow, viewer: Viewer, lang: Language, now: Date): Promise<TimesheetView> {
  const days = await store.listDays(db, ts.id);
  const [decision] = await store.findDecisions(db, [ts.id]);
  const county = await findCountyById(db, ts.county_id);
  const forProvider = viewer.role === 'provider';
  const assignments = await cases.listProviderAssignments(db, ts.provider_user_id, ts.pay_period_start, ts.pay_period_end);
  const liveIn = assignments.some((a) => a.id === ts.case_id && a.live_in);
  let findings: TimesheetView['findings'] = [];
  let totals: TimesheetView['totals'] = null;
  let rulesContext: TimesheetView['rulesContext'] = null;
  let ok = true;
  if (forProvider) {
    const e = await evaluateTimesheet(db, ts, days, now);
    const names = await recipientNames(db, ts.provider_user_id);
    findings = renderFindings(e.evaluation.findings, lang, names);
    ok = canSubmit(e.evaluation.findings);
    totals = totalsOf(ts, e);
    rulesContext = {
      provider: e.context.provider,
      recipients: e.context.recipients.map((r) => ({ ...r, months: r.months ? [...r.months] : undefined }) as never),
      priorEntries: [...e.context.priorEntries] as never,
      today: californiaDate(now),
      now: now.toISOString(),
    };
  }
  const remaining = ts.status === 'draft' ? await visits.remainingVisits(db, ts.provider_user_id, ts.case_id, ts.pay_period_end, now) : 0;
  return {
    id: ts.id,
    caseNumber: ts.case_number,
    recipient: { firstName: ts.recipient_first_name, lastName: ts.recipient_last_name },
    provider: { firstName: ts.provider_first_name, lastName: ts.provider_last_name },
    county: { code: ts.county_id, slug: county?.slug ?? '', name: county?.name ?? '' },
    payPeriod: { start: ts.pay_period_start, end: ts.pay_period_end },
    version: ts.version,
    status: ts.status,
    supersedesId: ts.supersedes_id,
    supersededById: ts.superseded_by_id ?? null,
    submittedAt: ts.submitted_at?.toISOString() ?? null,
    editable: forProvider && ts.status === 'draft',
    liveIn,
    days: days.map((d) => ({
      date: d.work_date,
      workedMinutes: d.worked_minutes,
      travelMinutes: d.travel_minutes,
      startTime: hhmm(d.start_time),
      endTime: hhmm(d.end_time),
      location: d.location,
      fromEvv: d.from_evv,
      evvMinutes: d.evv_minutes,
      edited: d.edited,
    })),
    findings,
    canSubmit: forProvider && ts.status === 'draft' && ok,
    totals,
    remainingScheduledVisits: remaining,
    decision: decisionView(decision),
    rulesContext,
  };
}

/** A timesheet the viewer may see: the provider's own, or (once submitted) one of the recipient's case. */
async function visible(db: Db, viewer: Viewer, id: number, lock = false) {
  const ts = await store.findTimesheet(db, id, lock);
  if (!ts) throw notFound();
  if (viewer.role === 'provider' && ts.provider_user_id === viewer.id) return ts;
  if (viewer.role === 'recipient' && ts.recipient_user_id === viewer.id && ts.status !== 'draft') return ts;
  throw notFound();
}

export async function getTimesheet(db: Db, viewer: Viewer, id: number, lang: Language, now: Date) {
  return buildView(db, await visible(db, viewer, id), viewer, lang, now);
}

// --- Use cases -------------------------------------------------------------------------------------------

/** The newest version for a provider, recipient and period; a new draft filled from EVV when there is none. */
export async function openTimesheet(db: Db, viewer: Viewer, caseNumber: string, periodStart: string, client: Client, now: Date) {
  const day = Number(periodStart.slice(8));
  if (day !== 1 && day !== 16) throw new FieldError('payPeriodStart', 'timesheetPeriodShape');
  const period = payPeriodOf(periodStart);
  if (periodStart > californiaDate(now)) throw new FieldError('payPeriodStart', 'timesheetPeriodNotStarted', { start: periodStart });
  const own = await cases.assignmentsInRange(db, viewer.id, caseNumber, period.start, period.end);
  if (own.length === 0) throw new AppError(400, 'notAssignedToCase', { caseNumber, date: period.start });
  const c = own[0]!;
  const id = await db.transaction().execute(async (trx) => {
    const latest = await store.findLatest(trx, viewer.id, c.id, period.start);
    if (latest) {
      if (latest.status === 'draft' && !own.some((a) => a.live_in)) await syncFromEvv(trx, latest);
      return latest.id;
    }
    const newId = await store.insertTimesheet(trx, {
      provider_user_id: viewer.id,
      case_id: c.id,
      county_id: c.county_id,
      pay_period_start: period.start,
      pay_period_end: period.end,
    });
    const created = (await store.findTimesheet(trx, newId))!;
    if (!own.some((a) => a.live_in)) await syncFromEvv(trx, created);
    await recordAudit(trx, { ...audit(client), action: 'timesheet.draft_created', outcome: 'success', actorUserId: viewer.id, subjectUserId: viewer.id, countyId: c.county_id, details: { timesheetId: newId, caseNumber, periodStart: period.start } });
    return newId;
  }).catch(async (err: unknown) => {
    // Two tabs opening the same period at once: the one-draft index lets one in; the other reads it.
    if (pgErrorCode(err) !== PG_UNIQUE_VIOLATION) throw err;
    return (await store.findLatest(db, viewer.id, c.id, period.start))!.id;
  });
  return getTimesheet(db, viewer, id, client.lang, now);
}

function sameClock(a: string | null | undefined, b: string | null | undefined) {
  return (a ?? null) === (b ?? null);
}

/** Saves the provider's days (the whole list), marking those that differ from the EVV records. */
export async function saveDays(db: Db, viewer: Viewer, id: number, input: readonly TimesheetDayInput[], client: Client, now: Date) {
  await db.transaction().execute(async (trx) => {
    const ts = await visible(trx, viewer, id, true);
    if (ts.status !== 'draft') throw new AppError(409, 'timesheetReadOnly');
    input.forEach((d, i) => {
      if (d.date < ts.pay_period_start || d.date > ts.pay_period_end) {
        throw new FieldError(`days.${i}.date`, 'timesheetDayOutsidePeriod', { date: d.date, start: ts.pay_period_start, end: ts.pay_period_end });
      }
    });
    // A suspension or ineligibility (3rd or 4th violation) covers these days: say why, and until when.
    await assertNotSuspended(trx, ts.provider_user_id, input.filter((d) => d.workedMinutes > 0 || (d.travelMinutes ?? 0) > 0).map((d) => d.date), client.lang);
    const records = await evv.recordsForTimesheet(trx, ts.provider_user_id, ts.case_id, ts.pay_period_start, ts.pay_period_end);
    const fromEvv = evvDays(records);
    const given = new Map(input.map((d) => [d.date, d]));
    const rows = [];
    for (const d of input) {
      const e = fromEvv.get(d.date);
      const worked = d.workedMinutes;
      const travel = d.travelMinutes ?? 0;
      if (!e && worked === 0 && travel === 0) continue;
      const edited = !!e && (worked !== e.minutes || !sameClock(d.startTime, e.start) || !sameClock(d.endTime, e.end));
      rows.push({
        timesheet_id: ts.id,
        county_id: ts.county_id,
        work_date: d.date,
        worked_minutes: worked,
        travel_minutes: travel,
        start_time: d.startTime ?? null,
        end_time: d.endTime ?? null,
        location: d.location ?? e?.location ?? null,
        from_evv: !!e,
        evv_minutes: e?.minutes ?? null,
        edited,
      });
    }
    // A day the EVV records have but the provider removed stays, at zero and marked, so it is not refilled.
    for (const [date, e] of fromEvv) {
      if (date < ts.pay_period_start || date > ts.pay_period_end || given.has(date)) continue;
      rows.push({ timesheet_id: ts.id, county_id: ts.county_id, work_date: date, worked_minutes: 0, travel_minutes: 0, start_time: null, end_time: null, location: e.location, from_evv: true, evv_minutes: e.minutes, edited: true });
    }
    await store.replaceDays(trx, ts.id, rows.sort((a, b) => (a.work_date < b.work_date ? -1 : 1)));
    await store.updateTimesheet(trx, ts.id, {});
    await recordAudit(trx, {
      ...audit(client),
      action: 'timesheet.saved',
      outcome: 'success',
      actorUserId: viewer.id,
      subjectUserId: viewer.id,
      countyId: ts.county_id,
      details: { timesheetId: ts.id, days: rows.length, editedDays: rows.filter((r) => r.edited).map((r) => r.work_date) },
    });
  });
  return getTimesheet(db, viewer, id, client.lang, now);
}

export async function submit(
  db: Db,
  viewer: Viewer,
  id: number,
  input: { idempotencyKey: string; acknowledgeScheduledVisits?: boolean | undefined },
  client: Client,
  now: Date,
) {
  const key = { userId: viewer.id, key: input.idempotencyKey, operation: 'timesheet.submit', request: { ...input, timesheetId: id } };
  const outcome = await db.transaction().execute(async (trx) => {
    const first = await idempotency.firstOutcome(trx, key);
    if (first !== undefined) return { kind: 'submitted' as const, id: (first as { id: number }).id };
    await store.lockProviderClaims(trx, viewer.id);
    const ts = await visible(trx, viewer, id, true);
    if (ts.status !== 'draft') throw new AppError(409, 'timesheetReadOnly');
    const days = await store.listDays(trx, ts.id);
    if (!days.some((d) => d.worked_minutes > 0 || d.travel_minutes > 0)) throw new AppError(400, 'timesheetEmpty');
    await assertNotSuspended(trx, ts.provider_user_id, days.filter((d) => d.worked_minutes > 0 || d.travel_minutes > 0).map((d) => d.work_date), client.lang);
    const remaining = await visits.remainingVisits(trx, ts.provider_user_id, ts.case_id, ts.pay_period_end, now);
    if (remaining > 0 && !input.acknowledgeScheduledVisits) {
      throw new AppError(409, 'timesheetVisitsStillScheduled', { count: remaining }, { remainingScheduledVisits: remaining });
    }
    const e = await evaluateTimesheet(trx, ts, days, now);
    const base = { ...audit(client), actorUserId: viewer.id, subjectUserId: viewer.id, countyId: ts.county_id };
    if (!canSubmit(e.evaluation.findings)) {
      const blocking = e.evaluation.findings.filter((f) => f.kind === 'blocking');
      await recordAudit(trx, { ...base, action: 'timesheet.submit_refused', outcome: 'denied', details: { timesheetId: ts.id, codes: blocking.map((f) => f.code) } });
      return { kind: 'refused' as const, findings: blocking };
    }
    const totals = totalsOf(ts, e);
    await store.updateTimesheet(trx, ts.id, {
      status: 'submitted',
      submitted_at: now,
      submission_key: input.idempotencyKey,
      findings: JSON.stringify(e.evaluation.findings),
      gross_cents: totals.expectedGrossCents,
    });
    // "No recipient action after 2 days" (ACIN I-17-22): one delayed job per submitted version; its handler
    // (recipient-review) notifies only if the version is still waiting for the recipient then.
    await enqueue(trx, {
      kind: RECIPIENT_NO_ACTION_JOB,
      dedupeKey: `${RECIPIENT_NO_ACTION_JOB}:${ts.id}`,
      payload: { timesheetId: ts.id },
      delaySeconds: RECIPIENT_DECISION_DAYS * 86_400,
    });
    await store.insertEvent(trx, { timesheetId: ts.id, countyId: ts.county_id, action: 'submit', from: 'draft', to: 'submitted', actorUserId: viewer.id, actorKind: 'provider' });
    if (ts.supersedes_id !== null) {
      const old = await store.findTimesheet(trx, ts.supersedes_id, true);
      if (old && CORRECTABLE.includes(old.status)) await applyTransition(trx, old, 'supersede', { kind: 'provider', userId: viewer.id }, { note: `v${ts.version}` });
    }
    await recordAudit(trx, {
      ...base,
      action: 'timesheet.submitted',
      outcome: 'success',
      details: {
        timesheetId: ts.id,
        version: ts.version,
        caseNumber: ts.case_number,
        periodStart: ts.pay_period_start,
        workedMinutes: totals.workedMinutes,
        travelMinutes: totals.travelMinutes,
        supersedes: ts.supersedes_id,
        findings: e.evaluation.findings.map((f) => f.code),
        scheduledVisitsAcknowledged: remaining,
      },
    });
    await idempotency.remember(trx, key, { id: ts.id });
    return { kind: 'submitted' as const, id: ts.id };
  });
  if (outcome.kind === 'refused') {
    const findings = renderFindings(outcome.findings, client.lang, await recipientNames(db, viewer.id));
    throw new AppError(422, 'timesheetBlocked', { count: findings.length }, { findings });
  }
  return getTimesheet(db, viewer, outcome.id, client.lang, now);
}

/** Starts a correction: a new draft version with the same days. A second call returns the same draft. */
export async function startCorrection(db: Db, viewer: Viewer, id: number, client: Client, now: Date) {
  const newId = await db.transaction().execute(async (trx) => {
    const ts = await visible(trx, viewer, id, true);
    const latest = (await store.findLatest(trx, ts.provider_user_id, ts.case_id, ts.pay_period_start))!;
    if (latest.status === 'draft' && latest.supersedes_id === ts.id) return latest.id;
    if (ts.status === 'draft') throw new AppError(409, 'timesheetNotCorrectable');
    if (!CORRECTABLE.includes(ts.status) || latest.id !== ts.id) throw new AppError(409, 'timesheetNotCorrectable');
    const created = await store.insertTimesheet(trx, {
      provider_user_id: ts.provider_user_id,
      case_id: ts.case_id,
      county_id: ts.county_id,
      pay_period_start: ts.pay_period_start,
      pay_period_end: ts.pay_period_end,
      version: ts.version + 1,
      supersedes_id: ts.id,
    });
    const days = await store.listDays(trx, ts.id);
    await store.replaceDays(trx, created, days.map((d) => ({ ...d, timesheet_id: created })));
    await recordAudit(trx, {
      ...audit(client),
      action: 'timesheet.correction_started',
      outcome: 'success',
      actorUserId: viewer.id,
      subjectUserId: viewer.id,
      countyId: ts.county_id,
      details: { timesheetId: created, supersedes: ts.id, version: ts.version + 1 },
    });
    return created;
  });
  return getTimesheet(db, viewer, newId, client.lang, now);
}

export async function listTimesheets(db: Db, viewer: Viewer, f: { caseNumber?: string | undefined; payPeriodStart?: string | undefined }) {
  const filter: store.ListFilter = {};
  if (f.caseNumber) filter.caseNumber = f.caseNumber;
  if (f.payPeriodStart) filter.periodStart = f.payPeriodStart;
  if (viewer.role === 'provider') filter.providerId = viewer.id;
  else {
    const c = await cases.recipientCase(db, viewer.id);
    filter.caseId = c.id;
    filter.statuses = [...CLAIMED_STATES, 'rejected_by_recipient', 'denied', 'superseded'];
  }
  const rows = await store.listTimesheets(db, filter);
  const decisions = await store.findDecisions(db, rows.map((r) => r.id));
  return rows.map((r) => summaryOf(r, decisions.find((d) => d.timesheet_id === r.id)));
}

// --- For other features ------------------------------------------------------------------------------------

/** Claimed minutes of a month per case and provider (for case status). */
export async function claimedMinutesInMonth(db: Db, caseIds: readonly number[], month: string) {
  const s = monthSpan(month);
  const rows = await store.claimedMinutes(db, caseIds, s.start, s.end, COUNTED_STATUSES);
  return rows.map((r) => ({ caseId: r.case_id, providerId: r.provider_user_id, minutes: r.minutes }));
}

/** Every day a provider has claimed work (for sick leave: earned after 100 hours worked). */
export async function workedDays(db: Db, providerId: number, to: string) {
  const rows = await store.claimedDays(db, { providerId, from: '2018-07-01', to, statuses: COUNTED_STATUSES });
  const byDate = new Map<string, number>();
  for (const r of rows) byDate.set(r.work_date, (byDate.get(r.work_date) ?? 0) + r.worked_minutes);
  return [...byDate].map(([date, workedMinutes]) => ({ date, workedMinutes }));
}

/** Timesheets of a provider or a case, latest versions, with their recipient decisions (dashboard). */
export async function timesheetsFor(db: Db, f: store.ListFilter) {
  const rows = await store.listTimesheets(db, f);
  const decisions = await store.findDecisions(db, rows.map((r) => r.id));
  return rows.map((r) => ({ row: r, decision: decisions.find((d) => d.timesheet_id === r.id) }));
}

/** A submitted version still waiting for the recipient's decision, locked until the caller's transaction ends; else undefined. */
export async function awaitingRecipient(trx: Db, id: number) {
  const ts = await store.findTimesheet(trx, id, true);
  if (!ts || ts.status !== 'submitted') return undefined;
  const [decision] = await store.findDecisions(trx, [ts.id]);
  return decision ? undefined : ts;
}

/**
 * Of the given providers, the (provider, case) pairs that have submitted a timesheet for the pay period starting
 * `periodStart` (any version beyond a draft counts: submitted, decided or superseded by a correction).
 */
export async function submittedInPeriod(db: Db, providerIds: readonly number[], periodStart: string): Promise<Set<string>> {
  const rows = await store.submittedPairs(db, providerIds, periodStart);
  return new Set(rows.map((r) => `${r.provider_user_id}:${r.case_id}`));
}

/** The last day of the latest pay period a timesheet of the county was submitted for (wage rates start after it). */
export const lastSubmittedPeriodEnd = store.lastSubmittedPeriodEnd;

/** A page of approved versions, oldest submission first (the pay run's work list). */
export const approvedPage = store.approvedPage;
/** Whether a timesheet of the period is on its way to payment (it will carry the period's sick leave). */
export const onItsWayToPayment = store.onItsWayToPayment;

export interface RecipientDecided {
  timesheet: store.TimesheetRow;
  decision: 'approved' | 'rejected';
  reason: string | null;
}

/**
 * The recipient's decision on a submitted version: approve, or reject with a reason. Retrying the same decision
 * is harmless (and calls `onDecided` only the first time). `onDecided` runs inside the transaction that records
 * the decision: the recipient-review feature tells the provider there, so the notice exists exactly when the
 * decision committed.
 */
export async function recordRecipientDecision(
  db: Db,
  viewer: Viewer,
  id: number,
  input: { decision: 'approve' | 'reject'; reason?: string | undefined },
  client: Client,
  onDecided: ((trx: Db, d: RecipientDecided) => Promise<void>) | undefined,
  now: Date,
) {
  await db.transaction().execute(async (trx) => {
    const ts = await visible(trx, viewer, id, true);
    if (viewer.role !== 'recipient') throw notFound();
    const decision = input.decision === 'approve' ? 'approved' : 'rejected';
    const [existing] = await store.findDecisions(trx, [ts.id]);
    if (existing) {
      if (existing.decision === decision) return;
      throw new AppError(409, 'timesheetAlreadyDecided');
    }
    if (ts.status !== 'submitted') throw new AppError(409, 'timesheetNotAwaitingDecision');
    const reason = decision === 'rejected' ? (input.reason ?? '').trim() : input.reason?.trim() || null;
    await store.insertDecision(trx, { timesheetId: ts.id, countyId: ts.county_id, decision, reason, decidedBy: viewer.id });
    await applyTransition(trx, ts, decision === 'approved' ? 'recipient_approve' : 'recipient_reject', { kind: 'recipient', userId: viewer.id }, { note: reason });
    await recordAudit(trx, {
      ...audit(client),
      action: `timesheet.${decision}_by_recipient`,
      outcome: 'success',
      actorUserId: viewer.id,
      subjectUserId: ts.provider_user_id,
      countyId: ts.county_id,
      details: { timesheetId: ts.id, version: ts.version, ...(reason ? { reason } : {}) },
    });
    await onDecided?.(trx, { timesheet: ts, decision, reason });
  });
  return getTimesheet(db, viewer, id, client.lang, now);
}

// --- The claim's state (issue #5): every change through the state machine, with its event row -----------------

/**
 * Moves a locked timesheet version by `action` (see src/domain/claim-life.ts) and records who, when and why in
 * `timesheet_events`, in the caller's transaction. A move the table does not allow is refused: 409 with the
 * current state (`claimWrongState`), or 404 for an actor who may never take it. Returns the new state.
 */
export async function applyTransition(
  trx: Db,
  ts: Pick<store.TimesheetRow, 'id' | 'county_id' | 'status'>,
  action: ClaimAction,
  actor: { kind: ActorKind; userId: number | null },
  detail: { reasonCodes?: readonly string[]; note?: string | null } = {},
): Promise<TimesheetStatus> {
  const t = transition(action, ts.status, actor.kind, detail);
  if (!t.ok) {
    if (t.why === 'wrong_actor') throw notFound();
    if (t.why === 'wrong_state') throw new AppError(409, 'claimWrongState', { status: ts.status });
    throw new AppError(400, t.why === 'reasons_required' ? 'denialReasonRequired' : 'noteShape');
  }
  if (t.to !== t.from && !(await store.moveStatus(trx, ts.id, t.from, t.to))) throw new AppError(409, 'claimWrongState', { status: ts.status });
  await store.insertEvent(trx, {
    timesheetId: ts.id,
    countyId: ts.county_id,
    action,
    from: t.from,
    to: t.to,
    actorUserId: actor.kind === 'system' ? null : actor.userId,
    actorKind: actor.kind,
    ...(detail.reasonCodes ? { reasonCodes: detail.reasonCodes } : {}),
    note: detail.note ?? null,
  });
  ts.status = t.to;
  return t.to;
}

/** A timesheet version, locked until the caller's transaction ends when `lock`; undefined if there is none. */
export function findTimesheetRow(db: Db, id: number, lock = false) {
  return store.findTimesheet(db, id, lock);
}
export const listClaimEvents = store.listEvents;
export type ClaimEventRow = store.EventRow;
export const listVersions = store.listVersions;
export const listTimesheetDays = store.listDays;

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
export type RecipientDecisionRow = store.DecisionRow;
