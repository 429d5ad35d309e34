import { openDatabase } from '../db/open.js';
import { seedCounties } from '../db/seed/counties.js';
import { createJobWorker, scheduleRecurringJobs } from '../jobs/start.js';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { clockFor } from './lib/clock.js';
import { ensureAuditPartitions } from './features/audit/service.js';
import { seedDemoData } from './demo-seed.js';

/** Process entry: config -> database -> migrations -> seed -> app -> listen, and a clean stop on Ctrl-C. */
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
  await ensureAuditPartitions(db.db);
  await seedCounties(db.db);
  if (config.demo) await seedDemoData(db.db, config);
  const app = await buildApp({ config, clock, db: db.db, pool: db.pool });
  const worker = createJobWorker(app);
  if (db.appliedMigrations.length) app.log.info({ migrations: db.appliedMigrations }, 'migrations applied');
  app.log.info({ database: db.embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'DATABASE_URL', demo: config.demo }, 'database ready');
  if (config.today) app.log.warn({ now: clock.now().toISOString(), PORTAL_TODAY: config.today }, 'the portal runs on another day than the machine (PORTAL_TODAY)');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping');
    // The worker finishes the jobs in hand first; whatever it had not claimed waits in the queue for the next start.
    await worker.stop();
    await app.close();
    await db.close();
    await db.embedded?.stop();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal));

  await app.listen({ port: config.port, host: config.host });
  await worker.start();
  await scheduleRecurringJobs(app);
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  app.log.info(`IHSS provider portal ready on http://${shown}:${config.port}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
