/**
 * `npm run bench:pay-run [-- --count N --seed S --workers W --profile]`: the real, set-based pay run (`runPayRun`, a
 * batch of approved versions a transaction) against a real PostgreSQL, beside its floor measured in the same run:
 * the bare SQL that writes the same payment rows in one `INSERT ... SELECT` over the same timesheets and days, into
 * a table shaped like `payments`. It seeds N providers' approved timesheets of last month's first pay period
 * (generate.ts) into a throwaway cluster, pays them with W workers at once (each a group of counties, as production
 * would run one per county group), and prints timesheets, seconds, payments a second, the floor's seconds, the
 * ratio, the time projected for a pay period's 825,000 timesheets, queries a payment, and the rows it writes a
 * payment in each table (inserted or updated, from PostgreSQL's statistics) beside the floor's one. It exits 1 if an
 * approved timesheet was not paid exactly once, if sick leave was not paid with its timesheet, or if the run's totals
 * are not its payments' sums; it asserts nothing about wall-clock time.
 */
import { sql } from 'kysely';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Db } from '../../src/db/connection';
import { addDays, californiaDate } from '../../src/domain/index';
import { countyGroups } from '../../src/server/features/payments/county-groups';
import { runPayRun } from '../../src/server/features/payments/service';
import * as payments from '../../src/server/features/payments/store';
import { systemClock } from '../../src/server/lib/clock';
import { withThrowawayDatabase } from './database';
import { bookSize, generatePayRunBook, type BookProvider } from './generate';
import type { ProfiledDb, ShapeStats } from './profile';
import { seedBook } from './seed';

/** A semi-monthly pay period's timesheets, statewide (issue #16): the goal is to pay them in 5 minutes at most. */
export const PERIOD_TIMESHEETS = 825_000;
/** A month's payments, two pay periods of the state's provider-months. */
export const MONTHLY_PAYMENTS = 1_432_000;

/** The first pay period of the month before `today`'s: wholly past, as the periods a pay run pays are. */
export function benchPeriodStart(today: string): string {
  return `${addDays(`${today.slice(0, 8)}01`, -1).slice(0, 8)}01`;
}

export interface Rates {
  readonly payments: number;
  readonly payRunSeconds: number;
  readonly baselineSeconds: number;
}

export function summarise(r: Rates) {
  const paymentsPerSecond = r.payments / r.payRunSeconds;
  const baselinePerSecond = r.payments / r.baselineSeconds;
  return {
    paymentsPerSecond,
    baselinePerSecond,
    /** How many times the floor's time the pay run takes for the same payments. */
    ratioToBaseline: r.payRunSeconds / r.baselineSeconds,
    projectedPeriodSeconds: PERIOD_TIMESHEETS / paymentsPerSecond,
    projectedMonthSeconds: MONTHLY_PAYMENTS / paymentsPerSecond,
  };
}

/** The counties split into `n` groups of about as many timesheets each, as the scheduled pay run splits them. */
export function countyGroupsOf(book: readonly BookProvider[], n: number): number[][] {
  const byCounty = new Map<number, number>();
  for (const p of book) byCounty.set(p.countyId, (byCounty.get(p.countyId) ?? 0) + p.recipients.length);
  return countyGroups(byCounty, n);
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const start = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - start) / 1000 };
}

/**
 * The floor: the run's payment rows written again by one `INSERT ... SELECT` that reads the same approved versions
 * and their days (joined and summed, as a bare SQL pay run would) into a copy of `payments`'s shape, indexes and
 * constraints included (its foreign keys aside).
 */
async function writeFloor(db: Db, payRunId: number) {
  await sql`CREATE TABLE pay_run_floor (LIKE payments INCLUDING ALL)`.execute(db);
  const { rows } = await sql<{ column_name: string }>`
    SELECT column_name FROM information_schema.columns WHERE table_name = 'payments' AND column_name NOT IN ('id', 'created_at') ORDER BY ordinal_position`.execute(db);
  const columns = sql.join(rows.map((r) => sql.ref(r.column_name)));
  const selected = sql.join(rows.map((r) => sql.ref(`p.${r.column_name}`)));
  await sql`CHECKPOINT`.execute(db);
  return timed(async () => {
    const r = await sql`
      INSERT INTO pay_run_floor (${columns})
      SELECT ${selected}
        FROM timesheets t
        JOIN (SELECT timesheet_id, sum(worked_minutes) AS worked, sum(travel_minutes) AS travel FROM timesheet_days GROUP BY timesheet_id) d ON d.timesheet_id = t.id
        JOIN payments p ON p.timesheet_id = t.id AND p.pay_run_id = ${payRunId}`.execute(db);
    return Number(r.numAffectedRows ?? 0);
  });
}

/**
 * Rows inserted and updated so far in each table (a partition counted in its parent's), from PostgreSQL's statistics:
 * the difference across the run is what it wrote, set beside the floor's one row a payment.
 */
