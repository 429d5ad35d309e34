import { sql } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { ChallengePurpose } from '../../../db/schema.js';

// --- Passkeys --------------------------------------------------------------------------------------------

export function listPasskeys(db: Db, userId: number) {
  return db
    .selectFrom('passkeys')
    .select(['id', 'credential_id', 'public_key', 'sign_count', 'transports', 'name', 'created_at', 'last_used_at'])
    .where('user_id', '=', userId)
    .orderBy('id')
    .execute();
}

export function findPasskeyByCredential(db: Db, credentialId: Buffer) {
  return db
    .selectFrom('passkeys')
    .select(['id', 'user_id', 'credential_id', 'public_key', 'sign_count', 'transports'])
    .where('credential_id', '=', credentialId)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertPasskey(
  db: Db,
  p: { userId: number; credentialId: Buffer; publicKey: Buffer; signCount: number; transports: string[]; name: string },
) {
  await db
    .insertInto('passkeys')
    .values({ user_id: p.userId, credential_id: p.credentialId, public_key: p.publicKey, sign_count: p.signCount, transports: p.transports, name: p.name })
    .execute();
}

export async function usePasskey(db: Db, id: number, signCount: number) {
  await db.updateTable('passkeys').set({ sign_count: signCount, last_used_at: sql`portal_now()` }).where('id', '=', id).execute();
}

export async function deletePasskey(db: Db, userId: number, id: number) {
  const row = await db.deleteFrom('passkeys').where('user_id', '=', userId).where('id', '=', id).returning('name').executeTakeFirst();
  return row?.name;
}

// --- Authenticator app -----------------------------------------------------------------------------------

export function findTotp(db: Db, userId: number, lock = false) {
  let q = db.selectFrom('totp_factors').select(['secret_enc', 'confirmed_at', 'last_step', 'created_at']).where('user_id', '=', userId);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** A new key waits, unconfirmed, for its first code; it replaces an unconfirmed one, never a confirmed one. */
export async function putUnconfirmedTotp(db: Db, userId: number, secretEnc: Buffer) {
  const row = await db
    .insertInto('totp_factors')
    .values({ user_id: userId, secret_enc: secretEnc })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ secret_enc: secretEnc, created_at: sql`portal_now()`, last_step: null }).where('totp_factors.confirmed_at', 'is', null))
    .returning('user_id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function acceptTotpStep(db: Db, userId: number, step: number, confirm: boolean) {
  await db
    .updateTable('totp_factors')
    .set({ last_step: step, ...(confirm ? { confirmed_at: sql`portal_now()` } : {}) })
    .where('user_id', '=', userId)
    .execute();
}

export async function deleteTotp(db: Db, userId: number) {
  const rows = await db.deleteFrom('totp_factors').where('user_id', '=', userId).returning('confirmed_at').execute();
  return rows.some((r) => r.confirmed_at !== null);
}

// --- Text messages ---------------------------------------------------------------------------------------

export function findSms(db: Db, userId: number) {
  return db.selectFrom('sms_factors').select(['phone', 'verified_at', 'created_at']).where('user_id', '=', userId).executeTakeFirst();
}

export async function putVerifiedSms(db: Db, userId: number, phone: string) {
  await db
    .insertInto('sms_factors')
    .values({ user_id: userId, phone, verified_at: sql`portal_now()` })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ phone, verified_at: sql`portal_now()`, created_at: sql`portal_now()` }))
    .execute();
}

export async function deleteSms(db: Db, userId: number) {
  const rows = await db.deleteFrom('sms_factors').where('user_id', '=', userId).returning('phone').execute();
  return rows.length > 0;
}

// --- Recovery codes --------------------------------------------------------------------------------------

export async function replaceRecoveryCodes(db: Db, userId: number, hashes: Buffer[]) {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  const rows = await db
    .insertInto('recovery_codes')
    .values(hashes.map((code_hash) => ({ user_id: userId, code_hash })))
    .returning('created_at')
    .execute();
  return rows[0]!.created_at;
}

/** Marks one unused code used; false when no unused code has that hash (wrong, or used before). */
export async function useRecoveryCode(db: Db, userId: number, hash: Buffer) {
  const row = await db
    .updateTable('recovery_codes')
    .set({ used_at: sql`portal_now()` })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hash)
    .where('used_at', 'is', null)
    .returning('user_id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function recoveryCodeCounts(db: Db, userId: number) {
  const row = await db
    .selectFrom('recovery_codes')
    .select([sql<number>`count(*) FILTER (WHERE used_at IS NULL)::int`.as('remaining'), sql<Date | null>`min(created_at)`.as('created_at')])
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return row.created_at === null ? null : { remaining: row.remaining, createdAt: row.created_at };
}

