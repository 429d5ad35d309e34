import { sql } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { FactorKind, Role } from '../../../db/schema.js';

const userColumns = [
  'users.id',
  'users.role',
  'users.login_id',
  'users.county_id',
  'users.first_name',
  'users.last_name',
  'users.date_of_birth',
  'users.ssn_last4_hmac',
  'users.email',
  'users.email_verified_at',
  'users.password_hash',
  'users.status',
  'users.deactivated_reason',
  'users.preferred_language',
  'users.password_changed_at',
  'users.created_at',
] as const;

export function findUserByLoginId(db: Db, loginId: string, forUpdate = false) {
  const q = db.selectFrom('users').select(userColumns).where('login_id', '=', loginId);
  return (forUpdate ? q.forUpdate() : q).executeTakeFirst();
}

export function findUserById(db: Db, id: number, forUpdate = false) {
  const q = db.selectFrom('users').select(userColumns).where('id', '=', id);
  return (forUpdate ? q.forUpdate() : q).executeTakeFirst();
}

export type UserRow = NonNullable<Awaited<ReturnType<typeof findUserById>>>;

/** Consecutive failures are forgotten this long after the last one, for every ID alike; the sweep deletes such rows. */
const FORGET_AFTER_HOURS = 24;

/** The row's count, or 0 once it is older than FORGET_AFTER_HOURS: the same for a row swept or not yet swept. */
const liveCount = sql<number>`CASE WHEN sign_in_failures.last_failed_at > portal_now() - make_interval(hours => ${FORGET_AFTER_HOURS})
                                   THEN sign_in_failures.failed_attempts ELSE 0 END`;

/**
 * The ID's failure row, created when missing and row-locked for the rest of the transaction, so concurrent
 * attempts on one ID (known or not) are counted one after another.
 */
export function holdSignInFailures(db: Db, loginKey: Buffer) {
  return db
    .insertInto('sign_in_failures')
    .values({ login_key: loginKey })
    .onConflict((oc) => oc.column('login_key').doUpdateSet({ login_key: (eb) => eb.ref('excluded.login_key') }))
    .returning('locked_until')
    .executeTakeFirstOrThrow();
}

/**
 * `holdSignInFailures` and `findUserByLoginId` in one statement, with the account's factor preferences
 * (`factorPreferences`) for the stage the sign-in picks: the sign-in's first round trip holds the ID's row and reads
 * the account, whether there is one or not.
 */
export async function holdSignInFailuresFor(db: Db, loginKey: Buffer, loginId: string) {
  const { locked_until, failed_attempts, last_factor, invite_put_off, ...user } = await db
    .with('held', (q) =>
      q
        .insertInto('sign_in_failures')
        .values({ login_key: loginKey })
        .onConflict((oc) => oc.column('login_key').doUpdateSet({ login_key: (eb) => eb.ref('excluded.login_key') }))
        .returning(['locked_until', liveCount.as('failed_attempts')]),
    )
    .selectFrom('held')
    .leftJoin('users', (join) => join.on('users.login_id', '=', loginId))
    .select(['held.locked_until', 'held.failed_attempts', 'users.last_factor', sql<boolean>`coalesce(users.factor_invite_after > portal_now(), false)`.as('invite_put_off'), ...userColumns])
    .executeTakeFirstOrThrow();
  return {
    failures: { locked_until, failed_attempts },
    user: user.id === null ? undefined : (user as UserRow),
    factorPreferences: { last_factor, invite_put_off },
  };
}

export function readSignInFailures(db: Db, loginKey: Buffer) {
  return db
    .selectFrom('sign_in_failures')
    .select([liveCount.as('failed_attempts'), 'locked_until'])
    .where('login_key', '=', loginKey)
    .executeTakeFirst();
}

/** One more failure; at the threshold the ID locks for the given time and its count starts again. */
export async function recordFailedAttempt(db: Db, loginKey: Buffer, threshold: number, lockoutMinutes: number) {
  return db
    .updateTable('sign_in_failures')
    .set({
      failed_attempts: sql`CASE WHEN ${liveCount} + 1 >= ${threshold} THEN 0 ELSE ${liveCount} + 1 END`,
      locked_until: sql`CASE WHEN ${liveCount} + 1 >= ${threshold}
                             THEN portal_now() + make_interval(mins => ${lockoutMinutes}) ELSE locked_until END`,
      last_failed_at: sql`portal_now()`,
    })
    .where('login_key', '=', loginKey)
    .returning(['failed_attempts', 'locked_until'])
    .executeTakeFirstOrThrow();
}

export async function clearFailures(db: Db, loginKey: Buffer) {
  await db.deleteFrom('sign_in_failures').where('login_key', '=', loginKey).execute();
}

