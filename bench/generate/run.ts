/**
 * `npm run bench:generate -- --scale S [--seed N] [--database-url URL]`: fills a database with the state's data
 * (generate.ts) and prints the rows written per table and the time taken. Scale 1 is the whole state; 0.1 a tenth.
 *
 * Without --database-url the data goes into a throwaway embedded PostgreSQL (a temporary folder, removed at the end,
 * as the other benchmarks' databases are); with it, into that database, migrated first: it should be empty, as
 * the generator refuses a database that already holds generated data. Every account signs in with BENCH_PASSWORD.
 * The portal's clock is the machine's, or PORTAL_TODAY's as for the server (YYYY-MM-DD or YYYY-MM-DDTHH:MM): the
 * periods generated are the two before today's (California). It is read to the minute, so the same seed on the
 * same PORTAL_TODAY minute writes the same rows (but for the account numbers' ciphertexts, encrypted with a random
 * IV as the portal encrypts them), and ids when the database starts empty.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { connect, type DbHandle } from '../../src/db/connection';
import { migrate } from '../../src/db/migrate';
import { seedCounties } from '../../src/db/seed/counties';
import { loadConfig } from '../../src/server/config';
import { clockFor } from '../../src/server/lib/clock';
import { hashPassword } from '../../src/server/lib/passwords';
import { withThrowawayDatabase } from '../pay-run/database';
import { generateState, MAX_SCALE, type GenerateReport } from './generate';

/** The password of every generated account (providers, recipients, county staff): benchmark data only. */
export const BENCH_PASSWORD = 'generated statewide bench data only';

export interface RunOptions {
  scale: number;
  seed: number;
  now: Date;
  onProgress?: (line: string) => void;
}

/** Generates into an open, migrated database with the counties in it. */
export async function generateInto(handle: DbHandle, opts: RunOptions): Promise<GenerateReport> {
  return generateState(handle.db, handle.pool, {
    ...opts,
    passwordHash: await hashPassword(BENCH_PASSWORD),
    dataKey: loadConfig(process.env).dataKey,
  });
}

export function printReport(r: GenerateReport, opts: { scale: number; seed: number }) {
  const n = (x: number) => x.toLocaleString('en-US');
  console.log(`statewide data (scale ${opts.scale}, seed ${opts.seed}), today ${r.today} (California)`);
  console.log(`  ${n(r.providers)} providers, ${n(r.recipients)} recipients in 58 counties`);
  console.log(`  pay periods ${r.periods.older.start}..${r.periods.older.end} and ${r.periods.last.start}..${r.periods.last.end}; drafts of ${r.periods.current.start}.. so far`);
  const width = Math.max(...[...r.rows.keys()].map((k) => k.length));
  let total = 0;
  for (const [table, rows] of [...r.rows].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${table.padEnd(width)} ${n(rows).padStart(12)}`);
    total += rows;
  }
  console.log(`  ${'all tables'.padEnd(width)} ${n(total).padStart(12)}`);
  console.log(`  time: ${r.seconds.toFixed(1)} s (${n(Math.round(total / r.seconds))} rows/s)`);
}

function numberArg(name: string, value: string, check: (x: number) => boolean, what: string): number {
  const x = Number(value);
  if (value.trim() === '' || !Number.isFinite(x) || !check(x)) throw new Error(`--${name} must be ${what}, not "${value}"`);
  return x;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values: args } = parseArgs({ options: { scale: { type: 'string' }, seed: { type: 'string', default: '1' }, 'database-url': { type: 'string' } } });
  if (args.scale === undefined) throw new Error(`--scale is required: 1 for the whole state, 0.1 for a tenth (at most ${MAX_SCALE})`);
  const scale = numberArg('scale', args.scale, (x) => x > 0 && x <= MAX_SCALE, `more than 0 and at most ${MAX_SCALE}`);
  const seed = numberArg('seed', args.seed, (x) => Number.isInteger(x) && x >= 0 && x < 2 ** 32, 'a whole number from 0 to 4294967295');
  const config = loadConfig(process.env);
  const now = new Date(Math.floor(clockFor(config.today).now().getTime() / 60_000) * 60_000);
  const opts: RunOptions = { scale, seed, now, onProgress: (line) => console.error(line) };
  let report: GenerateReport;
  if (args['database-url']) {
    const handle = connect(args['database-url'], 4);
    try {
      await migrate(handle.pool);
      await seedCounties(handle.db);
      report = await generateInto(handle, opts);
    } finally {
      await handle.close();
    }
  } else {
    report = await withThrowawayDatabase((handle) => generateInto(handle, opts));
  }
  printReport(report, { scale, seed });
}
