import type { Client } from '../../lib/client.js';
import type { StaffAccountView } from '../../../contracts/staff.js';
import type { Db } from '../../../db/connection.js';
import { publishLive } from '../../../jobs/pubsub.js';
import { hmac } from '../../lib/tokens.js';
import { AppError, forbidden, notFound } from '../../errors.js';
import { recordAudit, type AuditEvent } from '../audit/service.js';
import { signInHistory } from '../audit/sign-in-history.js';
import { findCountyById } from '../counties/service.js';
import { endUserSessions } from '../sessions/service.js';
import * as store from './store.js';

export type { UserRow, NewUser } from './store.js';
export {
  findUserByLoginId,
  findUserById,
  holdSignInFailures,
  holdSignInFailuresFor,
  recordFailedAttempt,
  clearFailures,
  sweepSignInFailures,
  setPassword,
  setVerifiedEmail,
  replaceSecurityAnswers,
  listSecurityAnswers,
  insertUser,
  setPreferredLanguage,
  listActiveStaffIds,
  setLastFactor,
  putOffFactorInvite,
  factorPreferences,
} from './store.js';

/** Keeps a person's language on their account, for their mail and texts; a no-op when it is already theirs. */
export async function setAccountLanguage(db: Db, userId: number, language: string, client: Client) {
  await db.transaction().execute(async (trx) => {
    const user = await store.findUserById(trx, userId, true);
    if (!user) throw notFound();
    if (user.preferred_language === language) return;
    await store.setPreferredLanguage(trx, userId, language);
    await recordAudit(trx, { ...client, action: 'account.language_changed', outcome: 'success', actorUserId: userId, subjectUserId: userId, countyId: user.county_id, details: { from: user.preferred_language, to: language } });
  });
}

/** The last 4 of an SSN are kept only as an HMAC under the server's data key, never as digits. */
export function ssnLast4Hmac(dataKey: Buffer, last4: string): Buffer {
  return hmac(dataKey, `ssn-last4:${last4}`);
}

/**
 * Whether the owner has chosen a password: an account created with a random secret nobody knows (a county admin,
 * a recipient created by the county) has `password_changed_at` equal to its creation until its owner sets one.
 */
export function hasChosenPassword(user: Pick<store.UserRow, 'password_hash' | 'password_changed_at' | 'created_at'>): boolean {
  return user.password_hash !== null && user.password_changed_at !== null && user.password_changed_at > user.created_at;
}

/**
 * The key that failed sign-ins are counted under: an HMAC of the ID (already normalised by the contracts, as
 * login_id is stored), so an attempted ID that belongs to nobody is counted, and locked, like a real one
 * without being kept in the clear.
 */
export function signInKey(dataKey: Buffer, loginId: string): Buffer {
  return hmac(dataKey, `sign-in-id:${loginId}`);
}

export function isLocked(failures: { locked_until: Date | null } | undefined, now: Date): boolean {
  return !!failures?.locked_until && failures.locked_until > now;
}

export interface StaffViewer {
  id: number;
  role: 'county_worker' | 'county_admin' | 'state_admin';
  countyId: number | null;
}

/**
 * Staff see accounts of their own county only; a state admin sees all. An account in another county
 * answers "not found", exactly like an unknown one.
 */
export async function findForStaff(db: Db, viewer: StaffViewer, loginId: string, forUpdate = false) {
  const user = await store.findUserByLoginId(db, loginId, forUpdate);
  if (!user) throw notFound();
  if (viewer.role !== 'state_admin' && user.county_id !== viewer.countyId) throw notFound();
  if (viewer.role === 'county_worker' && !['provider', 'recipient'].includes(user.role)) throw notFound();
  return user;
}

