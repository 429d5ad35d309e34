import { sql } from 'kysely';
import type { Db } from '../connection.js';
import { randomHoldPicks } from '../../domain/index.js';
import { DEMO_COUNTY_ID, demoSignIn, insertDemoPerson, type DemoPerson, type DemoSeedDeps } from './demo.js';

/**
 * Demo data of the county's review queue (issue #12): on a fresh demo, county staff find a timesheet in their review
 * for each reason the portal sends one there, so the review can be tried at once. Loaded once (its own `app_meta`
 * key, so a database seeded before it gets it on its next start) and never in production; everything is fictional.
 *
 * This module holds the people and cases, inserted like the rest of the demo's; the timesheets themselves are
 * submitted and approved through the portal's own services (src/server/demo-review.ts), so their events, audit rows,
 * notices and queue items are those a real submission leaves.
 *
 * PROVIDER_NOT_ELIGIBLE has no timesheet: the rules case gives the engine no provider eligibility (a suspended
 * provider is refused at submission instead), so no submission reaches the queue for it.
 */
export const DEMO_REVIEW_KEY = 'demo_county_review_seeded';

export interface DemoReviewScenario {
  /** The reason the timesheet is in the county's review. */
  reason: 'OVER_70_PERCENT_FIRST_HALF' | 'RECIPIENT_NOT_ELIGIBLE' | 'RANDOM_HOLD';
  provider: DemoPerson;
  /** The recipient's account; its login ID is the case number. */
  recipient: DemoPerson;
  monthlyMinutes: number;
  /** Days of the pay period worked (1 = its first day), 09:00 to 09:00 + `minutesADay`. */
  workedDays: readonly number[];
  minutesADay: number;
  /** The case is eligible from this day of the pay period; otherwise from a year before. */
  eligibleFromDay?: number;
}

const person = (role: 'provider' | 'recipient', loginId: string, firstName: string, lastName: string, extra: Partial<DemoPerson> = {}): DemoPerson => ({
  role,
  loginId,
  firstName,
  lastName,
  email: `${firstName}.${lastName}@example.com`.toLowerCase(),
  ...extra,
});

/** Each in the last 1st-15th pay period wholly past, in Los Angeles, the demo staff's county. */
export const DEMO_REVIEW_SCENARIOS: readonly DemoReviewScenario[] = [
  {
    // 30 of 40 monthly hours in the first half: over 70 %.
    reason: 'OVER_70_PERCENT_FIRST_HALF',
    provider: person('provider', '900000005', 'Carmen', 'Ortiz', { dateOfBirth: '1971-04-18', ssnLast4: '5555' }),
    recipient: person('recipient', '9000005', 'Dolores', 'Vega'),
    monthlyMinutes: 40 * 60,
    workedDays: [2, 3, 4, 5, 6, 7],
    minutesADay: 5 * 60,
  },
  {
    // Three days before the recipient's eligibility began, on the 8th.
    reason: 'RECIPIENT_NOT_ELIGIBLE',
    provider: person('provider', '900000006', 'Tomas', 'Reyes', { dateOfBirth: '1988-09-30', ssnLast4: '6666' }),
    recipient: person('recipient', '9000006', 'Frank', 'Miller'),
    monthlyMinutes: 100 * 60,
    workedDays: [5, 6, 7],
    minutesADay: 4 * 60,
    eligibleFromDay: 8,
  },
  {
    // Nothing wrong: the county's random signature check picked it.
    reason: 'RANDOM_HOLD',
    provider: person('provider', '900000007', 'Lin', 'Chen', { dateOfBirth: '1979-12-03', ssnLast4: '7777' }),
    recipient: person('recipient', '9000007', 'Ruth', 'Adams'),
    monthlyMinutes: 100 * 60,
    workedDays: [3, 4, 5],
    minutesADay: 4 * 60,
  },
];

export async function demoReviewDone(db: Db) {
  return (await db.selectFrom('app_meta').select('key').where('key', '=', DEMO_REVIEW_KEY).executeTakeFirst()) !== undefined;
}

export async function markDemoReviewDone(db: Db) {
  await db.insertInto('app_meta').values({ key: DEMO_REVIEW_KEY, value: sql`to_jsonb(portal_now())` }).onConflict((oc) => oc.doNothing()).execute();
}

