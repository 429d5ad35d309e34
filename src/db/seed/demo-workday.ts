import { sql } from 'kysely';
import type { Db } from '../connection.js';

/**
 * Demo data of a provider's workday (issue #4), loaded once (its own `app_meta` key, so a database seeded
 * before it gets it on its next start) and never in production. Everything is fictional: names, addresses,
 * phone numbers, diagnoses. Wage rates are EXAMPLES, labelled so in `note`; only San Mateo's and San
 * Francisco's are the published examples quoted in DOMAIN.md.
 *
 * - 900000001 Maria Gonzalez: one recipient, 9000001 Elena Ramirez (Los Angeles), 160 h a month: a case of
 *   40 weekly hours or less. Weekday visits 9:00-13:00.
 * - 900000002 James Nguyen: two recipients, 9000002 Walter Brooks (Los Angeles, 195 h, 120 h assigned) and
 *   9000003 Grace Kim (Orange County, 100 h), with travel agreements. Visits Mon/Wed/Fri and Tue/Thu.
 * - 900000003 Ani Petrosyan: live-in provider of 9000004 Hovhannes Sarkisian (283 h), exemption 1: no
 *   check-in, hours entered on the timesheet.
 */
export const DEMO_WORKDAY_KEY = 'demo_workday_seeded';
export const DEMO_GENERIC_RATE_CENTS = 1800;

export const DEMO_CASES = [
  {
    caseNumber: '9000001', countyId: 19, firstName: 'Elena', lastName: 'Ramirez', monthlyMinutes: 160 * 60,
    street: '1200 Example Ave', unit: 'Apt 4', city: 'Los Angeles', zip: '90012', phone: '5550100101', lat: 34.0537, lng: -118.2428,
    diagnoses: 'Demo only (fictional): osteoarthritis of both knees; low vision',
  },
  {
    caseNumber: '9000002', countyId: 19, firstName: 'Walter', lastName: 'Brooks', monthlyMinutes: 195 * 60,
    street: '450 Sample St', unit: null, city: 'Pasadena', zip: '91101', phone: '5550100102', lat: 34.1478, lng: -118.1445,
    diagnoses: 'Demo only (fictional): congestive heart failure; type 2 diabetes',
  },
  {
    caseNumber: '9000003', countyId: 30, firstName: 'Grace', lastName: 'Kim', monthlyMinutes: 100 * 60,
    street: '77 Placeholder Rd', unit: null, city: 'Anaheim', zip: '92805', phone: '5550100103', lat: 33.8366, lng: -117.9143,
    diagnoses: 'Demo only (fictional): Parkinson disease, early stage',
  },
  {
    caseNumber: '9000004', countyId: 19, firstName: 'Hovhannes', lastName: 'Sarkisian', monthlyMinutes: 283 * 60,
    street: '9 Illustration Ln', unit: null, city: 'Glendale', zip: '91203', phone: '5550100104', lat: 34.1425, lng: -118.2551,
    diagnoses: 'Demo only (fictional): advanced dementia; limited mobility',
  },
] as const;

export const DEMO_ASSIGNMENTS = [
  { provider: '900000001', caseNumber: '9000001', assignedMinutes: null, liveIn: false, travel: false },
  { provider: '900000002', caseNumber: '9000002', assignedMinutes: 120 * 60, liveIn: false, travel: true },
  { provider: '900000002', caseNumber: '9000003', assignedMinutes: null, liveIn: false, travel: true },
  { provider: '900000003', caseNumber: '9000004', assignedMinutes: null, liveIn: true, travel: false },
] as const;

/** Weekly visit plans: 0 = Sunday. */
export const DEMO_VISITS = [
  { provider: '900000001', caseNumber: '9000001', weekdays: [1, 2, 3, 4, 5], start: '09:00', end: '13:00' },
  { provider: '900000002', caseNumber: '9000002', weekdays: [1, 3, 5], start: '08:00', end: '12:00' },
  { provider: '900000002', caseNumber: '9000003', weekdays: [2, 4], start: '13:00', end: '17:00' },
] as const;

export interface DemoWorkdayDeps {
  /** Encrypts a case's diagnoses for storage (the database layer holds no keys). */
  encryptDiagnoses: (caseNumber: string, plaintext: string) => Buffer;
}

