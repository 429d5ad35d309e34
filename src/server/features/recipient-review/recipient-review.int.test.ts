import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addDays, payPeriodOf } from '../../../domain/index.js';
import { testToday } from '../../testing/clock.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../../testing/test-app.js';
import { assign, createCase } from '../cases/testing.js';

/**
 * The recipient's door (/api/recipient/timesheets): the submitted timesheets of their own case and their
 * decision on each, with what a decision leaves behind: the claim's event, the audit row, the provider's notice.
 */
let db: TestDb;
let app: FastifyInstance;
const config = testConfig();
let n = 0;
const period = payPeriodOf(addDays(payPeriodOf(testToday()).start, -1));
const workDay = addDays(period.start, 2);
let worker: TestClient;

async function pair() {
  n += 1;
  const loginId = `87400${String(n).padStart(4, '0')}`;
  const providerId = await createUser(db.db, config, { loginId });
  const caseNumber = `874${String(n).padStart(3, '0')}0`;
  const { caseId, recipientUserId } = await createCase(db.db, config, { caseNumber });
  await assign(db.db, { providerId, caseId });
  const p = new TestClient(app, `198.19.${n}.1`);
  expect((await p.signIn('provider', loginId)).statusCode).toBe(200);
  const r = new TestClient(app, `198.19.${n}.2`);
  expect((await r.signIn('recipient', caseNumber)).statusCode).toBe(200);
  return { p, r, providerId, recipientId: recipientUserId! };
}

async function draft(p: TestClient, caseNumber: string) {
  const ts = (await p.post('/api/timesheets/open', { caseNumber, payPeriodStart: period.start })).json();
  await p.post(`/api/timesheets/${ts.id}/days`, { days: [{ date: workDay, workedMinutes: 180, travelMinutes: 0 }] });
  return ts.id as number;
}

async function submitted() {
  const who = await pair();
  const caseNumber = `874${String(n).padStart(3, '0')}0`;
  const id = await draft(who.p, caseNumber);
  expect((await who.p.post(`/api/timesheets/${id}/submit`, { idempotencyKey: randomUUID(), acknowledgeScheduledVisits: true })).statusCode).toBe(200);
  return { ...who, id, caseNumber };
}

const decide = (r: TestClient, id: number, body: unknown) => r.post(`/api/recipient/timesheets/${id}/decision`, body);
const auditOf = (timesheetId: number) =>
  db.db.selectFrom('audit_events').select(['action', 'actor_user_id', 'subject_user_id', 'details'])
    .where('action', 'like', 'timesheet.%_by_recipient').where(({ ref }) => ref('details', '->>').key('timesheetId'), '=', String(timesheetId)).execute();
const noticesOf = (userId: number) => db.db.selectFrom('notifications').select(['event', 'data']).where('user_id', '=', userId).where('event', 'like', 'timesheet_%').execute();

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
  await createUser(db.db, config, { role: 'county_worker', loginId: 'rr.worker', countyId: 19 });
  worker = new TestClient(app, '198.19.250.1');
  expect((await worker.signIn('staff', 'rr.worker')).statusCode).toBe(200);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('what the recipient sees', () => {
  it('lists the submitted timesheets of their own case, never a draft and never another case', async () => {
    const a = await submitted();
    const b = await pair();
    const draftId = await draft(b.p, `874${String(n).padStart(3, '0')}0`);
    const list = (await a.r.get('/api/recipient/timesheets')).json().timesheets as { id: number; status: string }[];
    expect(list.map((t) => [t.id, t.status])).toEqual([[a.id, 'submitted']]);
    expect((await b.r.get('/api/recipient/timesheets')).json().timesheets).toEqual([]);
    expect((await decide(b.r, draftId, { decision: 'approve' })).statusCode).toBe(404);
  });

  it('is the recipient’s alone: providers and county staff are refused', async () => {
    const a = await submitted();
    for (const other of [a.p, worker]) {
      expect((await other.get('/api/recipient/timesheets')).statusCode).toBe(403);
      expect((await decide(other, a.id, { decision: 'approve' })).statusCode).toBe(403);
    }
  });
});

describe('the decision', () => {
  it("answers another case's recipient as if the timesheet did not exist, and changes nothing", async () => {
    const a = await submitted();
    const b = await pair();
    expect((await decide(b.r, a.id, { decision: 'reject', reason: 'Not my provider' })).statusCode).toBe(404);
    expect((await a.p.get(`/api/timesheets/${a.id}`)).json()).toMatchObject({ status: 'submitted', decision: null });
    expect(await auditOf(a.id)).toEqual([]);
  });

  it('refuses a rejection without a reason of at least 3 characters, beside the field', async () => {
    const a = await submitted();
    for (const body of [{ decision: 'reject' }, { decision: 'reject', reason: 'no' }]) {
      const res = await decide(a.r, a.id, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual([expect.objectContaining({ path: 'reason', code: 'rejectReasonShape' })]);
    }
    expect((await decide(a.r, a.id, { decision: 'maybe' })).statusCode).toBe(400);
    expect((await a.p.get(`/api/timesheets/${a.id}`)).json().status).toBe('submitted');
  });

  it('records an approval once, however often it is sent: one event, one audit row, one notice to the provider', async () => {
    const a = await submitted();
    for (let i = 0; i < 2; i++) expect((await decide(a.r, a.id, { decision: 'approve' })).json()).toMatchObject({ decision: { decision: 'approved' } });
    const events = (await a.p.get(`/api/claims/${a.id}/timeline`)).json().events as { action: string; actorKind: string }[];
    expect(events.filter((e) => e.action === 'recipient_approve')).toEqual([expect.objectContaining({ actorKind: 'recipient' })]);
    expect(await auditOf(a.id)).toEqual([
      { action: 'timesheet.approved_by_recipient', actor_user_id: a.recipientId, subject_user_id: a.providerId, details: { timesheetId: a.id, version: 1 } },
    ]);
    expect((await noticesOf(a.providerId)).map((x) => x.event)).toEqual(['timesheet_approved']);
  });

  it('sends a rejection back to the provider with its reason, in the claim, the trail and the notice', async () => {
    const a = await submitted();
    const res = await decide(a.r, a.id, { decision: 'reject', reason: '  Tuesday was 2 hours, not 3  ' });
    expect(res.json()).toMatchObject({ status: 'rejected_by_recipient', decision: { decision: 'rejected', reason: 'Tuesday was 2 hours, not 3' } });
    const events = (await a.p.get(`/api/claims/${a.id}/timeline`)).json().events as { action: string; note: string | null }[];
    expect(events.find((e) => e.action === 'recipient_reject')).toMatchObject({ note: 'Tuesday was 2 hours, not 3' });
    expect(await auditOf(a.id)).toEqual([
      { action: 'timesheet.rejected_by_recipient', actor_user_id: a.recipientId, subject_user_id: a.providerId, details: { timesheetId: a.id, version: 1, reason: 'Tuesday was 2 hours, not 3' } },
    ]);
    expect(await noticesOf(a.providerId)).toEqual([{ event: 'timesheet_rejected', data: expect.objectContaining({ by: 'recipient', reason: 'Tuesday was 2 hours, not 3', timesheetId: a.id }) }]);
    expect((await decide(a.r, a.id, { decision: 'approve' })).json().error.code).toBe('timesheetAlreadyDecided');
  });
});
