import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addDays, californiaInstant, weekday } from '../../../domain/index.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../../testing/test-app.js';
import { assign, createCase } from '../cases/testing.js';
import { testNow, testToday } from '../../testing/clock.js';
import { send, tapIn, tapOut } from '../evv/testing.js';

let db: TestDb;
let app: FastifyInstance;
const config = testConfig();
const today = testToday();
let provider: TestClient;
let recipient: TestClient;
let stranger: TestClient;

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
  const pid = await createUser(db.db, config, { loginId: '860000001' });
  await createUser(db.db, config, { loginId: '860000002' });
  const { caseId } = await createCase(db.db, config, { caseNumber: '8600001', diagnoses: 'Fictional: hip fracture' });
  await assign(db.db, { providerId: pid, caseId });
  provider = new TestClient(app, '192.0.2.61');
  recipient = new TestClient(app, '192.0.2.62');
  stranger = new TestClient(app, '192.0.2.63');
  await provider.signIn('provider', '860000001');
  await recipient.signIn('recipient', '8600001');
  await stranger.signIn('provider', '860000002');
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('visit plans', () => {
  it("marks today's visit on the dashboard checked in, then out, by the provider's own check-in, not another provider's with the same recipient", async () => {
    const mineId = await createUser(db.db, config, { loginId: '860000005' });
    const theirsId = await createUser(db.db, config, { loginId: '860000006' });
    const { caseId } = await createCase(db.db, config, { caseNumber: '8600005' });
    await assign(db.db, { providerId: mineId, caseId });
    await assign(db.db, { providerId: theirsId, caseId });
    const mine = new TestClient(app, '192.0.2.64');
    const theirs = new TestClient(app, '192.0.2.65');
    await mine.signIn('provider', '860000005');
    await theirs.signIn('provider', '860000006');
    expect((await mine.post('/api/visits/plans', { caseNumber: '8600005', startDate: today, startTime: '00:00', endTime: '23:00', repeat: 'none' })).statusCode).toBe(200);
    const now = testNow().getTime();
    const inAt = new Date(Math.max(californiaInstant(today, 0), now - 60_000)).toISOString();
    const outAt = new Date(now).toISOString();
    const visitOfToday = async () => (await mine.get('/api/dashboard')).json().scheduledVisits.today.filter((o: { caseNumber: string }) => o.caseNumber === '8600005');
    expect((await send(theirs, tapIn('8600005', inAt))).statusCode).toBe(200);
    expect((await send(theirs, tapOut('8600005', outAt))).statusCode).toBe(200);
    expect(await visitOfToday()).toMatchObject([{ checkedIn: false, checkedOut: false }]);
    expect((await send(mine, tapIn('8600005', inAt))).statusCode).toBe(200);
    expect(await visitOfToday()).toMatchObject([{ checkedIn: true, checkedOut: false }]);
    expect((await send(mine, tapOut('8600005', outAt))).statusCode).toBe(200);
    expect(await visitOfToday()).toMatchObject([{ checkedIn: true, checkedOut: true }]);
  });

  it('expands a weekly plan into dated visits in California time, marking the one checked in', async () => {
    const start = addDays(today, -7);
    const plan = await provider.post('/api/visits/plans', { caseNumber: '8600001', startDate: start, startTime: '09:00', endTime: '12:00', repeat: 'weekly', weekdays: [weekday(today), weekday(addDays(today, -1))] });
    expect(plan.statusCode).toBe(200);
    const yesterday = addDays(today, -1);
    await provider.post('/api/evv/check-in', { idempotencyKey: randomUUID(), caseNumber: '8600001', tappedAt: new Date(californiaInstant(yesterday, 9 * 60)).toISOString(), locationType: 'community' });
    const res = (await provider.get(`/api/visits?from=${addDays(today, -1)}&to=${addDays(today, 6)}`)).json();
    expect(res.occurrences.map((o: { date: string }) => o.date)).toEqual([yesterday, today, addDays(today, 6)]);
    expect(res.occurrences[0]).toMatchObject({ checkedIn: true, checkedOut: false, today: false, recipient: { firstName: 'Rec' } });
    expect(res.occurrences[1]).toMatchObject({ today: true, checkedIn: false, startAt: new Date(californiaInstant(today, 540)).toISOString() });
    // The recipient sees the same plan for their case; another provider does not.
    expect((await recipient.get(`/api/visits?from=${today}&to=${today}`)).json().occurrences).toHaveLength(1);
    expect((await stranger.get(`/api/visits?from=${today}&to=${today}`)).json().occurrences).toEqual([]);
    expect((await stranger.post(`/api/visits/plans/${plan.json().id}/cancel`)).statusCode).toBe(404);
  });

  it('lets the recipient plan a visit with one of their providers, and refuses one with a provider not on the case', async () => {
    const ok = await recipient.post('/api/visits/plans', { caseNumber: '8600001', providerId: '860000001', startDate: addDays(today, 2), startTime: '14:00', endTime: '15:00', repeat: 'none' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ providerId: '860000001', caseNumber: '8600001' });
    const noProvider = await recipient.post('/api/visits/plans', { caseNumber: '8600001', startDate: today, startTime: '14:00', endTime: '15:00', repeat: 'none' });
    expect(noProvider.json().error.code).toBe('visitProviderRequired');
    const notTheirs = await recipient.post('/api/visits/plans', { caseNumber: '8600001', providerId: '860000002', startDate: today, startTime: '14:00', endTime: '15:00', repeat: 'none' });
    expect(notTheirs.json().error.code).toBe('notAssignedToCase');
    const backwards = await provider.post('/api/visits/plans', { caseNumber: '8600001', startDate: today, startTime: '15:00', endTime: '14:00', repeat: 'none' });
    expect(backwards.json().error.fields[0]).toMatchObject({ path: 'endTime', code: 'visitEndsBeforeStart' });
  });
});

describe('the calendar feed', () => {
  it('serves the visits at a secret URL without address or health data, and stops when revoked', async () => {
    const made = await provider.post('/api/calendar/feed');
    expect(made.statusCode).toBe(200);
    const url = new URL(made.json().url);
    const anonymous = new TestClient(app, '192.0.2.99');
    const ics = await anonymous.get(url.pathname);
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain('BEGIN:VCALENDAR');
    expect(ics.body).toContain('SUMMARY:IHSS visit: Rec I.');
    expect(ics.body).not.toMatch(/Test St|90012|5550109999|fracture|Ipient/);
    const token = url.pathname.split('/').pop()!.replace('.ics', '');
    const stored = await db.db.selectFrom('calendar_feeds').select('token_hash').execute();
    expect(stored.some((r) => r.token_hash.toString('latin1').includes(token))).toBe(false);
    expect((await provider.get('/api/calendar/feed')).json().active).toBe(true);
    await provider.post('/api/calendar/feed/revoke');
    expect((await anonymous.get(url.pathname)).statusCode).toBe(404);
    expect((await provider.get('/api/calendar/feed')).json().active).toBe(false);
  });

  it('takes ten "new URL" requests at once: each answers, one URL stays live', async () => {
    const made = await Promise.all(Array.from({ length: 10 }, () => provider.post('/api/calendar/feed')));
    expect(made.map((m) => m.statusCode)).toEqual(made.map(() => 200));
    const anonymous = new TestClient(app, '192.0.2.98');
    const live = [];
    for (const m of made) if ((await anonymous.get(new URL(m.json().url).pathname)).statusCode === 200) live.push(m);
    expect(live).toHaveLength(1);
  });
});
