import type { Db } from '../../../db/connection.js';
import type { SessionEndReason } from '../../../db/schema.js';
import { newToken, sha256 } from '../../lib/tokens.js';
import type { SecurityPolicy } from '../counties/service.js';
import * as store from './store.js';

export { endUserSessions } from './store.js';

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
): Promise<StartedSession> {
  const token = newToken();
  const row = await store.insertSession(db, {
    idHash: sha256(token),
    userId,
    idleMinutes: policy.idleTimeoutMinutes,
    absoluteMinutes: policy.absoluteTimeoutMinutes,
    ...client,
  });
  return {
    token,
    idleExpiresAt: new Date(row.last_seen_at.getTime() + policy.idleTimeoutMinutes * 60_000),
    absoluteExpiresAt: row.expires_at,
  };
}

export type ResolvedSession =
  | { state: 'active'; idHash: Buffer; userId: number; idleMinutes: number; idleExpiresAt: Date; absoluteExpiresAt: Date }
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
  };
}

export async function endSession(db: Db, idHash: Buffer, reason: SessionEndReason) {
  return store.endSession(db, idHash, reason);
}
