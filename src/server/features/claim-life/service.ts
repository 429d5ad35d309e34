/**
 * A claim's life after its submission (submission.ts): the recipient's decision, the routing after it, the county's
 * decisions, and the events and queue they leave. Each move goes through transitions.ts, the one writer of a status.
 *
 * - The recipient approves, or rejects with a reason; the provider is told in the same transaction (ACIN I-17-22), so
 *   the notice exists exactly when the decision committed. Retrying the same decision is harmless.
 * - Routing, when the recipient approves (in the transaction of the approval): a version whose submission findings
 *   include an `exception` (over 70 % in the first half, eligibility), or that the random signature check picks at its
 *   county's rate (src/domain/random-hold.ts), goes to the county's payroll queue; any other goes straight to
 *   `approved`, recorded as a system decision. The recipient's approval always comes first: the county never decides a
 *   timesheet its recipient has not approved (MISSING_RECIPIENT_APPROVAL is a denial reason, not a step we skip).
 * - The queue: county payroll staff (county_worker, county_admin) of the timesheet's county only; another county's
 *   item answers 404 as if it did not exist. Approve; deny with at least one reason code from DENIAL_REASON_CODES and a
 *   note; hold with a note; release a hold. Each decision is an event row, an audit row and (approve/deny) a notice to
 *   the provider, in one transaction; a retried decision changes nothing.
 * - Escalation: an item untouched for 1 business day (California time; weekends and California state holidays
 *   skipped, the rules engine's `oneBusinessDayAfter`) shows in the supervisor's view (county_admin).
 */
import type { ReviewDecisionRequest } from '../../../contracts/claims.js';
import type { Db } from '../../../db/connection.js';
import { oneBusinessDayAfter, RANDOM_HOLD, randomHoldPicks, type Finding } from '../../../domain/index.js';
import { AppError, notFound } from '../../errors.js';
import type { Viewer } from '../../lib/viewer.js';
import { recordAudit } from '../audit/service.js';
import { findCountyById } from '../counties/service.js';
import { notify } from '../notifications/service.js';
import * as timesheets from '../timesheets/service.js';
import * as violations from '../violations/service.js';
import * as store from './store.js';
import { moveClaim } from './transitions.js';
import type { Client } from '../../lib/client.js';

type Row = timesheets.TimesheetRow;

/** What a notice to the provider says about the version. */
export const aboutTimesheet = (ts: Row) => ({
  payPeriodStart: ts.pay_period_start,
  payPeriodEnd: ts.pay_period_end,
  recipientName: `${ts.recipient_first_name} ${ts.recipient_last_name}`,
  caseNumber: ts.case_number,
  timesheetId: ts.id,
});

/** The findings recorded at submission. */
export const findingsOf = (ts: Row) => (Array.isArray(ts.findings) ? (ts.findings as Finding[]) : []);

// --- The recipient's decision --------------------------------------------------------------------------------

/** The recipient's decision on a submitted version: approve (then routed), or reject with a reason. */
export async function recordRecipientDecision(
  db: Db,
  viewer: Viewer,
  id: number,
  input: { decision: 'approve' | 'reject'; reason?: string | undefined },
  client: Client,
  now: Date,
) {
  await db.transaction().execute(async (trx) => {
    const ts = await timesheets.visible(trx, viewer, id, true);
    if (viewer.role !== 'recipient') throw notFound();
    const decision = input.decision === 'approve' ? 'approved' : 'rejected';
    const [existing] = await timesheets.recipientDecisions(trx, [ts.id]);
    if (existing) {
      if (existing.decision === decision) return;
      throw new AppError(409, 'timesheetAlreadyDecided');
    }
    if (ts.status !== 'submitted') throw new AppError(409, 'timesheetNotAwaitingDecision');
    const reason = decision === 'rejected' ? (input.reason ?? '').trim() : input.reason?.trim() || null;
    await store.insertDecision(trx, { timesheetId: ts.id, countyId: ts.county_id, decision, reason, decidedBy: viewer.id });
    await moveClaim(trx, ts, decision === 'approved' ? 'recipient_approve' : 'recipient_reject', { kind: 'recipient', userId: viewer.id }, { note: reason });
    await recordAudit(trx, {
      ip: client.ip,
      userAgent: client.userAgent,
      action: `timesheet.${decision}_by_recipient`,
      outcome: 'success',
      actorUserId: viewer.id,
      subjectUserId: ts.provider_user_id,
      countyId: ts.county_id,
      details: { timesheetId: ts.id, version: ts.version, ...(reason ? { reason } : {}) },
    });
    // The key names the version, so a decision notifies once.
    const event = decision === 'approved' ? ('timesheet_approved' as const) : ('timesheet_rejected' as const);
    await notify(trx, {
      event,
      key: `${event}:timesheet:${ts.id}`,
      userIds: [ts.provider_user_id],
      data: { ...aboutTimesheet(ts), ...(decision === 'rejected' ? { by: 'recipient', reason } : {}) },
    });
    if (decision === 'approved') await routeAfterRecipientApproval(trx, ts, now);
  });
  return timesheets.getTimesheet(db, viewer, id, client.lang, now);
}

