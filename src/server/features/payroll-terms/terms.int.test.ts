import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addDays } from '../../../domain/index.js';
import { testToday } from '../../testing/clock.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../../testing/test-app.js';
import { assign, createCase } from '../cases/testing.js';
import { signInSettingsStaff, type SettingsStaff } from '../county-settings/testing.js';

/** What county staff record of each provider's terms, a case's Share of Cost and the county's rates; who may; the audit. */
let db: TestDb;
let app: FastifyInstance;
const config = testConfig();
const today = testToday();
const month = today.slice(0, 7);
let staff: SettingsStaff;
let provider: TestClient;
let providerId: number;
const terms = '/api/staff/cases/7500001/payroll-terms';
const rates = '/api/staff/counties/los-angeles/deduction-rates';

const auditOf = (action: string) => db.db.selectFrom('audit_events').select(['actor_user_id', 'subject_user_id', 'county_id', 'details']).where('action', '=', action).orderBy('id').execute();

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
  staff = await signInSettingsStaff(app, db.db, config, 'terms', '198.51.104');
  providerId = await createUser(db.db, config, { loginId: '875000001' });
  await createUser(db.db, config, { loginId: '875000002' });
  const { caseId } = await createCase(db.db, config, { caseNumber: '7500001' });
  await assign(db.db, { providerId, caseId, liveIn: true });
  provider = new TestClient(app, '198.51.104.99');
  expect((await provider.signIn('provider', '875000001')).statusCode).toBe(200);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe("a provider's terms for a case", () => {
  it('are the defaults until recorded: other, nothing elected, no union, no COPE, no health plan', async () => {
    const res = await staff.laWorker.get(terms);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      caseNumber: '7500001',
      county: { slug: 'los-angeles' },
      providers: [{ provider: { providerId: '875000001' }, relationship: 'other', sdiElected: false, unionMember: false, copeCents: null, healthPlan: false, recorded: false }],
      shareOfCost: [],
      ratesToday: null,
    });
  });

  it("are recorded by a worker of the case's county, audited with each changed field's old and new value", async () => {
    const res = await staff.laWorker.post(`${terms}/875000001`, { relationship: 'parent', sdiElected: true, unionMember: true, copeCents: 200, healthPlan: false });
    expect(res.statusCode).toBe(200);
    expect(res.json().providers[0]).toMatchObject({ relationship: 'parent', sdiElected: true, unionMember: true, copeCents: 200, healthPlan: false, recorded: true });
    const [audit] = await auditOf('payroll_terms.recorded');
    expect(audit).toMatchObject({
      subject_user_id: providerId,
      county_id: 19,
      details: {
        caseNumber: '7500001',
        providerId: '875000001',
        changes: { relationship: { from: 'other', to: 'parent' }, sdiElected: { from: false, to: true }, unionMember: { from: false, to: true }, copeCents: { from: null, to: 200 } },
      },
    });
    expect(Object.keys(audit!.details as object)).not.toContain('healthPlan');
  });

  it('refuses an SDI election for a provider who is not family, beside the field, and the database refuses it too', async () => {
    const res = await staff.laWorker.post(`${terms}/875000001`, { relationship: 'other', sdiElected: true, unionMember: false, copeCents: null, healthPlan: false });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({ path: 'sdiElected', code: 'sdiElectionNotFamily' });
    await expect(db.db.updateTable('payroll_terms').set({ relationship: 'other' }).where('provider_user_id', '=', providerId).execute()).rejects.toThrow(/payroll_terms_sdi_election_family/);
    expect((await staff.laWorker.get(terms)).json().providers[0].relationship).toBe('parent');
  });

  it("are refused to another county's staff (not found), to a provider (their own too), and for a provider never on the case", async () => {
    const body = { relationship: 'other', sdiElected: false, unionMember: false, copeCents: null, healthPlan: false };
    expect((await staff.orangeAdmin.get(terms)).statusCode).toBe(404);
    expect((await staff.orangeAdmin.post(`${terms}/875000001`, body)).statusCode).toBe(404);
    expect((await provider.post(`${terms}/875000001`, body)).statusCode).toBe(403);
    expect((await provider.get(terms)).statusCode).toBe(403);
    expect((await staff.laWorker.post(`${terms}/875000002`, body)).statusCode).toBe(404);
    expect((await staff.state.post(`${terms}/875000001`, { ...body, relationship: 'parent', sdiElected: true, unionMember: true, copeCents: 200 })).statusCode).toBe(200);
    expect((await staff.laWorker.get(terms)).json().providers[0]).toMatchObject({ relationship: 'parent', unionMember: true });
  });

  it('keeps the county of the case and a provider of the case in the database', async () => {
    const other = await createUser(db.db, config, { loginId: '875000003' });
    const { caseId } = await createCase(db.db, config, { caseNumber: '7500002' });
    await expect(
      db.db.insertInto('payroll_terms').values({ provider_user_id: other, case_id: caseId, county_id: 19, relationship: 'other', updated_by: other }).execute(),
    ).rejects.toThrow(/never assigned/);
    await assign(db.db, { providerId: other, caseId });
    await expect(
      db.db.insertInto('payroll_terms').values({ provider_user_id: other, case_id: caseId, county_id: 30, relationship: 'other', updated_by: other }).execute(),
    ).rejects.toThrow(/is not the county of case/);
  });
});

