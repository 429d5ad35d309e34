/**
 * `npm run bench:pay-run [-- --count N --seed S --profile]`: how many payments a second the real pay run
 * (`runPayRun`, one transaction a payment) makes against a real PostgreSQL, the projected time for a month's
 * statewide payments on one worker, and the ratio to the floor of the same work measured in the same run: the
 * same payment rows written one transaction each into a scratch table shaped like `payments`, through the same
 * connection. It seeds N providers' approved timesheets of last month's first pay period (generate.ts) into a
 * throwaway cluster, checks that every one was paid once and that the run's total is the payments' sum (exit 1
 * if not), and asserts nothing about wall-clock time.
 */
import { sql } from 'kysely';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Db } from '../../src/db/connection';
import type { PaymentsTable } from '../../src/db/schema';
import { addDays, californiaDate } from '../../src/domain/index';
import { runPayRun } from '../../src/server/features/payments/service';
import * as payments from '../../src/server/features/payments/store';
import { STATEWIDE_PROVIDER_MONTHS } from '../rules/run';
import { systemClock } from '../../src/server/lib/clock';
import { withThrowawayDatabase } from './database';
import { bookSize, generatePayRunBook } from './generate';
import type { ProfiledDb, ShapeStats } from './profile';
import { seedBook } from './seed';

/** Two semi-monthly pay periods of the state's provider-months: about 1.4 million payments a month. */
export const MONTHLY_PAYMENTS = 2 * STATEWIDE_PROVIDER_MONTHS;

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
    /** How many times the floor's time one payment of the pay run takes. */
    ratioToBaseline: baselinePerSecond / paymentsPerSecond,
    projectedMonthSeconds: MONTHLY_PAYMENTS / paymentsPerSecond,
  };
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const start = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - start) / 1000 };
}

/** The floor: the run's payment rows written again, one transaction each, into a copy of `payments`'s shape. */
async function writeFloor(db: Db, payRunId: number) {
  await sql`CREATE TABLE pay_run_floor (LIKE payments INCLUDING ALL)`.execute(db);
  const rows = await db.selectFrom('payments').selectAll().where('pay_run_id', '=', payRunId).orderBy('id').execute();
  const floor = db.withTables<{ pay_run_floor: PaymentsTable }>();
  await sql`CHECKPOINT`.execute(db);
  return timed(async () => {
    for (const { id: _id, created_at: _at, ...row } of rows) {
      await floor.transaction().execute((trx) => trx.insertInto('pay_run_floor').values(row).returning('id').executeTakeFirstOrThrow());
    }
    return rows.length;
  });
}

/** What must hold after the run; each failure is a line of text. */
async function check(db: Db, payRunId: number, expected: { timesheets: number; sickLeave: number }) {
  const { rows } = await sql<{ approved: number; paid_once: number; payments: number; gross: number; run_payments: number; run_total: number; sick_unpaid: number; sick_paid: number }>`
    SELECT (SELECT count(*) FROM timesheets WHERE status = 'approved')::int AS approved,
           (SELECT count(*) FROM timesheets t WHERE t.status = 'payment_issued'
              AND (SELECT count(*) FROM payments p WHERE p.timesheet_id = t.id) = 1)::int AS paid_once,
           (SELECT count(*) FROM payments)::int AS payments,
           (SELECT coalesce(sum(gross_cents), 0) FROM payments)::bigint AS gross,
           r.payments AS run_payments, r.total_cents AS run_total,
           (SELECT count(*) FROM sick_leave_claims WHERE payment_id IS NULL)::int AS sick_unpaid,
           (SELECT count(*) FROM sick_leave_claims s JOIN payments p ON p.id = s.payment_id AND p.kind = 'timesheet')::int AS sick_paid
    FROM pay_runs r WHERE r.id = ${payRunId}`.execute(db);
  const c = rows[0]!;
  const failures: string[] = [];
  if (c.approved !== 0) failures.push(`${c.approved} approved timesheets left unpaid`);
  if (c.paid_once !== expected.timesheets || c.payments !== expected.timesheets) {
    failures.push(`${expected.timesheets} timesheets, ${c.paid_once} paid exactly once, ${c.payments} payments`);
  }
  if (c.run_payments !== c.payments || c.run_total !== c.gross) failures.push(`the run counts ${c.run_payments} payments of ${c.run_total} cents, the payments are ${c.payments} of ${c.gross}`);
  if (c.sick_unpaid !== 0 || c.sick_paid !== expected.sickLeave) failures.push(`${c.sick_paid} of ${expected.sickLeave} sick leave claims paid with their timesheet`);
  return { failures, grossCents: c.gross };
}

