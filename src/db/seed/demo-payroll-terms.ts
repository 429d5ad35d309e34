import { sql } from 'kysely';
import type { Db } from '../connection.js';
import { addDays, payPeriodOf } from '../../domain/index.js';
import { DEMO_COUNTY_ID } from './demo.js';

/**
 * Demo data of what payments are subject to (issue #15), loaded once (its own `app_meta` key, so a database seeded
 * before it gets it on its next start) and never in production. The county's rates and the Share of Cost are
 * EXAMPLES, labelled so: they are not Los Angeles County's real dues, premium or any recipient's real Share of Cost.
 *
 * - Los Angeles: union dues of $0.45 a paid hour and a health plan premium of $25.00 a month, from a year ago.
 * - 900000001 Maria Gonzalez, for 9000001 Elena Ramirez: not family, union member with $2.00 COPE a payment, in the
 *   health plan; a W-4 made a year ago (single, $25.00 extra a pay period), in force. Elena's Share of Cost is $95.50 a
 *   month, which Maria collects from her.
 * - 900000002 James Nguyen, for 9000002 Walter Brooks: not family, union member.
 * - 900000003 Ani Petrosyan, live-in for 9000004 Hovhannes Sarkisian: his daughter, who elected SDI coverage.
 */
export const DEMO_PAYROLL_TERMS_KEY = 'demo_payroll_terms_seeded';
export const DEMO_RATES_NOTE = "EXAMPLE rates for demo data, not the county's real union dues or premium";

export async function seedDemoPayrollTerms(db: Db): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const done = await trx.selectFrom('app_meta').select('key').where('key', '=', DEMO_PAYROLL_TERMS_KEY).executeTakeFirst();
    if (done) return false;
    const logins = ['900000001', '900000002', '900000003', 'demo.admin', 'demo.worker'];
    const users = await trx.selectFrom('users').select(['id', 'login_id']).where('login_id', 'in', logins).execute();
    const idOf = (loginId: string) => users.find((u) => u.login_id === loginId)?.id;
    const cases = await trx.selectFrom('cases').select(['id', 'case_number']).where('case_number', 'in', ['9000001', '9000002', '9000004']).execute();
    const caseOf = (caseNumber: string) => cases.find((c) => c.case_number === caseNumber)?.id;
    // The demo people and their cases come first (demo.ts, demo-workday.ts): nothing to attach to without them.
    if (users.length < logins.length || cases.length < 3) return false;

    const { rows } = await sql<{ today: string }>`SELECT (portal_now() AT TIME ZONE 'America/Los_Angeles')::date::text AS today`.execute(trx);
    const yearAgo = `${Number(rows[0]!.today.slice(0, 4)) - 1}${rows[0]!.today.slice(4, 8)}01`;
    const admin = idOf('demo.admin')!;
    const worker = idOf('demo.worker')!;
    const maria = idOf('900000001')!;

    await trx
      .insertInto('county_deduction_rates')
      .values({ county_id: DEMO_COUNTY_ID, effective_from: yearAgo, union_dues_cents_per_hour: 45, health_premium_monthly_cents: 2500, note: DEMO_RATES_NOTE, set_by: admin })
      .execute();
    const terms = { county_id: DEMO_COUNTY_ID, updated_by: worker } as const;
    await trx
      .insertInto('payroll_terms')
      .values([
        { ...terms, provider_user_id: maria, case_id: caseOf('9000001')!, relationship: 'other', union_member: true, cope_cents: 200, health_plan: true },
        { ...terms, provider_user_id: idOf('900000002')!, case_id: caseOf('9000002')!, relationship: 'other', union_member: true },
        { ...terms, provider_user_id: idOf('900000003')!, case_id: caseOf('9000004')!, relationship: 'child', sdi_elected: true },
      ])
      .execute();
    await trx.insertInto('case_share_of_cost').values({ case_id: caseOf('9000001')!, county_id: DEMO_COUNTY_ID, effective_month: yearAgo, monthly_cents: 9550, set_by: worker }).execute();
    // Made a year ago, so past its waiting period: the page shows it in force.
    await trx
      .insertInto('withholding_elections')
      .values({
        provider_user_id: maria,
        county_id: DEMO_COUNTY_ID,
        tax: 'federal',
        withhold: true,
        filing_status: 'single',
        multiple_jobs: false,
        dependents_cents: 0,
        other_income_cents: 0,
        deductions_cents: 0,
        extra_cents: 2500,
        exempt: false,
        effective_from: addDays(payPeriodOf(addDays(yearAgo, 90)).end, 1),
        made_at: `${yearAgo}T17:00:00Z`,
        made_by: maria,
      })
      .execute();
    await trx.insertInto('app_meta').values({ key: DEMO_PAYROLL_TERMS_KEY, value: sql`to_jsonb(portal_now())` }).execute();
    return true;
  });
}
