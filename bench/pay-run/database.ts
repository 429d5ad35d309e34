/**
 * A throwaway PostgreSQL for one benchmark run, started the way the integration tests start theirs
 * (src/db/testing/global-setup.ts): the embedded server in a temporary folder on a free port, a database
 * migrated with the 58 counties and this month's audit partitions. `withThrowawayDatabase` stops the server and
 * removes the folder however the work ends: done, failed, or stopped with Ctrl-C (SIGINT) or SIGTERM.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { withDatabase } from '../../src/db/connection';
import { startEmbeddedPostgres } from '../../src/db/embedded';
import { migrate } from '../../src/db/migrate';
import { ensureDatabase } from '../../src/db/open';
import { seedCounties } from '../../src/db/seed/counties';
import { freePort } from '../../src/db/testing/free-port';
import { ensureMonthlyPartitions } from '../../src/db/partitions';
import { connectProfiled, type ProfiledDb } from './profile';

const DATABASE = 'ihss_bench';

/** Waits for `work`, or `ms` at most: after Ctrl-C the server may have stopped already, and then nobody says so. */
async function giveUpAfter(ms: number, work: Promise<void>) {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

export async function withThrowawayDatabase<T>(work: (handle: ProfiledDb) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ihss-bench-'));
  let handle: ProfiledDb | undefined;
  let stopCluster: (() => Promise<void>) | undefined;
  let cleaning: Promise<void> | undefined;
  const cleanUp = () =>
    (cleaning ??= (async () => {
      await handle?.close().catch(() => {});
      if (stopCluster) await giveUpAfter(10_000, stopCluster().catch(() => {}));
      await rm(dir, { recursive: true, force: true });
    })());
  const onSignal = (signal: NodeJS.Signals) => {
    if (!cleaning) console.error(`\n${signal}: stopping the benchmark's database and removing ${dir}`);
    void cleanUp().finally(() => process.exit(130));
  };
  // `on`, not `once`: tsx passes the terminal's Ctrl-C on once more, and a second signal must not cut the clean-up short.
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
  try {
    const cluster = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await freePort(), persistent: false });
    stopCluster = () => cluster.stop();
    await ensureDatabase(cluster.url, DATABASE);
    handle = connectProfiled(withDatabase(cluster.url, DATABASE));
    await migrate(handle.pool);
    await seedCounties(handle.db);
    await ensureMonthlyPartitions(handle.db);
    return await work(handle);
  } finally {
    await cleanUp();
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  }
}
