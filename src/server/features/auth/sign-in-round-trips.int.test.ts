/**
 * What a provider's password sign-in costs the database in round trips (issue #16: sign-ins must run near the speed
 * of the password hash itself, and every statement takes CPU from the hashes on the same cores): every statement the
 * request sends is counted, BEGIN and COMMIT included. The bound is what a sign-in needs today (the network's
 * rate-limit hit, BEGIN, the failures row with the account, the county, the account's factors, the session, the audit
 * row, the device and the session's device, COMMIT), so a statement added to it fails here.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectRecording } from '../../../db/testing/recording.js';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { buildTestApp, createUser, TestClient, testConfig } from '../../testing/test-app.js';

const MOST_A_SIGN_IN = 11;

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

describe("a provider's sign-in from a phone used before", () => {
  it(`takes at most ${MOST_A_SIGN_IN} round trips and one transaction`, async () => {
    await createUser(db.db, config, { loginId: '700000001' });
    const phone = new TestClient(app);
    expect((await phone.signIn('provider', '700000001')).statusCode).toBe(200);
    await phone.post('/api/auth/sign-out');
    await phone.get('/api/session');
    counting.sent.length = 0;
    expect((await phone.signIn('provider', '700000001')).statusCode).toBe(200);
    console.log(`sign-in round trips: ${counting.sent.length}`);
    expect(counting.sent.filter((s) => /^commit/i.test(s.text))).toHaveLength(1);
    expect(counting.sent.length).toBeLessThanOrEqual(MOST_A_SIGN_IN);
  });
});
