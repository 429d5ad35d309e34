import { sql } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { ActorKind, TimesheetStatus } from '../../../db/schema.js';

// --- The claim's status and timeline ---------------------------------------------------------------------------

/** What a submission records with its move out of draft; one statement, as the CHECK ties submitted_at to the status. */
export interface SubmissionColumns {
  submittedAt: Date;
  submissionKey: string;
  findings: string;
  grossCents: number | null;
}

/** Compare-and-set: changes the status only if it is still `from`; false when another request moved it first. */
export async function moveStatus(db: Db, id: number, from: TimesheetStatus, to: TimesheetStatus, submission?: SubmissionColumns) {
  return (await moveStatuses(db, [{ id, from, to }], submission)) === 1;
}

/**
 * Compare-and-set of many versions in one statement (a pay run's batch; `moveStatus` is one): how many were still in
 * their `from` and moved. A submission's columns go with a move out of draft, one version's.
 */
export async function moveStatuses(db: Db, moves: readonly { id: number; from: TimesheetStatus; to: TimesheetStatus }[], submission?: SubmissionColumns) {
  if (moves.length === 0) return 0;
  const s = submission;
  const r = await sql`
    UPDATE timesheets t SET status = x.t, updated_at = portal_now(),
           submitted_at = ${s ? s.submittedAt : sql`t.submitted_at`}, submission_key = ${s ? s.submissionKey : sql`t.submission_key`},
           findings = ${s ? s.findings : sql`t.findings`}, gross_cents = ${s ? s.grossCents : sql`t.gross_cents`}
      FROM unnest(${moves.map((m) => m.id)}::bigint[], ${moves.map((m) => m.from)}::text[], ${moves.map((m) => m.to)}::text[]) AS x(id, f, t)
     WHERE t.id = x.id AND t.status = x.f`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

type NewEvent = { timesheetId: number; countyId: number; action: string; from: TimesheetStatus | null; to: TimesheetStatus; actorUserId: number | null; actorKind: ActorKind; reasonCodes?: readonly string[]; note?: string | null };

const eventRow = (e: NewEvent) => ({
  timesheet_id: e.timesheetId,
  county_id: e.countyId,
  action: e.action,
  from_status: e.from,
  to_status: e.to,
  actor_user_id: e.actorUserId,
  actor_kind: e.actorKind,
  reason_codes: [...(e.reasonCodes ?? [])],
  note: e.note ?? null,
});

/** Moves' timeline rows in one statement (a pay run's batch; `insertEvent` is one). */
export async function insertEvents(db: Db, events: readonly NewEvent[]) {
  if (events.length === 0) return;
  await db.insertInto('timesheet_events').values(events.map(eventRow)).execute();
}

export async function insertEvent(db: Db, e: NewEvent) {
  await insertEvents(db, [e]);
}

export function listEvents(db: Db, timesheetIds: readonly number[]) {
  if (timesheetIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('timesheet_events')
    .leftJoin('users', 'users.id', 'timesheet_events.actor_user_id')
    .select([
      'timesheet_events.id',
      'timesheet_events.timesheet_id',
      'timesheet_events.action',
      'timesheet_events.from_status',
      'timesheet_events.to_status',
      'timesheet_events.actor_kind',
      'timesheet_events.reason_codes',
      'timesheet_events.note',
      'timesheet_events.at',
      'users.first_name as actor_first_name',
      'users.last_name as actor_last_name',
    ])
    .where('timesheet_events.timesheet_id', 'in', timesheetIds)
    .orderBy('timesheet_events.id')
    .execute();
}
export type EventRow = Awaited<ReturnType<typeof listEvents>>[number];

export async function insertDecision(db: Db, d: { timesheetId: number; countyId: number; decision: 'approved' | 'rejected'; reason: string | null; decidedBy: number }) {
  await db
    .insertInto('timesheet_decisions')
    .values({ timesheet_id: d.timesheetId, county_id: d.countyId, decision: d.decision, reason: d.reason, decided_by: d.decidedBy })
    .execute();
}

/** Serialises the submissions of one provider, so two timesheets of one week cannot both pass the 66-hour cap. */
export async function lockProviderClaims(db: Db, providerId: number) {
  await sql`SELECT ${providerClaimsLock(providerId)}`.execute(db);
}

/** The lock lockProviderClaims takes, for a statement that takes it with others (a submission's first statement). */
export function providerClaimsLock(providerId: number) {
  return sql<void>`pg_advisory_xact_lock(hashtext('provider-claims'), ${providerId}::int)`;
}

// --- The county's payroll queue ----------------------------------------------------------------------------------

export async function insertReviewItem(db: Db, r: { timesheetId: number; countyId: number; providerId: number; reasonCodes: readonly string[]; escalateAt: Date }) {
  await db
    .insertInto('county_review_items')
    .values({ timesheet_id: r.timesheetId, county_id: r.countyId, provider_user_id: r.providerId, reason_codes: [...r.reasonCodes], escalate_at: r.escalateAt })
    .onConflict((oc) => oc.column('timesheet_id').doNothing())
    .execute();
}

export function findReviewItem(db: Db, timesheetId: number, lock = false) {
  const q = db.selectFrom('county_review_items').selectAll().where('timesheet_id', '=', timesheetId);
  return (lock ? q.forUpdate() : q).executeTakeFirst();
}
export type ReviewItemRow = NonNullable<Awaited<ReturnType<typeof findReviewItem>>>;

/** The review items of these versions, decided or not (where is my pay). */
export function reviewItemsOf(db: Db, timesheetIds: readonly number[]) {
  if (timesheetIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('county_review_items').selectAll().where('timesheet_id', 'in', timesheetIds).execute();
}

export interface QueueFilter {
  countyId: number;
  reason?: string | undefined;
  providerId?: number | undefined;
  onHold?: boolean | undefined;
  /** Only items that entered the queue before this instant (waiting long enough). */
  enteredBefore?: Date | undefined;
  escalatedAt?: Date | undefined;
}

function openItems(db: Db, f: QueueFilter) {
  let q = db.selectFrom('county_review_items').where('county_id', '=', f.countyId).where('resolved_at', 'is', null);
  if (f.reason !== undefined) q = q.where(sql<boolean>`${f.reason} = ANY(reason_codes)`);
  if (f.providerId !== undefined) q = q.where('provider_user_id', '=', f.providerId);
  if (f.onHold !== undefined) q = q.where('on_hold', '=', f.onHold);
  if (f.enteredBefore !== undefined) q = q.where('entered_at', '<', f.enteredBefore);
  if (f.escalatedAt !== undefined) q = q.where('escalate_at', '<=', f.escalatedAt);
  return q;
}

/**
 * Open items of a county, oldest first, `limit` at a time: `after` is the last item of the page before (keyset on
 * the queue order, so items decided meanwhile do not shift the next page). The query itself, so that a reader of the
 * queue joins what it shows of each item and counts them in the same statement.
 */
export function openItemsPage(db: Db, f: QueueFilter, page: { limit: number; after?: number | undefined }) {
  let q = openItems(db, f).selectAll().orderBy('entered_at').orderBy('timesheet_id').limit(page.limit);
  if (page.after !== undefined) {
    // The cursor's item is looked up within the county: another county's id pages nothing, and one shard answers (ADR 0013).
    q = q.where(sql<boolean>`(entered_at, timesheet_id) > (SELECT entered_at, timesheet_id FROM county_review_items WHERE county_id = ${f.countyId} AND timesheet_id = ${page.after})`);
  }
  return q;
}

/** How many open items of a county match, on every page: the query, to run alone or inside another. */
export function openItemsCount(db: Db, f: QueueFilter) {
  return openItems(db, f).select(sql<number>`count(*)::int`.as('n'));
}

export async function countOpenItems(db: Db, f: QueueFilter) {
  return (await openItemsCount(db, f).executeTakeFirstOrThrow()).n;
}

/**
 * Open items and, of those, the escalated ones at `now`, of one county or (undefined) every county: one count over the
 * open-items partial index (county_review_open), however long the queue.
 */
export async function countOpenAndEscalated(db: Db, countyId: number | undefined, now: Date) {
  let q = db
    .selectFrom('county_review_items')
    .select([sql<number>`count(*)::int`.as('waiting'), sql<number>`(count(*) FILTER (WHERE escalate_at <= ${now}))::int`.as('escalated')])
    .where('resolved_at', 'is', null);
  if (countyId !== undefined) q = q.where('county_id', '=', countyId);
  return q.executeTakeFirstOrThrow();
}

export async function touchItem(db: Db, timesheetId: number, values: { touchedAt: Date; escalateAt: Date; onHold?: boolean; holdNote?: string | null; heldBy?: number | null }) {
  await db
    .updateTable('county_review_items')
    .set({
      touched_at: values.touchedAt,
      escalate_at: values.escalateAt,
      ...(values.onHold !== undefined ? { on_hold: values.onHold, hold_note: values.holdNote ?? null, held_by: values.heldBy ?? null } : {}),
    })
    .where('timesheet_id', '=', timesheetId)
    .execute();
}

export async function resolveItem(db: Db, timesheetId: number, resolution: 'approved' | 'denied' | 'superseded', at: Date) {
  await db.updateTable('county_review_items').set({ resolved_at: at, resolution, on_hold: false }).where('timesheet_id', '=', timesheetId).where('resolved_at', 'is', null).execute();
}