/**
 * The scenarios' providers and recipients with their cases, hours and assignments, in one transaction (all or none);
 * their account ids, in the order of DEMO_REVIEW_SCENARIOS. Undefined when the demo's staff are not there to review.
 */
export async function seedDemoReviewPeople(db: Db, deps: DemoSeedDeps, periodStart: string) {
  return db.transaction().execute(async (trx) => {
    if (!(await trx.selectFrom('users').select('id').where('login_id', '=', 'demo.worker').executeTakeFirst())) return undefined;
    const logins = DEMO_REVIEW_SCENARIOS.flatMap((s) => [s.provider.loginId, s.recipient.loginId]);
    const existing = await trx.selectFrom('users').select(['id', 'login_id']).where('login_id', 'in', logins).execute();
    const idOf = (loginId: string) => existing.find((u) => u.login_id === loginId)?.id;
    if (existing.length === 0) {
      const signIn = await demoSignIn(deps);
      const yearAgo = `${Number(periodStart.slice(0, 4)) - 1}${periodStart.slice(4, 8)}01`;
      for (const s of DEMO_REVIEW_SCENARIOS) {
        const providerId = await insertDemoPerson(trx, s.provider, signIn, deps);
        const recipientId = await insertDemoPerson(trx, s.recipient, signIn, deps);
        existing.push({ id: providerId, login_id: s.provider.loginId }, { id: recipientId, login_id: s.recipient.loginId });
        await trx.insertInto('provider_profiles').values({ user_id: providerId, county_id: DEMO_COUNTY_ID }).execute();
        const caseNumber = s.recipient.loginId;
        const { id: caseId } = await trx
          .insertInto('cases')
          .values({
            case_number: caseNumber,
            county_id: DEMO_COUNTY_ID,
            recipient_user_id: recipientId,
            first_name: s.recipient.firstName,
            last_name: s.recipient.lastName,
            eligible_from: s.eligibleFromDay ? `${periodStart.slice(0, 8)}${String(s.eligibleFromDay).padStart(2, '0')}` : yearAgo,
            street: `${caseNumber.slice(-1)}10 Demo Court`,
            city: 'Los Angeles',
            zip: '90012',
            diagnoses_encrypted: deps.encryptDiagnoses(caseNumber, 'Demo only (fictional): none recorded'),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx.insertInto('case_authorizations').values({ case_id: caseId, county_id: DEMO_COUNTY_ID, effective_month: yearAgo, monthly_minutes: s.monthlyMinutes }).execute();
        await trx.insertInto('assignments').values({ provider_user_id: providerId, case_id: caseId, county_id: DEMO_COUNTY_ID, start_date: yearAgo }).execute();
      }
    }
    return DEMO_REVIEW_SCENARIOS.map((s) => ({ providerId: idOf(s.provider.loginId)!, recipientId: idOf(s.recipient.loginId)! }));
  });
}

/**
 * Moves the timesheets' id sequence to the next id the random signature check holds at `perMille` (the pick is a
 * hash of the id, src/domain/random-hold.ts), so the next draft is one the check picks. Only while nothing else
 * writes timesheets: the seed runs before the portal takes requests.
 */
export async function nextTimesheetIdHeldAt(db: Db, perMille: number) {
  const { max } = await db.selectFrom('timesheets').select(sql<number>`coalesce(max(id), 0)::int`.as('max')).executeTakeFirstOrThrow();
  let id = max + 1;
  while (!randomHoldPicks(id, perMille)) id += 1;
  await sql`SELECT setval(pg_get_serial_sequence('timesheets', 'id'), ${id}, false)`.execute(db);
  return id;
}

/** Sets the demo county's random signature check rate; answers the rate it had. */
export async function setDemoRandomHoldRate(db: Db, perMille: number) {
  const before = await db.selectFrom('counties').select('random_hold_per_mille').where('id', '=', DEMO_COUNTY_ID).executeTakeFirstOrThrow();
  await db.updateTable('counties').set({ random_hold_per_mille: perMille }).where('id', '=', DEMO_COUNTY_ID).execute();
  return before.random_hold_per_mille;
}
