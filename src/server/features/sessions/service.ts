import type { Db } from '../../../db/connection.js';
import type { FactorKind, SessionEndReason, SessionStage } from '../../../db/schema.js';
import { newToken, sha256 } from '../../lib/tokens.js';
import type { SecurityPolicy } from '../counties/service.js';
import type { ClientDescription, SessionList } from '../../../contracts/sessions.js';
import { AppError, notFound } from '../../errors.js';
import type { Client } from '../../lib/client.js';
import { recordAudit } from '../audit/service.js';
import { placeOf } from './network.js';
import * as store from './store.js';
import { parseUserAgent } from '../../lib/user-agent.js';

export { endUserSessions, endOtherSessions, markAuthenticated } from './store.js';

/** Activity refreshes the idle clock at most this often, to spare a write on every request. */
const TOUCH_EVERY_MS = 10_000;

export interface StartedSession {
  token: string;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
}

/** A new random 256-bit id at every sign-in; only its hash is stored. */
export async function startSession(
  db: Db,
  userId: number,
  policy: SecurityPolicy,
  client: { ip: string | null; userAgent: string | null },
  stage: SessionStage = 'full',
  factor: FactorKind | null = null,
): Promise<StartedSession> {
  const token = newToken();
  const row = await store.insertSession(db, {
    idHash: sha256(token),
    userId,
    idleMinutes: policy.idleTimeoutMinutes,
    absoluteMinutes: policy.absoluteTimeoutMinutes,
    ...client,
    stage,
    factor,
  });
  return {
    token,
    idleExpiresAt: new Date(row.last_seen_at.getTime() + policy.idleTimeoutMinutes * 60_000),
    absoluteExpiresAt: row.expires_at,
  };
}

export interface ActiveSession {
  state: 'active';
  idHash: Buffer;
  userId: number;
  idleMinutes: number;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
  /** `pending`: waiting for the second factor; `enrol`: a factor must be added first; `full`: signed in. */
  stage: SessionStage;
  /** When the person last proved who they are in this session (a password or a factor). */
  authenticatedAt: Date;
  factor: FactorKind | null;
  /** The account, read with the session: the plugin checks its status and builds the request's viewer from it. */
  user: SessionUser;
}

export type SessionUser = Pick<NonNullable<Awaited<ReturnType<typeof store.findSession>>>, 'role' | 'login_id' | 'county_id' | 'first_name' | 'last_name' | 'preferred_language' | 'status'>;

export type ResolvedSession =
  | ActiveSession
  | { state: 'ended'; userId: number; reason: 'idle' | 'expired' | 'gone' }
  | { state: 'none' };

/**
 * Looks a cookie's token up and applies the idle and absolute timeouts. A session that has just run out
 * is closed here, so its end is recorded once with its reason.
 */
export async function resolveSession(db: Db, token: string | undefined, touch: boolean): Promise<ResolvedSession> {
  if (!token || token.length > 100) return { state: 'none' };
  const idHash = sha256(token);
  const s = await store.findSession(db, idHash);
  if (!s) return { state: 'none' };
  if (s.ended_at) return { state: 'ended', userId: s.user_id, reason: 'gone' };
  const now = s.now.getTime();
  const idleDeadline = s.last_seen_at.getTime() + s.idle_minutes * 60_000;
  if (now >= s.expires_at.getTime() || now >= idleDeadline) {
    const reason = now >= s.expires_at.getTime() ? 'expired' : 'idle';
    const closed = await store.endSession(db, idHash, reason);
    return { state: 'ended', userId: s.user_id, reason: closed === undefined ? 'gone' : reason };
  }
  let lastSeen = s.last_seen_at;
  if (touch && now - lastSeen.getTime() >= TOUCH_EVERY_MS) {
    lastSeen = (await store.touchSession(db, idHash)) ?? lastSeen;
  }
  return {
    state: 'active',
    idHash,
    userId: s.user_id,
    idleMinutes: s.idle_minutes,
    idleExpiresAt: new Date(lastSeen.getTime() + s.idle_minutes * 60_000),
    absoluteExpiresAt: s.expires_at,
    stage: s.stage,
    authenticatedAt: s.authenticated_at,
    factor: s.factor,
    user: { role: s.role, login_id: s.login_id, county_id: s.county_id, first_name: s.first_name, last_name: s.last_name, preferred_language: s.preferred_language, status: s.status },
  };
}

