import { sql } from 'kysely';
import type { Db } from '../../../db/connection.js';

/**
 * The county-settings feature is the one writer of a county's editable columns; the counties feature reads
 * them for every page and sign-in, so a change takes effect on the next request in every process.
 */
export async function updateCounty(
  db: Db,
  countyId: number,
  values: Partial<{
    help_phone: string | null;
    help_email: string | null;
    help_hours: string | null;
    lockout_threshold: number;
    lockout_minutes: number;
    idle_timeout_minutes: number;
    absolute_timeout_minutes: number;
    security_questions_allowed: boolean;
    require_second_factor: boolean;
    languages: string[];
    random_hold_per_mille: number;
  }>,
) {
  await db
    .updateTable('counties')
    .set({ ...values, updated_at: sql`portal_now()` })
    .where('id', '=', countyId)
    .execute();
}

export function countyUpdatedAt(db: Db, countyId: number) {
  return db.selectFrom('counties').select('updated_at').where('id', '=', countyId).executeTakeFirstOrThrow();
}
