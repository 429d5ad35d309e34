import { sql } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { Insertable, Updateable } from 'kysely';
import type { EvvRecordsTable } from '../../../db/schema.js';

const COLUMNS = [
  'evv_records.id',
  'evv_records.provider_user_id',
  'evv_records.case_id',
  'evv_records.county_id',
  'evv_records.service_type',
  'evv_records.check_in_key',
  'evv_records.check_out_key',
  'evv_records.check_in_at',
  'evv_records.check_out_at',
  'evv_records.location_type',
  'evv_records.location_status',
  'evv_records.capture_method',
  'evv_records.far_from_home',
  'evv_records.edited_by',
  'evv_records.edited_at',
  'evv_records.edit_reason',
  'cases.case_number',
  'cases.first_name',
  'cases.last_name',
] as const;

function base(db: Db) {
  return db.selectFrom('evv_records').innerJoin('cases', 'cases.id', 'evv_records.case_id').select(COLUMNS);
}

export function findByKey(db: Db, key: string) {
  return base(db)
    .where((eb) => eb.or([eb('evv_records.check_in_key', '=', key), eb('evv_records.check_out_key', '=', key)]))
    .executeTakeFirst();
}
export type EvvRow = NonNullable<Awaited<ReturnType<typeof findByKey>>>;

export function findById(db: Db, id: number, providerId: number) {
  return base(db).where('evv_records.id', '=', id).where('evv_records.provider_user_id', '=', providerId).executeTakeFirst();
}

/** The provider's open check-in: the exclusion constraint allows at most one. */
export function findOpen(db: Db, providerId: number) {
  return base(db)
    .where('evv_records.provider_user_id', '=', providerId)
    .where('evv_records.check_in_at', 'is not', null)
    .where('evv_records.check_out_at', 'is', null)
    .executeTakeFirst();
}

/** A check-out that arrived before its check-in (an offline queue sent out of order), to join them. */
export function findOrphanCheckOutAfter(db: Db, providerId: number, caseId: number, at: Date) {
  return base(db)
    .where('evv_records.provider_user_id', '=', providerId)
    .where('evv_records.case_id', '=', caseId)
    .where('evv_records.check_in_at', 'is', null)
    .where('evv_records.check_out_at', '>=', at)
    .where('evv_records.check_out_at', '<', new Date(at.getTime() + 24 * 3_600_000))
    .orderBy('evv_records.check_out_at')
    .executeTakeFirst();
}

export async function insertRecord(db: Db, values: Insertable<EvvRecordsTable>) {
  const { id } = await db.insertInto('evv_records').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateRecord(db: Db, id: number, values: Updateable<EvvRecordsTable>) {
  await db.updateTable('evv_records').set(values).where('id', '=', id).execute();
}

/** Records whose check-in (or lone check-out) falls in [from, to). */
export function listInRange(db: Db, filter: { providerId?: number; caseIds?: readonly number[] }, from: Date, to: Date) {
  let q = base(db)
    .where(sql<Date>`coalesce(evv_records.check_in_at, evv_records.check_out_at)`, '>=', from)
    .where(sql<Date>`coalesce(evv_records.check_in_at, evv_records.check_out_at)`, '<', to)
    .orderBy(sql`coalesce(evv_records.check_in_at, evv_records.check_out_at)`);
  if (filter.providerId !== undefined) q = q.where('evv_records.provider_user_id', '=', filter.providerId);
  if (filter.caseIds !== undefined) {
    if (filter.caseIds.length === 0) return Promise.resolve([]);
    q = q.where('evv_records.case_id', 'in', filter.caseIds);
  }
  return q.execute();
}

/** Records that may need the provider's fix: open, or without check-in, or spanning midnight and never edited. */
export function listCandidatesToFix(db: Db, providerId: number) {
  return base(db)
    .where('evv_records.provider_user_id', '=', providerId)
    .where((eb) =>
      eb.or([
        eb('evv_records.check_in_at', 'is', null),
        eb('evv_records.check_out_at', 'is', null),
        eb.and([
          eb('evv_records.edited_at', 'is', null),
          eb(sql`(evv_records.check_in_at AT TIME ZONE 'America/Los_Angeles')::date`, '<>', sql`(evv_records.check_out_at AT TIME ZONE 'America/Los_Angeles')::date`),
        ]),
      ]),
    )
    .orderBy(sql`coalesce(evv_records.check_in_at, evv_records.check_out_at)`)
    .limit(50)
    .execute();
}
