import { sql, type Insertable } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { TimesheetDaysTable, TimesheetStatus, TimesheetsTable } from '../../../db/schema.js';

const COLUMNS = [
  'timesheets.id',
  'timesheets.provider_user_id',
  'timesheets.case_id',
  'timesheets.county_id',
  'timesheets.pay_period_start',
  'timesheets.pay_period_end',
  'timesheets.version',
  'timesheets.status',
  'timesheets.supersedes_id',
  'timesheets.submitted_at',
  'timesheets.submission_key',
  'timesheets.gross_cents',
  'timesheets.findings',
  'users.login_id as provider_login_id',
  'cases.case_number',
  'cases.first_name as recipient_first_name',
  'cases.last_name as recipient_last_name',
  'cases.recipient_user_id',
  'users.first_name as provider_first_name',
  'users.last_name as provider_last_name',
] as const;

/** A `time` column's HH:MM (PostgreSQL returns HH:MM:SS). */
export const hhmm = (t: string | null) => (t === null ? null : t.slice(0, 5));

/**
 * True of a timesheet's days (saveDays refuses a day outside the period), the timesheet named `timesheet` in the query:
 * said so a read of its days probes only its period's month of timesheet_days (0021), not every monthly partition.
 */
export const daysInPeriodOf = (timesheet: string) =>
  sql<boolean>`timesheet_days.work_date BETWEEN ${sql.ref(`${timesheet}.pay_period_start`)} AND ${sql.ref(`${timesheet}.pay_period_end`)}`;
const DAYS_IN_PERIOD = daysInPeriodOf('timesheets');

/**
 * A version's worked or travel minutes, the timesheet named `timesheet` in the query: as the database summed them when
 * it left draft (0023), or, on a draft, summed over its days now. COALESCE runs the sum only for a draft, so a list
 * of submitted versions reads no days at all.
 */
export const minutesOf = (timesheet: string, kind: 'worked_minutes' | 'travel_minutes') =>
  sql<number>`coalesce(${sql.ref(`${timesheet}.${kind}`)}, (SELECT coalesce(sum(${sql.ref(`timesheet_days.${kind}`)}), 0)::int FROM timesheet_days
     WHERE timesheet_days.timesheet_id = ${sql.ref(`${timesheet}.id`)} AND timesheet_days.county_id = ${sql.ref(`${timesheet}.county_id`)} AND ${daysInPeriodOf(timesheet)}))`;

function base(db: Db) {
  return db
    .selectFrom('timesheets')
    .innerJoin('cases', 'cases.id', 'timesheets.case_id')
    .innerJoin('users', 'users.id', 'timesheets.provider_user_id')
    .select(COLUMNS)
    .select((eb) =>
      eb.selectFrom('timesheets as next').select('next.id').whereRef('next.supersedes_id', '=', 'timesheets.id').as('superseded_by_id'),
    )
    .select([minutesOf('timesheets', 'worked_minutes').as('worked_minutes'), minutesOf('timesheets', 'travel_minutes').as('travel_minutes')]);
}

export function findTimesheet(db: Db, id: number, lock = false) {
  const q = base(db).where('timesheets.id', '=', id);
  return (lock ? q.forUpdate('timesheets') : q).executeTakeFirst();
}
export type TimesheetRow = NonNullable<Awaited<ReturnType<typeof findTimesheet>>>;

/**
 * The versions of `ids` still approved, locked until the caller's transaction ends, oldest submission first: a pay
 * run's batch. A version another transaction holds is skipped, not waited for: a second run paying at the same time
 * has it, and pays it or leaves it approved for the next run.
 */
export function lockApproved(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return base(db)
    .where('timesheets.id', 'in', ids)
    .where('timesheets.status', '=', 'approved')
    .orderBy('timesheets.submitted_at')
    .orderBy('timesheets.id')
    .forUpdate('timesheets')
    .skipLocked()
    .execute();
}