export async function seedDemoWorkday(trx: Db, deps: DemoWorkdayDeps): Promise<boolean> {
  const done = await trx.selectFrom('app_meta').select('key').where('key', '=', DEMO_WORKDAY_KEY).executeTakeFirst();
  if (done) return false;
  const users = await trx.selectFrom('users').select(['id', 'login_id']).where('login_id', 'in', [...DEMO_CASES.map((c) => c.caseNumber), '900000001', '900000002', '900000003']).execute();
  const idOf = (loginId: string) => users.find((u) => u.login_id === loginId)?.id;
  if (!idOf('900000001')) return false; // the demo people are not there: nothing to attach to

  // Wage rates: an example for every county, and DOMAIN.md's two published examples.
  const counties = await trx.selectFrom('counties').select('id').execute();
  await trx
    .insertInto('wage_rates')
    .values(counties.map((c) => ({ county_id: c.id, effective_from: '2024-01-01', rate_cents: DEMO_GENERIC_RATE_CENTS, note: 'EXAMPLE rate for demo data, not the county\'s real wage' })))
    .onConflict((oc) => oc.doNothing())
    .execute();
  await trx
    .insertInto('wage_rates')
    .values([
      { county_id: 41, effective_from: '2023-01-01', rate_cents: 1820, note: 'EXAMPLE: San Mateo $18.20 from 2023-01 (DOMAIN.md)' },
      { county_id: 38, effective_from: '2025-01-01', rate_cents: 2200, note: 'EXAMPLE: San Francisco $22.00 from 2025-01 (DOMAIN.md)' },
    ])
    .onConflict((oc) => oc.doNothing())
    .execute();

  // Grace Kim's case is in Orange County, so her account is too.
  await trx.updateTable('users').set({ county_id: 30 }).where('login_id', '=', '9000003').where('role', '=', 'recipient').execute();

  const { rows } = await sql<{ today: string }>`SELECT (portal_now() AT TIME ZONE 'America/Los_Angeles')::date::text AS today`.execute(trx);
  const today = rows[0]!.today;
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4, 8)}01`;
  const caseIds = new Map<string, number>();
  for (const c of DEMO_CASES) {
    const { id } = await trx
      .insertInto('cases')
      .values({
        case_number: c.caseNumber,
        county_id: c.countyId,
        recipient_user_id: idOf(c.caseNumber) ?? null,
        first_name: c.firstName,
        last_name: c.lastName,
        eligible_from: yearAgo,
        street: c.street,
        unit: c.unit,
        city: c.city,
        zip: c.zip,
        phone: c.phone,
        home_latitude: c.lat,
        home_longitude: c.lng,
        diagnoses_encrypted: deps.encryptDiagnoses(c.caseNumber, c.diagnoses),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    caseIds.set(c.caseNumber, id);
    await trx.insertInto('case_authorizations').values({ case_id: id, county_id: c.countyId, effective_month: yearAgo, monthly_minutes: c.monthlyMinutes }).execute();
  }
  for (const p of ['900000001', '900000002', '900000003']) {
    await trx
      .insertInto('provider_profiles')
      .values({ user_id: idOf(p)!, county_id: 19, exemption: p === '900000003' ? 'exemption1' : 'none', phone: `55501002${p.slice(-2)}`, mailing_street: `${p.slice(-1)}00 Demo Blvd`, mailing_city: 'Los Angeles', mailing_state: 'CA', mailing_zip: '90012' })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  for (const a of DEMO_ASSIGNMENTS) {
    const c = DEMO_CASES.find((x) => x.caseNumber === a.caseNumber)!;
    await trx
      .insertInto('assignments')
      .values({ provider_user_id: idOf(a.provider)!, case_id: caseIds.get(a.caseNumber)!, county_id: c.countyId, start_date: yearAgo, assigned_monthly_minutes: a.assignedMinutes, live_in: a.liveIn, travel_agreement: a.travel })
      .execute();
  }
  // Plans start on this week's Sunday, so "this week" has visits whichever day the demo is started.
  const { rows: sunday } = await sql<{ d: string }>`SELECT (${today}::date - extract(dow FROM ${today}::date)::int)::text AS d`.execute(trx);
  for (const v of DEMO_VISITS) {
    const c = DEMO_CASES.find((x) => x.caseNumber === v.caseNumber)!;
    await trx
      .insertInto('visit_plans')
      .values({ provider_user_id: idOf(v.provider)!, case_id: caseIds.get(v.caseNumber)!, county_id: c.countyId, created_by: idOf(v.provider)!, start_date: sunday[0]!.d, start_time: v.start, end_time: v.end, repeat: 'weekly', weekdays: [...v.weekdays] })
      .execute();
  }
  await trx.insertInto('app_meta').values({ key: DEMO_WORKDAY_KEY, value: sql`to_jsonb(portal_now())` }).execute();
  return true;
}
