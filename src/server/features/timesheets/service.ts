/**
 * Timesheets: one per provider, recipient and pay period, in versions. This feature keeps the drafts and their days:
 *
 * - A draft is filled from the period's EVV records and follows them until the provider changes a day (evv-sync.ts).
 * - The rules engine judges the days as they are typed and again at submission (rules-case.ts); views.ts is what the
 *   provider and the recipient see.
 * - A submitted version is read-only (a trigger guards its days); a correction is a new draft version that
 *   supersedes it when submitted, and the old one is kept (SEIU 2015 ESP guide).
 * - Submitting, and every later move of a version's status, belong to the claim-life feature (claim-life/service.ts;
 *   the one writer of a status is claim-life/transitions.ts), which calls this feature, never the other way round.
 */
import type { TimesheetDayInput } from '../../../contracts/timesheets.js';
import type { Db } from '../../../db/connection.js';
import { CLAIMED_STATES, CORRECTABLE_STATES, californiaDate, monthSpan, payPeriodOf } from '../../../domain/index.js';
import { AppError, FieldError } from '../../errors.js';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../../lib/pg-errors.js';
import type { Viewer } from '../../lib/viewer.js';
import { recordAudit, type AuditEvent } from '../audit/service.js';
import * as cases from '../cases/service.js';
import { assertNotSuspended } from '../violations/service.js';
import { savedDays, syncFromEvv } from './evv-sync.js';
import { getTimesheet, summaryOf, visible } from './views.js';
import * as store from './store.js';
import type { Client } from '../../lib/client.js';

export type { TimesheetRow } from './store.js';
export { daysInPeriodOf, minutesOf } from './store.js';
export type RecipientDecisionRow = store.DecisionRow;
export { evaluateIn, evaluateSubmitted, evaluateTimesheet, recipientNames, renderFindings, rulesCaseOf, rulesCaseRows, rulesWindow, totalsOf, type Evaluated, type PriorDay, type RulesCaseRows } from './rules-case.js';
export { getTimesheet, submittedView, summaryOf, visible } from './views.js';

const audit = (c: Client): Pick<AuditEvent, 'ip' | 'userAgent'> => ({ ip: c.ip, userAgent: c.userAgent });

// --- Drafts ------------------------------------------------------------------------------------------------

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
    const rows = await savedDays(trx, ts, input);
    await assertNotSuspended(trx, ts.provider_user_id, rows.filter((d) => d.worked_minutes > 0 || d.travel_minutes > 0).map((d) => d.work_date), client.lang);
    await store.replaceDays(trx, ts.id, rows);
    await store.touchTimesheet(trx, ts.id);
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

/** Starts a correction: a new draft version with the same days. A second call returns the same draft. */
export async function startCorrection(db: Db, viewer: Viewer, id: number, client: Client, now: Date) {
  const newId = await db.transaction().execute(async (trx) => {
    const ts = await visible(trx, viewer, id, true);
    const latest = (await store.findLatest(trx, ts.provider_user_id, ts.case_id, ts.pay_period_start))!;
    if (latest.status === 'draft' && latest.supersedes_id === ts.id) return latest.id;
    if (ts.status === 'draft') throw new AppError(409, 'timesheetNotCorrectable');
    if (!CORRECTABLE_STATES.includes(ts.status) || latest.id !== ts.id) throw new AppError(409, 'timesheetNotCorrectable');
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
  return (await timesheetsFor(db, filter)).map((t) => summaryOf(t.row, t.decision));
}

// --- For other features ------------------------------------------------------------------------------------

/** Claimed minutes of a month per case and provider (for case status). */
export async function claimedMinutesInMonth(db: Db, caseIds: readonly number[], month: string) {
  const s = monthSpan(month);
  const rows = await store.claimedMinutes(db, caseIds, s.start, s.end, CLAIMED_STATES);
  return rows.map((r) => ({ caseId: r.case_id, providerId: r.provider_user_id, minutes: r.minutes }));
}

/** Every day a provider has claimed work (for sick leave: earned after 100 hours worked). */
export async function workedDays(db: Db, providerId: number, to: string) {
  const rows = await store.claimedDays(db, { providerIds: [providerId], from: '2018-07-01', to, statuses: CLAIMED_STATES });
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
export const approvedCountsByCounty = store.approvedCountsByCounty;
/** The still approved versions of a pay run's batch, locked; those another run holds are skipped. */
export const lockApproved = store.lockApproved;
/** Whether a timesheet of the period is on its way to payment (it will carry the period's sick leave). */
export const onItsWayToPayment = store.onItsWayToPayment;

/** A timesheet version, locked until the caller's transaction ends when `lock`; undefined if there is none. */
export function findTimesheetRow(db: Db, id: number, lock = false) {
  return store.findTimesheet(db, id, lock);
}
export const listVersions = store.listVersions;
export const listTimesheetDays = store.listDays;
/** The days of many versions at once (a pay run's batch), by version. */
export const listTimesheetDaysOf = store.listDaysOf;
/** The recipient's decision on each of these versions (claim-life records it). */
export const recipientDecisions = store.findDecisions;
