import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addDays, addMonths, countyDisputeResponseDue, weekday } from '../../../domain/index.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../../testing/test-app.js';
import { assign, createCase } from '../cases/testing.js';
import * as violations from './service.js';
import { testNow, testToday } from '../../testing/clock.js';

let db: TestDb;
let app: FastifyInstance;
const config = testConfig();
let n = 0;
const today = testToday();
const periodStart = Number(today.slice(8)) > 15 ? `${today.slice(0, 8)}01` : `${addMonths(today, -1).slice(0, 8)}01`;
let monday = periodStart;
while (weekday(monday) !== 1) monday = addDays(monday, 1);
const week = [0, 1, 2, 3, 4].map((d) => addDays(monday, d));

let worker: TestClient;
let otherWorker: TestClient;

async function provider() {
  n += 1;
  const loginId = `87200${String(n).padStart(4, '0')}`;
  const userId = await createUser(db.db, config, { loginId });
  const caseNumber = `872${String(n).padStart(3, '0')}0`;
  // 150 h a month: a weekly maximum of 37.5 h, so over 40 h in a week is overtime without a county exception.
  const { caseId } = await createCase(db.db, config, { caseNumber, monthlyMinutes: 150 * 60 });
  await assign(db.db, { providerId: userId, caseId });
  const p = new TestClient(app, `198.21.${n}.1`);
  expect((await p.signIn('provider', loginId)).statusCode).toBe(200);
  const r = new TestClient(app, `198.21.${n}.2`);
  expect((await r.signIn('recipient', caseNumber)).statusCode).toBe(200);
  return { p, r, userId, caseId, caseNumber };
}

/** 45 hours in one week, submitted and approved by the recipient (then by the system: no exception findings). */
async function overtimeApproved(x: Awaited<ReturnType<typeof provider>>) {
  const ts = (await x.p.post('/api/timesheets/open', { caseNumber: x.caseNumber, payPeriodStart: periodStart })).json();
  const saved = (await x.p.post(`/api/timesheets/${ts.id}/days`, { days: week.map((date) => ({ date, workedMinutes: 540 })) })).json();
  expect(saved.findings.map((f: { code: string; kind: string }) => `${f.kind}:${f.code}`)).toContain('violation:OVERTIME_WITHOUT_COUNTY_EXCEPTION');
  expect((await x.p.post(`/api/timesheets/${ts.id}/submit`, { idempotencyKey: randomUUID(), acknowledgeScheduledVisits: true })).statusCode).toBe(200);
  expect((await x.r.post(`/api/recipient/timesheets/${ts.id}/decision`, { decision: 'approve' })).json().status).toBe('approved');
  return ts.id as number;
}

