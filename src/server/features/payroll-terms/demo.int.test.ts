import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RATES_NOTE, seedDemoPayrollTerms } from '../../../db/seed/demo-payroll-terms.js';
import { seedDemo } from '../../../db/seed/demo.js';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { testToday } from '../../testing/clock.js';
import { payTermsFor, withholdingView } from './service.js';

/** The demo shows the feature: the demo provider's page has rates, terms, an election in force and a Share of Cost. */
let db: TestDb;
const deps = {
  hashPassword: async () => 'not-a-real-hash',
  hashAnswer: async () => 'not-a-real-hash',
  ssnLast4Hmac: () => Buffer.alloc(32),
  encryptDiagnoses: (caseNumber: string, plain: string) => Buffer.from(`sealed:${caseNumber}:${plain.length}`),
};

beforeAll(async () => {
  db = await createTestDb();
  await seedDemo(db.db, deps);
});
afterAll(async () => db.drop());

describe('demo payroll terms', () => {
  it('are loaded once, with rates labelled as examples', async () => {
    expect(await seedDemoPayrollTerms(db.db)).toBe(true);
    expect(await seedDemoPayrollTerms(db.db)).toBe(false);
    const rates = await db.db.selectFrom('county_deduction_rates').select(['county_id', 'note']).execute();
    expect(rates).toEqual([{ county_id: 19, note: DEMO_RATES_NOTE }]);
    expect(DEMO_RATES_NOTE).toMatch(/EXAMPLE/);
  });

  it("give the demo provider's payments union dues, COPE, a health premium, her W-4 and her recipient's Share of Cost", async () => {
    const ids = await db.db.selectFrom('users').select(['id', 'login_id']).where('login_id', '=', '900000001').executeTakeFirstOrThrow();
    const c = await db.db.selectFrom('cases').select('id').where('case_number', '=', '9000001').executeTakeFirstOrThrow();
    const today = testToday();
    expect(await payTermsFor(db.db, { providerId: ids.id, caseId: c.id, countyId: 19, payDate: today, serviceMonth: today.slice(0, 7) })).toMatchObject({
      relationship: 'other',
      unionDues: { centsPerHour: 45 },
      cope: { centsPerPayment: 200 },
      healthPremium: { monthlyCents: 2500 },
      federal: { filingStatus: 'single', extraCents: 2500 },
      state: null,
      shareOfCost: { monthlyCents: 9550 },
    });
    const view = await withholdingView(db.db, { id: ids.id, role: 'provider', countyId: 19 }, async () => null);
    expect(view.federal.inForce?.election).toMatchObject({ extraCents: 2500 });
    expect(view.recipients[0]).toMatchObject({ caseNumber: '9000001', unionDuesCentsPerHour: 45, healthPremiumMonthlyCents: 2500, shareOfCost: { monthlyCents: 9550 } });
  });
});