/** A submitted version still waiting for the recipient's decision, locked until the caller's transaction ends; else undefined. */
export async function awaitingRecipient(trx: Db, id: number) {
  const ts = await timesheets.findTimesheetRow(trx, id, true);
  if (!ts || ts.status !== 'submitted') return undefined;
  const [decision] = await timesheets.recipientDecisions(trx, [ts.id]);
  return decision ? undefined : ts;
}

// --- Routing ---------------------------------------------------------------------------------------------------

/** When an item entered or touched at `at` escalates: one business day later (weekends and state holidays skipped). */
export const escalationTime = (at: Date) => new Date(oneBusinessDayAfter(at));

/** The county's random signature check rate, read in the approval's transaction: a change applies from the next approval. */
async function randomHoldRate(trx: Db, countyId: number) {
  return (await findCountyById(trx, countyId))?.random_hold_per_mille ?? 0;
}

/** The exceptions among a version's submission findings: each sends it to the county's queue once its recipient approves it. */
export const exceptionCodes = (ts: Row) => [...new Set(findingsOf(ts).filter((f) => f.kind === 'exception').map((f) => f.code as string))];

/** After the recipient approved `ts` (status approved_by_recipient, locked): to the county queue or approved by the system. */
async function routeAfterRecipientApproval(trx: Db, ts: Row, now: Date) {
  const codes = exceptionCodes(ts);
  if (codes.length === 0 && randomHoldPicks(ts.id, await randomHoldRate(trx, ts.county_id))) codes.push(RANDOM_HOLD);
  if (codes.length > 0) {
    await moveClaim(trx, ts, 'route_to_county', { kind: 'system', userId: null }, { reasonCodes: codes });
    await store.insertReviewItem(trx, { timesheetId: ts.id, countyId: ts.county_id, providerId: ts.provider_user_id, reasonCodes: codes, escalateAt: escalationTime(now) });
    return;
  }
  await moveClaim(trx, ts, 'auto_approve', { kind: 'system', userId: null });
  await afterApproval(trx, ts, now);
}

/** In the transaction of any approval (by the system or the county): the month's violation, if the findings have one. */
async function afterApproval(trx: Db, ts: Row, now: Date) {
  await violations.recordIfAny(trx, ts, now);
}

// --- The county's queue ----------------------------------------------------------------------------------------

/** County payroll staff of the timesheet's county; anyone else gets 404, as if it did not exist. */
export function payrollCounty(viewer: Viewer) {
  if ((viewer.role !== 'county_worker' && viewer.role !== 'county_admin') || viewer.countyId === null) throw notFound();
  return viewer.countyId;
}

/** A version in the viewer's county's queue (decided or not), with its item; 404 for anything else. */
export async function reviewable(db: Db, viewer: Viewer, id: number, lock = false) {
  const countyId = payrollCounty(viewer);
  const ts = await timesheets.findTimesheetRow(db, id, lock);
  if (!ts || ts.county_id !== countyId) throw notFound();
  const item = await store.findReviewItem(db, id, lock);
  if (!item) throw notFound();
  return { ts, item };
}

