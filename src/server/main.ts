import cluster, { type Worker } from 'node:cluster';
import { pino } from 'pino';
import { connect, type DbHandle } from '../db/connection.js';
import { openDatabase, type OpenedDatabase } from '../db/open.js';
import { seedCounties } from '../db/seed/counties.js';
import { createJobWorker, scheduleRecurringJobs } from '../jobs/start.js';
import { buildApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { clockFor, shiftedClock, type Clock } from './lib/clock.js';
import { ensureMonthlyPartitions } from '../db/partitions.js';
import { seedDemoData } from './demo-seed.js';

/** What a server process of several tells its primary once it listens and its job worker runs. */
const READY = 'ihss:server-ready';
/** Set by the primary for its server processes: one clock for them all, however long after it each starts. */
const CLOCK_OFFSET_ENV = 'PORTAL_CLOCK_OFFSET_MS';
/** How long the primary waits before starting a server process again in place of one that died. */
const RESTART_DELAY_MS = 1_000;
/** Any fixed number but the migrations' (src/db/migrate.ts): held while a start does its one-time work. */
const START_LOCK = 7_316_002;

/**
 * Process entry: config -> database -> migrations -> seed -> app -> listen, and a clean stop on Ctrl-C. A crash
 * needs no clean-up by hand: the next start recovers the embedded database (src/db/embedded.ts).
 *
 * With WORKERS=N (N > 1) this process is the primary of N server processes (node:cluster; docs/decisions/0014): it
 * does what must happen once (the embedded PostgreSQL, migrations, seeds, today's scheduled jobs), then starts the N
 * processes on ports PORT to PORT+N-1, starts again one that dies, and on Ctrl-C stops them, then the database.
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
  if (cluster.isWorker) return serveAsWorker(config);
  const clock = clockFor(config.today);
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    embeddedPort: config.embeddedPgPort,
    clockOffsetMs: clock.offsetMs,
    ...(config.logLevel === 'debug' ? { onLog: (l: string) => console.error(`[postgres] ${l}`) } : {}),
  });
  try {
    await prepare(config, clock, db);
    if (config.workers > 1) await supervise(config, clock, db);
    else await serve(config, clock, db, db);
  } catch (err) {
    // A start that fails once the database is open (the port is taken, a seed fails) stops the embedded server
    // again rather than leave it running for the next start to find.
    await db.close().catch(() => {});
    await db.embedded?.stop();
    throw err;
  }
}

/**
 * What a start does once, before anything serves: the coming monthly partitions (audit, EVV, timesheet days, notices), the counties, the demo.
 * Several machines, each with its primary, may start at once on one database: the lock has them do it one after the
 * other, and the second finds the first's work done (each step adds only what is missing).
 */
async function prepare(config: Config, clock: Clock, db: OpenedDatabase) {
  const lock = await db.pool.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [START_LOCK]);
    await ensureMonthlyPartitions(db.db);
    await seedCounties(db.db);
    if (config.demo) await seedDemoData(db.db, config, clock.now());
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [START_LOCK]).catch(() => {});
    lock.release();
  }
}

interface Log {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  fatal(obj: object, msg?: string): void;
}

/** What the start did to the database, said once: by the only server process, or by the primary of several. */
function describeStart(log: Log, config: Config, clock: Clock, db: OpenedDatabase) {
  if (db.appliedMigrations.length) log.info({ migrations: db.appliedMigrations }, 'migrations applied');
  log.info({ database: db.embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'DATABASE_URL', demo: config.demo }, 'database ready');
  if (config.today) log.warn({ now: clock.now().toISOString(), PORTAL_TODAY: config.today }, 'the portal runs on another day than the machine (PORTAL_TODAY)');
}

/**
 * One server process: the app on its port and a job worker. `opened` is the database this process opened when it is
 * the only one (it schedules today's jobs and stops the embedded database with itself); null in a server process
 * of several, whose primary does both.
 */
