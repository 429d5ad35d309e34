import { sql, type Insertable } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { PaymentStatus } from '../../../contracts/payments.js';
import type { PaymentsTable, ReturnReason } from '../../../db/schema.js';

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

export async function finishPayRun(db: Db, id: number) {
  await db.updateTable('pay_runs').set({ finished_at: sql<Date>`portal_now()` }).where('id', '=', id).execute();
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

/** Payments by number, locked until the caller's transaction ends; of one county, or all (null). */
export function lockPaymentsByNumber(db: Db, numbers: readonly string[], countyId: number | null) {
  if (numbers.length === 0) return Promise.resolve([]);
  let q = db
    .selectFrom('payments')
    .select([
      'id',
      'payment_number',
      'timesheet_id',
      'provider_user_id',
      'county_id',
      'issue_date',
      'gross_cents',
      'status',
      'paid_on',
      'settlement_id',
      'returned_on',
      'return_reason',
      'pay_period_start',
      'pay_period_end',
    ])
    .where('payment_number', 'in', numbers)
    .forUpdate();
  if (countyId !== null) q = q.where('county_id', '=', countyId);
  return q.execute();
}

/** The two files payroll records: the State Controller's acknowledgement (deposits paid) and the bank's returns file. */
export type ImportKind = 'settlements' | 'returns';
const IMPORT_TABLE = { settlements: 'payment_settlements', returns: 'payment_return_imports' } as const satisfies Record<ImportKind, 'payment_settlements' | 'payment_return_imports'>;

/** An imported file's record: an acknowledgement (`payment_settlements`) or a bank's returns file (`payment_return_imports`). */
export async function insertImport(
  db: Db,
  kind: ImportKind,
  s: { countyId: number | null; fileName: string; fileSha256: string; lines: number; recorded: number; already: number; importedBy: number },
) {
  const { id } = await db
    .insertInto(IMPORT_TABLE[kind])
    .values({ county_id: s.countyId, file_name: s.fileName, file_sha256: s.fileSha256, lines: s.lines, recorded: s.recorded, already: s.already, imported_by: s.importedBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Issued, or returned and paid again (the reissued payment): paid on the bank's date. */
export async function markPaid(db: Db, id: number, p: { paidOn: string; settlementId: number; at: Date }) {
  await db
    .updateTable('payments')
    .set({ status: 'paid', paid_on: p.paidOn, paid_at: p.at, settlement_id: p.settlementId, returned_on: null, return_reason: null })
    .where('id', '=', id)
    .where('status', 'in', ['issued', 'returned'])
    .execute();
}

// --- Returned deposits (ADR 0007) ---------------------------------------------------------------------------------

/** The returns already recorded of these payments (a repeated file finds its lines here). */
export function returnsOf(db: Db, paymentIds: readonly number[]) {
  if (paymentIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('payment_returns').select(['id', 'payment_id', 'paid_on', 'returned_on', 'reason']).where('payment_id', 'in', paymentIds).orderBy('id').execute();
}

/** Every return of the payments of these claims (timesheet versions), oldest first: the claim timeline's. */
export function returnsOfTimesheets(db: Db, timesheetIds: readonly number[]) {
  if (timesheetIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('payment_returns')
    .innerJoin('payments', 'payments.id', 'payment_returns.payment_id')
    .select(['payments.timesheet_id', 'payment_returns.id', 'payment_returns.returned_on', 'payment_returns.reason'])
    .where('payments.timesheet_id', 'in', timesheetIds)
    .orderBy('payment_returns.id')
    .execute();
}

/** The payments of these timesheets whose deposit is back with payroll now (returned, not yet paid again). */
export function returnedNow(db: Db, timesheetIds: readonly number[]) {
  if (timesheetIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('payments')
    .select(['timesheet_id', 'returned_on'])
    .where('timesheet_id', 'in', timesheetIds)
    .where('status', '=', 'returned')
    .execute();
}

/** A paid payment's deposit came back: the payment is `returned` and the return is kept (one row per return). */
export async function markReturned(db: Db, p: { id: number; countyId: number; paidOn: string; settlementId: number }, r: { returnedOn: string; reason: ReturnReason; importId: number }) {
  await db.updateTable('payments').set({ status: 'returned', returned_on: r.returnedOn, return_reason: r.reason }).where('id', '=', p.id).where('status', '=', 'paid').execute();
  const { id } = await db
    .insertInto('payment_returns')
    .values({ payment_id: p.id, county_id: p.countyId, import_id: r.importId, paid_on: p.paidOn, settlement_id: p.settlementId, returned_on: r.returnedOn, reason: r.reason })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** A county's payments (or the state's), newest issue first: payroll's list. */
export function listCountyPayments(db: Db, f: { countyId: number | null; status?: PaymentStatus; providerLoginId?: string; limit: number }) {
  let q = base(db).orderBy('payments.issue_date', 'desc').orderBy('payments.id', 'desc').limit(f.limit);
  if (f.countyId !== null) q = q.where('payments.county_id', '=', f.countyId);
  if (f.status !== undefined) q = q.where('payments.status', '=', f.status);
  if (f.providerLoginId !== undefined) q = q.where('users.login_id', '=', f.providerLoginId);
  return q.execute();
}

/** Counts and sums by status of a county's payments (or the state's). */
export function countyTotals(db: Db, countyId: number | null) {
  let q = db
    .selectFrom('payments')
    .select(['status', sql<number>`count(*)::int`.as('count'), sql<number>`coalesce(sum(gross_cents), 0)::bigint`.as('cents')])
    .groupBy('status');
  if (countyId !== null) q = q.where('county_id', '=', countyId);
  return q.execute();
}

/** Payment numbers, dates and amounts of a county's issued payments: the demo's stand-in for the bank's file. */
export function issuedPayments(db: Db, countyId: number | null, limit: number) {
  let q = db.selectFrom('payments').select(['payment_number', 'gross_cents', 'issue_date']).where('status', '=', 'issued').orderBy('id').limit(limit);
  if (countyId !== null) q = q.where('county_id', '=', countyId);
  return q.execute();
}

/** The scheduled pay run of a date (statewide, issued that day), created the first time it is asked for. */
export async function payRunScheduledFor(db: Db, date: string) {
  await db.insertInto('pay_runs').values({ county_id: null, issue_date: date, started_by: null, scheduled_for: date }).onConflict((oc) => oc.column('scheduled_for').doNothing()).execute();
  const { id } = await db.selectFrom('pay_runs').select('id').where('scheduled_for', '=', date).executeTakeFirstOrThrow();
  return id;
}

/** A payment an import recorded: under the acknowledgement that paid it last, or in the return the returns file recorded. */
interface RecordedRow {
  import_id: number | null;
  county_id: number;
  gross_cents: number;
  /** The bank's date: paid on, returned on. */
  day: string | null;
  reason: ReturnReason | null;
}
function recordedBy(db: Db, kind: ImportKind) {
  const rows =
    kind === 'settlements'
      ? db.selectFrom('payments').select(['settlement_id as import_id', 'county_id', 'gross_cents', 'paid_on as day', sql<null>`null::text`.as('reason')]).$castTo<RecordedRow>()
      : db
          .selectFrom('payment_returns')
          .innerJoin('payments', 'payments.id', 'payment_returns.payment_id')
          .select(['payment_returns.import_id', 'payment_returns.county_id', 'payments.gross_cents', 'payment_returns.returned_on as day', 'payment_returns.reason'])
          .$castTo<RecordedRow>();
  return rows.as('r');
}

/**
 * The imports payroll sees (acknowledgements or returns files), newest first, with the count, sum and bank's dates
 * of the payments each recorded. A county sees its own imports and the state admin's statewide ones that recorded
 * any of its payments, with only its own payments counted; the state (`countyId` null) sees every import whole. The
 * page is cut first, so only its imports' payments are read (by `payments.settlement_id`, `payment_returns.import_id`).
 */
export function listImports(db: Db, kind: ImportKind, f: { countyId: number | null; before?: number | undefined; limit: number }) {
  const { countyId } = f;
  // The two tables have the same columns (migrations 0006, 0010).
  let page = db.selectFrom(`${IMPORT_TABLE[kind]} as f`).selectAll('f').orderBy('f.id', 'desc').limit(f.limit);
  if (countyId !== null) {
    page = page.where((eb) =>
      eb.or([
        eb('f.county_id', '=', countyId),
        eb.and([
          eb('f.county_id', 'is', null),
          eb.exists(eb.selectFrom(recordedBy(db, kind)).select(sql`1`.as('one')).whereRef('r.import_id', '=', 'f.id').where('r.county_id', '=', countyId)),
        ]),
      ]),
    );
  }
  if (f.before !== undefined) page = page.where('f.id', '<', f.before);
  return db
    .selectFrom(page.as('s'))
    .innerJoin('users', 'users.id', 's.imported_by')
    .leftJoin('counties', 'counties.id', 's.county_id')
    .innerJoinLateral(
      (eb) => {
        let recorded = eb
          .selectFrom(recordedBy(db, kind))
          .select([
            sql<number>`count(*)::int`.as('recorded_here'),
            sql<string>`coalesce(sum(r.gross_cents), 0)::bigint`.as('cents'),
            sql<string | null>`min(r.day)::text`.as('first_day'),
            sql<string | null>`max(r.day)::text`.as('last_day'),
          ])
          .whereRef('r.import_id', '=', 's.id');
        if (countyId !== null) recorded = recorded.where('r.county_id', '=', countyId);
        return recorded.as('p');
      },
      (join) => join.onTrue(),
    )
    .selectAll('s')
    .select(['users.first_name', 'users.last_name', 'counties.name as county_name', 'p.recorded_here', 'p.cents', 'p.first_day', 'p.last_day'])
    .orderBy('s.id', 'desc')
    .execute();
}

/** How many returns each of these returns files recorded for each reason (a county: of its payments only). */
export function returnReasonsOf(db: Db, importIds: readonly number[], countyId: number | null) {
  if (importIds.length === 0) return Promise.resolve([]);
  let q = db
    .selectFrom('payment_returns')
    .select(['import_id', 'reason', sql<number>`count(*)::int`.as('count')])
    .where('import_id', 'in', importIds)
    .groupBy(['import_id', 'reason'])
    .orderBy('import_id')
    .orderBy('reason');
  if (countyId !== null) q = q.where('county_id', '=', countyId);
  return q.execute();
}

/** The county's payment paid most recently (the state's, for `null`): the demo returns its deposit. */
export function latestPaidPayment(db: Db, countyId: number | null) {
  let q = db.selectFrom('payments').select(['payment_number', 'gross_cents']).where('status', '=', 'paid').orderBy('paid_on', 'desc').orderBy('paid_at', 'desc').orderBy('id', 'desc').limit(1);
  if (countyId !== null) q = q.where('county_id', '=', countyId);
  return q.executeTakeFirst();
}
