import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../testing/test-db.js';
import { seedDemo } from './demo.js';

let db: TestDb;
const deps = {
  hashPassword: async () => 'not-a-real-hash',
  hashAnswer: async () => 'not-a-real-hash',
  ssnLast4Hmac: () => Buffer.alloc(32),
  encryptDiagnoses: (caseNumber: string, plain: string) => Buffer.from(`sealed:${caseNumber}:${plain.length}`),
};

beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => db.drop());

describe('demo workday data', () => {
  it('covers one recipient, two recipients in two counties, a live-in exemption and a 40-hour case, once', async () => {
    expect(await seedDemo(db.db, deps)).toBe(true);
    expect(await seedDemo(db.db, deps)).toBe(false);
    const rows = await db.db
      .selectFrom('assignments')
      .innerJoin('users', 'users.id', 'assignments.provider_user_id')
      .innerJoin('cases', 'cases.id', 'assignments.case_id')
      .select(['users.login_id', 'cases.case_number', 'cases.county_id', 'assignments.live_in'])
      .orderBy('users.login_id')
      .orderBy('cases.case_number')
      .execute();
    expect(rows).toEqual([
      { login_id: '900000001', case_number: '9000001', county_id: 19, live_in: false },
      { login_id: '900000002', case_number: '9000002', county_id: 19, live_in: false },
      { login_id: '900000002', case_number: '9000003', county_id: 30, live_in: false },
      { login_id: '900000003', case_number: '9000004', county_id: 19, live_in: true },
    ]);
    const auth = await db.db.selectFrom('case_authorizations').innerJoin('cases', 'cases.id', 'case_authorizations.case_id').select('monthly_minutes').where('case_number', '=', '9000001').executeTakeFirstOrThrow();
    expect(auth.monthly_minutes / 4).toBeLessThanOrEqual(40 * 60);
    const rates = await db.db.selectFrom('wage_rates').select(['county_id', 'note']).execute();
    expect(new Set(rates.map((r) => r.county_id)).size).toBe(58);
    expect(rates.every((r) => /example/i.test(r.note ?? ''))).toBe(true);
    const ex = await db.db.selectFrom('provider_profiles').innerJoin('users', 'users.id', 'provider_profiles.user_id').select('exemption').where('login_id', '=', '900000003').executeTakeFirstOrThrow();
    expect(ex.exemption).toBe('exemption1');
    expect(await db.db.selectFrom('visit_plans').select('id').execute()).toHaveLength(3);
  });
});
