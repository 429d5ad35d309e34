import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addDays, payPeriodOf, weekday } from '../../../domain/index.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../../testing/test-app.js';
import { assign, createCase } from '../cases/testing.js';
import { signInSettingsStaff, type SettingsStaff } from './testing.js';
import { testToday } from '../../testing/clock.js';

/** A county's wage rates by effective date (issue #6), and their effect on a timesheet's expected pay. */
let db: TestDb;
let app: FastifyInstance;
const config = testConfig();
const today = testToday();
const period = payPeriodOf(addDays(payPeriodOf(today).start, -1));
let monday = period.start;
while (weekday(monday) !== 1) monday = addDays(monday, 1);
let staff: SettingsStaff;
let provider: TestClient;

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
  staff = await signInSettingsStaff(app, db.db, config, 'rates', '198.51.102');
  const providerId = await createUser(db.db, config, { loginId: '874000001' });
  const { caseId } = await createCase(db.db, config, { caseNumber: '7400001' });
  await assign(db.db, { providerId, caseId, liveIn: true });
  provider = new TestClient(app, '198.51.102.99');
  expect((await provider.signIn('provider', '874000001')).statusCode).toBe(200);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

const url = '/api/staff/counties/los-angeles/wage-rates';

describe('wage rates', () => {
  it("takes a new rate into a draft timesheet's expected pay for the period it starts in", async () => {
    const before = (await staff.laAdmin.get(url)).json();
    expect(before).toMatchObject({ county: { slug: 'los-angeles' }, rates: [{ effectiveFrom: '2020-01-01', rateCents: 1800 }], earliestEffectiveFrom: null });
    const res = await staff.laAdmin.post(url, { effectiveFrom: period.start, rateCents: 2000, note: 'Example raise' });
    expect(res.statusCode).toBe(200);
    expect(res.json().rates.at(-1)).toEqual({ effectiveFrom: period.start, rateCents: 2000, note: 'Example raise' });
    expect((await staff.laAdmin.get('/api/staff/counties/los-angeles/settings')).json().wageRates.at(-1)).toEqual({ effectiveFrom: period.start, rateCents: 2000 });

    const ts = (await provider.post('/api/timesheets/open', { caseNumber: '7400001', payPeriodStart: period.start })).json();
    const saved = await provider.post(`/api/timesheets/${ts.id}/days`, { days: [{ date: monday, workedMinutes: 240 }] });
    expect(saved.json().totals).toMatchObject({ workedMinutes: 240, rateCents: 2000, expectedGrossCents: 8000 });
    const audit = await db.db.selectFrom('audit_events').select(['details', 'county_id']).where('action', '=', 'county.wage_rate_added').execute();
    expect(audit).toEqual([{ county_id: 19, details: { effectiveFrom: period.start, rateCents: 2000, note: 'Example raise' } }]);
  });

  it('refuses a second rate on the same date', async () => {
    const res = await staff.state.post(url, { effectiveFrom: period.start, rateCents: 2100 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({ path: 'effectiveFrom', code: 'wageRateDateTaken' });
  });

  it('refuses a rate starting inside or before a pay period already submitted, and allows one from the day after', async () => {
    const ts = (await provider.post('/api/timesheets/open', { caseNumber: '7400001', payPeriodStart: period.start })).json();
    expect((await provider.post(`/api/timesheets/${ts.id}/submit`, { idempotencyKey: randomUUID(), acknowledgeScheduledVisits: true })).statusCode).toBe(200);
    const inside = await staff.laAdmin.post(url, { effectiveFrom: addDays(period.start, 3), rateCents: 2200 });
    expect(inside.statusCode).toBe(400);
    expect(inside.json().error.fields[0]).toMatchObject({ path: 'effectiveFrom', code: 'wageRateBeforeSubmitted', params: { periodEnd: period.end, earliest: addDays(period.end, 1) } });
    expect((await staff.laAdmin.get(url)).json().earliestEffectiveFrom).toBe(addDays(period.end, 1));
    expect((await staff.laAdmin.post(url, { effectiveFrom: addDays(period.end, 1), rateCents: 2200 })).statusCode).toBe(200);
    // The submitted timesheet keeps the pay it was submitted with.
    expect((await provider.get(`/api/timesheets/${ts.id}`)).json().totals).toMatchObject({ rateCents: 2000, expectedGrossCents: 8000 });
  });

  it("shows the days of the period at the rate in force on each, and the period's rate (the one it is paid at) as the timesheet's rate", async () => {
    // Orange County, so Los Angeles' rates above stay as they are. A raise in the middle of the period: the days
    // before it keep the old rate, the totals name the new one, as the payment will (payments/service.ts).
    const providerId = await createUser(db.db, config, { loginId: '874000002', countyId: 30 });
    const { caseId } = await createCase(db.db, config, { caseNumber: '7400002', countyId: 30 });
    await assign(db.db, { providerId, caseId, countyId: 30, liveIn: true });
    const orangeProvider = new TestClient(app, '198.51.102.98');
    expect((await orangeProvider.signIn('provider', '874000002')).statusCode).toBe(200);
    const raise = addDays(period.start, 7);
    expect((await staff.orangeAdmin.post('/api/staff/counties/orange/wage-rates', { effectiveFrom: raise, rateCents: 2000 })).statusCode).toBe(200);

    const ts = (await orangeProvider.post('/api/timesheets/open', { caseNumber: '7400002', payPeriodStart: period.start })).json();
    const saved = (await orangeProvider.post(`/api/timesheets/${ts.id}/days`, { days: [{ date: addDays(raise, -1), workedMinutes: 240 }, { date: raise, workedMinutes: 240 }] })).json();
    expect(saved.totals.rates).toEqual([
      { start: period.start, end: addDays(raise, -1), rateCents: 1800 },
      { start: raise, end: period.end, rateCents: 2000 },
    ]);
    expect(saved.totals).toMatchObject({ workedMinutes: 480, rateCents: 2000, expectedGrossCents: 7200 + 8000 });
    expect((await orangeProvider.get(`/api/timesheets/${ts.id}`)).json().totals.rateCents).toBe(2000);
  });

  it("keeps another county's rates from a county admin (not found) and from county workers (forbidden)", async () => {
    expect((await staff.orangeAdmin.get(url)).statusCode).toBe(404);
    expect((await staff.orangeAdmin.post(url, { effectiveFrom: addDays(today, 365), rateCents: 2500 })).statusCode).toBe(404);
    expect((await staff.laWorker.get(url)).statusCode).toBe(403);
    expect((await staff.state.get(url)).statusCode).toBe(200);
  });
});
