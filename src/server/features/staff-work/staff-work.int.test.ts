import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addDays, addMonths } from '../../../domain/index.js';
import { testNow, testToday } from '../../testing/clock.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../../testing/test-app.js';
import { assign, createCase } from '../cases/testing.js';
import { staffWork } from './service.js';

/** What county staff land on: the counts of their work, each the total of the list it links to, and only their county's. */
let db: TestDb;
let app: FastifyInstance;
const config = testConfig();
const LA = 19;
const ALAMEDA = 1;
const today = testToday();
const hour = 3_600_000;
const as = {} as Record<'la' | 'laAdmin' | 'alameda' | 'state' | 'provider', TestClient>;
let laWorkerId: number;
let n = 0;

/** A provider of `countyId` with one case there. */
async function providerIn(countyId: number) {
  n += 1;
  const userId = await createUser(db.db, config, { loginId: `87300${String(n).padStart(4, '0')}`, countyId });
  const { caseId } = await createCase(db.db, config, { caseNumber: `873${String(n).padStart(3, '0')}0`, countyId, withRecipientAccount: false });
  await assign(db.db, { providerId: userId, caseId, countyId });
  return { userId, caseId, countyId, periods: 0 };
}
type Provider = Awaited<ReturnType<typeof providerIn>>;

