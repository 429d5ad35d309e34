/**
 * Planned visits and the calendar feed. A provider plans their own visits; a recipient plans visits for their
 * own case with one of its providers. Plans are kept as rules (one-off, or weekly on some weekdays until a
 * date) and expanded for a range of California dates on read. The iCalendar feed is reached by a secret URL
 * (its token stored only as a hash, revocable) and carries the recipient's first name and last initial and
 * the times only: no address, no health data.
 */
import type { VisitOccurrence, VisitPlanInput } from '../../../contracts/visits.js';
import type { Db } from '../../../db/connection.js';
import { addDays, californiaDate, californiaInstant, daysBetween, parseClockTime, weekday } from '../../../domain/index.js';
import { AppError, FieldError, notFound } from '../../errors.js';
import { newToken, sha256 } from '../../lib/tokens.js';
import { recordAudit } from '../audit/service.js';
import * as cases from '../cases/service.js';
import * as evv from '../evv/service.js';
import { findUserByLoginId } from '../accounts/service.js';
import * as store from './store.js';
import type { Client } from '../../lib/client.js';

export const MAX_RANGE_DAYS = 62;

type Viewer = cases.Viewer;

const hhmm = (t: string) => t.slice(0, 5);

function planView(p: store.PlanRow) {
  return {
    id: p.id,
    caseNumber: p.case_number,
    recipient: { firstName: p.recipient_first_name, lastName: p.recipient_last_name },
    provider: { firstName: p.provider_first_name, lastName: p.provider_last_name },
    providerId: p.provider_login_id,
    startDate: p.start_date,
    startTime: hhmm(p.start_time),
    endTime: hhmm(p.end_time),
    repeat: p.repeat,
    weekdays: p.weekdays,
    untilDate: p.until_date,
  };
}

/** The dates of a plan within [from, to]. */
export function occurrenceDates(p: Pick<store.PlanRow, 'start_date' | 'repeat' | 'weekdays' | 'until_date'>, from: string, to: string): string[] {
  if (p.repeat === 'none') return p.start_date >= from && p.start_date <= to ? [p.start_date] : [];
  const first = p.start_date > from ? p.start_date : from;
  const last = p.until_date !== null && p.until_date < to ? p.until_date : to;
  const out: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) if (p.weekdays.includes(weekday(d))) out.push(d);
  return out;
}

/** Which cases a viewer's plans may cover: a provider's own plans, or a recipient's case. */
async function scope(db: Db, viewer: Viewer): Promise<{ providerId?: number; caseId?: number }> {
  if (viewer.role === 'provider') return { providerId: viewer.id };
  const c = await cases.recipientCase(db, viewer.id);
  return { caseId: c.id };
}

export async function listPlans(db: Db, viewer: Viewer, now: Date) {
  const plans = await store.listPlans(db, { ...(await scope(db, viewer)), from: californiaDate(now) });
  return plans.map(planView);
}

async function resolvePlanTarget(db: Db, viewer: Viewer, input: VisitPlanInput) {
  if (viewer.role === 'provider') {
    const a = await cases.assignmentOn(db, viewer.id, input.caseNumber, input.startDate);
    return { providerId: viewer.id, caseId: a.id, countyId: a.county_id };
  }
  const own = await cases.recipientCase(db, viewer.id);
  if (own.case_number !== input.caseNumber) throw notFound();
  if (!input.providerId) throw new FieldError('providerId', 'visitProviderRequired');
  const provider = await findUserByLoginId(db, input.providerId);
  const assigned = provider ? await cases.assignmentsInRange(db, provider.id, own.case_number, input.startDate, input.startDate) : [];
  if (!provider || assigned.length === 0) throw new FieldError('providerId', 'notAssignedToCase', { caseNumber: own.case_number, date: input.startDate });
  return { providerId: provider.id, caseId: own.id, countyId: own.county_id };
}

function planValues(input: VisitPlanInput) {
  return {
    start_date: input.startDate,
    start_time: input.startTime,
    end_time: input.endTime,
    repeat: input.repeat,
    weekdays: input.repeat === 'weekly' ? [...input.weekdays].sort() : [],
    until_date: input.repeat === 'weekly' ? (input.untilDate ?? null) : null,
  };
}

export async function createPlan(db: Db, viewer: Viewer, input: VisitPlanInput, client: Client) {
  return db.transaction().execute(async (trx) => {
    const target = await resolvePlanTarget(trx, viewer, input);
    const id = await store.insertPlan(trx, {
      ...planValues(input),
      provider_user_id: target.providerId,
      case_id: target.caseId,
      county_id: target.countyId,
      created_by: viewer.id,
    });
    await recordAudit(trx, { ...client, action: 'visit_plan.created', outcome: 'success', actorUserId: viewer.id, subjectUserId: target.providerId, countyId: target.countyId, details: { planId: id, caseNumber: input.caseNumber } });
    return planView((await store.findPlan(trx, id))!);
  });
}