// --- Challenges (texted codes and passkey ceremonies) --------------------------------------------------------

export async function insertChallenge(
  db: Db,
  c: { userId: number | null; purpose: ChallengePurpose; secret: Buffer; phone?: string | null; minutes: number },
) {
  // One live challenge per person and purpose: asking again replaces the last (a passkey sign-in has no person yet).
  if (c.userId !== null) {
    await db
      .updateTable('factor_challenges')
      .set({ consumed_at: sql`portal_now()` })
      .where('user_id', '=', c.userId)
      .where('purpose', '=', c.purpose)
      .where('consumed_at', 'is', null)
      .execute();
  }
  const row = await db
    .insertInto('factor_challenges')
    .values({ user_id: c.userId, purpose: c.purpose, secret: c.secret, phone: c.phone ?? null, expires_at: sql`portal_now() + make_interval(mins => ${c.minutes})` })
    .returning(['id', 'expires_at'])
    .executeTakeFirstOrThrow();
  return row;
}

/** The live challenge, locked for the attempt: unconsumed, unexpired, under the tries limit. */
export function findLiveChallenge(db: Db, where: { id?: number; userId: number | null; purpose: ChallengePurpose }) {
  let q = db
    .selectFrom('factor_challenges')
    .select(['id', 'user_id', 'secret', 'phone', 'attempts'])
    .where('purpose', '=', where.purpose)
    .where('consumed_at', 'is', null)
    .where('expires_at', '>', sql<Date>`portal_now()`);
  q = where.userId === null ? q.where('user_id', 'is', null) : q.where('user_id', '=', where.userId);
  if (where.id !== undefined) q = q.where('id', '=', where.id);
  return q.orderBy('id', 'desc').limit(1).forUpdate().executeTakeFirst();
}

export async function consumeChallenge(db: Db, id: number) {
  await db.updateTable('factor_challenges').set({ consumed_at: sql`portal_now()` }).where('id', '=', id).execute();
}

export async function countChallengeAttempt(db: Db, id: number) {
  const row = await db
    .updateTable('factor_challenges')
    .set({ attempts: sql`attempts + 1` })
    .where('id', '=', id)
    .returning('attempts')
    .executeTakeFirstOrThrow();
  return row.attempts;
}

/** Challenges answered or run out are of no use: dropped with the hourly sweep of sign-in rows. */
export async function sweepChallenges(db: Db) {
  await db.deleteFrom('factor_challenges').where('expires_at', '<', sql<Date>`portal_now() - interval '1 day'`).execute();
}

// --- The account's factors in one read -------------------------------------------------------------------

export function factorFacts(db: Db, userId: number) {
  return db
    .selectNoFrom([
      sql<boolean>`EXISTS (SELECT 1 FROM passkeys WHERE user_id = ${userId})`.as('has_passkey'),
      sql<boolean>`EXISTS (SELECT 1 FROM totp_factors WHERE user_id = ${userId} AND confirmed_at IS NOT NULL)`.as('has_totp'),
      sql<boolean>`EXISTS (SELECT 1 FROM sms_factors WHERE user_id = ${userId} AND verified_at IS NOT NULL)`.as('has_sms'),
      sql<boolean>`EXISTS (SELECT 1 FROM recovery_codes WHERE user_id = ${userId} AND used_at IS NULL)`.as('has_recovery_codes'),
    ])
    .executeTakeFirstOrThrow();
}

/** Everything that signs in as a second factor goes: the county's reset after the person proved who they are. */
export async function deleteAllFactors(db: Db, userId: number) {
  const passkeys = await db.deleteFrom('passkeys').where('user_id', '=', userId).executeTakeFirst();
  await db.deleteFrom('totp_factors').where('user_id', '=', userId).execute();
  await db.deleteFrom('sms_factors').where('user_id', '=', userId).execute();
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db.updateTable('factor_challenges').set({ consumed_at: sql`portal_now()` }).where('user_id', '=', userId).where('consumed_at', 'is', null).execute();
  return Number(passkeys.numDeletedRows);
}