export async function viewAccount(db: Db, dataKey: Buffer, viewer: StaffViewer, loginId: string, now: Date): Promise<StaffAccountView> {
  const user = await findForStaff(db, viewer, loginId);
  const county = user.county_id === null ? null : await findCountyById(db, user.county_id);
  const failures = await store.readSignInFailures(db, signInKey(dataKey, user.login_id));
  return {
    id: user.id,
    loginId: user.login_id,
    role: user.role,
    firstName: user.first_name,
    lastName: user.last_name,
    county: county ? { slug: county.slug, name: county.name } : null,
    status: user.status,
    deactivatedReason: user.status === 'deactivated' ? user.deactivated_reason : null,
    setUp: user.password_hash !== null,
    failedAttempts: failures?.failed_attempts ?? 0,
    lockedUntil: isLocked(failures, now) ? failures!.locked_until!.toISOString() : null,
  };
}

export async function unlockAccount(
  db: Db,
  dataKey: Buffer,
  viewer: StaffViewer,
  loginId: string,
  audit: Pick<AuditEvent, 'ip' | 'userAgent'>,
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const user = await findForStaff(trx, viewer, loginId, true);
    const key = signInKey(dataKey, user.login_id);
    const wasLocked = isLocked(await store.holdSignInFailures(trx, key), now);
    await store.clearFailures(trx, key);
    await recordAudit(trx, {
      ...audit,
      action: 'account.unlocked',
      outcome: 'success',
      actorUserId: viewer.id,
      subjectUserId: user.id,
      countyId: user.county_id,
      details: { wasLocked, by: 'staff' },
    });
  });
}

/** Deactivating or reinstating an administrator's account is the state admin's call (issue #6). */
function mayChangeStatus(viewer: StaffViewer, user: store.UserRow) {
  if (user.id === viewer.id) throw new AppError(400, 'cannotChangeOwnAccount');
  if ((user.role === 'county_admin' || user.role === 'state_admin') && viewer.role !== 'state_admin') throw forbidden();
}

/**
 * Deactivates an account of the staff member's county with a reason the person will see if they try to
 * sign in, ends all of its sessions at once (and any live stream), and records who did it and why.
 */
export async function deactivateAccount(db: Db, viewer: StaffViewer, loginId: string, reason: string, audit: Pick<AuditEvent, 'ip' | 'userAgent'>) {
  await db.transaction().execute(async (trx) => {
    const user = await findForStaff(trx, viewer, loginId, true);
    mayChangeStatus(viewer, user);
    if (user.status === 'deactivated') throw new AppError(400, 'alreadyDeactivated');
    await store.setStatus(trx, user.id, 'deactivated', reason);
    const ended = await endUserSessions(trx, user.id, 'deactivated');
    await recordAudit(trx, {
      ...audit,
      action: 'account.deactivated',
      outcome: 'success',
      actorUserId: viewer.id,
      subjectUserId: user.id,
      countyId: user.county_id,
      details: { reason, sessionsEnded: ended },
    });
    await publishLive(trx, { kind: 'signedOut', users: [user.id] });
  });
}

export async function reinstateAccount(db: Db, viewer: StaffViewer, loginId: string, audit: Pick<AuditEvent, 'ip' | 'userAgent'>) {
  await db.transaction().execute(async (trx) => {
    const user = await findForStaff(trx, viewer, loginId, true);
    mayChangeStatus(viewer, user);
    if (user.status === 'active') throw new AppError(400, 'notDeactivated');
    await store.setStatus(trx, user.id, 'active', null);
    await recordAudit(trx, {
      ...audit,
      action: 'account.reinstated',
      outcome: 'success',
      actorUserId: viewer.id,
      subjectUserId: user.id,
      countyId: user.county_id,
      details: { previousReason: user.deactivated_reason },
    });
  });
}

/** A person's sign-in history for staff of their county; the reading itself is audited. */
export async function staffSignInHistory(db: Db, viewer: StaffViewer, loginId: string, audit: Pick<AuditEvent, 'ip' | 'userAgent'>) {
  const user = await findForStaff(db, viewer, loginId);
  await recordAudit(db, { ...audit, action: 'account.history_viewed', outcome: 'success', actorUserId: viewer.id, subjectUserId: user.id, countyId: user.county_id });
  return signInHistory(db, user.id);
}

/** Staff accounts of one role in a county (or all counties), for the state admin's list of county admins. */
export const listStaff = store.listStaff;
