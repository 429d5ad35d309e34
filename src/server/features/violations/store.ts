import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { ViolationsTable } from '../../../db/schema.js';

/** Serialises the violation ladder of one provider (two approvals at once cannot both be the month's one). */
export async function lockProvider(db: Db, providerId: number) {
  await sql`SELECT pg_advisory_xact_lock(hashtext('provider-violations'), ${providerId}::int)`.execute(db);
}

export function listByProvider(db: Db, providerId: number) {
  return db.selectFrom('violations').selectAll().where('provider_user_id', '=', providerId).orderBy('occurred_on').orderBy('id').execute();
}
export type ViolationRow = Awaited<ReturnType<typeof listByProvider>>[number];

/** With the findings of the version it was recorded on and its recipient's name: the notice's text. */
function withNotice(db: Db) {
  return db
    .selectFrom('violations')
    .innerJoin('timesheets', 'timesheets.id', 'violations.timesheet_id')
    .innerJoin('cases', 'cases.id', 'timesheets.case_id')
    .innerJoin('users', 'users.id', 'violations.provider_user_id')
    .selectAll('violations')
    .select(['timesheets.findings as ts_findings', 'cases.case_number', 'cases.first_name as recipient_first_name', 'cases.last_name as recipient_last_name', 'users.first_name', 'users.last_name', 'users.login_id']);
}
export function listNoticesByProvider(db: Db, providerId: number) {
  return withNotice(db).where('violations.provider_user_id', '=', providerId).orderBy('violations.occurred_on', 'desc').orderBy('violations.id', 'desc').execute();
}
export type NoticeRow = Awaited<ReturnType<typeof listNoticesByProvider>>[number];

export function findById(db: Db, id: number, lock = false) {
  const q = db.selectFrom('violations').selectAll().where('id', '=', id);
  return (lock ? q.forUpdate() : q).executeTakeFirst();
}

export function findByTimesheet(db: Db, timesheetId: number) {
  return db.selectFrom('violations').select(['id']).where('timesheet_id', '=', timesheetId).executeTakeFirst();
}

export async function insertViolation(db: Db, v: Insertable<ViolationsTable>) {
  const { id } = await db.insertInto('violations').values(v).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateViolation(db: Db, id: number, v: Updateable<ViolationsTable>) {
  await db.updateTable('violations').set(v).where('id', '=', id).execute();
}

export function listByCounty(db: Db, countyId: number, disputedOnly: boolean) {
  let q = withNotice(db)
    .where('violations.county_id', '=', countyId)
    .orderBy('violations.created_at', 'desc')
    .limit(200);
  if (disputedOnly) q = q.where('violations.dispute_state', '=', 'disputed');
  return q.execute();
}

/** Disputes waiting for the county's answer, of one county or (undefined) every county, and the soonest answer due. */
export async function disputesAwaiting(db: Db, countyId: number | undefined) {
  let q = db
    .selectFrom('violations')
    .select([sql<number>`count(*)::int`.as('waiting'), sql<string | null>`min(dispute_response_due)::text`.as('soonest_due')])
    .where('dispute_state', '=', 'disputed');
  if (countyId !== undefined) q = q.where('county_id', '=', countyId);
  return q.executeTakeFirstOrThrow();
}

/** Active suspensions or ineligibility of a provider that cover any day in [from, to]. */
export function suspensionsCovering(db: Db, providerId: number, from: string, to: string) {
  return db
    .selectFrom('violations')
    .select(['number', 'consequence', 'suspension_start', 'suspension_end'])
    .where('provider_user_id', '=', providerId)
    .where('rescinded', '=', false)
    .where('suspension_start', 'is not', null)
    .where('suspension_start', '<=', to)
    .where('suspension_end', '>=', from)
    .execute();
}
