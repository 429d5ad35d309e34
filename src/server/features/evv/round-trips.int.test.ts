/**
 * What a check-in and its check-out cost the database in round trips (issue #16): every statement each request sends
 * on its connection is counted, the session check and the transaction's BEGIN and COMMIT included. The bound is
 * what the write path needs today (15 a tap before the tap, its neighbours and their visits were read in one
 * statement and the tap's visit written and read back in another; 11 before the locks, the key's first outcome and
 * the assignment were read in one, and the audit and key rows written with the visit), so a statement added to it
 * fails here.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectRecording } from '../../../db/testing/recording.js';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addDays } from '../../../domain/index.js';
import { testToday } from '../../testing/clock.js';
import { buildTestApp, testConfig } from '../../testing/test-app.js';
import { at, evvProvider, send, tapIn, tapOut } from './testing.js';

/** A check-in's or a check-out's round trips at most: the session check, BEGIN, the tap's three statements, COMMIT. */
const MOST_A_TAP = 6;

let db: TestDb;
let counting: ReturnType<typeof connectRecording>;
let app: FastifyInstance;
const config = testConfig();

beforeAll(async () => {
  db = await createTestDb();
  counting = connectRecording(db.url, inject('clockOffsetMs'));
  app = await buildTestApp(counting.db);
});
afterAll(async () => {
  await app.close();
  await counting.close();
  await db.drop();
});

async function roundTrips(run: () => Promise<{ statusCode: number }>) {
  counting.sent.length = 0;
  expect((await run()).statusCode).toBe(200);
  return counting.sent.length;
}

describe('an EVV check-in and check-out', () => {
  it(`each take at most ${MOST_A_TAP} round trips, one commit each`, async () => {
    const p = await evvProvider(db.db, app, config, '63');
    const [c] = p.caseNumbers as [string];
    const yesterday = addDays(testToday(), -1);
    const checkIn = await roundTrips(() => send(p.c, tapIn(c, at(yesterday, 9))));
    const commits = counting.sent.filter((s) => /^commit/i.test(s.text)).length;
    const checkOut = await roundTrips(() => send(p.c, tapOut(c, at(yesterday, 12))));
    console.log(`EVV round trips: check-in ${checkIn}, check-out ${checkOut}, the pair ${checkIn + checkOut}`);
    expect(commits).toBe(1);
    expect(counting.sent.filter((s) => /^commit/i.test(s.text))).toHaveLength(1);
    expect(checkIn).toBeLessThanOrEqual(MOST_A_TAP);
    expect(checkOut).toBeLessThanOrEqual(MOST_A_TAP);
  });
});
