/**
 * What a timesheet submission costs the database in round trips (issue #16): every statement the request sends on
 * its connection is counted, the session check and the transaction's BEGIN and COMMIT included. The bound is what
 * the submission needs today (see MOST_A_SUBMISSION), so a statement added to it fails here.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectRecording } from '../../../db/testing/recording.js';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addDays, payPeriodOf, weekday } from '../../../domain/index.js';
import { testToday } from '../../testing/clock.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../../testing/test-app.js';
import { assign, createCase } from '../cases/testing.js';

/**
 * A submission's round trips at most: the session check, BEGIN, the key's and the provider's locks with the key's
 * first outcome, the version, its days, the suspension check, the scheduled visits, the rules case's seven reads, the
 * move and its event, the reminder job, the audit and key rows in one statement, COMMIT, and the answer's three reads
 * (county, assignments, recipients' names). 27 before the locks and the key were read in one statement, the audit and
 * key rows written in one, and the answer made from what the transaction read rather than read again after it.
 */
const MOST_A_SUBMISSION = 21;

let db: TestDb;
let counting: ReturnType<typeof connectRecording>;
let app: FastifyInstance;
const config = testConfig();
const period = payPeriodOf(addDays(payPeriodOf(testToday()).start, -1));
let monday = period.start;
while (weekday(monday) !== 1) monday = addDays(monday, 1);

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

describe('a timesheet submission', () => {
  it(`takes at most ${MOST_A_SUBMISSION} round trips and one commit, and a retry answers the same`, async () => {
    const loginId = '853000001';
    const userId = await createUser(db.db, config, { loginId });
    const { caseId } = await createCase(db.db, config, { caseNumber: '8530010' });
    await assign(db.db, { providerId: userId, caseId, liveIn: false, travel: false });
    const c = new TestClient(app, '198.18.200.1');
    expect((await c.signIn('provider', loginId)).statusCode).toBe(200);
    const ts = await c.post('/api/timesheets/open', { caseNumber: '8530010', payPeriodStart: period.start });
    const id = ts.json().id as number;
    expect((await c.post(`/api/timesheets/${id}/days`, { days: [{ date: monday, workedMinutes: 240, travelMinutes: 0 }] })).statusCode).toBe(200);

    const key = randomUUID();
    counting.sent.length = 0;
    const first = await c.post(`/api/timesheets/${id}/submit`, { idempotencyKey: key, acknowledgeScheduledVisits: true });
    expect(first.statusCode).toBe(200);
    const submission = counting.sent.length;
    const commits = counting.sent.filter((s) => /^commit/i.test(s.text)).length;
    counting.sent.length = 0;
    const retry = await c.post(`/api/timesheets/${id}/submit`, { idempotencyKey: key, acknowledgeScheduledVisits: true });
    console.log(`Submission round trips: first ${submission}, retry ${counting.sent.length}`);
    const { rulesContext: _a, ...a } = first.json();
    const { rulesContext: _b, ...b } = retry.json();
    expect(b).toEqual(a);
    expect(first.json()).toMatchObject({ status: 'submitted', totals: { workedMinutes: 240 } });
    expect(commits).toBe(1);
    expect(submission).toBeLessThanOrEqual(MOST_A_SUBMISSION);
  });
});