describe("a case's Share of Cost", () => {
  it('is set from a month by county staff, audited with the amount before and after', async () => {
    const first = await staff.laWorker.post('/api/staff/cases/7500001/share-of-cost', { effectiveMonth: month, monthlyCents: 12_000 });
    expect(first.statusCode).toBe(200);
    expect(first.json().shareOfCost).toEqual([{ effectiveMonth: month, monthlyCents: 12_000 }]);
    const second = await staff.laAdmin.post('/api/staff/cases/7500001/share-of-cost', { effectiveMonth: month, monthlyCents: 9_550 });
    expect(second.json().shareOfCost).toEqual([{ effectiveMonth: month, monthlyCents: 9_550 }]);
    expect((await auditOf('case.share_of_cost_set')).map((a) => a.details)).toEqual([
      { caseNumber: '7500001', effectiveMonth: month, monthlyCents: { from: null, to: 12_000 } },
      { caseNumber: '7500001', effectiveMonth: month, monthlyCents: { from: 12_000, to: 9_550 } },
    ]);
  });

  it("is refused to another county's staff and to providers, and refuses what is not an amount", async () => {
    expect((await staff.orangeAdmin.post('/api/staff/cases/7500001/share-of-cost', { effectiveMonth: month, monthlyCents: 100 })).statusCode).toBe(404);
    expect((await provider.post('/api/staff/cases/7500001/share-of-cost', { effectiveMonth: month, monthlyCents: 100 })).statusCode).toBe(403);
    const bad = await staff.laWorker.post('/api/staff/cases/7500001/share-of-cost', { effectiveMonth: month, monthlyCents: -1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0]).toMatchObject({ path: 'monthlyCents', code: 'dollarsAndCents', message: 'Enter an amount from $0 to $10,000, like 25 or 25.50.' });
  });
});

describe("the county's deduction rates", () => {
  const tomorrow = addDays(today, 1);

  it('are set by the county admin from a later date, a date set again is replaced, each audited with before and after', async () => {
    expect((await staff.laAdmin.get(rates)).json()).toEqual({ county: expect.objectContaining({ slug: 'los-angeles' }), rates: [], earliestEffectiveFrom: tomorrow });
    const set = await staff.laAdmin.post(rates, { effectiveFrom: tomorrow, unionDuesCentsPerHour: 45, healthPremiumMonthlyCents: 2_500, note: 'Example MOU' });
    expect(set.statusCode).toBe(200);
    expect(set.json().rates).toEqual([{ effectiveFrom: tomorrow, unionDuesCentsPerHour: 45, healthPremiumMonthlyCents: 2_500, note: 'Example MOU' }]);
    await staff.state.post(rates, { effectiveFrom: tomorrow, unionDuesCentsPerHour: 50, healthPremiumMonthlyCents: null });
    expect((await staff.laAdmin.get(rates)).json().rates).toEqual([{ effectiveFrom: tomorrow, unionDuesCentsPerHour: 50, healthPremiumMonthlyCents: null, note: null }]);
    expect((await auditOf('county.deduction_rates_set')).map((a) => a.details)).toEqual([
      { effectiveFrom: tomorrow, from: null, to: { unionDuesCentsPerHour: 45, healthPremiumMonthlyCents: 2_500, note: 'Example MOU' } },
      {
        effectiveFrom: tomorrow,
        from: { unionDuesCentsPerHour: 45, healthPremiumMonthlyCents: 2_500, note: 'Example MOU' },
        to: { unionDuesCentsPerHour: 50, healthPremiumMonthlyCents: null, note: null },
      },
    ]);
  });

  it('refuse a date that is not after today, beside the field', async () => {
    const res = await staff.laAdmin.post(rates, { effectiveFrom: today, unionDuesCentsPerHour: 60, healthPremiumMonthlyCents: null });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({ path: 'effectiveFrom', code: 'deductionRateNotFuture', params: { earliest: tomorrow } });
  });

  it("are the county admin's (a state admin's for any county), not a worker's nor another county's", async () => {
    const body = { effectiveFrom: addDays(today, 30), unionDuesCentsPerHour: 60, healthPremiumMonthlyCents: null };
    expect((await staff.laWorker.post(rates, body)).statusCode).toBe(403);
    expect((await staff.orangeAdmin.post(rates, body)).statusCode).toBe(404);
    expect((await staff.orangeAdmin.get(rates)).statusCode).toBe(404);
    expect((await provider.get(rates)).statusCode).toBe(403);
    expect((await staff.laAdmin.get(rates)).json().rates).toHaveLength(1);
  });
});

describe('what the provider sees of their terms', () => {
  it("shows each of this month's recipients with the relationship, exemptions, live-in, union, COPE and health plan, the rates and the Share of Cost", async () => {
    const res = await provider.get('/api/withholding');
    expect(res.statusCode).toBe(200);
    expect(res.json().recipients).toEqual([
      {
        caseNumber: '7500001',
        recipient: { firstName: 'Rec', lastName: 'Ipient01' },
        county: expect.objectContaining({ slug: 'los-angeles' }),
        relationship: 'parent',
        socialSecurityAndMedicare: 'exempt',
        sdi: 'elected',
        liveInExcluded: true,
        unionMember: true,
        // The rates set above start tomorrow: none is in force today.
        unionDuesCentsPerHour: null,
        copeCentsPerPayment: 200,
        healthPlan: false,
        healthPremiumMonthlyCents: null,
        shareOfCost: { month, monthlyCents: 9_550 },
      },
    ]);
  });

  it('is not for staff', async () => {
    expect((await staff.laWorker.get('/api/withholding')).statusCode).toBe(403);
  });
});
