import { sql } from 'kysely';
import type { Db } from '../../../db/connection.js';

export function findProfile(db: Db, userId: number) {
  return db.selectFrom('provider_profiles').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** Creates the profile row on first change (a provider enrolled before issue #4 has none). */
export async function upsertProfile(
  db: Db,
  userId: number,
  countyId: number,
  values: { phone?: string; mailing_street?: string; mailing_unit?: string | null; mailing_city?: string; mailing_state?: string; mailing_zip?: string },
) {
  await db
    .insertInto('provider_profiles')
    .values({ user_id: userId, county_id: countyId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ ...values, updated_at: sql`portal_now()` }))
    .execute();
}

export function findPendingEmailChange(db: Db, userId: number, lock = false) {
  const q = db
    .selectFrom('contact_changes')
    .selectAll()
    .select(sql<Date>`portal_now()`.as('now'))
    .where('user_id', '=', userId)
    .where('kind', '=', 'email')
    .where('consumed_at', 'is', null)
    .where('expires_at', '>', sql<Date>`portal_now()`)
    .orderBy('id', 'desc')
    .limit(1);
  return (lock ? q.forUpdate() : q).executeTakeFirst();
}

export async function replacePendingEmailChange(db: Db, userId: number, newValue: string, codeHash: Buffer, minutes: number) {
  await db.updateTable('contact_changes').set({ consumed_at: sql`portal_now()` }).where('user_id', '=', userId).where('consumed_at', 'is', null).execute();
  return db
    .insertInto('contact_changes')
    .values({ user_id: userId, kind: 'email', new_value: newValue, code_hash: codeHash, expires_at: sql`portal_now() + make_interval(mins => ${minutes})` })
    .returning(['id', 'expires_at'])
    .executeTakeFirstOrThrow();
}

export async function countAttempt(db: Db, id: number) {
  const row = await db.updateTable('contact_changes').set((eb) => ({ code_attempts: eb('code_attempts', '+', 1) })).where('id', '=', id).returning('code_attempts').executeTakeFirstOrThrow();
  return row.code_attempts;
}

export async function consume(db: Db, id: number) {
  await db.updateTable('contact_changes').set({ consumed_at: sql`portal_now()` }).where('id', '=', id).execute();
}
