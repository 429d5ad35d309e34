import { sql } from 'kysely';
import type { Db } from '../../../db/connection.js';

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
 * the queue order, so items decided meanwhile do not shift the next page).
 */
export function listOpenItems(db: Db, f: QueueFilter, page: { limit: number; after?: number | undefined }) {
  let q = openItems(db, f).selectAll().orderBy('entered_at').orderBy('timesheet_id').limit(page.limit);
  if (page.after !== undefined) {
    q = q.where(sql<boolean>`(entered_at, timesheet_id) > (SELECT entered_at, timesheet_id FROM county_review_items WHERE timesheet_id = ${page.after})`);
  }
  return q.execute();
}

/** How many open items of a county match, on every page. */
export async function countOpenItems(db: Db, f: QueueFilter) {
  const { n } = await openItems(db, f).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return n;
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

/** Open items per county (the dashboard and the supervisor's view). */
export async function countOpen(db: Db, countyId: number, now: Date) {
  const r = await db
    .selectFrom('county_review_items')
    .select([sql<number>`count(*)::int`.as('open'), sql<number>`count(*) FILTER (WHERE escalate_at <= ${now})::int`.as('escalated')])
    .where('county_id', '=', countyId)
    .where('resolved_at', 'is', null)
    .executeTakeFirstOrThrow();
  return r;
}