async function rowsWritten(db: Db): Promise<Map<string, number>> {
  // A connection reports its counts at a commit a second or more after its last report (PGSTAT_MIN_INTERVAL), else
  // once it has been idle for 10 s (PGSTAT_IDLE_INTERVAL): after 1.5 s a run's last batches were sometimes missing.
  await new Promise((resolve) => setTimeout(resolve, 11_000));
  const { rows } = await sql<{ table: string; rows: string }>`
    SELECT coalesce(i.inhparent::regclass::text, s.relname) AS table, sum(s.n_tup_ins + s.n_tup_upd) AS rows
      FROM pg_stat_user_tables s LEFT JOIN pg_inherits i ON i.inhrelid = s.relid
     GROUP BY 1`.execute(db);
  return new Map(rows.map((r) => [r.table, Number(r.rows)]));
}

function rowsBetween(before: Map<string, number>, after: Map<string, number>) {
  return [...after]
    .map(([table, n]) => ({ table, rows: n - (before.get(table) ?? 0) }))
    .filter((r) => r.rows > 0)
    .sort((a, b) => b.rows - a.rows);
}

/** What must hold after the run; each failure is a line of text. */
async function check(db: Db, payRunId: number, expected: { timesheets: number; sickLeave: number }) {
  const { rows } = await sql<{ approved: number; paid_once: number; paid_twice: number; payments: number; gross: string; run_payments: number; run_total: string; sick_unpaid: number; sick_paid: number }>`
    SELECT (SELECT count(*) FROM timesheets WHERE status = 'approved')::int AS approved,
           (SELECT count(*) FROM timesheets t WHERE t.status = 'payment_issued'
              AND (SELECT count(*) FROM payments p WHERE p.timesheet_id = t.id) = 1)::int AS paid_once,
           (SELECT count(*) FROM (SELECT timesheet_id FROM payments GROUP BY timesheet_id HAVING count(*) > 1) x)::int AS paid_twice,
           (SELECT count(*) FROM payments WHERE pay_run_id = ${payRunId})::int AS payments,
           (SELECT coalesce(sum(gross_cents), 0) FROM payments WHERE pay_run_id = ${payRunId})::bigint AS gross,
           (SELECT coalesce(sum(payments), 0) FROM pay_run_totals WHERE pay_run_id = ${payRunId})::int AS run_payments,
           (SELECT coalesce(sum(total_cents), 0) FROM pay_run_totals WHERE pay_run_id = ${payRunId})::bigint AS run_total,
           (SELECT count(*) FROM sick_leave_claims WHERE payment_id IS NULL)::int AS sick_unpaid,
           (SELECT count(*) FROM sick_leave_claims s JOIN payments p ON p.id = s.payment_id AND p.kind = 'timesheet')::int AS sick_paid`.execute(db);
  const c = rows[0]!;
  const { rows: byCounty } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM pay_run_totals t
      FULL JOIN (SELECT county_id, count(*)::int AS payments, sum(gross_cents)::bigint AS gross FROM payments WHERE pay_run_id = ${payRunId} GROUP BY county_id) p ON p.county_id = t.county_id AND t.pay_run_id = ${payRunId}
     WHERE (t.pay_run_id IS NULL OR t.pay_run_id = ${payRunId}) AND (t.payments IS DISTINCT FROM p.payments OR t.total_cents IS DISTINCT FROM p.gross)`.execute(db);
  const failures: string[] = [];
  if (c.approved !== 0) failures.push(`${c.approved} approved timesheets left unpaid`);
  if (c.paid_twice !== 0) failures.push(`${c.paid_twice} timesheets paid more than once`);
  if (c.paid_once !== expected.timesheets || c.payments !== expected.timesheets) {
    failures.push(`${expected.timesheets} timesheets, ${c.paid_once} paid exactly once, ${c.payments} payments`);
  }
  if (c.run_payments !== c.payments || c.run_total !== c.gross) failures.push(`the run counts ${c.run_payments} payments of ${c.run_total} cents, the payments are ${c.payments} of ${c.gross}`);
  if (byCounty[0]!.n !== 0) failures.push(`${byCounty[0]!.n} counties' totals are not their payments' sums`);
  if (c.sick_unpaid !== 0 || c.sick_paid !== expected.sickLeave) failures.push(`${c.sick_paid} of ${expected.sickLeave} sick leave claims paid with their timesheet`);
  return { failures, grossCents: Number(c.gross) };
}

export async function measurePayRun(handle: ProfiledDb, options: { count: number; seed: number; workers: number; now: Date }) {
  const { db, profile } = handle;
  const now = options.now;
  const today = californiaDate(now);
  const periodStart = benchPeriodStart(today);
  const book = generatePayRunBook({ seed: options.seed, count: options.count, periodStart });
  const size = bookSize(book);
  const seeded = await timed(() => seedBook(db, book, periodStart, new Date(now.getTime() - 10 * 86_400_000)));
  await sql`CHECKPOINT`.execute(db);

  const payRunId = await payments.insertPayRun(db, { countyId: null, issueDate: today, startedBy: null });
  const groups = options.workers > 1 ? countyGroupsOf(book, options.workers) : [undefined];
  const written = await rowsWritten(db);
  profile.recording = true;
  const run = await timed(() => Promise.all(groups.map((counties) => runPayRun(db, { payRunId, now, workers: groups.length, ...(counties ? { counties } : {}) }))));
  profile.recording = false;
  const rows = rowsBetween(written, await rowsWritten(db));
  const queries = profile.totals();
  const floor = await writeFloor(db, payRunId);
  const checked = await check(db, payRunId, size);
  const paid = run.value.reduce((n, r) => n + r.paidNow, 0);
  if (floor.value !== paid) checked.failures.push(`the floor wrote ${floor.value} rows for ${paid} payments`);
  return {
    ...size,
    periodStart,
    workers: groups.length,
    seedSeconds: seeded.seconds,
    payments: paid,
    grossCents: checked.grossCents,
    payRunSeconds: run.seconds,
    baselineSeconds: floor.seconds,
    ...summarise({ payments: paid, payRunSeconds: run.seconds, baselineSeconds: floor.seconds }),
    queriesPerPayment: queries.calls / paid,
    rowsPerPayment: rows.map((r) => ({ table: r.table, perPayment: r.rows / paid })),
    databaseShare: queries.ms / 1000 / run.seconds / groups.length,
    shapes: profile.byTime(),
    failures: checked.failures,
  };
}

function printShapes(shapes: readonly ShapeStats[], payments: number, runSeconds: number) {
  console.log('  queries of the pay run, most time first (ms a payment, calls a payment, share of the run, SQL):');
  for (const s of shapes.slice(0, 12)) {
    const share = s.ms / 10 / runSeconds;
    console.log(`    ${(s.ms / payments).toFixed(3).padStart(7)} ${(s.calls / payments).toFixed(2).padStart(6)} ${share.toFixed(1).padStart(5)}%  ${s.sql.slice(0, 150)}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values: args } = parseArgs({
    options: { count: { type: 'string', default: '2000' }, seed: { type: 'string', default: '1' }, workers: { type: 'string', default: '1' }, profile: { type: 'boolean', default: false } },
  });
  const [count, seed, workers] = (['count', 'seed', 'workers'] as const).map((name) => {
    const v = args[name];
    if (!/^[1-9][0-9]*$/.test(v)) throw new Error(`--${name} must be a positive whole number`);
    return Number(v);
  }) as [number, number, number];
  const r = await withThrowawayDatabase((handle) => measurePayRun(handle, { count, seed, workers, now: systemClock.now() }));
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  console.log(`pay run benchmark (seed ${seed}, ${r.workers} worker${r.workers > 1 ? 's' : ''}, embedded PostgreSQL, node ${process.version})`);
  console.log(`  data:        ${n(r.providers)} providers (${n(r.kinds.overtime)} with overtime, ${n(r.kinds.two_recipients)} with two recipients and travel), ${n(r.sickLeave)} confirmed sick leave`);
  console.log(`               ${n(r.timesheets)} approved timesheets of the period from ${r.periodStart}, ${n(r.days)} days; seeded in ${r.seedSeconds.toFixed(1)} s`);
  console.log(`  timesheets:  ${n(r.timesheets)}`);
  console.log(`  pay run:     ${n(r.payments)} payments in ${r.payRunSeconds.toFixed(1)} s: ${n(r.paymentsPerSecond)} payments/s`);
  console.log(`  queries:     ${r.queriesPerPayment.toFixed(3)} a payment, ${(r.databaseShare * 100).toFixed(0)}% of each worker's time waiting on them`);
  const written = r.rowsPerPayment.reduce((n, t) => n + t.perPayment, 0);
  console.log(`  rows:        ${written.toFixed(1)} written a payment (${r.rowsPerPayment.map((t) => `${t.table} ${t.perPayment.toFixed(2)}`).join(', ')}); the baseline writes 1`);
  console.log(`  baseline:    ${r.baselineSeconds.toFixed(1)} s (one INSERT ... SELECT of the same payment rows over the same timesheets and days)`);
  console.log(`  ratio:       ${r.ratioToBaseline.toFixed(2)}x the baseline's time (goal: at most 3x)`);
  console.log(`  projection:  ${(r.projectedPeriodSeconds / 60).toFixed(1)} min for a pay period's ${n(PERIOD_TIMESHEETS)} timesheets (goal: at most 5 min); ${(r.projectedMonthSeconds / 60).toFixed(1)} min for a month's ${n(MONTHLY_PAYMENTS)}`);
  if (args.profile) printShapes(r.shapes, r.payments, r.payRunSeconds * r.workers);
  if (r.failures.length === 0) console.log(`  checks:      every approved timesheet paid exactly once; the run's totals ($${(r.grossCents / 100).toFixed(2)}) are its payments' sums, county by county`);
  for (const f of r.failures) console.error(`  FAILED:      ${f}`);
  const { shapes: _shapes, ...json } = r;
  console.log(JSON.stringify({ benchmark: 'pay-run', seed, ...json }));
  if (r.failures.length > 0) process.exitCode = 1;
}