/**
 * Finishes a session's sign-in (the second factor given, or the first factor added): a new token replaces the one the
 * password step handed out. Undefined when the session ended meanwhile.
 */
export async function completeSignIn(db: Db, idHash: Buffer, stage: SessionStage, factor: FactorKind | null): Promise<StartedSession | undefined> {
  const token = newToken();
  const row = await store.completeSession(db, idHash, sha256(token), stage, factor);
  if (!row) return undefined;
  return { token, idleExpiresAt: new Date(row.last_seen_at.getTime() + row.idle_minutes * 60_000), absoluteExpiresAt: row.expires_at };
}

export async function endSession(db: Db, idHash: Buffer, reason: SessionEndReason) {
  return store.endSession(db, idHash, reason);
}

// --- Devices and sessions (issue #14) ------------------------------------------------------------------------

/** A browser and its network in the words each language gives them (contracts/sessions.ts): for the list and notices. */
export function describeClient(client: { ip: string | null; userAgent: string | null }): ClientDescription {
  return { ...parseUserAgent(client.userAgent), ...placeOf(client.ip) };
}

/** The public id of a session (contracts/sessions.ts SESSION_ID explains why it gives nothing away). */
export const publicSessionId = (idHash: Buffer) => idHash.subarray(0, 8).toString('hex');

/** The person's own open sessions only: the user comes from their session, never from the request. */
export async function listMySessions(db: Db, userId: number, currentIdHash: Buffer): Promise<SessionList> {
  const rows = await store.listOpenSessions(db, userId);
  return {
    sessions: rows.map((r) => ({
      id: publicSessionId(r.id_hash),
      current: r.id_hash.equals(currentIdHash),
      ...describeClient({ ip: r.ip, userAgent: r.user_agent }),
      signedInAt: r.created_at.toISOString(),
      lastUsedAt: r.last_seen_at.toISOString(),
    })),
  };
}

export interface SessionOwner {
  userId: number;
  countyId: number | null;
  /** The session making the request: never ended here, as "Sign out" is the way to end it. */
  currentIdHash: Buffer;
}

const signedOutElsewhere = (owner: SessionOwner, client: Client, outcome: 'success' | 'denied', details: Record<string, unknown>) => ({
  action: 'session.signed_out_elsewhere',
  outcome,
  actorUserId: owner.userId,
  subjectUserId: owner.userId,
  countyId: owner.countyId,
  ip: client.ip,
  userAgent: client.userAgent,
  details,
});

/**
 * Signs out one of the person's other sessions. Another person's session, or one already ended, is "not found" (and
 * the attempt audited), so the answer tells nobody whether an id exists.
 */
export async function signOutSession(db: Db, owner: SessionOwner, id: string, client: Client): Promise<void> {
  if (id === publicSessionId(owner.currentIdHash)) throw new AppError(409, 'sessionIsCurrent');
  const ended = await db.transaction().execute(async (trx) => {
    const n = await store.endOpenSessions(trx, owner.userId, owner.currentIdHash, Buffer.from(id, 'hex'), 'signed_out_elsewhere');
    await recordAudit(trx, signedOutElsewhere(owner, client, n > 0 ? 'success' : 'denied', { scope: 'one', session: id, ended: n }));
    return n;
  });
  // Thrown once the transaction has committed, so the refusal's audit row stays.
  if (ended === 0) throw notFound();
}

/** Signs out every session of the person but this one; how many were open is the answer. */
export async function signOutOtherSessions(db: Db, owner: SessionOwner, client: Client): Promise<{ ended: number }> {
  return db.transaction().execute(async (trx) => {
    const ended = await store.endOpenSessions(trx, owner.userId, owner.currentIdHash, null, 'signed_out_elsewhere');
    await recordAudit(trx, signedOutElsewhere(owner, client, 'success', { scope: 'others', ended }));
    return { ended };
  });
}

/** Joins a session to the known browser it was signed in from (the devices feature keeps those). */
export async function attachDevice(db: Db, idHash: Buffer, deviceId: number): Promise<void> {
  await store.setSessionDevice(db, idHash, deviceId);
}