async function ownPlan(db: Db, viewer: Viewer, planId: number) {
  const plan = await store.findPlan(db, planId);
  if (!plan) throw notFound();
  const s = await scope(db, viewer);
  if ((s.providerId !== undefined && plan.provider_user_id !== s.providerId) || (s.caseId !== undefined && plan.case_id !== s.caseId)) throw notFound();
  return plan;
}

export async function updatePlan(db: Db, viewer: Viewer, planId: number, input: VisitPlanInput, client: Client) {
  return db.transaction().execute(async (trx) => {
    const plan = await ownPlan(trx, viewer, planId);
    const target = await resolvePlanTarget(trx, viewer, input);
    await store.updatePlan(trx, plan.id, { ...planValues(input), provider_user_id: target.providerId, case_id: target.caseId, county_id: target.countyId });
    await recordAudit(trx, { ...client, action: 'visit_plan.updated', outcome: 'success', actorUserId: viewer.id, subjectUserId: target.providerId, countyId: target.countyId, details: { planId } });
    return planView((await store.findPlan(trx, plan.id))!);
  });
}

export async function cancelPlan(db: Db, viewer: Viewer, planId: number, client: Client, now: Date) {
  await db.transaction().execute(async (trx) => {
    const plan = await ownPlan(trx, viewer, planId);
    await store.updatePlan(trx, plan.id, { cancelled_at: now });
    await recordAudit(trx, { ...client, action: 'visit_plan.cancelled', outcome: 'success', actorUserId: viewer.id, subjectUserId: plan.provider_user_id, countyId: plan.county_id, details: { planId } });
  });
}

const slotKey = (caseNumber: string, providerId: number, date: string) => `${caseNumber}|${providerId}|${date}`;

/** A check-in as a planned visit needs it: whose, with whom, when, and whether it was checked out. */
interface CheckIn {
  case_number: string;
  provider_user_id: number;
  check_in_at: Date;
  checked_out: boolean;
}

/** Occurrences of plans in [from, to], each with whether an EVV check-in for its recipient exists that day. */
async function expand(db: Db, plans: store.PlanRow[], from: string, to: string, now: Date): Promise<VisitOccurrence[]> {
  const caseIds = [...new Set(plans.map((p) => p.case_id))];
  const records = await evv.checkInsForCases(db, caseIds, from, to);
  const checkIns = records.flatMap((r) => (r.check_in_at ? [{ case_number: r.case_number, provider_user_id: r.provider_user_id, check_in_at: r.check_in_at, checked_out: !!r.check_out_at }] : []));
  return occurrencesOf(plans, checkIns, from, to, now);
}

/** The same with the check-ins read already (every one of the plans' cases in [from, to], oldest first). */
function occurrencesOf(plans: readonly store.PlanRow[], records: readonly CheckIn[], from: string, to: string, now: Date): VisitOccurrence[] {
  const today = californiaDate(now);
  // Each check-in's California day is worked out once, and a slot finds its check-in by key, not by a scan of all of them.
  const checkIns = new Map<string, CheckIn>();
  for (const r of records) {
    const key = slotKey(r.case_number, r.provider_user_id, californiaDate(r.check_in_at));
    if (!checkIns.has(key)) checkIns.set(key, r);
  }
  const out: VisitOccurrence[] = [];
  for (const p of plans) {
    const start = parseClockTime(hhmm(p.start_time))!;
    const end = parseClockTime(hhmm(p.end_time))!;
    for (const date of occurrenceDates(p, from, to)) {
      const rec = checkIns.get(slotKey(p.case_number, p.provider_user_id, date));
      out.push({
        planId: p.id,
        caseNumber: p.case_number,
        recipient: { firstName: p.recipient_first_name, lastName: p.recipient_last_name },
        provider: { firstName: p.provider_first_name, lastName: p.provider_last_name },
        date,
        startTime: hhmm(p.start_time),
        endTime: hhmm(p.end_time),
        startAt: new Date(californiaInstant(date, start)).toISOString(),
        endAt: new Date(californiaInstant(date, end)).toISOString(),
        today: date === today,
        checkedIn: !!rec,
        checkedOut: !!rec?.checked_out,
      });
    }
  }
  return out.sort((a, b) => (a.startAt < b.startAt ? -1 : a.startAt > b.startAt ? 1 : a.caseNumber < b.caseNumber ? -1 : 1));
}

