import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/connection.js';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addDays, evaluateClaims, payPeriodOf, weekday } from '../../../domain/index.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../../testing/test-app.js';
import { assign, createCase } from '../cases/testing.js';
import * as payments from './service.js';
import * as store from './store.js';
import { testNow, testToday } from '../../testing/clock.js';

const config = testConfig();
const today = testToday();
/**
 * A workweek wholly in the past that spans two pay periods, with the boundary (a 1st or a 16th) between Tuesday
 * and Saturday, so Monday to Saturday has days on both sides.
 */
let boundary = Number(today.slice(8)) >= 16 ? `${today.slice(0, 8)}16` : `${today.slice(0, 8)}01`;
const previousBoundary = (b: string) => (b.endsWith('16') ? `${b.slice(0, 8)}01` : `${addDays(b, -1).slice(0, 8)}16`);
while (addDays(boundary, 7) > today || weekday(boundary) < 2) boundary = previousBoundary(boundary);
let sunday = boundary;
while (weekday(sunday) !== 0) sunday = addDays(sunday, -1);
const week = [0, 1, 2, 3, 4, 5, 6].map((d) => addDays(sunday, d));
const sixteenth = boundary;
/** `n` days from the boundary on: all in the pay period that starts there, and all past. */
const fromBoundary = (n: number) => Array.from({ length: n }, (_, d) => addDays(sixteenth, d));

/** An approved version with these days, as the county would leave it. */
async function approved(db: Db, providerId: number, caseId: number, days: { date: string; worked: number; travel?: number }[], submittedAt: Date) {
  const period = payPeriodOf(days[0]!.date);
  // As saveDays would refuse it, and the pay run reads only a version's own period of its days.
  if (days.some((d) => d.date < period.start || d.date > period.end)) throw new Error(`a day outside the pay period from ${period.start}`);
  const { id } = await db
    .insertInto('timesheets')
    .values({ provider_user_id: providerId, case_id: caseId, county_id: 19, pay_period_start: period.start, pay_period_end: period.end })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('timesheet_days').values(days.map((d) => ({ timesheet_id: id, county_id: 19, work_date: d.date, worked_minutes: d.worked, travel_minutes: d.travel ?? 0 }))).execute();
  await db.updateTable('timesheets').set({ status: 'approved', submitted_at: submittedAt }).where('id', '=', id).execute();
  return id;
}

/**
 * The same book in any database: 6 providers; one works 60 hours in a workweek split over two pay periods (two
 * timesheets: its overtime must be paid once), one has two recipients with travel between them.
 */
async function book(db: Db) {
  const t0 = testNow().getTime() - 86_400_000;
  for (let i = 0; i < 6; i++) {
    const pid = await createUser(db, config, { loginId: `86000000${i}` });
    const { caseId } = await createCase(db, config, { caseNumber: `86000${i}0`, withRecipientAccount: false });
    await assign(db, { providerId: pid, caseId });
    if (i === 0) {
      const before = week.slice(1, 7).filter((d) => d < sixteenth);
      const after = week.slice(1, 7).filter((d) => d >= sixteenth);
      await approved(db, pid, caseId, after.map((date) => ({ date, worked: 600 })), new Date(t0));
      await approved(db, pid, caseId, before.map((date) => ({ date, worked: 600 })), new Date(t0 + 1000));
    } else if (i === 1) {
      const { caseId: second } = await createCase(db, config, { caseNumber: '8600019', withRecipientAccount: false });
      await assign(db, { providerId: pid, caseId: second, travel: true });
      await approved(db, pid, caseId, fromBoundary(5).map((date) => ({ date, worked: 300 })), new Date(t0 + 2000));
      await approved(db, pid, second, fromBoundary(5).map((date) => ({ date, worked: 240, travel: 30 })), new Date(t0 + 3000));
    } else {
      await approved(db, pid, caseId, fromBoundary(3).map((date) => ({ date, worked: 120 + i * 17 })), new Date(t0 + 4000 + i));
    }
  }
}

async function paid(db: Db) {
  const rows = await db
    .selectFrom('payments')
    .innerJoin('cases', 'cases.id', 'payments.case_id')
    .select(['cases.case_number', 'payments.pay_period_start', 'payments.regular_cents', 'payments.overtime_cents', 'payments.travel_cents', 'payments.sick_cents', 'payments.gross_cents', 'payments.overtime_minutes', 'payments.travel_minutes'])
    .orderBy('cases.case_number')
    .orderBy('payments.pay_period_start')
    .execute();
  const statuses = await db.selectFrom('timesheets').select(['status']).execute();
  return { rows, total: rows.reduce((s, r) => s + r.gross_cents, 0), unpaid: statuses.filter((s) => s.status === 'approved').length };
}

let clean: TestDb;
let crashed: TestDb;
let raced: TestDb;
beforeAll(async () => {
  [clean, crashed, raced] = await Promise.all([createTestDb(), createTestDb(), createTestDb()]);
  await Promise.all([book(clean.db), book(crashed.db), book(raced.db)]);
});
afterAll(async () => {
  await Promise.all([clean.drop(), crashed.drop(), raced.drop()]);
});

