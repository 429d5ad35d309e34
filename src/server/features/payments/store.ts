import { sql, type Insertable } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { PaymentStatus } from '../../../contracts/payments.js';
import type { PaymentsTable, ReturnReason } from '../../../db/schema.js';
import { DEDUCTION_KINDS, type Deduction, type DeductionKind } from '../../../domain/index.js';

export async function insertPayRun(db: Db, r: { countyId: number | null; issueDate: string; startedBy: number | null }) {
  const { id } = await db.insertInto('pay_runs').values({ county_id: r.countyId, issue_date: r.issueDate, started_by: r.startedBy }).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** A run with its totals: the sums of its counties' rows, plus the run row's own (runs from before 0020_pay_run_totals). */
export function findPayRun(db: Db, id: number) {
  return db
    .selectFrom('pay_runs as r')
    .select(['r.id', 'r.county_id', 'r.issue_date', 'r.started_by', 'r.started_at', 'r.finished_at', 'r.scheduled_for'])
    .select((eb) => [
      sql<number>`r.payments + coalesce(${eb.selectFrom('pay_run_totals as t').select(sql`sum(t.payments)`.as('n')).whereRef('t.pay_run_id', '=', 'r.id')}, 0)::int`.as('payments'),
      sql<string>`r.total_cents + coalesce(${eb.selectFrom('pay_run_totals as t').select(sql`sum(t.total_cents)`.as('c')).whereRef('t.pay_run_id', '=', 'r.id')}, 0)::bigint`.as('total_cents'),
    ])
    .where('r.id', '=', id)
    .executeTakeFirst();
}

/**
 * Adds a batch's payments to the run's totals of their counties, in county order. A worker pays its own counties,
 * so the rows it adds to are its own: workers of one run never wait on each other here.
 */
export async function addToPayRunTotals(db: Db, payRunId: number, byCounty: ReadonlyMap<number, { payments: number; cents: number }>) {
  const rows = [...byCounty].sort(([a], [b]) => a - b);
  if (rows.length === 0) return;
  await sql`
    INSERT INTO pay_run_totals (pay_run_id, county_id, payments, total_cents)
    SELECT ${payRunId}, c, n, t FROM unnest(${rows.map(([c]) => c)}::smallint[], ${rows.map(([, v]) => v.payments)}::int[], ${rows.map(([, v]) => v.cents)}::bigint[]) AS x(c, n, t)
    ON CONFLICT (pay_run_id, county_id) DO UPDATE SET payments = pay_run_totals.payments + excluded.payments, total_cents = pay_run_totals.total_cents + excluded.total_cents`.execute(db);
}

export async function finishPayRun(db: Db, id: number) {
  await db.updateTable('pay_runs').set({ finished_at: sql<Date>`portal_now()` }).where('id', '=', id).execute();
}

/** `n` payment numbers of the year, in the order the sequence gave them. */
export async function nextPaymentNumbers(db: Db, year: string, n: number) {
  if (n === 0) return [];
  const r = await sql<{ n: string }>`SELECT nextval('payment_number_seq')::text AS n FROM generate_series(1, ${n}::int)`.execute(db);
  return r.rows
    .map((row) => BigInt(row.n))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((v) => `P${year}-${String(v).padStart(8, '0')}`);
}

/** Which of these versions have a payment already. */
export async function paidTimesheets(db: Db, timesheetIds: readonly number[]) {
  if (timesheetIds.length === 0) return new Set<number>();
  const rows = await db.selectFrom('payments').select('timesheet_id').where('timesheet_id', 'in', timesheetIds).execute();
  return new Set(rows.map((r) => r.timesheet_id));
}

/** Rows a statement at most: each payment row takes 30 of PostgreSQL's 65,535 parameters. */
/** The columns the pay run writes of a payment, with their SQL types: a batch's rows go in as one array a column. */
const PAYMENT_COLUMNS = {
  payment_number: 'text',
  kind: 'text',
  timesheet_id: 'bigint',
  provider_user_id: 'bigint',
  case_id: 'bigint',
  county_id: 'smallint',
  pay_run_id: 'bigint',
  pay_period_start: 'date',
  pay_period_end: 'date',
  issue_date: 'date',
  rate_cents: 'integer',
  regular_minutes: 'integer',
  overtime_minutes: 'integer',
  travel_minutes: 'integer',
  sick_minutes: 'integer',
  regular_cents: 'integer',
  overtime_cents: 'integer',
  travel_cents: 'integer',
  sick_cents: 'integer',
  gross_cents: 'integer',
  net_cents: 'integer',
  federal_wages_cents: 'integer',
  social_security_wages_cents: 'integer',
  medicare_wages_cents: 'integer',
  state_wages_cents: 'integer',
  sdi_wages_cents: 'integer',
  tax_year: 'smallint',
  paid_by: 'text',
  deposit_account_id: 'bigint',
} as const;
export type PaymentInsert = { [K in keyof typeof PAYMENT_COLUMNS]: Insertable<PaymentsTable>[K] };

/**
 * Writes payments (a batch's) in one statement whatever their number: an array a column through unnest, so the
 * statement has 29 parameters, not 29 a row (a multi-row VALUES of thousands of parameters costs as much to plan as
 * to run). Their ids in the order given.
 */
export async function insertPayments(db: Db, rows: readonly PaymentInsert[]) {
  if (rows.length === 0) return [];
  const columns = Object.keys(PAYMENT_COLUMNS) as (keyof typeof PAYMENT_COLUMNS)[];
  const written = await sql<{ id: number; payment_number: string }>`
    INSERT INTO payments (${sql.join(columns.map((c) => sql.ref(c)))})
    SELECT * FROM unnest(${sql.join(columns.map((c) => sql`${rows.map((r) => r[c] ?? null)}::${sql.raw(PAYMENT_COLUMNS[c])}[]`))})
    RETURNING id, payment_number`.execute(db);
  const ids = new Map(written.rows.map((w) => [w.payment_number, Number(w.id)]));
  return rows.map((r) => ids.get(r.payment_number)!);
}

/**
 * One provider's payments are figured one at a time: each reads the sums of the earlier ones (netPayOf's `earlier`).
 * A batch takes its providers' locks in one order (unnest keeps the array's), so two batches never wait on each other
 * in a circle.
 */
export async function lockProvidersPay(db: Db, providerIds: readonly number[]) {
  const ids = [...new Set(providerIds)].sort((a, b) => a - b);
  await sql`SELECT pg_advisory_xact_lock(hashtext('provider-pay'), p::int) FROM unnest(${ids}::bigint[]) AS p`.execute(db);
}

/** The entries of PostgreSQL's shared lock table, which every transaction's locks (the providers' pay locks) share. */
export async function lockTableSlots(db: Db) {
  const { rows } = await sql<{ slots: number }>`
    SELECT current_setting('max_locks_per_transaction')::int * (current_setting('max_connections')::int + current_setting('max_prepared_transactions')::int) AS slots`.execute(db);
  return rows[0]!.slots;
}

/**
 * A batch's payments' deductions, in one statement after the payments (the net check of migration 0022). A kind not
 * taken has no row: every reader counts it as zero (ADR 0012).
 */
export async function insertDeductions(db: Db, rows: readonly { paymentId: number; countyId: number; deductions: readonly Deduction[] }[]) {
  const flat = rows.flatMap((r) => r.deductions.filter((d) => d.cents !== 0).map((d) => ({ ...d, paymentId: r.paymentId, countyId: r.countyId })));
  if (flat.length === 0) return;
  await sql`INSERT INTO payment_deductions (payment_id, county_id, kind, cents)
            SELECT * FROM unnest(${flat.map((d) => d.paymentId)}::bigint[], ${flat.map((d) => d.countyId)}::smallint[], ${flat.map((d) => d.kind)}::text[], ${flat.map((d) => d.cents)}::int[])`.execute(db);
}

/**
 * What netPayOf needs of these providers' payments issued up to `payDate` (its `earlier` and the month's health
 * premium), by provider and case: the calendar year's and quarter's gross and taxed wages; the Share of Cost taken
 * for each service month (payments whose pay period starts in it); and, from any case, the health premium taken in
 * the pay date's month. Only sums: the caller adds each payment it makes to them.
 */
export async function earlierSums(db: Db, q: { providerIds: readonly number[]; payDate: string; yearStart: string; quarterStart: string; monthStart: string; serviceMonths: { start: string; end: string } }) {
  const providers = [...q.providerIds];
  const [wages, shareOfCost, healthPremium] = await Promise.all([
    sql<{ provider_user_id: number; case_id: number; year_gross: string; year_ss: string; year_medicare: string; quarter_gross: string; quarter_sdi: string }>`
      SELECT p.provider_user_id, p.case_id,
             sum(p.gross_cents)::bigint AS year_gross,
             sum(p.social_security_wages_cents)::bigint AS year_ss,
             sum(p.medicare_wages_cents)::bigint AS year_medicare,
             coalesce(sum(p.gross_cents) FILTER (WHERE p.issue_date >= ${q.quarterStart}), 0)::bigint AS quarter_gross,
             coalesce(sum(p.sdi_wages_cents) FILTER (WHERE p.issue_date >= ${q.quarterStart}), 0)::bigint AS quarter_sdi
        FROM payments p
       WHERE p.provider_user_id = ANY(${providers}::bigint[]) AND p.issue_date BETWEEN ${q.yearStart} AND ${q.payDate}
       GROUP BY p.provider_user_id, p.case_id`.execute(db),
    sql<{ provider_user_id: number; case_id: number; month: string; cents: string }>`
      SELECT s.provider_user_id, s.case_id, to_char(s.pay_period_start, 'YYYY-MM') AS month, sum(d.cents)::bigint AS cents
        FROM payments s JOIN payment_deductions d ON d.payment_id = s.id AND d.kind = 'share_of_cost'
       WHERE s.provider_user_id = ANY(${providers}::bigint[]) AND s.pay_period_start BETWEEN ${q.serviceMonths.start} AND ${q.serviceMonths.end}
       GROUP BY 1, 2, 3`.execute(db),
    sql<{ provider_user_id: number; cents: string }>`
      SELECT h.provider_user_id, sum(d.cents)::bigint AS cents
        FROM payments h JOIN payment_deductions d ON d.payment_id = h.id AND d.kind = 'health_premium'
       WHERE h.provider_user_id = ANY(${providers}::bigint[]) AND h.issue_date BETWEEN ${q.monthStart} AND ${q.payDate}
       GROUP BY 1`.execute(db),
  ]);
  return { wages: wages.rows, shareOfCost: shareOfCost.rows, healthPremium: healthPremium.rows };
}

/** Each payment's deductions, every kind in DEDUCTION_KINDS order; a kind without a row was not taken (zero). */
export async function deductionsOf(db: Db, paymentIds: readonly number[]): Promise<Map<number, Deduction[]>> {
  const out = new Map<number, Deduction[]>(paymentIds.map((id) => [id, DEDUCTION_KINDS.map((kind) => ({ kind, cents: 0 }))]));
  if (paymentIds.length === 0) return out;
  const rows = await db.selectFrom('payment_deductions').select(['payment_id', 'kind', 'cents']).where('payment_id', 'in', paymentIds).execute();
  for (const r of rows) out.get(r.payment_id)![DEDUCTION_KINDS.indexOf(r.kind)]!.cents = r.cents;
  return out;
}

function base(db: Db) {
  return db
    .selectFrom('payments')
    .innerJoin('cases', 'cases.id', 'payments.case_id')
    .innerJoin('users', 'users.id', 'payments.provider_user_id')
    // Where it went: the account's last 4 digits only (0019_direct_deposit), never its encrypted number.
    .leftJoin('pay_destinations', 'pay_destinations.id', 'payments.deposit_account_id')
    .selectAll('payments')
    .select([
      'pay_destinations.account_last4 as deposit_last4',
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

/**
 * A provider's latest `latest` payments and, with `from`, every one issued from `from` on, newest first, in one read:
 * the dashboard's billing summary and its pay on the way.
 */
export function latestPaymentsAndSince(db: Db, providerId: number, latest: number, from: string | null) {
  const newest = db
    .selectFrom('payments as n')
    .select('n.id')
    .where('n.provider_user_id', '=', providerId)
    .orderBy('n.issue_date', 'desc')
    .orderBy('n.id', 'desc')
    .limit(latest);
  return base(db)
    .where('payments.provider_user_id', '=', providerId)
    .where((eb) => (from === null ? eb('payments.id', 'in', newest) : eb.or([eb('payments.id', 'in', newest), eb('payments.issue_date', '>=', from)])))
    .orderBy('payments.issue_date', 'desc')
    .orderBy('payments.id', 'desc')
    .execute();
}

/** A provider's payments issued in [from, to] (on `to`, up to payment `id`), oldest first: a stub's year to date. */
export function paymentsUpTo(db: Db, providerId: number, from: string, to: string, id: number) {
  return base(db)
    .where('payments.provider_user_id', '=', providerId)
    .where('payments.issue_date', '>=', from)
    .where((eb) => eb.or([eb('payments.issue_date', '<', to), eb.and([eb('payments.issue_date', '=', to), eb('payments.id', '<=', id)])]))
    .orderBy('payments.issue_date')
    .orderBy('payments.id')
    .execute();
}

/**
 * A provider's W-2 figures per calendar year of issue and case (the employer): the sums of taxable wages and of the
 * taxes deducted. One year and case, or all.
 */
export function w2Sums(db: Db, q: { providerId: number; only?: { year: number; caseId: number } }) {
  const wages = (column: 'federal_wages_cents' | 'social_security_wages_cents' | 'medicare_wages_cents' | 'state_wages_cents') => sql<string>`sum(p.${sql.ref(column)})::bigint`;
  const tax = (kind: DeductionKind) => sql<string>`sum(t.${sql.ref(kind)})::bigint`;
  let rows = db
    .selectFrom('payments as p')
    .innerJoin('cases as c', 'c.id', 'p.case_id')
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('payment_deductions as d')
          .select(
            (['federal_income_tax', 'social_security', 'medicare', 'state_income_tax', 'sdi'] as const).map((kind) =>
              sql<number>`coalesce(sum(d.cents) FILTER (WHERE d.kind = ${kind}), 0)`.as(kind),
            ),
          )
          .whereRef('d.payment_id', '=', 'p.id')
          .as('t'),
      (join) => join.onTrue(),
    )
    .select([
      sql<number>`extract(year FROM p.issue_date)::int`.as('year'),
      'p.case_id',
      'c.case_number',
      'c.first_name',
      'c.last_name',
      wages('federal_wages_cents').as('wages'),
      tax('federal_income_tax').as('federal_tax'),
      wages('social_security_wages_cents').as('social_security_wages'),
      tax('social_security').as('social_security_tax'),
      wages('medicare_wages_cents').as('medicare_wages'),
      tax('medicare').as('medicare_tax'),
      wages('state_wages_cents').as('state_wages'),
      tax('state_income_tax').as('state_tax'),
      tax('sdi').as('sdi'),
    ])
    .where('p.provider_user_id', '=', q.providerId)
    .groupBy([sql`extract(year FROM p.issue_date)`, 'p.case_id', 'c.case_number', 'c.first_name', 'c.last_name'])
    .orderBy('year', 'desc')
    .orderBy('c.last_name')
    .orderBy('c.first_name')
    .orderBy('c.case_number');
  if (q.only) rows = rows.where('p.issue_date', '>=', `${q.only.year}-01-01`).where('p.issue_date', '<=', `${q.only.year}-12-31`).where('p.case_id', '=', q.only.caseId);
  return rows.execute();
}

/**
 * Pay runs that paid any payment of the county (all counties: null), newest first, with their payments' count, gross,
 * net and deductions per kind, summed over the county's payments only. The page of runs is cut first.
 */
export async function payRunTotals(db: Db, f: { countyId: number | null; before?: number | undefined; limit: number }) {
  let runs = db
    .selectFrom('pay_runs as r')
    .select(['r.id', 'r.issue_date', 'r.county_id'])
    .where((eb) => {
      let paid = eb.selectFrom('payments as p').select(sql`1`.as('one')).whereRef('p.pay_run_id', '=', 'r.id');
      if (f.countyId !== null) paid = paid.where('p.county_id', '=', f.countyId);
      return eb.exists(paid);
    })
    .orderBy('r.id', 'desc')
    .limit(f.limit + 1);
  if (f.before !== undefined) runs = runs.where('r.id', '<', f.before);
  const page = await runs.execute();
  const shown = page.slice(0, f.limit);
  if (shown.length === 0) return { runs: [], sums: [], deductions: [], more: false };
  const ids = shown.map((r) => r.id);
  let sums = db
    .selectFrom('payments')
    .select(['pay_run_id', sql<number>`count(*)::int`.as('payments'), sql<string>`sum(gross_cents)::bigint`.as('gross'), sql<string>`sum(net_cents)::bigint`.as('net')])
    .where('pay_run_id', 'in', ids)
    .groupBy('pay_run_id');
  let deductions = db
    .selectFrom('payment_deductions as d')
    .innerJoin('payments as p', 'p.id', 'd.payment_id')
    .select(['p.pay_run_id', 'd.kind', sql<string>`sum(d.cents)::bigint`.as('cents')])
    .where('p.pay_run_id', 'in', ids)
    .groupBy(['p.pay_run_id', 'd.kind']);
  if (f.countyId !== null) {
    sums = sums.where('county_id', '=', f.countyId);
    deductions = deductions.where('p.county_id', '=', f.countyId);
  }
  const [s, d] = await Promise.all([sums.execute(), deductions.execute()]);
  return { runs: shown, sums: s, deductions: d, more: page.length > f.limit };
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
      'net_cents',
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

/** Payment numbers, dates and net amounts of a county's issued payments: the demo's stand-in for the bank's file. */
export function issuedPayments(db: Db, countyId: number | null, limit: number) {
  let q = db.selectFrom('payments').select(['payment_number', 'net_cents', 'issue_date']).where('status', '=', 'issued').orderBy('id').limit(limit);
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
  net_cents: number;
  /** The bank's date: paid on, returned on. */
  day: string | null;
  reason: ReturnReason | null;
}
function recordedBy(db: Db, kind: ImportKind) {
  const rows =
    kind === 'settlements'
      ? db.selectFrom('payments').select(['settlement_id as import_id', 'county_id', 'net_cents', 'paid_on as day', sql<null>`null::text`.as('reason')]).$castTo<RecordedRow>()
      : db
          .selectFrom('payment_returns')
          .innerJoin('payments', 'payments.id', 'payment_returns.payment_id')
          .select(['payment_returns.import_id', 'payment_returns.county_id', 'payments.net_cents', 'payment_returns.returned_on as day', 'payment_returns.reason'])
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
            sql<string>`coalesce(sum(r.net_cents), 0)::bigint`.as('cents'),
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
  let q = db.selectFrom('payments').select(['payment_number', 'net_cents']).where('status', '=', 'paid').orderBy('paid_on', 'desc').orderBy('paid_at', 'desc').orderBy('id', 'desc').limit(1);
  if (countyId !== null) q = q.where('county_id', '=', countyId);
  return q.executeTakeFirst();
}

/** The issue date of the provider's first payment, or undefined: when their time in payroll began. */
export async function firstIssueDate(db: Db, providerId: number): Promise<string | undefined> {
  const row = await db.selectFrom('payments').select('issue_date').where('provider_user_id', '=', providerId).orderBy('issue_date').limit(1).executeTakeFirst();
  return row?.issue_date;
}
