import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { AssignmentsTable, CasesTable, CaseStatus } from '../../../db/schema.js';

const CASE_COLUMNS = [
  'cases.id',
  'cases.case_number',
  'cases.county_id',
  'cases.recipient_user_id',
  'cases.first_name',
  'cases.last_name',
  'cases.status',
  'cases.eligible_from',
  'cases.eligible_to',
  'cases.overtime_exception',
  'cases.home_latitude',
  'cases.home_longitude',
] as const;

export function findCaseByNumber(db: Db, caseNumber: string, forUpdate = false) {
  const q = db.selectFrom('cases').select(CASE_COLUMNS).where('case_number', '=', caseNumber);
  return (forUpdate ? q.forUpdate() : q).executeTakeFirst();
}
export type CaseRow = NonNullable<Awaited<ReturnType<typeof findCaseByNumber>>>;

export function findCaseByRecipient(db: Db, recipientUserId: number) {
  return db.selectFrom('cases').select(CASE_COLUMNS).where('recipient_user_id', '=', recipientUserId).executeTakeFirst();
}

export function findCasesByIds(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('cases').select(CASE_COLUMNS).where('id', 'in', ids).execute();
}

/** Assignments that overlap [from, to], with their cases (nothing sensitive), by case number and start. */
function assignmentsOverlapping(db: Db, from: string, to: string) {
  return db
    .selectFrom('assignments')
    .innerJoin('cases', 'cases.id', 'assignments.case_id')
    .select([
      'assignments.id as assignment_id',
      'assignments.provider_user_id',
      'assignments.start_date',
      'assignments.end_date',
      'assignments.assigned_monthly_minutes',
      'assignments.live_in',
      'assignments.travel_agreement',
      ...CASE_COLUMNS,
    ])
    .where('assignments.start_date', '<=', to)
    .where((eb) => eb.or([eb('assignments.end_date', 'is', null), eb('assignments.end_date', '>=', from)]))
    .orderBy('cases.case_number')
    .orderBy('assignments.start_date');
}

/** A provider's assignments that overlap [from, to], with their cases (nothing sensitive). */
export function listProviderAssignments(db: Db, providerId: number, from: string, to: string) {
  return assignmentsOverlapping(db, from, to).where('assignments.provider_user_id', '=', providerId).execute();
}

/**
 * A provider's assignments to one case that overlap [from, to], with the case, by start: the query, to run alone or
 * inside another statement (an EVV tap's first, which takes its locks with it).
 */
export function providerCaseAssignments(db: Db, providerId: number, caseNumber: string, from: string, to: string) {
  return assignmentsOverlapping(db, from, to).where('assignments.provider_user_id', '=', providerId).where('cases.case_number', '=', caseNumber);
}

/** The same for many providers at once (a pay run's batch), in the same order. */
export function listProvidersAssignments(db: Db, providerIds: readonly number[], from: string, to: string) {
  if (providerIds.length === 0) return Promise.resolve([]);
  return assignmentsOverlapping(db, from, to).where('assignments.provider_user_id', 'in', providerIds).execute();
}
export type AssignmentRow = Awaited<ReturnType<typeof listProviderAssignments>>[number];

/** The providers assigned to a case in [from, to]. */
export function listCaseAssignments(db: Db, caseId: number, from: string, to: string) {
  return db
    .selectFrom('assignments')
    .innerJoin('users', 'users.id', 'assignments.provider_user_id')
    .select([
      'assignments.provider_user_id',
      'assignments.start_date',
      'assignments.end_date',
      'assignments.live_in',
      'users.login_id',
      'users.first_name',
      'users.last_name',
    ])
    .where('assignments.case_id', '=', caseId)
    .where('assignments.start_date', '<=', to)
    .where((eb) => eb.or([eb('assignments.end_date', 'is', null), eb('assignments.end_date', '>=', from)]))
    .execute();
}