describe('the pay run', () => {
  it('pays a run stopped half-way, then run again a page of 2 at a time, exactly as one clean run', async () => {
    const adminId = await createUser(clean.db, config, { role: 'state_admin', loginId: 'payrun.state', countyId: null });
    const one = await payments.startPayRun(clean.db, { id: adminId, role: 'state_admin', countyId: null }, { ip: null, userAgent: null }, undefined, testNow());
    expect(one.payments).toBe(8);
    const expected = await paid(clean.db);
    expect(expected.unpaid).toBe(0);

    // A crash inside the 2nd batch of 3 (nothing of it stays), after the 1st committed.
    const runId = await store.insertPayRun(crashed.db, { countyId: null, issueDate: today, startedBy: null });
    let calls = 0;
    await expect(
      payments.runPayRun(crashed.db, {
        payRunId: runId,
        now: testNow(),
        batchSize: 3,
        beforeCommit: () => {
          calls += 1;
          if (calls === 2) throw new Error('killed mid-batch');
        },
      }),
    ).rejects.toThrow('killed mid-batch');
    const half = await paid(crashed.db);
    expect(half.rows).toHaveLength(3);
    expect(half.unpaid).toBe(5);
    // Stopped between batches on the next try.
    await expect(payments.runPayRun(crashed.db, { payRunId: runId, now: testNow(), batchSize: 2, afterBatch: () => { throw new Error('stopped'); } })).rejects.toThrow('stopped');
    expect((await paid(crashed.db)).rows).toHaveLength(5);
    await payments.runPayRun(crashed.db, { payRunId: runId, now: testNow(), batchSize: 2 });
    const after = await paid(crashed.db);
    expect(after.rows).toEqual(expected.rows);
    expect(after.total).toBe(expected.total);
    const run = (await store.findPayRun(crashed.db, runId))!;
    expect([run.payments, Number(run.total_cents)]).toEqual([8, expected.total]);
    // And once more: nothing left to pay.
    expect((await payments.runPayRun(crashed.db, { payRunId: runId, now: testNow() })).paidNow).toBe(0);
    expect((await paid(crashed.db)).rows).toEqual(expected.rows);
    const events = await crashed.db.selectFrom('timesheet_events').select(['timesheet_id']).where('action', '=', 'issue_payment').execute();
    expect(events).toHaveLength(8);
    const notes = await crashed.db.selectFrom('notifications').select(['id']).where('event', '=', 'payment_issued').execute();
    expect(notes).toHaveLength(8);
  });

  it('never pays a version twice when two runs race', async () => {
    const a = await store.insertPayRun(raced.db, { countyId: null, issueDate: today, startedBy: null });
    const b = await store.insertPayRun(raced.db, { countyId: 19, issueDate: today, startedBy: null });
    await Promise.all([payments.runPayRun(raced.db, { payRunId: a, now: testNow() }), payments.runPayRun(raced.db, { payRunId: b, now: testNow() })]);
    const result = await paid(raced.db);
    expect(result.rows).toEqual((await paid(clean.db)).rows);
  });

  it("pays the rules engine's gross, overtime of a week split over two timesheets once, and splits travel out", async () => {
    const { rows } = await paid(clean.db);
    const split = rows.filter((r) => r.case_number === '8600000');
    expect(split).toHaveLength(2);
    // 60 hours in the week: 20 hours of overtime in all, paid once across the two pay periods.
    expect(split.reduce((s, r) => s + r.overtime_minutes, 0)).toBe(1200);
    const engine = evaluateClaims({
      provider: { exemption: 'none' },
      recipients: [{ id: 'R', monthlyAuthorizedMinutes: 283 * 60, rateCents: 1800 }],
      entries: week.slice(1, 7).map((date) => ({ recipientId: 'R', date, workedMinutes: 600, travelMinutes: 0 })),
    });
    const months = new Set(split.map((r) => r.pay_period_start.slice(0, 7)));
    if (months.size === 1) expect(split.reduce((s, r) => s + r.gross_cents, 0)).toBe(engine.payPeriods.reduce((s, p) => s + p.grossCents, 0));
    for (const r of rows) expect(r.regular_cents + r.overtime_cents + r.travel_cents + r.sick_cents).toBe(r.gross_cents);
    const travel = rows.find((r) => r.case_number === '8600019')!;
    expect(travel.travel_minutes).toBe(150);
    expect(travel.travel_cents).toBe(4500); // 2.5 h at $18.00
  });
});

describe('starting a pay run by hand', () => {
  let app: FastifyInstance;
  let prod: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(raced.db, { demo: true });
    prod = await buildTestApp(raced.db, { demo: false });
    await createUser(raced.db, config, { role: 'county_admin', loginId: 'payrun.admin', countyId: 19 });
  });
  afterAll(async () => {
    await app.close();
    await prod.close();
  });
  it('is for county staff in demo mode only, and pays nothing twice', async () => {
    const staff = new TestClient(app, '198.20.0.1');
    expect((await staff.signIn('staff', 'payrun.admin')).statusCode).toBe(200);
    const r = await staff.post('/api/staff/pay-runs', {});
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ payments: 0, finished: true });
    const p = new TestClient(prod, '198.20.0.2');
    expect((await p.signIn('staff', 'payrun.admin')).statusCode).toBe(200);
    expect((await p.post('/api/staff/pay-runs', {})).statusCode).toBe(404);
  });
});
