import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addDays, payPeriodOf } from '../../../domain/index.js';
import { testNow, testToday } from '../../testing/clock.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../../testing/test-app.js';
import { assign, createCase } from '../cases/testing.js';
import { signInSettingsStaff, type SettingsStaff } from '../county-settings/testing.js';

/** County staff read a provider's W-4 and DE 4 elections on the case page: who may, what they see, the audit of each read. */
let db: TestDb;
let app: FastifyInstance;
const config = testConfig();
const today = testToday();
let staff: SettingsStaff;
let provider: TestClient;
let providerId: number;
const path = (caseNumber: string, loginId: string) => `/api/staff/cases/${caseNumber}/payroll-terms/${loginId}/withholding`;
const elections = path('7800001', '878000001');

const W4 = { filingStatus: 'single', multipleJobs: false, dependentsCents: 0, otherIncomeCents: 0, deductionsCents: 0, extraCents: 1_500, exempt: false } as const;
/** The start of this pay period, and of the next. */
const thisPeriod = payPeriodOf(today).start;
const next = addDays(payPeriodOf(today).end, 1);

const readsOf = (outcome: 'success' | 'denied') =>
  db.db
    .selectFrom('audit_events')
    .select(['actor_user_id', 'subject_user_id', 'county_id', 'details'])
    .where('action', '=', 'withholding.elections_read')
    .where('outcome', '=', outcome)
    .orderBy('id')
    .execute();
const userId = async (loginId: string) => (await db.db.selectFrom('users').select('id').where('login_id', '=', loginId).executeTakeFirstOrThrow()).id;

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
  staff = await signInSettingsStaff(app, db.db, config, 'elections', '198.51.106');
  providerId = await createUser(db.db, config, { loginId: '878000001' });
  await createUser(db.db, config, { loginId: '878000002' });
  const { caseId } = await createCase(db.db, config, { caseNumber: '7800001' });
  await assign(db.db, { providerId, caseId });
  provider = new TestClient(app, '198.51.106.99');
  expect((await provider.signIn('provider', '878000001')).statusCode).toBe(200);
  const base = { provider_user_id: providerId, county_id: 19, made_by: providerId } as const;
  // A W-4 made 40 days ago applies from this period on (in force), a stop from the next (pending), and so does an exempt DE 4.
  const fortyDaysAgo = new Date(testNow().getTime() - 40 * 86_400_000);
  await db.db
    .insertInto('withholding_elections')
    .values([
      { ...base, made_at: fortyDaysAgo, tax: 'federal', withhold: true, filing_status: 'single', multiple_jobs: false, dependents_cents: 0, other_income_cents: 0, deductions_cents: 0, extra_cents: 1_500, exempt: false, effective_from: thisPeriod },
      { ...base, tax: 'federal', withhold: false, effective_from: next },
      { ...base, tax: 'state', withhold: true, filing_status: 'single', allowances: 0, estimated_deduction_allowances: 0, extra_cents: 0, exempt: true, effective_from: next },
    ])
    .execute();
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe("a provider's withholding elections on the case page", () => {
  it("are shown to a worker of the case's county: the one in force and those pending, with the date each applies from, and an exempt claim with the last date it covers", async () => {
    const res = await staff.laWorker.get(elections);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      caseNumber: '7800001',
      provider: { providerId: '878000001', firstName: expect.any(String), lastName: expect.any(String) },
      today,
      federal: {
        inForce: { effectiveFrom: thisPeriod, madeAt: expect.any(String), election: W4, exemption: null },
        pending: [{ effectiveFrom: next, madeAt: expect.any(String), election: null, exemption: null }],
      },
      state: {
        inForce: null,
        pending: [
          {
            effectiveFrom: next,
            madeAt: expect.any(String),
            election: { filingStatus: 'single', allowances: 0, estimatedDeductionAllowances: 0, extraCents: 0, exempt: true },
            exemption: { lastPayDate: `${Number(today.slice(0, 4)) + 1}-02-15`, lapsed: false },
          },
        ],
      },
    });
  });

  it('audits every read with the reader, the provider as subject and the county of the case', async () => {
    await staff.laAdmin.get(elections);
    await staff.state.get(elections);
    expect(await readsOf('success')).toEqual([
      { actor_user_id: await userId('elections.la.worker'), subject_user_id: providerId, county_id: 19, details: { caseNumber: '7800001', providerId: '878000001' } },
      { actor_user_id: await userId('elections.la.admin'), subject_user_id: providerId, county_id: 19, details: { caseNumber: '7800001', providerId: '878000001' } },
      { actor_user_id: await userId('elections.state'), subject_user_id: providerId, county_id: 19, details: { caseNumber: '7800001', providerId: '878000001' } },
    ]);
  });

  it("answers another county's staff \"not found\", as it answers an unknown case or a provider never on the case, and audits each refusal", async () => {
    expect((await staff.orangeAdmin.get(elections)).statusCode).toBe(404);
    expect((await staff.laWorker.get(path('7899999', '878000001'))).statusCode).toBe(404);
    expect((await staff.laWorker.get(path('7800001', '878000002'))).statusCode).toBe(404);
    expect(await readsOf('denied')).toEqual([
      { actor_user_id: await userId('elections.orange.admin'), subject_user_id: null, county_id: 30, details: { caseNumber: '7800001', providerId: '878000001' } },
      { actor_user_id: await userId('elections.la.worker'), subject_user_id: null, county_id: 19, details: { caseNumber: '7899999', providerId: '878000001' } },
      { actor_user_id: await userId('elections.la.worker'), subject_user_id: null, county_id: 19, details: { caseNumber: '7800001', providerId: '878000002' } },
    ]);
  });

  it('are not for a provider, their own included, nor for a visitor, and refuse what is not a provider ID', async () => {
    expect((await provider.get(elections)).statusCode).toBe(403);
    expect((await new TestClient(app, '198.51.106.98').get(elections)).statusCode).toBe(401);
    expect((await staff.laWorker.get(path('7800001', '<script>'))).statusCode).toBe(400);
    expect(await readsOf('success')).toHaveLength(3);
  });
});