/** A timesheet version of one more past pay period of `p` (its status does not matter to the counts). */
async function version(p: Provider) {
  p.periods += 1;
  const start = addMonths(`${today.slice(0, 8)}01`, -p.periods);
  const { id } = await db.db
    .insertInto('timesheets')
    .values({ provider_user_id: p.userId, case_id: p.caseId, county_id: p.countyId, pay_period_start: start, pay_period_end: addDays(start, 14) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** An item of the county's review queue that escalates at `escalateAt`; `resolved`: decided already. */
async function reviewItem(p: Provider, escalateAt: Date, resolved = false) {
  await db.db
    .insertInto('county_review_items')
    .values({
      timesheet_id: await version(p),
      county_id: p.countyId,
      provider_user_id: p.userId,
      reason_codes: ['OVER_70_PERCENT_FIRST_HALF'],
      escalate_at: escalateAt,
      ...(resolved ? { resolved_at: testNow(), resolution: 'approved' as const } : {}),
    })
    .execute();
}

/** A violation of `p` in dispute state `state`; a disputed one waits for the county's answer by `due`. */
async function violation(p: Provider, state: 'none' | 'disputed' | 'upheld', due: string | null = null) {
  const id = await version(p);
  const ts = await db.db.selectFrom('timesheets').select('pay_period_start').where('id', '=', id).executeTakeFirstOrThrow();
  await db.db
    .insertInto('violations')
    .values({
      provider_user_id: p.userId,
      county_id: p.countyId,
      timesheet_id: id,
      month: ts.pay_period_start,
      occurred_on: addDays(ts.pay_period_start, 3),
      finding_codes: ['OVER_TRAVEL_LIMIT'],
      number: 1,
      consequence: 'notice',
      notice_date: addDays(ts.pay_period_start, 5),
      dispute_deadline: addDays(ts.pay_period_start, 15),
      dispute_state: state,
      disputed_at: state === 'none' ? null : testNow(),
      dispute_response_due: due,
    })
    .execute();
}

/** A provider enrolled by `enrolledBy` in `countyId`: `setUp` once they chose a password. */
async function enrolled(countyId: number, enrolledBy: number, account: { setUp: boolean; status?: 'active' | 'deactivated' }) {
  n += 1;
  const userId = await createUser(db.db, config, { loginId: `87400${String(n).padStart(4, '0')}`, countyId, setUp: account.setUp });
  if (account.status) await db.db.updateTable('users').set({ status: account.status }).where('id', '=', userId).execute();
  await db.db
    .insertInto('provider_enrolments')
    .values({ user_id: userId, county_id: countyId, orientation_completed_on: addDays(today, -20), background_check_cleared_on: addDays(today, -10), enrolled_by: enrolledBy })
    .execute();
}

const countsOf = async (c: TestClient, query = '') => {
  const res = await c.get(`/api/staff/work${query}`);
  expect(res.statusCode).toBe(200);
  return res.json();
};

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
  const accounts = [
    ['la', 'county_worker', 'work.la', LA],
    ['laAdmin', 'county_admin', 'work.la.admin', LA],
    ['alameda', 'county_worker', 'work.alameda', ALAMEDA],
    ['state', 'state_admin', 'work.state', null],
  ] as const;
  let ip = 0;
  for (const [key, role, loginId, countyId] of accounts) {
    const id = await createUser(db.db, config, { role, loginId, countyId });
    if (key === 'la') laWorkerId = id;
    as[key] = new TestClient(app, `198.51.100.${++ip}`);
    expect((await as[key].signIn('staff', loginId)).statusCode).toBe(200);
  }
  const now = testNow();
  const la = await providerIn(LA);
  const alameda = await providerIn(ALAMEDA);
  as.provider = new TestClient(app, `198.51.100.${++ip}`);
  expect((await as.provider.signIn('provider', '873000001')).statusCode).toBe(200);

  // Los Angeles: 3 items waiting (1 escalated an hour ago), 1 decided; 2 disputes waiting, 1 not disputed, 1 answered;
  // 2 enrolments not set up, 1 set up, 1 deactivated before it was.
  await reviewItem(la, new Date(now.getTime() - hour));
  await reviewItem(la, new Date(now.getTime() + 24 * hour));
  await reviewItem(la, new Date(now.getTime() + 48 * hour));
  await reviewItem(la, new Date(now.getTime() - hour), true);
  await violation(la, 'disputed', addDays(today, 9));
  await violation(la, 'disputed', addDays(today, 4));
  await violation(la, 'none');
  await violation(la, 'upheld', addDays(today, 1));
  await enrolled(LA, laWorkerId, { setUp: false });
  await enrolled(LA, laWorkerId, { setUp: false });
  await enrolled(LA, laWorkerId, { setUp: true });
  await enrolled(LA, laWorkerId, { setUp: false, status: 'deactivated' });
  // Alameda: 1 escalated item, 1 dispute due tomorrow, 1 enrolment not set up.
  await reviewItem(alameda, new Date(now.getTime() - hour));
  await violation(alameda, 'disputed', addDays(today, 1));
  await enrolled(ALAMEDA, laWorkerId, { setUp: false });
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

const LA_COUNTS = { review: { waiting: 3, escalated: 1 }, disputes: { waiting: 2, soonestDue: addDays(today, 4) }, enrolmentsNotSetUp: 2 };
const ALAMEDA_COUNTS = { review: { waiting: 1, escalated: 1 }, disputes: { waiting: 1, soonestDue: addDays(today, 1) }, enrolmentsNotSetUp: 1 };

describe('the counts of county staff work', () => {
  it("counts the worker's own county: items waiting and escalated, disputes waiting with the soonest due, enrolments not set up", async () => {
    expect(await countsOf(as.la)).toEqual({ county: { code: LA, slug: 'los-angeles', name: 'Los Angeles' }, ...LA_COUNTS });
    expect(await countsOf(as.laAdmin)).toMatchObject(LA_COUNTS);
  });

  it('shows a county worker only their county, whatever county they ask for', async () => {
    expect(await countsOf(as.la, '?county=alameda')).toMatchObject({ county: { slug: 'los-angeles' }, ...LA_COUNTS });
    expect(await countsOf(as.alameda)).toEqual({ county: { code: ALAMEDA, slug: 'alameda', name: 'Alameda' }, ...ALAMEDA_COUNTS });
  });

  it("gives a state admin the state's totals, or one county's", async () => {
    expect(await countsOf(as.state)).toEqual({
      county: null,
      review: { waiting: 4, escalated: 2 },
      disputes: { waiting: 3, soonestDue: addDays(today, 1) },
      enrolmentsNotSetUp: 3,
    });
    expect(await countsOf(as.state, '?county=alameda')).toMatchObject({ county: { slug: 'alameda' }, ...ALAMEDA_COUNTS });
    expect((await as.state.get('/api/staff/work?county=nowhere')).statusCode).toBe(404);
  });

  it('refuses providers and anyone signed out', async () => {
    expect((await as.provider.get('/api/staff/work')).statusCode).toBe(403);
    expect((await new TestClient(app, '198.51.100.99').get('/api/staff/work')).statusCode).toBe(401);
  });

  it('counts an item as escalated once its business day has passed, at the instant given', async () => {
    const twoWeeksOn = new Date(testNow().getTime() + 14 * 24 * hour);
    const counts = await staffWork(db.db, { id: laWorkerId, role: 'county_worker', countyId: LA }, {}, twoWeeksOn);
    expect(counts.review).toEqual({ waiting: 3, escalated: 3 });
  });

  it('answers with no dispute due when none waits', async () => {
    await db.db.updateTable('violations').set({ dispute_state: 'upheld' }).where('county_id', '=', ALAMEDA).execute();
    expect((await countsOf(as.alameda)).disputes).toEqual({ waiting: 0, soonestDue: null });
  });
});
