import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addDays } from '../../../domain/index.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../../testing/test-app.js';
import { assign, createCase } from '../cases/testing.js';
import { testNow, testToday } from '../../testing/clock.js';

let db: TestDb;
let app: FastifyInstance;
const config = testConfig();
const today = testToday();
let provider: TestClient;
let recipient: TestClient;
let newcomer: TestClient;

/** 320 hours of approved work over the last months: sick leave earned and usable. */
async function workHistory(providerId: number, caseId: number) {
  for (let i = 0; i < 8; i++) {
    const start = addDays(today, -200 + i * 16);
    const day = Number(start.slice(8));
    const periodStart = `${start.slice(0, 8)}${day <= 15 ? '01' : '16'}`;
    const existing = await db.db.selectFrom('timesheets').select('id').where('provider_user_id', '=', providerId).where('pay_period_start', '=', periodStart).executeTakeFirst();
    if (existing) continue;
    const end = day <= 15 ? `${start.slice(0, 8)}15` : `${start.slice(0, 8)}${new Date(Date.UTC(Number(start.slice(0, 4)), Number(start.slice(5, 7)), 0)).getUTCDate()}`;
    const { id } = await db.db.insertInto('timesheets').values({ provider_user_id: providerId, case_id: caseId, county_id: 19, pay_period_start: periodStart, pay_period_end: end }).returning('id').executeTakeFirstOrThrow();
    await db.db.insertInto('timesheet_days').values([0, 1].map((k) => ({ timesheet_id: id, county_id: 19, work_date: addDays(periodStart, k + 1), worked_minutes: 1200 }))).execute();
    await db.db.updateTable('timesheets').set({ status: 'approved_by_recipient', submitted_at: testNow() }).where('id', '=', id).execute();
  }
}

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
  const pid = await createUser(db.db, config, { loginId: '870000101' });
  const nid = await createUser(db.db, config, { loginId: '870000102' });
  const { caseId } = await createCase(db.db, config, { caseNumber: '8700101' });
  await assign(db.db, { providerId: pid, caseId });
  await assign(db.db, { providerId: nid, caseId });
  await workHistory(pid, caseId);
  provider = new TestClient(app, '192.0.2.71');
  recipient = new TestClient(app, '192.0.2.72');
  newcomer = new TestClient(app, '192.0.2.73');
  await provider.signIn('provider', '870000101');
  await recipient.signIn('recipient', '8700101');
  await newcomer.signIn('provider', '870000102');
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

const claim = (c: TestClient, minutes: number, date = addDays(today, 5)) => c.post('/api/sick-leave/claims', { idempotencyKey: randomUUID(), caseNumber: '8700101', date, minutes });

describe('sick leave', () => {
  it('shows the balance from approved work', async () => {
    const body = (await provider.get('/api/sick-leave')).json();
    expect(body).toMatchObject({ usable: true, yearlyMinutes: 2400, balanceMinutes: 2400 });
    expect(body.earnedOn).not.toBeNull();
  });

  it('refuses a claim under 1 hour, or not in 30-minute steps, with the reason', async () => {
    const short = await claim(provider, 45);
    expect(short.statusCode).toBe(422);
    expect(short.json().error.findings.map((f: { code: string }) => f.code)).toEqual(['SICK_LEAVE_UNDER_ONE_HOUR']);
    const odd = await claim(provider, 75);
    expect(odd.json().error.findings.map((f: { code: string }) => f.code)).toEqual(['SICK_LEAVE_NOT_HALF_HOURS']);
  });

  it('refuses a claim by a provider who has not earned sick leave yet', async () => {
    const res = await claim(newcomer, 60);
    expect(res.json().error.findings.map((f: { code: string }) => f.code)).toEqual(['SICK_LEAVE_NOT_EARNED_YET']);
  });

  it('takes a valid claim once (idempotent), counts it against the balance, and the recipient confirms it', async () => {
    const key = randomUUID();
    const body = { idempotencyKey: key, caseNumber: '8700101', date: addDays(today, 5), minutes: 90 };
    const a = await provider.post('/api/sick-leave/claims', body);
    const b = await provider.post('/api/sick-leave/claims', body);
    expect(a.statusCode).toBe(200);
    expect(b.json().id).toBe(a.json().id);
    expect((await provider.get('/api/sick-leave')).json().balanceMinutes).toBe(2400 - 90);
    expect((await recipient.get('/api/dashboard')).json().sickLeaveToConfirm).toBe(1);
    const confirmed = await recipient.post(`/api/recipient/sick-leave/${a.json().id}/decision`, { decision: 'confirm' });
    expect(confirmed.json().status).toBe('confirmed');
    expect((await recipient.post(`/api/recipient/sick-leave/${a.json().id}/decision`, { decision: 'reject', reason: 'not so' })).json().error.code).toBe('sickLeaveAlreadyDecided');
    expect(await db.db.selectFrom('audit_events').select('action').where('action', 'in', ['sick_leave.claimed', 'sick_leave.confirmed']).execute()).toHaveLength(2);
  });

  it('answers concurrent twins of a claim with the one saved claim, and refuses its key for another day with 422', async () => {
    const body = { idempotencyKey: randomUUID(), caseNumber: '8700101', date: addDays(today, 8), minutes: 60 };
    const answers = await Promise.all(Array.from({ length: 10 }, () => provider.post('/api/sick-leave/claims', body)));
    expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 200));
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
    const before = await db.db.selectFrom('sick_leave_claims').select('id').execute();
    const reused = await provider.post('/api/sick-leave/claims', { ...body, date: addDays(today, 9) });
    expect(reused.statusCode).toBe(422);
    expect(reused.json().error.code).toBe('idempotencyKeyReused');
    expect(await db.db.selectFrom('sick_leave_claims').select('id').execute()).toHaveLength(before.length);
  });
});