/** Rows that no longer count (no lock in force, last failure forgotten): deleting them changes no answer. */
export async function sweepSignInFailures(db: Db) {
  const { numDeletedRows } = await db
    .deleteFrom('sign_in_failures')
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', sql<Date>`portal_now()`)]))
    .where((eb) =>
      eb.or([eb('last_failed_at', 'is', null), eb('last_failed_at', '<=', sql<Date>`portal_now() - make_interval(hours => ${FORGET_AFTER_HOURS})`)]),
    )
    .executeTakeFirst();
  return Number(numDeletedRows);
}

export async function setPassword(db: Db, userId: number, passwordHash: string) {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, password_changed_at: sql`portal_now()` })
    .where('id', '=', userId)
    .execute();
}

export async function setVerifiedEmail(db: Db, userId: number, email: string) {
  await db.updateTable('users').set({ email, email_verified_at: sql`portal_now()` }).where('id', '=', userId).execute();
}

export async function replaceSecurityAnswers(db: Db, userId: number, answers: { questionId: string; answerHash: string }[]) {
  await db.deleteFrom('security_answers').where('user_id', '=', userId).execute();
  if (answers.length === 0) return;
  await db
    .insertInto('security_answers')
    .values(answers.map((a, i) => ({ user_id: userId, position: i + 1, question_id: a.questionId, answer_hash: a.answerHash })))
    .execute();
}

export function listSecurityAnswers(db: Db, userId: number) {
  return db
    .selectFrom('security_answers')
    .select(['position', 'question_id', 'answer_hash'])
    .where('user_id', '=', userId)
    .orderBy('position')
    .execute();
}

export interface NewUser {
  role: Role;
  loginId: string;
  countyId: number | null;
  firstName: string;
  lastName: string;
  dateOfBirth?: string | null;
  ssnLast4Hmac?: Buffer | null;
  email?: string | null;
  emailVerified?: boolean;
  passwordHash?: string | null;
  preferredLanguage?: string;
}

export async function insertUser(db: Db, u: NewUser) {
  const row = await db
    .insertInto('users')
    .values({
      role: u.role,
      login_id: u.loginId,
      county_id: u.countyId,
      first_name: u.firstName,
      last_name: u.lastName,
      date_of_birth: u.dateOfBirth ?? null,
      ssn_last4_hmac: u.ssnLast4Hmac ?? null,
      email: u.email ?? null,
      email_verified_at: u.emailVerified ? sql`portal_now()` : null,
      password_hash: u.passwordHash ?? null,
      password_changed_at: u.passwordHash ? sql`portal_now()` : null,
      ...(u.preferredLanguage ? { preferred_language: u.preferredLanguage } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function setStatus(db: Db, userId: number, status: 'active' | 'deactivated', reason: string | null) {
  await db.updateTable('users').set({ status, deactivated_reason: reason }).where('id', '=', userId).execute();
}

export function listStaff(db: Db, role: 'county_worker' | 'county_admin', countyId?: number) {
  let q = db
    .selectFrom('users')
    .innerJoin('counties', 'counties.id', 'users.county_id')
    .select([
      'users.id',
      'users.login_id',
      'users.first_name',
      'users.last_name',
      'users.email',
      'users.status',
      'users.deactivated_reason',
      'users.email_verified_at',
      'users.created_at',
      'counties.id as county_code',
      'counties.slug as county_slug',
      'counties.name as county_name',
    ])
    .where('users.role', '=', role)
    .orderBy('counties.name')
    .orderBy('users.last_name');
  if (countyId !== undefined) q = q.where('users.county_id', '=', countyId);
  return q.execute();
}

/** The language of the portal's mail and texts is the account's (issue #2); the profile screen changes it. */
export async function setPreferredLanguage(db: Db, userId: number, language: string) {
  await db.updateTable('users').set({ preferred_language: language }).where('id', '=', userId).execute();
}

/** Active county workers and admins of a county (the staff side of a message thread). */
export function listActiveStaffIds(db: Db, countyId: number) {
  return db
    .selectFrom('users')
    .select('id')
    .where('county_id', '=', countyId)
    .where('role', 'in', ['county_worker', 'county_admin'])
    .where('status', '=', 'active')
    .execute();
}

// --- What the account keeps of its second factors (issue #14; the factors themselves are the second-factors feature's) ---

export async function setLastFactor(db: Db, userId: number, factor: FactorKind | null) {
  await db.updateTable('users').set({ last_factor: factor }).where('id', '=', userId).execute();
}

export async function putOffFactorInvite(db: Db, userId: number, days: number | null) {
  await db
    .updateTable('users')
    .set({ factor_invite_after: days === null ? null : sql<Date>`portal_now() + make_interval(days => ${days})` })
    .where('id', '=', userId)
    .execute();
}

/** The factor used last, and whether the invitation to add one is put off for now. */
export function factorPreferences(db: Db, userId: number) {
  return db
    .selectFrom('users')
    .select(['last_factor', sql<boolean>`coalesce(factor_invite_after > portal_now(), false)`.as('invite_put_off')])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
}
