import type { Insertable } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WithholdingElectionsTable } from '../../../db/schema.js';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addDays, californiaInstant, monthSpan, payPeriodOf } from '../../../domain/index.js';
import { testToday } from '../../testing/clock.js';
import { createUser, testConfig } from '../../testing/test-app.js';
import { assign, createCase } from '../cases/testing.js';
import { payTermsFor } from './service.js';

/** `payTermsFor`, which the pay run asks: the terms in force on the pay date, and the Share of Cost of the service month. */
let db: TestDb;
const config = testConfig();
const today = testToday();
const thisMonth = today.slice(0, 7);
const nextMonth = addDays(monthSpan(thisMonth).end, 1).slice(0, 7);
/** Two pay periods that start after today, the second after the first. */
const first = addDays(payPeriodOf(today).end, 1);
const second = addDays(payPeriodOf(first).end, 1);
let providerId: number;
let caseId: number;
let adminId: number;

const termsOn = (payDate: string, serviceMonth = thisMonth) => payTermsFor(db.db, { providerId, caseId, countyId: 19, payDate, serviceMonth });

beforeAll(async () => {
  db = await createTestDb();
  providerId = await createUser(db.db, config, { loginId: '877000001' });
  adminId = await createUser(db.db, config, { loginId: 'terms.admin', role: 'county_admin' });
  ({ caseId } = await createCase(db.db, config, { caseNumber: '7700001' }));
  await assign(db.db, { providerId, caseId, liveIn: true });
});
afterAll(async () => {
  await db.drop();
});

