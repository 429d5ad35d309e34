import { openDatabase, type OpenedDatabase } from '../db/open.js';
import { seedCounties } from '../db/seed/counties.js';
import { createJobWorker, scheduleRecurringJobs } from '../jobs/start.js';
import { buildApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { clockFor, type Clock } from './lib/clock.js';
import { ensureAuditPartitions } from './features/audit/service.js';
import { seedDemoData } from './demo-seed.js';

/**
 * Process entry: config -> database -> migrations -> seed -> app -> listen, and a clean stop on Ctrl-C. A crash
 * needs no clean-up by hand: the next start recovers the embedded database (src/db/embedded.ts).
 */
async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const clock = clockFor(config.today);
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    embeddedPort: config.embeddedPgPort,
    clockOffsetMs: clock.offsetMs,
    ...(config.logLevel === 'debug' ? { onLog: (l: string) => console.error(`[postgres] ${l}`) } : {}),
  });
  try {
    await serve(config, clock, db);
  } catch (err) {
    // A start that fails once the database is open (the port is taken, a seed fails) stops the embedded server
    // again rather than leave it running for the next start to find.
    await db.close().catch(() => {});
    await db.embedded?.stop();
    throw err;
  }
}

async function serve(config: Config, clock: Clock, db: OpenedDatabase) {
  await ensureAuditPartitions(db.db);
  await seedCounties(db.db);
  if (config.demo) await seedDemoData(db.db, config, clock.now());
  const app = await buildApp({ config, clock, db: db.db, pool: db.pool });
  const worker = createJobWorker(app);
  if (db.appliedMigrations.length) app.log.info({ migrations: db.appliedMigrations }, 'migrations applied');
  app.log.info({ database: db.embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'DATABASE_URL', demo: config.demo }, 'database ready');
  if (config.today) app.log.warn({ now: clock.now().toISOString(), PORTAL_TODAY: config.today }, 'the portal runs on another day than the machine (PORTAL_TODAY)');

  let stopping = false;
  const stop = async (signal: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping');
    // The worker finishes the jobs in hand first; whatever it had not claimed waits in the queue for the next start.
    await worker.stop();
    await app.close();
    await db.close();
    await db.embedded?.stop();
    process.exit(exitCode);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal));

  // The app holds connections of its own (live updates): closed before the database when the port is taken.
  await app.listen({ port: config.port, host: config.host }).catch(async (err: unknown) => {
    await app.close();
    throw err;
  });
  await worker.start();
  await scheduleRecurringJobs(app);
  app.log.info(`IHSS provider portal ready on ${config.publicUrl} (listening on ${config.host}:${config.port})`);
  // Without its database the portal can only fail every request: it stops, and its next start recovers the server.
  void db.embedded?.exited.then((how) => {
    if (stopping) return;
    app.log.fatal({ postgres: how }, 'the embedded PostgreSQL server stopped on its own: stopping the portal; start it again');
    void stop('database gone', 1);
  });
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