export async function occurrences(db: Db, viewer: Viewer, q: { from: string; to: string; caseNumber?: string | undefined }, now: Date) {
  if (daysBetween(q.from, q.to) > MAX_RANGE_DAYS) throw new FieldError('to', 'rangeTooLong', { days: MAX_RANGE_DAYS });
  let plans = await store.listPlans(db, { ...(await scope(db, viewer)), from: q.from, to: q.to });
  if (q.caseNumber) plans = plans.filter((p) => p.case_number === q.caseNumber);
  return { today: californiaDate(now), occurrences: await expand(db, plans, q.from, q.to, now) };
}

/** Visits of a provider with one recipient still ahead (not started, not checked in) up to `to`: submit warns. */
export async function remainingVisits(db: Db, providerId: number, caseId: number, to: string, now: Date) {
  const today = californiaDate(now);
  if (to < today) return 0;
  const plans = await store.listPlans(db, { providerId, caseId, from: today, to });
  const list = await expand(db, plans, today, to, now);
  return list.filter((o) => !o.checkedIn && new Date(o.startAt) > now).length;
}

/** The days of [from, to] with a visit planned with one recipient: a timesheet opens them with the days that have time. */
export async function plannedDates(db: Db, providerId: number, caseId: number, from: string, to: string) {
  const plans = await store.listPlans(db, { providerId, caseId, from, to });
  return [...new Set(plans.flatMap((p) => occurrenceDates(p, from, to)))].sort();
}

export async function todayAndWeek(db: Db, providerId: number, now: Date) {
  const today = californiaDate(now);
  const to = addDays(today, 7);
  const { start, end } = evv.dayRange(today, to);
  const plans = await store.listPlansWithCheckIns(db, providerId, today, to, start, end);
  const checkIns = plans.flatMap((p) => p.check_ins.map((at, i) => ({ case_number: p.case_number, provider_user_id: p.provider_user_id, check_in_at: at, checked_out: p.checked_out[i]! })));
  const list = occurrencesOf(plans, checkIns, today, to, now);
  return { today: list.filter((o) => o.date === today), nextSevenDaysCount: list.filter((o) => o.date > today).length };
}

// --- Calendar feed ------------------------------------------------------------------------------------------

export async function feedStatus(db: Db, providerId: number) {
  const feed = await store.findProviderFeed(db, providerId);
  return { active: !!feed, createdAt: feed?.created_at.toISOString() ?? null };
}

/** A new secret URL; any earlier one stops working. The token is shown once and stored only as its hash. */
export async function createFeed(db: Db, viewer: Viewer, client: Client) {
  return db.transaction().execute(async (trx) => {
    await store.lockProviderFeeds(trx, viewer.id);
    const revoked = await store.revokeFeeds(trx, viewer.id);
    const token = newToken();
    const row = await store.insertFeed(trx, viewer.id, sha256(token));
    await recordAudit(trx, { ...client, action: 'calendar_feed.created', outcome: 'success', actorUserId: viewer.id, subjectUserId: viewer.id, countyId: viewer.countyId, details: { replaced: revoked } });
    return { token, createdAt: row.created_at.toISOString() };
  });
}

export async function revokeFeed(db: Db, viewer: Viewer, client: Client) {
  await db.transaction().execute(async (trx) => {
    await store.lockProviderFeeds(trx, viewer.id);
    const revoked = await store.revokeFeeds(trx, viewer.id);
    await recordAudit(trx, { ...client, action: 'calendar_feed.revoked', outcome: 'success', actorUserId: viewer.id, subjectUserId: viewer.id, countyId: viewer.countyId, details: { revoked } });
  });
}

const icsText = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
const icsInstant = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** The feed's iCalendar text: a week back to two months ahead. Unknown or revoked tokens are "not found". */
export async function calendarFeed(db: Db, token: string, now: Date) {
  const feed = await store.findLiveFeed(db, sha256(token));
  if (!feed) throw new AppError(404, 'notFound');
  const today = californiaDate(now);
  const from = addDays(today, -7);
  const to = addDays(today, 60);
  const plans = await store.listPlans(db, { providerId: feed.provider_user_id, from, to });
  const list = await expand(db, plans, from, to, now);
  const stamp = icsInstant(now.toISOString());
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//IHSS Provider Portal//Visits//EN', 'CALSCALE:GREGORIAN', 'X-WR-CALNAME:IHSS visits'];
  for (const o of list) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:visit-${o.planId}-${o.date}@ihss-portal`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${icsInstant(o.startAt)}`,
      `DTEND:${icsInstant(o.endAt)}`,
      `SUMMARY:${icsText(`IHSS visit: ${o.recipient.firstName} ${o.recipient.lastName.slice(0, 1)}.`)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n') + '\r\n';
}
