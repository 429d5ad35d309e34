import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../db/seed/demo.js';
import { DEMO_REVIEW_SCENARIOS } from '../db/seed/demo-review.js';
import { createTestDb, type TestDb } from '../db/testing/test-db.js';
import { addDays, californiaDate } from '../domain/index.js';
import { lastPastFirstHalf } from './demo-review.js';
import { seedDemoData } from './demo-seed.js';
import { escalationTime } from './features/claim-life/service.js';
import { testNow } from './testing/clock.js';
import { buildTestApp, testConfig, TestClient } from './testing/test-app.js';

/**
 * The demo's county review queue: on a fresh demo, county staff find a timesheet for each reason the portal sends one
 * to them, made by the portal's own services and dated from the clock the seed is given.
 */
let db: TestDb;
let app: FastifyInstance;
const config = testConfig({ demo: true });
// Another day than the run's: everything the seed dates must follow the instant it is given.
const seededAt = new Date(testNow().getTime() - 40 * 86_400_000);
const periodStart = lastPastFirstHalf(californiaDate(seededAt));

/** Rows of the tables the seed writes, to see that a second run adds none. */
async function rowCounts() {
  const tables = ['users', 'cases', 'assignments', 'timesheets', 'timesheet_days', 'timesheet_events', 'county_review_items', 'audit_events', 'notifications', 'jobs'] as const;
  const counts: Record<string, number> = {};
  for (const t of tables) counts[t] = Number((await db.db.selectFrom(t).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return counts;
}

beforeAll(async () => {
  db = await createTestDb();
  await seedDemoData(db.db, config, seededAt);
  app = await buildTestApp(db.db, { demo: true });
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('the demo county review queue', () => {
  it("puts one timesheet for each reason in the demo county's queue, in the last past first half of a month", async () => {
    const items = await db.db
      .selectFrom('county_review_items')
      .innerJoin('timesheets', 'timesheets.id', 'county_review_items.timesheet_id')
      .innerJoin('users', 'users.id', 'timesheets.provider_user_id')
      .select(['users.login_id', 'county_review_items.county_id', 'county_review_items.reason_codes', 'county_review_items.escalate_at', 'county_review_items.resolved_at', 'timesheets.status', 'timesheets.pay_period_start', 'timesheets.submitted_at'])
      .orderBy('users.login_id')
      .execute();
    expect(items).toEqual(
      DEMO_REVIEW_SCENARIOS.map((s) => ({
        login_id: s.provider.loginId,
        county_id: 19,
        reason_codes: [s.reason],
        escalate_at: escalationTime(seededAt),
        resolved_at: null,
        status: 'in_county_review',
        pay_period_start: periodStart,
        submitted_at: seededAt,
      })),
    );
    expect(DEMO_REVIEW_SCENARIOS.map((s) => s.reason)).toEqual(['OVER_70_PERCENT_FIRST_HALF', 'RECIPIENT_NOT_ELIGIBLE', 'RANDOM_HOLD']);
    // Nothing else for the county to weigh: an approval records no violation.
    const findings = await db.db.selectFrom('county_review_items').innerJoin('timesheets', 'timesheets.id', 'county_review_items.timesheet_id').select('findings').execute();
    expect(findings.flatMap((r) => (r.findings as { kind: string }[]).filter((f) => f.kind === 'violation' || f.kind === 'blocking'))).toEqual([]);
    expect(periodStart.endsWith('-01') && addDays(periodStart, 14) < californiaDate(seededAt)).toBe(true);
  });

  it('makes each one as people would: submitted by the provider, approved by the recipient, sent by the rules, audited', async () => {
    const events = await db.db
      .selectFrom('timesheet_events')
      .innerJoin('county_review_items', 'county_review_items.timesheet_id', 'timesheet_events.timesheet_id')
      .select(['timesheet_events.timesheet_id', 'action', 'actor_kind'])
      .orderBy('timesheet_events.timesheet_id')
      .orderBy('timesheet_events.id')
      .execute();
    const byTimesheet = new Map<number, string[][]>();
    for (const e of events) byTimesheet.set(e.timesheet_id, [...(byTimesheet.get(e.timesheet_id) ?? []), [e.action, e.actor_kind]]);
    expect([...byTimesheet.values()]).toEqual(
      DEMO_REVIEW_SCENARIOS.map(() => [
        ['submit', 'provider'],
        ['recipient_approve', 'recipient'],
        ['route_to_county', 'system'],
      ]),
    );
    const audited = await db.db.selectFrom('audit_events').select('action').where('action', 'in', ['timesheet.submitted', 'timesheet.approved_by_recipient']).execute();
    expect(audited).toHaveLength(2 * DEMO_REVIEW_SCENARIOS.length);
  });

  it("leaves the demo county's random signature check as it was", async () => {
    const la = await db.db.selectFrom('counties').select('random_hold_per_mille').where('id', '=', 19).executeTakeFirstOrThrow();
    expect(la.random_hold_per_mille).toBe(0);
  });

  it('shows the demo worker the three waiting on the console, and in the queue', async () => {
    const worker = new TestClient(app, '198.51.100.60');
    expect((await worker.signIn('staff', 'demo.worker', DEMO_PASSWORD)).statusCode).toBe(200);
    expect((await worker.get('/api/staff/work')).json()).toMatchObject({ review: { waiting: 3 }, enrolmentsNotSetUp: 1 });
    const queue = (await worker.get('/api/staff/review')).json();
    expect(queue.items.map((i: { reasonCodes: string[] }) => i.reasonCodes[0]).sort()).toEqual([...DEMO_REVIEW_SCENARIOS.map((s) => s.reason)].sort());
  });

  it('adds nothing when it runs again', async () => {
    const before = await rowCounts();
    expect(await seedDemoData(db.db, config, seededAt)).toBe(false);
    expect(await seedDemoData(db.db, config, testNow())).toBe(false);
    expect(await rowCounts()).toEqual(before);
  });
});