export async function measurePayRun(handle: ProfiledDb, options: { count: number; seed: number; now: Date }) {
  const { db, profile } = handle;
  const now = options.now;
  const today = californiaDate(now);
  const periodStart = benchPeriodStart(today);
  const book = generatePayRunBook({ seed: options.seed, count: options.count, periodStart });
  const size = bookSize(book);
  const seeded = await timed(() => seedBook(db, book, periodStart, new Date(now.getTime() - 10 * 86_400_000)));
  await sql`CHECKPOINT`.execute(db);

  const payRunId = await payments.insertPayRun(db, { countyId: null, issueDate: today, startedBy: null });
  profile.recording = true;
  const run = await timed(() => runPayRun(db, { payRunId, now }));
  profile.recording = false;
  const queries = profile.totals();
  const floor = await writeFloor(db, payRunId);
  const checked = await check(db, payRunId, size);
  const paid = run.value.paidNow;
  return {
    ...size,
    periodStart,
    seedSeconds: seeded.seconds,
    payments: paid,
    grossCents: checked.grossCents,
    payRunSeconds: run.seconds,
    baselineSeconds: floor.seconds,
    ...summarise({ payments: paid, payRunSeconds: run.seconds, baselineSeconds: floor.seconds }),
    queriesPerPayment: queries.calls / paid,
    databaseShare: queries.ms / 1000 / run.seconds,
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
  const { values: args } = parseArgs({ options: { count: { type: 'string', default: '2000' }, seed: { type: 'string', default: '1' }, profile: { type: 'boolean', default: false } } });
  const [count, seed] = [args.count, args.seed].map((v, i) => {
    if (!/^[1-9][0-9]*$/.test(v)) throw new Error(`--${i === 0 ? 'count' : 'seed'} must be a positive whole number`);
    return Number(v);
  }) as [number, number];
  const r = await withThrowawayDatabase((handle) => measurePayRun(handle, { count, seed, now: systemClock.now() }));
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  console.log(`pay run benchmark (seed ${seed}, one worker, embedded PostgreSQL, node ${process.version})`);
  console.log(`  data:      ${n(r.providers)} providers (${n(r.kinds.overtime)} with overtime, ${n(r.kinds.two_recipients)} with two recipients and travel), ${n(r.sickLeave)} confirmed sick leave`);
  console.log(`             ${n(r.timesheets)} approved timesheets of the period from ${r.periodStart}, ${n(r.days)} days; seeded in ${r.seedSeconds.toFixed(1)} s`);
  console.log(`  pay run:   ${n(r.payments)} payments in ${r.payRunSeconds.toFixed(1)} s: ${n(r.paymentsPerSecond)} payments/s`);
  console.log(`             ${r.queriesPerPayment.toFixed(1)} queries a payment, ${(r.databaseShare * 100).toFixed(0)}% of the run waiting on them`);
  console.log(`  baseline:  ${n(r.baselinePerSecond)} rows/s (the same payment rows, one transaction each, into a table shaped like payments)`);
  console.log(`  ratio:     a payment takes ${r.ratioToBaseline.toFixed(1)}x the baseline's time per row`);
  console.log(`  month:     ${(r.projectedMonthSeconds / 3600).toFixed(1)} h projected for ${n(MONTHLY_PAYMENTS)} payments (two pay periods of the state's provider-months) on one worker`);
  if (args.profile) printShapes(r.shapes, r.payments, r.payRunSeconds);
  if (r.failures.length === 0) console.log(`  checks:    every approved timesheet paid exactly once; the run's total $${(r.grossCents / 100).toFixed(2)} is the payments' sum`);
  for (const f of r.failures) console.error(`  FAILED:    ${f}`);
  const { shapes: _shapes, ...json } = r;
  console.log(JSON.stringify({ benchmark: 'pay-run', seed, ...json }));
  if (r.failures.length > 0) process.exitCode = 1;
}
