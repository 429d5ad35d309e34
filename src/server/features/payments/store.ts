import { sql, type Insertable } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { PaymentsTable } from '../../../db/schema.js';

export async function insertPayRun(db: Db, r: { countyId: number | null; issueDate: string; startedBy: number | null }) {
  const { id } = await db.insertInto('pay_runs').values({ county_id: r.countyId, issue_date: r.issueDate, started_by: r.startedBy }).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function findPayRun(db: Db, id: number) {
  return db.selectFrom('pay_runs').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function addToPayRun(db: Db, id: number, cents: number) {
  await db
    .updateTable('pay_runs')
    .set({ payments: sql`payments + 1`, total_cents: sql`total_cents + ${cents}` })
    .where('id', '=', id)
    .execute();
}

export async function finishPayRun(db: Db, id: number, at: Date) {
  await db.updateTable('pay_runs').set({ finished_at: at }).where('id', '=', id).execute();
}

export async function nextPaymentNumber(db: Db, year: string) {
  const r = await sql<{ n: string }>`SELECT nextval('payment_number_seq')::text AS n`.execute(db);
  return `P${year}-${r.rows[0]!.n.padStart(8, '0')}`;
}

export function findPaymentByTimesheet(db: Db, timesheetId: number) {
  return db.selectFrom('payments').select(['id']).where('timesheet_id', '=', timesheetId).executeTakeFirst();
}

export async function insertPayment(db: Db, p: Insertable<PaymentsTable>) {
  const { id } = await db.insertInto('payments').values(p).returning('id').executeTakeFirstOrThrow();
  return id;
}

function base(db: Db) {
  return db
    .selectFrom('payments')
    .innerJoin('cases', 'cases.id', 'payments.case_id')
    .innerJoin('users', 'users.id', 'payments.provider_user_id')
    .selectAll('payments')
    .select([
      'cases.case_number',
      'cases.first_name as recipient_first_name',
      'cases.last_name as recipient_last_name',
      'users.first_name as provider_first_name',
      'users.last_name as provider_last_name',
      'users.login_id as provider_login_id',
    ]);
}

export function findPayment(db: Db, id: number) {
  return base(db).where('payments.id', '=', id).executeTakeFirst();
}
export type PaymentRow = NonNullable<Awaited<ReturnType<typeof findPayment>>>;

export function listPayments(db: Db, f: { providerId: number; from?: string; to?: string; limit?: number }) {
  let q = base(db).where('payments.provider_user_id', '=', f.providerId).orderBy('payments.issue_date', 'desc').orderBy('payments.id', 'desc');
  if (f.from !== undefined) q = q.where('payments.issue_date', '>=', f.from);
  if (f.to !== undefined) q = q.where('payments.issue_date', '<=', f.to);
  if (f.limit !== undefined) q = q.limit(f.limit);
  return q.execute();
}

/** Sums of a provider's payments issued in [from, to] (on `to`, up to payment `id`): the stub's year to date. */
export async function yearToDate(db: Db, providerId: number, from: string, to: string, id: number) {
  return db
    .selectFrom('payments')
    .select([
      sql<number>`coalesce(sum(gross_cents), 0)::int`.as('gross'),
      sql<number>`coalesce(sum(regular_cents), 0)::int`.as('regular'),
      sql<number>`coalesce(sum(overtime_cents), 0)::int`.as('overtime'),
      sql<number>`coalesce(sum(travel_cents), 0)::int`.as('travel'),
      sql<number>`coalesce(sum(sick_cents), 0)::int`.as('sick'),
    ])
    .where('provider_user_id', '=', providerId)
    .where('issue_date', '>=', from)
    .where((eb) => eb.or([eb('issue_date', '<', to), eb.and([eb('issue_date', '=', to), eb('id', '<=', id)])]))
    .executeTakeFirstOrThrow();
}

/** Counts and amounts by state of a provider's claims and payments (the dashboard's billing region). */
export async function paymentTotals(db: Db, providerId: number) {
  return db
    .selectFrom('payments')
    .select(['status', sql<number>`count(*)::int`.as('count'), sql<number>`coalesce(sum(gross_cents), 0)::int`.as('cents')])
    .where('provider_user_id', '=', providerId)
    .groupBy('status')
    .execute();
}
