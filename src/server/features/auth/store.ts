import { sql } from 'kysely';
import type { Db } from '../../../db/connection.js';

export async function insertFlow(
  db: Db,
  f: { tokenHash: Buffer; purpose: 'setup' | 'reset'; userId: number | null; minutes: number; email?: string | null },
) {
  await db
    .insertInto('auth_flows')
    .values({
      token_hash: f.tokenHash,
      purpose: f.purpose,
      user_id: f.userId,
      email: f.email ?? null,
      expires_at: sql`portal_now() + make_interval(mins => ${f.minutes})`,
    })
    .execute();
}

/** A live flow: not consumed, not expired, locked for the rest of the transaction. */
export function findLiveFlow(db: Db, tokenHash: Buffer, purpose: 'setup' | 'reset') {
  return db
    .selectFrom('auth_flows')
    .selectAll()
    .select(sql<Date>`portal_now()`.as('now'))
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .where('consumed_at', 'is', null)
    .where('expires_at', '>', sql<Date>`portal_now()`)
    .forUpdate()
    .executeTakeFirst();
}

export type FlowRow = NonNullable<Awaited<ReturnType<typeof findLiveFlow>>>;

export async function setFlowCode(db: Db, tokenHash: Buffer, codeHash: Buffer | null, minutes: number, email?: string) {
  await db
    .updateTable('auth_flows')
    .set({
      code_hash: codeHash,
      code_expires_at: sql`portal_now() + make_interval(mins => ${minutes})`,
      code_attempts: 0,
      codes_sent: sql`codes_sent + 1`,
      ...(email === undefined ? {} : { email, verified_at: null, verified_by: null }),
    })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function countFlowAttempt(db: Db, tokenHash: Buffer) {
  const row = await db
    .updateTable('auth_flows')
    .set({ code_attempts: sql`code_attempts + 1` })
    .where('token_hash', '=', tokenHash)
    .returning('code_attempts')
    .executeTakeFirstOrThrow();
  return row.code_attempts;
}

export async function markFlowVerified(db: Db, tokenHash: Buffer, by: 'email_code' | 'security_questions') {
  await db
    .updateTable('auth_flows')
    .set({ verified_at: sql`portal_now()`, verified_by: by, code_hash: null })
    .where('token_hash', '=', tokenHash)
    .execute();
}

/** Other open flows of the same person end when one succeeds: an old reset code must not work later. */
export async function consumeUserFlows(db: Db, userId: number) {
  await db
    .updateTable('auth_flows')
    .set({ consumed_at: sql`portal_now()` })
    .where('user_id', '=', userId)
    .where('consumed_at', 'is', null)
    .execute();
}
