import type { FastifyInstance } from 'fastify';
import type { TestDb } from '../db/testing/test-db.js';
import { buildApp } from '../server/app.js';
import type { Config } from '../server/config.js';
import { testConfig } from '../server/testing/test-app.js';

/** The app as main.ts builds it (with its LISTEN connection), without a port. */
export async function buildLiveTestApp(db: TestDb, overrides: Partial<Config> = {}, liveHeartbeatMs?: number): Promise<FastifyInstance> {
  const app = await buildApp({ config: testConfig(overrides), db: db.db, pool: db.pool, logger: false, ...(liveHeartbeatMs ? { liveHeartbeatMs } : {}) });
  await app.ready();
  return app;
}

/** Waits until `check` holds, polling; the test's own timeout is the only limit. */
export async function until<T>(check: () => Promise<T | false | null | undefined>, everyMs = 25): Promise<T> {
  for (;;) {
    const v = await check();
    if (v) return v;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