describe('the terms of a payment', () => {
  it('are the defaults when nothing is recorded', async () => {
    expect(await termsOn(today)).toEqual({
      relationship: 'other',
      sdiElected: false,
      liveInExcluded: true,
      federal: null,
      state: null,
      unionDues: null,
      cope: null,
      healthPremium: null,
      shareOfCost: null,
    });
  });

  it('take the withholding election in force on the pay date: none before it applies, the latest after', async () => {
    const base = { provider_user_id: providerId, county_id: 19, made_by: providerId } as const;
    await db.db
      .insertInto('withholding_elections')
      .values([
        { ...base, tax: 'federal', withhold: true, filing_status: 'single', multiple_jobs: false, dependents_cents: 0, other_income_cents: 0, deductions_cents: 0, extra_cents: 1000, exempt: false, effective_from: first },
        { ...base, tax: 'federal', withhold: false, effective_from: second },
        { ...base, tax: 'state', withhold: true, filing_status: 'married', allowances: 2, estimated_deduction_allowances: 0, extra_cents: 0, exempt: false, effective_from: second },
      ])
      .execute();
    expect(await termsOn(today)).toMatchObject({ federal: null, state: null });
    expect(await termsOn(first)).toMatchObject({
      federal: { filingStatus: 'single', multipleJobs: false, dependentsCents: 0, otherIncomeCents: 0, deductionsCents: 0, extraCents: 1000, exempt: false },
      state: null,
    });
    expect(await termsOn(addDays(second, -1))).toMatchObject({ federal: { extraCents: 1000 } });
    expect(await termsOn(second)).toMatchObject({ federal: null, state: { filingStatus: 'married', allowances: 2, estimatedDeductionAllowances: 0, extraCents: 0, exempt: false } });
  });

  it("take the county's rates in force on the pay date, for a union member and a health plan enrolee only", async () => {
    await db.db
      .insertInto('county_deduction_rates')
      .values([
        { county_id: 19, effective_from: first, union_dues_cents_per_hour: 40, health_premium_monthly_cents: 2000, set_by: adminId },
        { county_id: 19, effective_from: second, union_dues_cents_per_hour: 55, health_premium_monthly_cents: null, set_by: adminId },
      ])
      .execute();
    expect(await termsOn(second)).toMatchObject({ unionDues: null, healthPremium: null });
    await db.db.insertInto('payroll_terms').values({ provider_user_id: providerId, case_id: caseId, county_id: 19, relationship: 'spouse', sdi_elected: true, union_member: true, cope_cents: 300, health_plan: true, updated_by: adminId }).execute();
    expect(await termsOn(today)).toMatchObject({ relationship: 'spouse', sdiElected: true, unionDues: null, cope: { centsPerPayment: 300 }, healthPremium: null });
    expect(await termsOn(first)).toMatchObject({ unionDues: { centsPerHour: 40 }, healthPremium: { monthlyCents: 2000 } });
    expect(await termsOn(second)).toMatchObject({ unionDues: { centsPerHour: 55 }, healthPremium: null });
  });

  it("take the Share of Cost of the service month, not of the pay date's month; 0 is none", async () => {
    await db.db
      .insertInto('case_share_of_cost')
      .values([
        { case_id: caseId, county_id: 19, effective_month: `${thisMonth}-01`, monthly_cents: 12_000, set_by: adminId },
        { case_id: caseId, county_id: 19, effective_month: `${nextMonth}-01`, monthly_cents: 0, set_by: adminId },
      ])
      .execute();
    expect(await termsOn(addDays(monthSpan(nextMonth).start, 5), thisMonth)).toMatchObject({ shareOfCost: { monthlyCents: 12_000 } });
    expect(await termsOn(today, nextMonth)).toMatchObject({ shareOfCost: null });
    const lastMonth = addDays(monthSpan(thisMonth).start, -1).slice(0, 7);
    expect(await termsOn(today, lastMonth)).toMatchObject({ shareOfCost: null });
  });

  it('exclude income tax for a live-in month only when every assignment to the recipient in it is live-in', async () => {
    const other = await createUser(db.db, config, { loginId: '877000002' });
    const { caseId: otherCase } = await createCase(db.db, config, { caseNumber: '7700002' });
    const month = monthSpan(nextMonth);
    await assign(db.db, { providerId: other, caseId: otherCase, liveIn: false, start: addDays(today, -400), end: addDays(month.start, 9) });
    await assign(db.db, { providerId: other, caseId: otherCase, liveIn: true, start: addDays(month.start, 10) });
    const q = { providerId: other, caseId: otherCase, countyId: 19, payDate: today };
    expect((await payTermsFor(db.db, { ...q, serviceMonth: thisMonth })).liveInExcluded).toBe(false);
    expect((await payTermsFor(db.db, { ...q, serviceMonth: nextMonth })).liveInExcluded).toBe(false);
    const monthAfter = addDays(month.end, 1).slice(0, 7);
    expect((await payTermsFor(db.db, { ...q, serviceMonth: monthAfter })).liveInExcluded).toBe(true);
    // Live-in with another recipient says nothing of this one.
    expect((await payTermsFor(db.db, { providerId, caseId: otherCase, countyId: 19, payDate: today, serviceMonth: monthAfter })).liveInExcluded).toBe(false);
  });
});