/** Approve, deny, hold or release an item. A retried approve or deny (the same decision) changes nothing. */
export async function decideInCounty(db: Db, viewer: Viewer, id: number, req: ReviewDecisionRequest, client: Pick<Client, 'ip' | 'userAgent'>, now: Date) {
  await db.transaction().execute(async (trx) => {
    const { ts, item } = await reviewable(trx, viewer, id, true);
    if (ts.status !== 'in_county_review') {
      if ((req.decision === 'approve' && item.resolution === 'approved') || (req.decision === 'deny' && item.resolution === 'denied')) return;
      throw new AppError(409, 'claimNotInReview', { status: ts.status });
    }
    const actor = { kind: 'county' as const, userId: viewer.id };
    const base = { ip: client.ip, userAgent: client.userAgent, outcome: 'success' as const, actorUserId: viewer.id, subjectUserId: ts.provider_user_id, countyId: ts.county_id };
    const note = req.note?.trim() || null;
    switch (req.decision) {
      case 'approve':
        await moveClaim(trx, ts, 'county_approve', actor, { note });
        await store.resolveItem(trx, ts.id, 'approved', now);
        await notify(trx, { event: 'timesheet_approved', key: `timesheet_approved:county:${ts.id}`, userIds: [ts.provider_user_id], data: { ...aboutTimesheet(ts), by: 'county' } });
        await afterApproval(trx, ts, now);
        break;
      case 'deny':
        await moveClaim(trx, ts, 'county_deny', actor, { reasonCodes: req.reasonCodes, note });
        await store.resolveItem(trx, ts.id, 'denied', now);
        await notify(trx, {
          event: 'timesheet_rejected',
          key: `timesheet_rejected:county:${ts.id}`,
          userIds: [ts.provider_user_id],
          data: { ...aboutTimesheet(ts), by: 'county', reason: note, reasonCodes: req.reasonCodes.join(',') },
        });
        break;
      case 'hold':
        if (item.on_hold && item.hold_note === note) return;
        await moveClaim(trx, ts, 'hold', actor, { note });
        await store.touchItem(trx, ts.id, { touchedAt: now, escalateAt: escalationTime(now), onHold: true, holdNote: note, heldBy: viewer.id });
        break;
      case 'release':
        if (!item.on_hold) return;
        await moveClaim(trx, ts, 'release', actor, { note });
        await store.touchItem(trx, ts.id, { touchedAt: now, escalateAt: escalationTime(now), onHold: false, holdNote: null, heldBy: null });
        break;
    }
    await recordAudit(trx, {
      ...base,
      action: `claim.county_${req.decision}`,
      details: { timesheetId: ts.id, version: ts.version, ...(req.decision === 'deny' ? { reasonCodes: req.reasonCodes } : {}), ...(note ? { note } : {}) },
    });
  });
}

export type { QueueFilter, ReviewItemRow } from './store.js';
/** A page of a county's open items, oldest first, and how many match on every page (queries, and the count run). */
export const openItemsPage = store.openItemsPage;
export const openItemsCount = store.openItemsCount;
export const countOpenItems = store.countOpenItems;
/** Open items of a county (undefined: every county) and how many of them are escalated at `now`; the caller scopes. */
export const countOpenAndEscalated = store.countOpenAndEscalated;
/** The review items of these versions, decided or not. */
export const reviewItemsOf = store.reviewItemsOf;

// --- The claim's events ----------------------------------------------------------------------------------------

export const listClaimEvents = store.listEvents;
export type ClaimEventRow = store.EventRow;

/** The county's denial of a version: its note and reason codes (the dashboard's "Needs your attention"). */
export async function denialOf(db: Db, timesheetId: number) {
  const events = await store.listEvents(db, [timesheetId]);
  const deny = events.filter((e) => e.action === 'county_deny').at(-1);
  return deny ? { note: deny.note, reasonCodes: deny.reason_codes, at: deny.at } : null;
}