async function serve(config: Config, clock: Clock, db: DbHandle, opened: OpenedDatabase | null) {
  const app = await buildApp({ config, clock, db: db.db, pool: db.pool });
  const worker = createJobWorker(app);
  if (opened) describeStart(app.log, config, clock, opened);

  let stopping = false;
  const stop = async (signal: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping');
    // The worker finishes the jobs in hand first; whatever it had not claimed waits in the queue for the next start.
    await worker.stop();
    await app.close();
    await db.close();
    await opened?.embedded?.stop();
    process.exit(exitCode);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal));

  // The app holds connections of its own (live updates): closed before the database when the port is taken.
  // `exclusive`: a server process of several binds its own port, rather than have node:cluster's primary accept
  // its connections and hand each one over.
  await app.listen({ port: config.port, host: config.host, exclusive: true }).catch(async (err: unknown) => {
    await app.close();
    throw err;
  });
  await worker.start();
  if (opened) await scheduleRecurringJobs(db.db);
  app.log.info(`IHSS provider portal ready on ${config.publicUrl} (listening on ${config.host}:${config.port})`);
  // Without its database the portal can only fail every request: it stops, and its next start recovers the server.
  void opened?.embedded?.exited.then((how) => {
    if (stopping) return;
    app.log.fatal({ postgres: how }, 'the embedded PostgreSQL server stopped on its own: stopping the portal; start it again');
    void stop('database gone', 1);
  });
}

/** A server process of several: its primary has done what happens once, and hands it the database and the clock. */
async function serveAsWorker(config: Config) {
  const clock = shiftedClock(Number(process.env[CLOCK_OFFSET_ENV] ?? 0));
  const db = connect(config.databaseUrl!, undefined, clock.offsetMs);
  try {
    await serve(config, clock, db, null);
  } catch (err) {
    await db.close().catch(() => {});
    throw err;
  }
  process.send!(READY);
}

/**
 * The primary of WORKERS server processes, once the database is ready: schedules today's jobs, starts the processes
 * and waits until each listens, then starts again, after a pause, any that dies. A process that stops before it is
 * ready fails the start (a port taken, a bad setting), as a single process would. Ctrl-C, or the end of the embedded
 * database, stops every process (each finishes its jobs in hand), then the database.
 */
async function supervise(config: Config, clock: Clock, db: OpenedDatabase) {
  const log = pino({ level: config.logLevel });
  describeStart(log, config, clock, db);
  await scheduleRecurringJobs(db.db);
  // The server processes hold the connections: the primary needs none once the one-time work is done.
  await db.close();

  const env = (port: number) => ({
    PORT: String(port),
    WORKERS: '1',
    DATABASE_URL: db.url,
    // The address people open is the primary's, whatever port each process listens on.
    PUBLIC_URL: config.publicUrl,
    [CLOCK_OFFSET_ENV]: String(clock.offsetMs),
  });
  const running = new Set<Worker>();
  let stopping = false;
  let allStopped: (() => void) | null = null;
  const start = (port: number) =>
    new Promise<void>((ready, failed) => {
      const worker = cluster.fork(env(port));
      running.add(worker);
      let up = false;
      worker.on('message', (message: unknown) => {
        if (message !== READY) return;
        up = true;
        ready();
      });
      worker.once('exit', (code, signal) => {
        running.delete(worker);
        if (running.size === 0) allStopped?.();
        const how = signal ?? `exit code ${code}`;
        if (stopping) ready();
        else if (!up) failed(new Error(`The server process for port ${port} stopped before it was ready (${how}).`));
        else {
          log.error({ port, exit: how }, 'a server process stopped; starting another in its place');
          setTimeout(() => void restart(port), RESTART_DELAY_MS);
        }
      });
    });
  const restart = async (port: number): Promise<void> => {
    if (stopping) return;
    try {
      await start(port);
      if (!stopping) log.info({ port }, 'server process started again');
    } catch (err) {
      log.error({ port, err }, 'a server process did not start again; trying again');
      setTimeout(() => void restart(port), RESTART_DELAY_MS);
    }
  };
  const stopAll = () => {
    const done = new Promise<void>((resolve) => (running.size === 0 ? resolve() : (allStopped = resolve)));
    for (const worker of running) worker.process.kill('SIGTERM');
    return done;
  };
  const stop = async (reason: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal: reason }, 'stopping');
    await stopAll();
    await db.embedded?.stop();
    process.exit(exitCode);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal, 0));
  void db.embedded?.exited.then((how) => {
    if (stopping) return;
    log.fatal({ postgres: how }, 'the embedded PostgreSQL server stopped on its own: stopping the portal; start it again');
    void stop('database gone', 1);
  });

  const ports = Array.from({ length: config.workers }, (_, i) => config.port + i);
  try {
    await Promise.all(ports.map(start));
  } catch (err) {
    stopping = true;
    await stopAll();
    throw err;
  }
  if (stopping) return;
  log.info({ ports }, `IHSS provider portal ready on ${config.publicUrl}: ${config.workers} server processes listening on ${config.host}:${ports[0]}-${ports.at(-1)}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
