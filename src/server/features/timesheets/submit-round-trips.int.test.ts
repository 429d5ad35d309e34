/**
 * What a timesheet submission costs the database in round trips (issue #16): every statement the request sends on
 * its connection is counted, the session check and the transaction's BEGIN and COMMIT included. The bound is what
 * the submission needs today (see MOST_A_SUBMISSION), so a statement added to it fails here.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addDays, payPeriodOf, weekday } from '../../../domain/index.js';
import { testToday } from '../../testing/clock.js';
import { commitsIn, recordingApp } from '../../testing/round-trips.js';
import { createUser, testConfig, TestClient } from '../../testing/test-app.js';
import { assign, createCase } from '../cases/testing.js';

/**
 * A submission's round trips at most: the session check, BEGIN, the key's and the provider's locks with the key's
 * first outcome, the version, its days, the suspension check, the scheduled visits, the rules case's seven reads, the
 * move and its event, the reminder job, the audit and key rows in one statement, COMMIT, and the answer's three reads
 * (county, assignments, recipients' names). 27 before the locks and the key were read in one statement, the audit and
 * key rows written in one, and the answer made from what the transaction read rather than read again after it.
 */
const MOST_A_SUBMISSION = 21;

const t = recordingApp();
const config = testConfig();
const period = payPeriodOf(addDays(payPeriodOf(testToday()).start, -1));
let monday = period.start;
while (weekday(monday) !== 1) monday = addDays(monday, 1);

describe('a timesheet submission', () => {
  it(`takes at most ${MOST_A_SUBMISSION} round trips and one commit, and a retry answers the same`, async () => {
    const loginId = '853000001';
    const userId = await createUser(t.db.db, config, { loginId });
    const { caseId } = await createCase(t.db.db, config, { caseNumber: '8530010' });
    await assign(t.db.db, { providerId: userId, caseId, liveIn: false, travel: false });
    const c = new TestClient(t.app, '198.18.200.1');
    expect((await c.signIn('provider', loginId)).statusCode).toBe(200);
    const ts = await c.post('/api/timesheets/open', { caseNumber: '8530010', payPeriodStart: period.start });
    const id = ts.json().id as number;
    expect((await c.post(`/api/timesheets/${id}/days`, { days: [{ date: monday, workedMinutes: 240, travelMinutes: 0 }] })).statusCode).toBe(200);

    const key = randomUUID();
    const submit = () => c.post(`/api/timesheets/${id}/submit`, { idempotencyKey: key, acknowledgeScheduledVisits: true });
    let first!: Awaited<ReturnType<typeof submit>>;
    const submission = await t.statementsOf(async () => (first = await submit()));
    let retry!: Awaited<ReturnType<typeof submit>>;
    const retried = await t.statementsOf(async () => (retry = await submit()));
    console.log(`Submission round trips: first ${submission.length}, retry ${retried.length}`);
    const { rulesContext: _a, ...a } = first.json();
    const { rulesContext: _b, ...b } = retry.json();
    expect(b).toEqual(a);
    expect(first.json()).toMatchObject({ status: 'submitted', totals: { workedMinutes: 240 } });
    expect(commitsIn(submission)).toBe(1);
    expect(submission.length).toBeLessThanOrEqual(MOST_A_SUBMISSION);
  });
});
