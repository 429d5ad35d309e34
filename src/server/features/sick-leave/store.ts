import { sql, type Insertable } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { SickLeaveClaimsTable } from '../../../db/schema.js';

function base(db: Db) {
  return db
    .selectFrom('sick_leave_claims')
    .innerJoin('cases', 'cases.id', 'sick_leave_claims.case_id')
    .innerJoin('users', 'users.id', 'sick_leave_claims.provider_user_id')
    .select([
      'sick_leave_claims.id',
      'sick_leave_claims.provider_user_id',
      'sick_leave_claims.case_id',
      'sick_leave_claims.county_id',
      'sick_leave_claims.leave_date',
      'sick_leave_claims.minutes',
      'sick_leave_claims.status',
      'sick_leave_claims.findings',
      'sick_leave_claims.requested_at',
      'sick_leave_claims.decided_at',
      'sick_leave_claims.reject_reason',
      'cases.case_number',
      'cases.recipient_user_id',
      'cases.first_name as recipient_first_name',
      'cases.last_name as recipient_last_name',
      'users.first_name as provider_first_name',
      'users.last_name as provider_last_name',
    ]);
}

export function listClaims(db: Db, f: { providerId?: number; caseId?: number; status?: 'pending' }) {
  let q = base(db).orderBy('sick_leave_claims.leave_date', 'desc').limit(200);
  if (f.providerId !== undefined) q = q.where('sick_leave_claims.provider_user_id', '=', f.providerId);
  if (f.caseId !== undefined) q = q.where('sick_leave_claims.case_id', '=', f.caseId);
  if (f.status !== undefined) q = q.where('sick_leave_claims.status', '=', f.status);
  return q.execute();
}
export type ClaimRow = Awaited<ReturnType<typeof listClaims>>[number];

export function findClaim(db: Db, id: number, lock = false) {
  const q = base(db).where('sick_leave_claims.id', '=', id);
  return (lock ? q.forUpdate('sick_leave_claims') : q).executeTakeFirst();
}

export async function insertClaim(db: Db, values: Insertable<SickLeaveClaimsTable>) {
  const { id } = await db.insertInto('sick_leave_claims').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function decideClaim(db: Db, id: number, v: { status: 'confirmed' | 'rejected'; decidedBy: number; reason: string | null }) {
  await db
    .updateTable('sick_leave_claims')
    .set({ status: v.status, decided_by: v.decidedBy, decided_at: sql<Date>`portal_now()`, reject_reason: v.reason })
    .where('id', '=', id)
    .execute();
}

/** Sick leave the recipient confirmed for a provider and case in [from, to] (paid with that period's timesheet). */
/** Confirmed sick leave of a provider and case in [from, to] not paid yet, locked until the caller's transaction ends. */
export function unpaidInRange(db: Db, providerId: number, caseId: number, from: string, to: string) {
  return db
    .selectFrom('sick_leave_claims')
    .select(['id', 'leave_date', 'minutes'])
    .where('provider_user_id', '=', providerId)
    .where('case_id', '=', caseId)
    .where('status', '=', 'confirmed')
    .where('payment_id', 'is', null)
    .where('leave_date', '>=', from)
    .where('leave_date', '<=', to)
    .orderBy('leave_date')
    .forUpdate()
    .execute();
}

/**
 * `unpaidInRange` for many providers' cases at once (a pay run's batch), locked: every confirmed, unpaid claim of
 * these providers in [from, to], oldest first; the caller keeps those of each case and period.
 */
export function unpaidOfProviders(db: Db, providerIds: readonly number[], from: string, to: string) {
  if (providerIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('sick_leave_claims')
    .select(['id', 'provider_user_id', 'case_id', 'leave_date', 'minutes'])
    .where('provider_user_id', 'in', providerIds)
    .where('status', '=', 'confirmed')
    .where('payment_id', 'is', null)
    .where('leave_date', '>=', from)
    .where('leave_date', '<=', to)
    .orderBy('leave_date')
    .orderBy('id')
    .forUpdate()
    .execute();
}

/** Marks each claim paid by its payment (a pay run's batch: claim ids and payment ids side by side). */
export async function markPaidEach(db: Db, claims: readonly { id: number; paymentId: number }[]) {
  if (claims.length === 0) return;
  await sql`UPDATE sick_leave_claims s SET payment_id = x.p FROM unnest(${claims.map((c) => c.id)}::bigint[], ${claims.map((c) => c.paymentId)}::bigint[]) AS x(id, p)
            WHERE s.id = x.id AND s.payment_id IS NULL`.execute(db);
}

export async function markPaid(db: Db, ids: readonly number[], paymentId: number) {
  if (ids.length === 0) return;
  await db.updateTable('sick_leave_claims').set({ payment_id: paymentId }).where('id', 'in', ids).where('payment_id', 'is', null).execute();
}

/** A page of confirmed, unpaid sick leave taken before `before`, by id: the pay run's second work list. */
export function unpaidBefore(db: Db, f: { countyIds: readonly number[] | null; before: string; afterId: number; limit: number }) {
  let q = db
    .selectFrom('sick_leave_claims')
    .select(['id', 'provider_user_id', 'case_id', 'county_id', 'leave_date'])
    .where('status', '=', 'confirmed')
    .where('payment_id', 'is', null)
    .where('leave_date', '<', f.before)
    .where('id', '>', f.afterId)
    .orderBy('id')
    .limit(f.limit);
  if (f.countyIds !== null) q = q.where('county_id', 'in', f.countyIds.length > 0 ? f.countyIds : [-1]);
  return q.execute();
}
