import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addDays, payPeriodOf, weekday } from '../../../domain/index.js';
import { createUser, testConfig } from '../../testing/test-app.js';
import { assign, createCase } from '../cases/testing.js';
import * as payments from './service.js';
import * as store from './store.js';
import { testNow, testToday } from '../../testing/clock.js';

const config = testConfig();
const today = testToday();
/** The last pay period that has ended, and the one now running. */
const ended = payPeriodOf(addDays(payPeriodOf(today).start, -1));
const current = payPeriodOf(today);
let weekdayOfEnded = ended.start;
while (weekday(weekdayOfEnded) === 0 || weekday(weekdayOfEnded) === 6) weekdayOfEnded = addDays(weekdayOfEnded, 1);

let db: TestDb;
let staffId: number;

async function providerWithCase(n: number) {
  const providerId = await createUser(db.db, config, { loginId: `87500000${n}` });
  const { caseId, recipientUserId } = await createCase(db.db, config, { caseNumber: `87500${n}0` });
  await assign(db.db, { providerId, caseId });
  return { providerId, caseId, recipientUserId: recipientUserId! };
}

async function sickLeave(p: { providerId: number; caseId: number; recipientUserId: number }, date: string, minutes: number) {
  const { id } = await db.db
    .insertInto('sick_leave_claims')
    .values({ provider_user_id: p.providerId, case_id: p.caseId, county_id: 19, leave_date: date, minutes, idempotency_key: randomUUID(), status: 'confirmed', decided_by: p.recipientUserId, decided_at: testNow() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

async function timesheet(p: { providerId: number; caseId: number }, status: 'submitted' | 'approved', workedMinutes: number) {
  const { id } = await db.db
    .insertInto('timesheets')
    .values({ provider_user_id: p.providerId, case_id: p.caseId, county_id: 19, pay_period_start: ended.start, pay_period_end: ended.end })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.db.insertInto('timesheet_days').values({ timesheet_id: id, county_id: 19, work_date: weekdayOfEnded, worked_minutes: workedMinutes, travel_minutes: 0 }).execute();
  await db.db.updateTable('timesheets').set({ status, submitted_at: testNow() }).where('id', '=', id).execute();
  return id;
}

async function run() {
  const id = await store.insertPayRun(db.db, { countyId: null, issueDate: today, startedBy: staffId });
  return (await payments.runPayRun(db.db, { payRunId: id, now: testNow() })).paidNow;
}

const paymentsOf = (providerId: number) =>
  db.db.selectFrom('payments').select(['kind', 'timesheet_id', 'sick_minutes', 'sick_cents', 'regular_minutes', 'gross_cents', 'pay_period_start']).where('provider_user_id', '=', providerId).orderBy('id').execute();

beforeAll(async () => {
  db = await createTestDb();
  staffId = await createUser(db.db, config, { role: 'state_admin', loginId: 'sick.state', countyId: null });
});
afterAll(async () => {
  await db.drop();
});

describe('sick leave in the pay run', () => {
  it('pays sick leave of an ended pay period with no timesheet on its own, once, at the day’s rate', async () => {
    const p = await providerWithCase(1);
    const claim = await sickLeave(p, weekdayOfEnded, 150);
    expect(await run()).toBe(1);
    expect(await paymentsOf(p.providerId)).toEqual([{ kind: 'sick_leave', timesheet_id: null, sick_minutes: 150, sick_cents: 4500, regular_minutes: 0, gross_cents: 4500, pay_period_start: ended.start }]);
    const paidBy = await db.db.selectFrom('sick_leave_claims').select('payment_id').where('id', '=', claim).executeTakeFirstOrThrow();
    expect(paidBy.payment_id).not.toBeNull();
    expect(await run()).toBe(0);
    expect(await paymentsOf(p.providerId)).toHaveLength(1);
    const told = await db.db.selectFrom('notifications').select('data').where('user_id', '=', p.providerId).where('event', '=', 'payment_issued').execute();
    expect(told).toMatchObject([{ data: { amount: '$45.00' } }]);
  });

  it('waits for a timesheet of the period that is on its way, then pays the sick leave with it, not twice', async () => {
    const p = await providerWithCase(2);
    await sickLeave(p, weekdayOfEnded, 60);
    const ts = await timesheet(p, 'submitted', 240);
    expect(await run()).toBe(0);
    await db.db.updateTable('timesheets').set({ status: 'approved' }).where('id', '=', ts).execute();
    expect(await run()).toBe(1);
    expect(await paymentsOf(p.providerId)).toEqual([{ kind: 'timesheet', timesheet_id: ts, sick_minutes: 60, sick_cents: 1800, regular_minutes: 240, gross_cents: 7200 + 1800, pay_period_start: ended.start }]);
    expect(await run()).toBe(0);
  });

  it('pays sick leave confirmed after its period’s timesheet was paid, on its own', async () => {
    const p = await providerWithCase(3);
    await timesheet(p, 'approved', 120);
    expect(await run()).toBe(1);
    await sickLeave(p, weekdayOfEnded, 90);
    expect(await run()).toBe(1);
    expect((await paymentsOf(p.providerId)).map((x) => [x.kind, x.sick_minutes, x.gross_cents])).toEqual([
      ['timesheet', 0, 3600],
      ['sick_leave', 90, 2700],
    ]);
  });

  it('leaves sick leave of the pay period still running for its timesheet', async () => {
    const p = await providerWithCase(4);
    await sickLeave(p, current.start, 60);
    expect(await run()).toBe(0);
    expect(await paymentsOf(p.providerId)).toEqual([]);
  });
});
