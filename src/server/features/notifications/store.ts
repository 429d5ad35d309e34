import { sql } from 'kysely';
import type { NotificationChannel, NotificationEvent } from '../../../contracts/notifications.js';
import type { Db } from '../../../db/connection.js';

/**
 * Who gets an event on which channel, decided in one statement for any number of people: the person's
 * saved choice, else the default; security events on every channel; email only with an address on file,
 * texts only with a phone on file; deactivated accounts get nothing.
 */
export async function resolveTargets(
  db: Db,
  a: { event: NotificationEvent; userIds: readonly number[]; security: boolean; defaultOn: readonly NotificationChannel[]; channels: readonly NotificationChannel[] },
) {
  if (a.userIds.length === 0) return [];
  const { rows } = await sql<{ user_id: number; channel: NotificationChannel }>`
    SELECT u.id AS user_id, c.channel
    FROM users u
    CROSS JOIN unnest(${[...a.channels]}::text[]) AS c(channel)
    LEFT JOIN notification_preferences p ON p.user_id = u.id AND p.event = ${a.event} AND p.channel = c.channel
    WHERE u.id = ANY(${[...a.userIds]}::bigint[])
      AND u.status = 'active'
      AND (${a.security} OR coalesce(p.enabled, c.channel = ANY(${[...a.defaultOn]}::text[])))
      AND (c.channel <> 'email' OR u.email IS NOT NULL)
      AND (c.channel <> 'sms' OR EXISTS (SELECT 1 FROM provider_enrolments e WHERE e.user_id = u.id AND e.phone IS NOT NULL)
                               OR EXISTS (SELECT 1 FROM provider_profiles pp WHERE pp.user_id = u.id AND pp.phone IS NOT NULL))
    ORDER BY u.id, c.channel`.execute(db);
  return rows;
}

/** Returns who was notified: a person the event already notified is not written again (notification_keys, 0021). */
export async function insertInApp(db: Db, a: { event: string; key: string; data: Record<string, unknown>; userIds: readonly number[] }) {
  if (a.userIds.length === 0) return [];
  const { rows } = await sql<{ user_id: number }>`
    INSERT INTO notifications (user_id, county_id, event, data, dedupe_key)
    SELECT u.id, u.county_id, ${a.event}, ${JSON.stringify(a.data)}::jsonb, ${a.key}
    FROM users u WHERE u.id = ANY(${[...a.userIds]}::bigint[])
    RETURNING user_id`.execute(db);
  return rows.map((r) => r.user_id);
}

/** `insertInApp` of many people at once, each with their own key and data (a pay run's batch of notices); returns who was notified. */
export async function insertInAppEach(db: Db, event: string, notices: readonly { key: string; userId: number; data: Record<string, unknown> }[]) {
  if (notices.length === 0) return [];
  const { rows } = await sql<{ user_id: number }>`
    INSERT INTO notifications (user_id, county_id, event, data, dedupe_key)
    SELECT u.id, u.county_id, ${event}, x.d, x.k
    FROM unnest(${notices.map((n) => n.userId)}::bigint[], ${notices.map((n) => JSON.stringify(n.data))}::jsonb[], ${notices.map((n) => n.key)}::text[]) AS x(u, d, k)
    JOIN users u ON u.id = x.u
    RETURNING user_id`.execute(db);
  return rows.map((r) => r.user_id);
}

export function listPreferences(db: Db, userId: number) {
  return db.selectFrom('notification_preferences').select(['event', 'channel', 'enabled']).where('user_id', '=', userId).execute();
}

export async function upsertPreferences(db: Db, userId: number, prefs: { event: NotificationEvent; channel: NotificationChannel; enabled: boolean }[]) {
  if (prefs.length === 0) return;
  await db
    .insertInto('notification_preferences')
    .values(prefs.map((p) => ({ user_id: userId, event: p.event, channel: p.channel, enabled: p.enabled })))
    .onConflict((oc) => oc.columns(['user_id', 'event', 'channel']).doUpdateSet({ enabled: sql`excluded.enabled`, updated_at: sql`portal_now()` }))
    .execute();
}

/** The phone texts go to: the one the provider keeps in their profile (issue #4), else the one recorded at enrolment. */
export async function findTextPhone(db: Db, userId: number): Promise<string | null> {
  const { rows } = await sql<{ phone: string | null }>`
    SELECT coalesce((SELECT phone FROM provider_profiles WHERE user_id = ${userId}),
                    (SELECT phone FROM provider_enrolments WHERE user_id = ${userId})) AS phone`.execute(db);
  return rows[0]?.phone ?? null;
}

export async function isEnabled(db: Db, userId: number, event: NotificationEvent, channel: NotificationChannel) {
  const row = await db
    .selectFrom('notification_preferences')
    .select('enabled')
    .where('user_id', '=', userId)
    .where('event', '=', event)
    .where('channel', '=', channel)
    .executeTakeFirst();
  return row?.enabled;
}

export function listNotifications(db: Db, userId: number, limit: number, before?: number) {
  let q = db
    .selectFrom('notifications')
    .select(['id', 'event', 'data', 'created_at', 'read_at'])
    .where('user_id', '=', userId)
    .orderBy('id', 'desc')
    .limit(limit);
  if (before) q = q.where('id', '<', before);
  return q.execute();
}

export async function countUnread(db: Db, userId: number) {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function markRead(db: Db, userId: number, ids: readonly number[] | 'all') {
  let q = db.updateTable('notifications').set({ read_at: sql`portal_now()` }).where('user_id', '=', userId).where('read_at', 'is', null);
  if (ids !== 'all') q = q.where('id', 'in', [...ids]);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

// --- The delivery ledger -------------------------------------------------------------------------------

/** Creates the (event, person, channel) row if missing and locks it until the caller's transaction ends. */
export async function lockDelivery(db: Db, key: string, userId: number, channel: 'email' | 'sms') {
  await db.insertInto('notification_deliveries').values({ dedupe_key: key, user_id: userId, channel }).onConflict((oc) => oc.doNothing()).execute();
  return db
    .selectFrom('notification_deliveries')
    .select(['status', 'message_id', 'sent_at'])
    .where('dedupe_key', '=', key)
    .where('user_id', '=', userId)
    .where('channel', '=', channel)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

export async function settleDelivery(
  db: Db,
  key: string,
  userId: number,
  channel: 'email' | 'sms',
  r: { status: 'sent' | 'skipped'; messageId?: string | null; detail?: string | null; attempts: number },
) {
  await db
    .updateTable('notification_deliveries')
    .set({
      status: r.status,
      message_id: r.messageId ?? null,
      detail: r.detail ?? null,
      attempts: r.attempts,
      sent_at: r.status === 'sent' ? sql`portal_now()` : null,
    })
    .where('dedupe_key', '=', key)
    .where('user_id', '=', userId)
    .where('channel', '=', channel)
    .execute();
}
