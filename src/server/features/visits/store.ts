import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { VisitPlansTable } from '../../../db/schema.js';

const COLUMNS = [
  'visit_plans.id',
  'visit_plans.provider_user_id',
  'visit_plans.case_id',
  'visit_plans.county_id',
  'visit_plans.start_date',
  'visit_plans.start_time',
  'visit_plans.end_time',
  'visit_plans.repeat',
  'visit_plans.weekdays',
  'visit_plans.until_date',
  'cases.case_number',
  'cases.first_name as recipient_first_name',
  'cases.last_name as recipient_last_name',
  'users.first_name as provider_first_name',
  'users.last_name as provider_last_name',
  'users.login_id as provider_login_id',
] as const;

function base(db: Db) {
  return db
    .selectFrom('visit_plans')
    .innerJoin('cases', 'cases.id', 'visit_plans.case_id')
    .innerJoin('users', 'users.id', 'visit_plans.provider_user_id')
    .select(COLUMNS)
    .where('visit_plans.cancelled_at', 'is', null);
}

/** Live plans of a provider or of a case that may have occurrences in [from, to]: the query. */
function plansQuery(db: Db, f: { providerId?: number; caseId?: number; from?: string; to?: string }) {
  let q = base(db).orderBy('visit_plans.start_date').orderBy('visit_plans.start_time');
  if (f.providerId !== undefined) q = q.where('visit_plans.provider_user_id', '=', f.providerId);
  if (f.caseId !== undefined) q = q.where('visit_plans.case_id', '=', f.caseId);
  if (f.to !== undefined) q = q.where('visit_plans.start_date', '<=', f.to);
  if (f.from !== undefined) {
    const from = f.from;
    q = q.where((eb) =>
      eb.or([
        eb.and([eb('visit_plans.repeat', '=', 'none'), eb('visit_plans.start_date', '>=', from)]),
        eb.and([eb('visit_plans.repeat', '=', 'weekly'), eb.or([eb('visit_plans.until_date', 'is', null), eb('visit_plans.until_date', '>=', from)])]),
      ]),
    );
  }
  return q;
}

/** Live plans of a provider or of a case that may have occurrences in [from, to]. */
export function listPlans(db: Db, f: { providerId?: number; caseId?: number; from?: string; to?: string }) {
  return plansQuery(db, f).execute();
}
export type PlanRow = Awaited<ReturnType<typeof listPlans>>[number];

/**
 * A provider's live plans that may have occurrences in [from, to] (`listPlans`), each with the provider's check-ins
 * with its recipient in [start, end) (the same days as instants), oldest first, and whether each was checked out: the
 * plans and what marks their visits checked in, in one round trip.
 */
export function listPlansWithCheckIns(db: Db, providerId: number, from: string, to: string, start: Date, end: Date) {
  const time = sql`coalesce(e.check_in_at, e.check_out_at)`;
  const ofPlan = (column: 'e.check_in_at' | 'e.check_out_at IS NOT NULL') => sql`ARRAY(
    SELECT ${sql.raw(column)} FROM evv_records e
    WHERE e.case_id = visit_plans.case_id AND e.county_id = visit_plans.county_id AND e.provider_user_id = visit_plans.provider_user_id
      AND e.discarded_at IS NULL AND e.check_in_at IS NOT NULL AND ${time} >= ${start} AND ${time} < ${end}
    ORDER BY ${time}, e.id)`;
  return plansQuery(db, { providerId, from, to })
    .select([ofPlan('e.check_in_at').$castTo<Date[]>().as('check_ins'), ofPlan('e.check_out_at IS NOT NULL').$castTo<boolean[]>().as('checked_out')])
    .execute();
}

export function findPlan(db: Db, id: number) {
  return base(db).where('visit_plans.id', '=', id).executeTakeFirst();
}

export async function insertPlan(db: Db, values: Insertable<VisitPlansTable>) {
  const { id } = await db.insertInto('visit_plans').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updatePlan(db: Db, id: number, values: Updateable<VisitPlansTable>) {
  await db.updateTable('visit_plans').set({ ...values, updated_at: sql`portal_now()` }).where('id', '=', id).execute();
}

export function findLiveFeed(db: Db, tokenHash: Buffer) {
  return db.selectFrom('calendar_feeds').select(['id', 'provider_user_id']).where('token_hash', '=', tokenHash).where('revoked_at', 'is', null).executeTakeFirst();
}

export function findProviderFeed(db: Db, providerId: number) {
  return db.selectFrom('calendar_feeds').select(['id', 'created_at']).where('provider_user_id', '=', providerId).where('revoked_at', 'is', null).executeTakeFirst();
}

/** Serialises a provider's feed changes: two "new URL" taps at once would otherwise both find no live feed and clash. */
export async function lockProviderFeeds(db: Db, providerId: number) {
  await sql`SELECT pg_advisory_xact_lock(hashtext('calendar-feeds'), ${providerId}::int)`.execute(db);
}

export async function revokeFeeds(db: Db, providerId: number) {
  const res = await db.updateTable('calendar_feeds').set({ revoked_at: sql`portal_now()` }).where('provider_user_id', '=', providerId).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function insertFeed(db: Db, providerId: number, tokenHash: Buffer) {
  return db.insertInto('calendar_feeds').values({ provider_user_id: providerId, token_hash: tokenHash }).returning(['created_at']).executeTakeFirstOrThrow();
}
