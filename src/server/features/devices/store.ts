import { sql } from 'kysely';
import type { Db } from '../../../db/connection.js';

/**
 * The browser's row for this account, made if the account has not seen it yet; `inserted` tells which. One statement,
 * so two sign-ins from the same new browser at once make one row.
 */
export async function findOrAddDevice(db: Db, userId: number, tokenHash: Buffer) {
  return db
    .insertInto('known_devices')
    .values({ user_id: userId, token_hash: tokenHash, first_seen_at: sql`portal_now()`, last_seen_at: sql`portal_now()` })
    .onConflict((oc) => oc.columns(['user_id', 'token_hash']).doUpdateSet({ last_seen_at: sql`portal_now()` }))
    .returning(['id', sql<boolean>`xmax = 0`.as('inserted')])
    .executeTakeFirstOrThrow();
}

/** Whether the account knows a browser other than this one. */
export async function knowsOtherDevice(db: Db, userId: number, deviceId: number): Promise<boolean> {
  const row = await db.selectFrom('known_devices').select('id').where('user_id', '=', userId).where('id', '!=', deviceId).limit(1).executeTakeFirst();
  return row !== undefined;
}
