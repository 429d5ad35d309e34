import { sql, type Insertable } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { PayDestinationsTable } from '../../../db/schema.js';

/** The columns a destination is shown and judged by: never the encrypted account number. */
const SHOWN = [
  'd.id',
  'd.provider_user_id',
  'd.county_id',
  'd.method',
  'd.routing_number',
  'd.account_type',
  'd.account_last4',
  'd.requested_at',
  'd.hold_ends_on',
  'd.prenote_settles_on',
  'd.live_from',
  'd.cancelled_at',
  'd.cancelled_by',
  'd.replaced_at',
] as const;

export function findHoldDays(db: Db, countyId: number) {
  return db.selectFrom('direct_deposit_settings').select(['hold_business_days', 'updated_at']).where('county_id', '=', countyId).executeTakeFirst();
}

export async function putHoldDays(db: Db, countyId: number, days: number, by: number) {
  await db
    .insertInto('direct_deposit_settings')
    .values({ county_id: countyId, hold_business_days: days, updated_by: by })
    .onConflict((oc) => oc.column('county_id').doUpdateSet({ hold_business_days: days, updated_by: by, updated_at: sql`portal_now()` }))
    .execute();
}

export async function insertDestination(db: Db, d: Insertable<PayDestinationsTable>) {
  const { id } = await db.insertInto('pay_destinations').values(d).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** A provider's changes, newest first. */
export function listDestinations(db: Db, providerId: number, limit: number) {
  return db.selectFrom('pay_destinations as d').select(SHOWN).where('d.provider_user_id', '=', providerId).orderBy('d.id', 'desc').limit(limit).execute();
}
export type DestinationRow = Awaited<ReturnType<typeof listDestinations>>[number];

/** One change, locked until the caller's transaction ends. */
export function lockDestination(db: Db, id: number) {
  return db.selectFrom('pay_destinations as d').select(SHOWN).where('d.id', '=', id).forUpdate().executeTakeFirst();
}

/** The change in force on `day`: the latest (by its first day, then by id) neither cancelled nor replaced. */
export async function inForceOn(db: Db, providerId: number, day: string) {
  return (await inForceOnEach(db, [providerId], day))[0];
}

/** Each provider's change in force on `day`, if any (`inForceOn` of many at once: a pay run's batch). */
export function inForceOnEach(db: Db, providerIds: readonly number[], day: string) {
  if (providerIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('pay_destinations as d')
    .distinctOn('d.provider_user_id')
    .select(SHOWN)
    .where('d.provider_user_id', 'in', providerIds)
    .where('d.cancelled_at', 'is', null)
    .where('d.replaced_at', 'is', null)
    .where('d.live_from', '<=', day)
    .orderBy('d.provider_user_id')
    .orderBy('d.live_from', 'desc')
    .orderBy('d.id', 'desc')
    .execute();
}

/** The provider's changes still waiting on `day` (held or clearing) are replaced by `by`, which was just made. */
export async function replaceWaiting(db: Db, providerId: number, by: number, day: string) {
  const rows = await db
    .updateTable('pay_destinations')
    .set({ replaced_at: sql`portal_now()`, replaced_by: by })
    .where('provider_user_id', '=', providerId)
    .where('id', '<>', by)
    .where('cancelled_at', 'is', null)
    .where('replaced_at', 'is', null)
    .where('live_from', '>', day)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

export async function cancelDestination(db: Db, id: number, by: number) {
  await db.updateTable('pay_destinations').set({ cancelled_at: sql`portal_now()`, cancelled_by: by }).where('id', '=', id).execute();
}

/** A county's changes still waiting on `day` (every county's: null), soonest first, with the provider's name. */
export function listWaiting(db: Db, countyId: number | null, day: string, limit: number) {
  let q = db
    .selectFrom('pay_destinations as d')
    .innerJoin('users as u', 'u.id', 'd.provider_user_id')
    .select(SHOWN)
    .select(['u.first_name', 'u.last_name', 'u.login_id'])
    .where('d.cancelled_at', 'is', null)
    .where('d.replaced_at', 'is', null)
    .where('d.live_from', '>', day)
    .orderBy('d.live_from')
    .orderBy('d.id')
    .limit(limit);
  if (countyId !== null) q = q.where('d.county_id', '=', countyId);
  return q.execute();
}

// --- Notices ------------------------------------------------------------------------------------------------

export async function insertNotices(db: Db, destinationId: number, contacts: readonly { channel: 'email' | 'sms'; address: string }[]) {
  if (contacts.length === 0) return [];
  const rows = await db
    .insertInto('pay_destination_notices')
    .values(contacts.map((c) => ({ pay_destination_id: destinationId, channel: c.channel, address: c.address })))
    .onConflict((oc) => oc.columns(['pay_destination_id', 'channel', 'address']).doNothing())
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

export function noticesOf(db: Db, destinationIds: readonly number[]) {
  if (destinationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('pay_destination_notices')
    .select(['pay_destination_id', 'channel', 'address', 'status'])
    .where('pay_destination_id', 'in', destinationIds)
    .orderBy('id')
    .execute();
}

/** A notice and the change it tells of, locked for the whole send (the ledger's row: src/jobs/README.md). */
export function lockNotice(db: Db, id: number) {
  return db
    .selectFrom('pay_destination_notices as n')
    .innerJoin('pay_destinations as d', 'd.id', 'n.pay_destination_id')
    .select(['n.id as notice_id', 'n.channel', 'n.address', 'n.status'])
    .select(SHOWN)
    .where('n.id', '=', id)
    .forUpdate('n')
    .executeTakeFirst();
}

export async function settleNotice(db: Db, id: number, s: { status: 'sent' | 'skipped'; detail?: string; messageId?: string }) {
  await db
    .updateTable('pay_destination_notices')
    .set({ status: s.status, detail: s.detail ?? null, message_id: s.messageId ?? null, sent_at: s.status === 'sent' ? sql`portal_now()` : null })
    .where('id', '=', id)
    .execute();
}
