import { sql } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { FactorKind, SessionEndReason, SessionStage } from '../../../db/schema.js';

export async function insertSession(
  db: Db,
  s: {
    idHash: Buffer;
    userId: number;
    idleMinutes: number;
    absoluteMinutes: number;
    ip: string | null;
    userAgent: string | null;
    stage: SessionStage;
    factor: FactorKind | null;
  },
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
      stage: s.stage,
      factor: s.factor,
      authenticated_at: sql`portal_now()`,
    })
    .returning(['created_at', 'last_seen_at', 'expires_at'])
    .executeTakeFirstOrThrow();
}

/**
 * The session with the database's own clock, so every server process judges expiry the same way, and its account
 * (what every signed-in request needs of it) in the same round trip.
 */
export function findSession(db: Db, idHash: Buffer) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id_hash',
      'sessions.user_id',
      'sessions.last_seen_at',
      'sessions.idle_minutes',
      'sessions.expires_at',
      'sessions.ended_at',
      'sessions.stage',
      'sessions.authenticated_at',
      'sessions.factor',
      sql<Date>`portal_now()`.as('now'),
      'users.role',
      'users.login_id',
      'users.county_id',
      'users.first_name',
      'users.last_name',
      'users.preferred_language',
      'users.status',
    ])
    .where('sessions.id_hash', '=', idHash)
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

/**
 * The second step of a sign-in is done: the session is full and gets a new id (the one the password step handed out
 * stops working), so a token seen before the second factor never opens the account. Its absolute limit counts from
 * now, as a session's does from its sign-in.
 */
export async function completeSession(db: Db, idHash: Buffer, newIdHash: Buffer, stage: SessionStage, factor: FactorKind | null) {
  const row = await db
    .updateTable('sessions')
    .set({
      id_hash: newIdHash,
      stage,
      factor,
      authenticated_at: sql`portal_now()`,
      last_seen_at: sql`portal_now()`,
      created_at: sql`portal_now()`,
      expires_at: sql`portal_now() + (expires_at - created_at)`,
    })
    .where('id_hash', '=', idHash)
    .where('ended_at', 'is', null)
    .returning(['user_id', 'last_seen_at', 'expires_at', 'idle_minutes'])
    .executeTakeFirst();
  return row;
}

/** The person proved again who they are (a password or a factor): changes of factors and contacts are open for a while. */
export async function markAuthenticated(db: Db, idHash: Buffer, factor: FactorKind | null) {
  await db
    .updateTable('sessions')
    .set({ authenticated_at: sql`portal_now()`, ...(factor ? { factor } : {}) })
    .where('id_hash', '=', idHash)
    .where('ended_at', 'is', null)
    .execute();
}

/** The account's other open sessions end (a factor reset by the county, say), this one stays. */
export async function endOtherSessions(db: Db, userId: number, keep: Buffer | null, reason: SessionEndReason) {
  let q = db.updateTable('sessions').set({ ended_at: sql`portal_now()`, end_reason: reason }).where('user_id', '=', userId).where('ended_at', 'is', null);
  if (keep) q = q.where('id_hash', '!=', keep);
  const rows = await q.returning('id_hash').execute();
  return rows.length;
}

/**
 * Open, for "Devices and sessions": not ended, and within both the absolute and the idle limit by the database's clock
 * (a session past a limit is closed, with its true reason, only when its cookie next comes back).
 */
const isOpen = sql<boolean>`expires_at > portal_now() AND last_seen_at + make_interval(mins => idle_minutes) > portal_now()`;

/** A session's public id (contracts/sessions.ts SESSION_ID) is the first 8 bytes of its hash. */
const hasIdPrefix = (prefix: Buffer) => sql<boolean>`substring(id_hash from 1 for 8) = ${prefix}`;

/** The person's open, signed-in sessions (one still waiting for its second factor is not signed in), last used first. */
export function listOpenSessions(db: Db, userId: number) {
  return db
    .selectFrom('sessions')
    .select(['id_hash', 'created_at', 'last_seen_at', 'ip', 'user_agent'])
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .where('stage', '!=', 'pending')
    .where(isOpen)
    .orderBy('last_seen_at', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

/**
 * Ends the person's open sessions other than `keep`: the one whose id starts with `prefix`, or every one (a sign-in
 * waiting for its second factor too: its password is known to whoever holds it). Only open ones, so a session that
 * has already run out keeps its true end reason when its cookie comes back.
 */
export async function endOpenSessions(db: Db, userId: number, keep: Buffer, prefix: Buffer | null, reason: SessionEndReason) {
  let q = db
    .updateTable('sessions')
    .set({ ended_at: sql`portal_now()`, end_reason: reason })
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .where('id_hash', '!=', keep)
    .where(isOpen);
  if (prefix) q = q.where(hasIdPrefix(prefix));
  const rows = await q.returning('id_hash').execute();
  return rows.length;
}

/** Joins a session to the known browser it was signed in from (devices feature). */
export async function setSessionDevice(db: Db, idHash: Buffer, deviceId: number) {
  await db.updateTable('sessions').set({ device_id: deviceId }).where('id_hash', '=', idHash).execute();
}
