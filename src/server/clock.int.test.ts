import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../db/testing/test-db.js';
import { buildApp } from './app.js';
import { shiftedClock } from './lib/clock.js';
import { testClock } from './testing/clock.js';
import { testConfig } from './testing/test-app.js';

/** The web app takes "now" from the server's Date header (src/web/clock.ts): it must be the app's clock. */
let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db.drop();
});

describe("the server's clock", () => {
  it("stamps every answer's Date header with the app's clock, not the machine's", async () => {
    const yearAhead = shiftedClock(testClock.offsetMs + 366 * 86_400_000);
    const app = await buildApp({ config: testConfig(), clock: yearAhead, db: db.db, logger: false });
    try {
      for (const url of ['/api/session', '/healthz', '/no-such-page']) {
        const before = yearAhead.now().getTime();
        const res = await app.inject({ method: 'GET', url });
        const stamped = Date.parse(String(res.headers.date));
        expect(stamped, url).toBeGreaterThanOrEqual(before - 1000);
        expect(stamped, url).toBeLessThanOrEqual(yearAhead.now().getTime());
      }
    } finally {
      await app.close();
    }
  });
});