/** The newest version for a provider, case and period. */
export function findLatest(db: Db, providerId: number, caseId: number, periodStart: string) {
  return base(db)
    .where('timesheets.provider_user_id', '=', providerId)
    .where('timesheets.case_id', '=', caseId)
    .where('timesheets.pay_period_start', '=', periodStart)
    .orderBy('timesheets.version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export interface ListFilter {
  ids?: readonly number[];
  countyId?: number;
  from?: string;
  to?: string;
  providerId?: number;
  caseId?: number;
  caseNumber?: string;
  periodStart?: string;
  statuses?: readonly TimesheetStatus[];
  submittedBefore?: Date;
  /** Rows at most; 200 unless given (a person's own records ask for every version). */
  limit?: number;
}

export function listTimesheets(db: Db, f: ListFilter) {
  let q = base(db).orderBy('timesheets.pay_period_start', 'desc').orderBy('cases.case_number').orderBy('timesheets.version', 'desc').limit(f.limit ?? 200);
  if (f.ids !== undefined) q = f.ids.length ? q.where('timesheets.id', 'in', f.ids) : q.where(sql<boolean>`false`);
  if (f.countyId !== undefined) q = q.where('timesheets.county_id', '=', f.countyId);
  if (f.from !== undefined) q = q.where('timesheets.pay_period_start', '>=', f.from);
  if (f.to !== undefined) q = q.where('timesheets.pay_period_start', '<=', f.to);
  if (f.providerId !== undefined) q = q.where('timesheets.provider_user_id', '=', f.providerId);
  if (f.caseId !== undefined) q = q.where('timesheets.case_id', '=', f.caseId);
  if (f.caseNumber !== undefined) q = q.where('cases.case_number', '=', f.caseNumber);
  if (f.periodStart !== undefined) q = q.where('timesheets.pay_period_start', '=', f.periodStart);
  if (f.statuses !== undefined) q = q.where('timesheets.status', 'in', f.statuses);
  if (f.submittedBefore !== undefined) q = q.where('timesheets.submitted_at', '<', f.submittedBefore);
  return q.execute();
}

/** A new version, always a draft: every later status is claim-life's to set. */
export async function insertTimesheet(db: Db, values: Omit<Insertable<TimesheetsTable>, 'status'>) {
  const { id } = await db.insertInto('timesheets').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Marks a draft changed (its days were saved); its status is the claim-life feature's to change. */
export async function touchTimesheet(db: Db, id: number) {
  await db.updateTable('timesheets').set({ updated_at: sql`portal_now()` }).where('id', '=', id).execute();
}

export function listDays(db: Db, timesheetId: number) {
  return db.selectFrom('timesheet_days').selectAll().where('timesheet_id', '=', timesheetId).orderBy('work_date').execute();
}
export type DayRow = Awaited<ReturnType<typeof listDays>>[number];

/**
 * The days of many versions (a pay run's batch), by version, each version's in date order. `span` holds their days
 * (their periods' months and the workweeks around them), so only its months' partitions are read.
 */
export async function listDaysOf(db: Db, timesheetIds: readonly number[], span: { from: string; to: string }) {
  const out = new Map<number, DayRow[]>(timesheetIds.map((id) => [id, []]));
  if (timesheetIds.length === 0) return out;
  const rows = await db
    .selectFrom('timesheet_days')
    .selectAll()
    .where('timesheet_id', 'in', timesheetIds)
    .where('work_date', '>=', span.from)
    .where('work_date', '<=', span.to)
    .orderBy('timesheet_id')
    .orderBy('work_date')
    .execute();
  for (const r of rows) out.get(r.timesheet_id)!.push(r);
  return out;
}

export async function replaceDays(db: Db, timesheetId: number, days: Insertable<TimesheetDaysTable>[]) {
  await db.deleteFrom('timesheet_days').where('timesheet_id', '=', timesheetId).execute();
  if (days.length > 0) await db.insertInto('timesheet_days').values(days).execute();
}

/** Days claimed by providers (one, or a pay run's batch of them) in [from, to] on timesheets in the given statuses, with the case number. */
export function claimedDays(db: Db, f: { providerIds: readonly number[]; from: string; to: string; statuses: readonly TimesheetStatus[] }) {
  if (f.providerIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('timesheet_days')
    .innerJoin('timesheets', 'timesheets.id', 'timesheet_days.timesheet_id')
    .innerJoin('cases', 'cases.id', 'timesheets.case_id')
    .select([
      'timesheets.id as timesheet_id',
      'timesheets.provider_user_id',
      'timesheets.case_id',
      'timesheets.pay_period_start',
      'cases.case_number',
      'timesheet_days.work_date',
      'timesheet_days.worked_minutes',
      'timesheet_days.travel_minutes',
      'timesheet_days.start_time',
      'timesheet_days.end_time',
    ])
    .where('timesheets.provider_user_id', 'in', f.providerIds)
    .where('timesheets.status', 'in', f.statuses)
    .where('timesheet_days.work_date', '>=', f.from)
    .where('timesheet_days.work_date', '<=', f.to)
    .where(DAYS_IN_PERIOD)
    .orderBy('timesheet_days.work_date')
    .execute();
}

/**
 * Worked minutes per calendar month ('YYYY-MM'), case and provider in [from, to] on timesheets in the given
 * statuses: one query for every month the rules look at, since the pay run asks this for every payment.
 */
export function claimedMinutes(db: Db, caseIds: readonly number[], from: string, to: string, statuses: readonly TimesheetStatus[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('timesheet_days')
    .innerJoin('timesheets', 'timesheets.id', 'timesheet_days.timesheet_id')
    .select([
      sql<string>`to_char(timesheet_days.work_date, 'YYYY-MM')`.as('month'),
      'timesheets.case_id',
      'timesheets.provider_user_id',
      sql<number>`sum(timesheet_days.worked_minutes)::int`.as('minutes'),
    ])
    .where('timesheets.case_id', 'in', caseIds)
    .where('timesheets.status', 'in', statuses)
    .where('timesheet_days.work_date', '>=', from)
    .where('timesheet_days.work_date', '<=', to)
    .where(DAYS_IN_PERIOD)
    .groupBy([sql`1`, 'timesheets.case_id', 'timesheets.provider_user_id'])
    .execute();
}

/** The recipient's decision on each version, for this feature's views (written by claim-life, which owns the move). */
export function findDecisions(db: Db, timesheetIds: readonly number[]) {
  if (timesheetIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('timesheet_decisions')
    .select(['timesheet_id', 'decision', 'reason', 'decided_at', 'decided_by'])
    .where('timesheet_id', 'in', timesheetIds)
    .where('stage', '=', 'recipient')
    .execute();
}
export type DecisionRow = Awaited<ReturnType<typeof findDecisions>>[number];

/** (provider, case) pairs with a non-draft timesheet for a pay period, among the given providers. */
export function submittedPairs(db: Db, providerIds: readonly number[], periodStart: string) {
  if (providerIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('timesheets')
    .select(['provider_user_id', 'case_id'])
    .distinct()
    .where('provider_user_id', 'in', providerIds)
    .where('pay_period_start', '=', periodStart)
    .where('status', '<>', 'draft')
    .execute();
}

/** The last day of the latest pay period with a non-draft timesheet in a county, or null. */
export async function lastSubmittedPeriodEnd(db: Db, countyId: number) {
  const row = await db
    .selectFrom('timesheets')
    .select((eb) => eb.fn.max('pay_period_end').as('end'))
    .where('county_id', '=', countyId)
    .where('status', '<>', 'draft')
    .executeTakeFirst();
  return (row?.end as string | null | undefined) ?? null;
}

/** Every version of a provider's timesheet for a case and period, oldest first. */
export function listVersions(db: Db, providerId: number, caseId: number, periodStart: string) {
  return base(db)
    .where('timesheets.provider_user_id', '=', providerId)
    .where('timesheets.case_id', '=', caseId)
    .where('timesheets.pay_period_start', '=', periodStart)
    .orderBy('timesheets.version')
    .execute();
}

/**
 * A page of approved versions, oldest submission first, after (`submittedAt`, `id`): the pay run's work list. Of one
 * county, of a group of counties (one pay-run worker's), or of all (null).
 */
export function approvedPage(db: Db, f: { countyIds: readonly number[] | null; after: { submittedAt: Date; id: number } | null; limit: number }) {
  let q = db
    .selectFrom('timesheets')
    .select(['id', 'submitted_at'])
    .where('status', '=', 'approved')
    .orderBy('submitted_at')
    .orderBy('id')
    .limit(f.limit);
  if (f.countyIds !== null) q = q.where('county_id', 'in', f.countyIds.length > 0 ? f.countyIds : [-1]);
  if (f.after) {
    const { submittedAt, id } = f.after;
    q = q.where((eb) => eb.or([eb('submitted_at', '>', submittedAt), eb.and([eb('submitted_at', '=', submittedAt), eb('id', '>', id)])]));
  }
  return q.execute();
}

/** How many approved versions each county has: the work a statewide pay run splits among its workers. */
export async function approvedCountsByCounty(db: Db): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('timesheets')
    .select(['county_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('status', '=', 'approved')
    .groupBy('county_id')
    .execute();
  return new Map(rows.map((r) => [r.county_id, Number(r.n)]));
}

/** Whether a version of this provider's, recipient's and period's timesheet is sent and not refused or paid yet. */
export async function onItsWayToPayment(db: Db, providerId: number, caseId: number, periodStart: string) {
  const row = await db
    .selectFrom('timesheets')
    .select('id')
    .where('provider_user_id', '=', providerId)
    .where('case_id', '=', caseId)
    .where('pay_period_start', '=', periodStart)
    .where('status', 'in', ['submitted', 'approved_by_recipient', 'in_county_review', 'approved'])
    .executeTakeFirst();
  return row !== undefined;
}