export function listAuthorizations(db: Db, caseIds: readonly number[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('case_authorizations')
    .select(['case_id', 'effective_month', 'monthly_minutes'])
    .where('case_id', 'in', caseIds)
    .orderBy('effective_month')
    .execute();
}

export function listWageRates(db: Db, countyIds: readonly number[]) {
  if (countyIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('wage_rates')
    .select(['county_id', 'effective_from', 'rate_cents'])
    .where('county_id', 'in', countyIds)
    .orderBy('effective_from')
    .execute();
}

export async function findExemption(db: Db, providerId: number) {
  const row = await db.selectFrom('provider_profiles').select('exemption').where('user_id', '=', providerId).executeTakeFirst();
  return row?.exemption ?? 'none';
}

/** The overtime exemption of each of these providers that has a profile. */
export async function findExemptions(db: Db, providerIds: readonly number[]) {
  if (providerIds.length === 0) return new Map<number, 'none' | 'exemption1' | 'exemption2'>();
  const rows = await db.selectFrom('provider_profiles').select(['user_id', 'exemption']).where('user_id', 'in', providerIds).execute();
  return new Map(rows.map((r) => [r.user_id, r.exemption]));
}

export function findCaseSensitive(db: Db, caseId: number) {
  return db
    .selectFrom('cases')
    .select(['case_number', 'street', 'unit', 'city', 'state', 'zip', 'phone', 'diagnoses_encrypted', 'home_latitude', 'home_longitude'])
    .where('id', '=', caseId)
    .executeTakeFirst();
}

export async function nowInDb(db: Db): Promise<Date> {
  const { rows } = await sql<{ now: Date }>`SELECT portal_now() AS now`.execute(db);
  return rows[0]!.now;
}

/**
 * One page of the assignments overlapping [from, to] on active cases, for whole providers at a time (ordered by
 * provider, after `afterProviderId`): the daily reminder sweep walks the state with it.
 */
export async function pageOfActiveAssignments(db: Db, from: string, to: string, afterProviderId: number, providers: number) {
  const overlapping = db
    .selectFrom('assignments')
    .innerJoin('cases', 'cases.id', 'assignments.case_id')
    .where('cases.status', '=', 'active')
    .where('assignments.start_date', '<=', to)
    .where((eb) => eb.or([eb('assignments.end_date', 'is', null), eb('assignments.end_date', '>=', from)]));
  const ids = await overlapping
    .select('assignments.provider_user_id')
    .distinct()
    .where('assignments.provider_user_id', '>', afterProviderId)
    .orderBy('assignments.provider_user_id')
    .limit(providers)
    .execute();
  if (ids.length === 0) return [];
  return overlapping
    .select(['assignments.provider_user_id', 'assignments.case_id', 'cases.case_number', 'cases.first_name', 'cases.last_name'])
    .where('assignments.provider_user_id', 'in', ids.map((r) => r.provider_user_id))
    .orderBy('assignments.provider_user_id')
    .orderBy('cases.case_number')
    .execute();
}

// --- The county's cases console (issue #6): the cases feature is the one writer of cases, authorisations,
// assignments and wage rates. ---------------------------------------------------------------------------------

export async function insertCase(db: Db, values: Insertable<CasesTable>) {
  const { id } = await db.insertInto('cases').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateCase(db: Db, id: number, values: Updateable<CasesTable>) {
  if (Object.keys(values).length === 0) return;
  await db.updateTable('cases').set(values).where('id', '=', id).execute();
}

export interface CaseFilter {
  countyId?: number;
  q?: string;
  status?: CaseStatus;
  after?: string;
  limit: number;
}

/** A county's cases (or all counties'), by case number, with whether the recipient has an account. Nothing sensitive. */
export function listCases(db: Db, f: CaseFilter) {
  let q = db
    .selectFrom('cases')
    .select(CASE_COLUMNS)
    .orderBy('cases.case_number')
    .limit(f.limit);
  if (f.countyId !== undefined) q = q.where('cases.county_id', '=', f.countyId);
  if (f.status !== undefined) q = q.where('cases.status', '=', f.status);
  if (f.after !== undefined) q = q.where('cases.case_number', '>', f.after);
  if (f.q) {
    const term = f.q.replace(/[\\%_]/g, (c) => `\\${c}`);
    const digits = f.q.replace(/[\s-]/g, '');
    q = q.where((eb) => eb.or([eb('cases.case_number', 'like', `${/^\d+$/.test(digits) ? digits : term}%`), eb('cases.last_name', 'ilike', `${term}%`)]));
  }
  return q.execute();
}

export async function upsertAuthorization(db: Db, a: { caseId: number; countyId: number; effectiveMonth: string; monthlyMinutes: number }) {
  const before = await db
    .selectFrom('case_authorizations')
    .select('monthly_minutes')
    .where('case_id', '=', a.caseId)
    .where('effective_month', '=', a.effectiveMonth)
    .executeTakeFirst();
  await db
    .insertInto('case_authorizations')
    .values({ case_id: a.caseId, county_id: a.countyId, effective_month: a.effectiveMonth, monthly_minutes: a.monthlyMinutes })
    .onConflict((oc) => oc.columns(['case_id', 'effective_month']).doUpdateSet({ monthly_minutes: a.monthlyMinutes, created_at: sql`portal_now()` }))
    .execute();
  return before?.monthly_minutes ?? null;
}

const ASSIGNMENT_COLUMNS = [
  'assignments.id',
  'assignments.case_id',
  'assignments.provider_user_id',
  'assignments.start_date',
  'assignments.end_date',
  'assignments.assigned_monthly_minutes',
  'assignments.live_in',
  'assignments.travel_agreement',
  'users.login_id',
  'users.first_name',
  'users.last_name',
] as const;

/** Every assignment of a case (past, current, future), with the provider's ID and name. */
export function listAllCaseAssignments(db: Db, caseId: number) {
  return db
    .selectFrom('assignments')
    .innerJoin('users', 'users.id', 'assignments.provider_user_id')
    .select(ASSIGNMENT_COLUMNS)
    .where('assignments.case_id', '=', caseId)
    .orderBy('assignments.start_date')
    .orderBy('assignments.id')
    .execute();
}
export type CaseAssignmentRow = Awaited<ReturnType<typeof listAllCaseAssignments>>[number];

export function findAssignment(db: Db, id: number, forUpdate = false) {
  const q = db.selectFrom('assignments').innerJoin('users', 'users.id', 'assignments.provider_user_id').select(ASSIGNMENT_COLUMNS).where('assignments.id', '=', id);
  return (forUpdate ? q.forUpdate('assignments') : q).executeTakeFirst();
}

export async function insertAssignment(db: Db, values: Insertable<AssignmentsTable>) {
  const { id } = await db.insertInto('assignments').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateAssignment(db: Db, id: number, values: Updateable<AssignmentsTable>) {
  if (Object.keys(values).length === 0) return;
  await db.updateTable('assignments').set(values).where('id', '=', id).execute();
}

export async function insertWageRate(db: Db, r: { countyId: number; effectiveFrom: string; rateCents: number; note: string | null }) {
  await db.insertInto('wage_rates').values({ county_id: r.countyId, effective_from: r.effectiveFrom, rate_cents: r.rateCents, note: r.note }).execute();
}

export function listWageRateRows(db: Db, countyId: number) {
  return db.selectFrom('wage_rates').select(['effective_from', 'rate_cents', 'note']).where('county_id', '=', countyId).orderBy('effective_from').execute();
}