describe('an exempt W-4 or DE 4 in the terms of a payment', () => {
  /** Last year, from today's: a claim made then lapses after February 15 of this year. */
  const year = Number(today.slice(0, 4)) - 1;
  const W4 = { withhold: true, filing_status: 'head_of_household', multiple_jobs: false, dependents_cents: 200_000, other_income_cents: 0, deductions_cents: 0, extra_cents: 0, exempt: true } as const;
  const DE4 = { withhold: true, filing_status: 'married', allowances: 3, estimated_deduction_allowances: 0, extra_cents: 0, exempt: true } as const;
  const LAPSED_W4 = { filingStatus: 'single', multipleJobs: false, dependentsCents: 0, otherIncomeCents: 0, deductionsCents: 0, extraCents: 0, exempt: false };
  const LAPSED_DE4 = { filingStatus: 'single', allowances: 0, estimatedDeductionAllowances: 0, extraCents: 0, exempt: false };
  let n = 10;

  /** A new provider with these elections, each made at noon (California) on `madeOn` unless `minute` says when. */
  type Row = Omit<Insertable<WithholdingElectionsTable>, 'provider_user_id' | 'county_id' | 'made_by' | 'made_at'> & { madeOn: string; minute?: number };
  async function providerWith(rows: readonly Row[]) {
    const id = await createUser(db.db, config, { loginId: `8770000${n++}` });
    for (const { madeOn, minute, ...row } of rows) {
      await db.db
        .insertInto('withholding_elections')
        .values({ ...row, provider_user_id: id, county_id: 19, made_by: id, made_at: new Date(californiaInstant(madeOn, minute ?? 12 * 60)) })
        .execute();
    }
    return (payDate: string) => payTermsFor(db.db, { providerId: id, caseId, countyId: 19, payDate, serviceMonth: thisMonth });
  }

  it('applies to payments issued through February 15 of the next year; after it, a W-4 is withheld as Single with no other entries and a DE 4 as Single with no allowances', async () => {
    const termsOf = await providerWith([
      { tax: 'federal', madeOn: `${year}-03-10`, effective_from: `${year}-03-16`, ...W4 },
      { tax: 'state', madeOn: `${year}-03-10`, effective_from: `${year}-03-16`, ...DE4 },
    ]);
    expect(await termsOf(`${year + 1}-02-15`)).toMatchObject({
      federal: { filingStatus: 'head_of_household', dependentsCents: 200_000, exempt: true },
      state: { filingStatus: 'married', allowances: 3, exempt: true },
    });
    const after = await termsOf(`${year + 1}-02-16`);
    expect(after.federal).toEqual(LAPSED_W4);
    expect(after.state).toEqual(LAPSED_DE4);
  });

  it('gives way to a newer election from the day it applies: an exemption claimed again lasts its own year, and until a change applies the lapsed defaults hold', async () => {
    const termsOf = await providerWith([
      { tax: 'federal', madeOn: `${year}-05-02`, effective_from: `${year}-05-16`, ...W4 },
      { tax: 'federal', madeOn: `${year + 1}-02-10`, effective_from: `${year + 1}-02-16`, ...W4, dependents_cents: 0 },
      { tax: 'state', madeOn: `${year}-05-02`, effective_from: `${year}-05-16`, ...DE4 },
      { tax: 'state', madeOn: `${year + 1}-02-20`, effective_from: `${year + 1}-03-01`, ...DE4, allowances: 2, exempt: false },
    ]);
    const renewed = await termsOf(`${year + 1}-02-16`);
    expect(renewed.federal).toMatchObject({ dependentsCents: 0, exempt: true });
    expect(renewed.state).toEqual(LAPSED_DE4);
    expect((await termsOf(`${year + 1}-02-28`)).state).toEqual(LAPSED_DE4);
    expect((await termsOf(`${year + 1}-03-01`)).state).toMatchObject({ filingStatus: 'married', allowances: 2, exempt: false });
    expect((await termsOf(`${year + 2}-02-15`)).federal).toMatchObject({ exempt: true });
    expect((await termsOf(`${year + 2}-02-16`)).federal).toEqual(LAPSED_W4);
    // An election that withholds does not lapse.
    expect((await termsOf(`${year + 3}-06-01`)).state).toMatchObject({ allowances: 2 });
  });

  it("counts the year of the claim in California time: one made late on December 31 there lapses after the next February 15", async () => {
    const termsOf = await providerWith([{ tax: 'federal', madeOn: `${year}-12-31`, minute: 23 * 60 + 30, effective_from: `${year + 1}-01-01`, ...W4 }]);
    expect((await termsOf(`${year + 1}-02-15`)).federal).toMatchObject({ exempt: true });
    expect((await termsOf(`${year + 1}-02-16`)).federal).toEqual(LAPSED_W4);
  });
});
