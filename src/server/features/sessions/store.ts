import { sql } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { SessionEndReason } from '../../../db/schema.js';

export async function insertSession(
  db: Db,
  s: { idHash: Buffer; userId: number; idleMinutes: number; absoluteMinutes: number; ip: string | null; userAgent: string | null },
) {
  return db
    .insertInto('sessions')
    .values({
      id_hash: s.idHash,
      user_id: s.userId,
      idle_minutes: s.idleMinutes,
      expires_at: sql`portal_now() + make_interval(mins => ${s.absoluteMinutes})`,
      ip: s.ip,
      user_agent: s.userAgent?.slice(0, 512) ?? null,
    })
    .returning(['created_at', 'last_seen_at', 'expires_at'])
    .executeTakeFirstOrThrow();
}

/** The session with the database's own clock, so every server process judges expiry the same way. */
export function findSession(db: Db, idHash: Buffer) {
  return db
    .selectFrom('sessions')
    .select([
      'id_hash',
      'user_id',
      'last_seen_at',
      'idle_minutes',
      'expires_at',
      'ended_at',
      sql<Date>`portal_now()`.as('now'),
    ])
    .where('id_hash', '=', idHash)
    .executeTakeFirst();
}

export async function touchSession(db: Db, idHash: Buffer) {
  const row = await db
    .updateTable('sessions')
    .set({ last_seen_at: sql`portal_now()` })
    .where('id_hash', '=', idHash)
    .where('ended_at', 'is', null)
    .returning('last_seen_at')
    .executeTakeFirst();
  return row?.last_seen_at;
}

export async function endSession(db: Db, idHash: Buffer, reason: SessionEndReason) {
  const row = await db
    .updateTable('sessions')
    .set({ ended_at: sql`portal_now()`, end_reason: reason })
    .where('id_hash', '=', idHash)
    .where('ended_at', 'is', null)
    .returning('user_id')
    .executeTakeFirst();
  return row?.user_id;
}

export async function endUserSessions(db: Db, userId: number, reason: SessionEndReason) {
  const rows = await db
    .updateTable('sessions')
    .set({ ended_at: sql`portal_now()`, end_reason: reason })
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .returning('id_hash')
    .execute();
  return rows.length;
}
