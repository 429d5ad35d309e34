/**
 * `npm run fuzz [-- --count N --seed S --writes --route 'POST /api/x' --case I]`: the contract fuzzer's long run
 * (issue #10). It sends N hostile requests (default 20,000), spread evenly over every route of the API document
 * (or only the write routes with --writes), to an app on a throwaway PostgreSQL with the demo data, and prints what
 * came back: requests, status classes, routes covered, server errors, refusals that changed data, time.
 * `--route` and `--case` replay one case of a failure that the test or an earlier run printed. Exit code 1 when
 * anything was found.
 */
import { randomInt } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { connect, withDatabase, type DbHandle } from '../src/db/connection';
import { startEmbeddedPostgres, type EmbeddedCluster } from '../src/db/embedded';
import { migrate } from '../src/db/migrate';
import { ensureDatabase } from '../src/db/open';
import { seedCounties } from '../src/db/seed/counties';
import { freePort } from '../src/db/testing/free-port';
import { ensureMonthlyPartitions } from '../src/db/partitions';
import { isWrite } from '../src/server/fuzz/route-spec';
import { fuzzRoute, newFigures, report, summary } from '../src/server/fuzz/run';
import { openWorld } from '../src/server/fuzz/world';
import { systemClock } from '../src/server/lib/clock';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '20000' },
    seed: { type: 'string' },
    writes: { type: 'boolean', default: false },
    route: { type: 'string' },
    case: { type: 'string' },
  },
});
const count = Number(values.count);
const seed = values.seed === undefined ? randomInt(2 ** 31) : Number(values.seed);
if (!Number.isSafeInteger(count) || count < 1 || !Number.isSafeInteger(seed)) throw new Error('--count and --seed take whole numbers');
if (values.case !== undefined && values.route === undefined) throw new Error('--case replays one case of one --route');

const dir = await mkdtemp(path.join(os.tmpdir(), 'ihss-fuzz-'));
let cluster: EmbeddedCluster | undefined;
let handle: DbHandle | undefined;
const cleanUp = async () => {
  await handle?.close().catch(() => {});
  await cluster?.stop().catch(() => {});
  await rm(dir, { recursive: true, force: true });
};
process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));

let found = 0;
try {
  cluster = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await freePort(), persistent: false });
  await ensureDatabase(cluster.url, 'ihss_fuzz');
  handle = connect(withDatabase(cluster.url, 'ihss_fuzz'));
  await migrate(handle.pool);
  await seedCounties(handle.db);
  await ensureMonthlyPartitions(handle.db);
  const world = await openWorld(handle.db, systemClock, seed);
  const routes = world.routes.filter((r) => (values.route ? r.key === values.route : !values.writes || isWrite(r)));
  if (routes.length === 0) throw new Error(`no route ${values.route}; the routes are:\n${world.routes.map((r) => r.key).join('\n')}`);
  const figures = newFigures(seed);
  const started = performance.now();
  const only = values.case === undefined ? undefined : Number(values.case);
  const perRoute = Math.ceil(count / routes.length);
  for (const route of routes) {
    await fuzzRoute(world, route, figures, only ?? 0, only === undefined ? perRoute : only + 1);
    process.stdout.write('.');
  }
  process.stdout.write('\n');
  const seconds = (performance.now() - started) / 1000;
  for (const f of figures.findings.slice(0, 30)) console.log(`\n${report(f, seed)}`);
  if (figures.findings.length > 30) console.log(`\n... and ${figures.findings.length - 30} more`);
  console.log(`\n${summary(figures, seconds)}`);
  found = figures.findings.length;
  await world.close();
} finally {
  await cleanUp();
}
process.exitCode = found > 0 ? 1 : 0;