/** An earlier violation, `monthsBack` months before the period (a draft timesheet stands in for its version). */
async function earlier(x: { userId: number; caseId: number }, monthsBack: number, number: number) {
  const start = addMonths(periodStart, -monthsBack);
  const { id } = await db.db
    .insertInto('timesheets')
    .values({ provider_user_id: x.userId, case_id: x.caseId, county_id: 19, pay_period_start: start, pay_period_end: addDays(start, 14) })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.db
    .insertInto('violations')
    .values({
      provider_user_id: x.userId,
      county_id: 19,
      timesheet_id: id,
      month: start,
      occurred_on: addDays(start, 3),
      finding_codes: ['OVER_TRAVEL_LIMIT'],
      number,
      consequence: number === 2 ? 'notice-and-training-offer' : 'notice',
      notice_date: addDays(start, 5),
      dispute_deadline: addDays(start, 15),
    })
    .execute();
}

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
  await createUser(db.db, config, { role: 'county_worker', loginId: 'viol.worker', countyId: 19 });
  await createUser(db.db, config, { role: 'county_worker', loginId: 'viol.other', countyId: 1 });
  worker = new TestClient(app, '198.21.250.1');
  otherWorker = new TestClient(app, '198.21.250.2');
  expect((await worker.signIn('staff', 'viol.worker')).statusCode).toBe(200);
  expect((await otherWorker.signIn('staff', 'viol.other')).statusCode).toBe(200);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('violations', () => {
  it('records a 1st when a timesheet with a violation finding is approved, once a month; the provider disputes; staff overturn', async () => {
    const x = await provider();
    const id = await overtimeApproved(x);
    const [v] = (await x.p.get('/api/violations')).json().violations;
    expect(v).toMatchObject({ timesheetId: id, number: 1, consequence: 'notice', noticeDate: today, disputeDeadline: addDays(today, 10), canDispute: true, rescinded: false, suspension: null });
    expect(v.notice[0]).toMatchObject({ code: 'OVERTIME_WITHOUT_COUNTY_EXCEPTION' });
    expect(v.notice[0].title).not.toContain('{{');
    expect((await x.p.get('/api/notifications')).json().notifications.some((m: { event: string }) => m.event === 'violation_recorded')).toBe(true);

    // At most one a calendar month.
    const again = await db.db.transaction().execute(async (trx) => {
      const other = await db.db.insertInto('timesheets').values({ provider_user_id: x.userId, case_id: x.caseId, county_id: 19, pay_period_start: addDays(periodStart, 15), pay_period_end: addDays(periodStart, 27) }).returning('id').executeTakeFirstOrThrow();
      return violations.recordIfAny(trx, { id: other.id, provider_user_id: x.userId, county_id: 19, case_number: x.caseNumber, recipient_first_name: 'R', recipient_last_name: 'I', pay_period_start: periodStart, findings: [{ code: 'OVER_TRAVEL_LIMIT', kind: 'violation', date: week[4] }] }, testNow());
    });
    expect(again).toBeNull();

    const disputed = await x.p.post(`/api/violations/${v.id}/dispute`, { text: 'The county approved these hours by phone.' });
    expect(disputed.json()).toMatchObject({ dispute: { state: 'disputed' }, canDispute: false });
    expect(disputed.json().dispute.responseDue).toBe(countyDisputeResponseDue(today)); // 10 business days: weekends and state holidays skipped
    expect((await x.p.post(`/api/violations/${v.id}/dispute`, { text: 'The county approved these hours by phone.' })).statusCode).toBe(200);
    expect((await x.p.post(`/api/violations/${v.id}/dispute`, { text: 'Something else' })).json().error.code).toBe('violationAlreadyDisputed');
    expect((await worker.get('/api/staff/violations?disputed=true')).json().violations.map((w: { id: number }) => w.id)).toContain(v.id);
    expect((await otherWorker.post(`/api/staff/violations/${v.id}/dispute-decision`, { decision: 'overturned', note: 'Approved by phone' })).statusCode).toBe(404);
    expect((await x.p.post(`/api/staff/violations/${v.id}/dispute-decision`, { decision: 'overturned', note: 'x' })).statusCode).toBe(403);
    const decided = await worker.post(`/api/staff/violations/${v.id}/dispute-decision`, { decision: 'overturned', note: 'Approved by phone on the 3rd' });
    expect(decided.json()).toMatchObject({ dispute: { state: 'overturned' }, rescinded: true });
  });

  it('refuses a dispute after the deadline', async () => {
    const x = await provider();
    await earlier(x, 3, 1);
    const [v] = (await x.p.get('/api/violations')).json().violations;
    expect(v.canDispute).toBe(false);
    expect((await x.p.post(`/api/violations/${v.id}/dispute`, { text: 'Too late?' })).json().error.code).toBe('violationDisputeClosed');
  });

  it('offers training with a 2nd; training done in time removes it', async () => {
    const x = await provider();
    await earlier(x, 2, 1);
    await overtimeApproved(x);
    const [v] = (await x.p.get('/api/violations')).json().violations;
    expect(v).toMatchObject({ number: 2, consequence: 'notice-and-training-offer', training: { offeredUntil: addDays(today, 14), completedOn: null, canTake: true } });
    const done = (await x.p.post(`/api/violations/${v.id}/training`)).json();
    expect(done).toMatchObject({ rescinded: true, training: { completedOn: today, canTake: false } });
    // The first has no offer.
    const first = (await x.p.get('/api/violations')).json().violations[1];
    expect((await x.p.post(`/api/violations/${first.id}/training`)).json().error.code).toBe('trainingNotOffered');
  });

  it('suspends eligibility for 90 days with a 3rd, after the dispute window, and blocks time on the days covered with a reason', async () => {
    const x = await provider();
    await earlier(x, 2, 1);
    await earlier(x, 1, 2);
    await overtimeApproved(x);
    const [v] = (await x.p.get('/api/violations')).json().violations;
    expect(v).toMatchObject({ number: 3, consequence: 'suspension-90-days', suspension: { start: addDays(today, 11), end: addDays(today, 100) } });

    // A suspension covering days being claimed: saving them is refused, saying why and until when.
    await db.db.updateTable('violations').set({ suspension_start: week[0], suspension_end: addDays(week[0]!, 89) }).where('id', '=', v.id).execute();
    const y = await db.db.insertInto('cases').values({ case_number: `872${String(n).padStart(3, '0')}9`, county_id: 19, first_name: 'Sec', last_name: 'Ond', eligible_from: '2020-01-01' }).returning('id').executeTakeFirstOrThrow();
    await db.db.insertInto('case_authorizations').values({ case_id: y.id, county_id: 19, effective_month: '2020-01-01', monthly_minutes: 6000 }).execute();
    await assign(db.db, { providerId: x.userId, caseId: y.id });
    const ts = (await x.p.post('/api/timesheets/open', { caseNumber: `872${String(n).padStart(3, '0')}9`, payPeriodStart: periodStart })).json();
    const refused = await x.p.post(`/api/timesheets/${ts.id}/days`, { days: [{ date: week[1], workedMinutes: 60 }] });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('providerSuspended');
    expect(refused.json().error.message).toContain('3rd');
    const es = await x.p.post(`/api/timesheets/${ts.id}/days`, { days: [{ date: week[1], workedMinutes: 60 }] }, { 'accept-language': 'es' });
    expect(es.json().error.message).toContain('suspendida');
    // Days before the suspension are still claimable.
    expect((await x.p.post(`/api/timesheets/${ts.id}/days`, { days: [{ date: addDays(week[0]!, -1), workedMinutes: 60 }] })).statusCode).toBe(200);
  });
});
