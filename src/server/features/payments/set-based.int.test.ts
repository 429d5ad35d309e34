import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/connection.js';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addDays, payPeriodOf, weekday } from '../../../domain/index.js';
import { createUser, testConfig } from '../../testing/test-app.js';
import { testNow, testToday } from '../../testing/clock.js';
import { assign, createCase } from '../cases/testing.js';
import * as payments from './service.js';
import * as store from './store.js';

/**
 * The set-based pay run's guarantees (ADR 0015): a batch pays a provider's versions as one at a time would, a batch
 * killed before it commits leaves nothing, two runs at once pay each version once, and two workers of one run do
 * not wait on each other's totals.
 */
const config = testConfig();
const today = testToday();
/** The `n` pay periods that ended before the current one, oldest first. */
const periodsBefore = (n: number) => {
  const out = [payPeriodOf(addDays(payPeriodOf(today).start, -1))];
  while (out.length < n) out.unshift(payPeriodOf(addDays(out[0]!.start, -1)));
  return out;
};

/** The latest ended pay period whose first day is a Tuesday to a Saturday, and the one before: a workweek spans the two. */
let boundary = payPeriodOf(today).start;
do boundary = payPeriodOf(addDays(boundary, -1)).start;
while (weekday(boundary) < 2);
const splitPeriods = [payPeriodOf(addDays(boundary, -1)), payPeriodOf(boundary)];

/** An approved version of every weekday of the period, `minutes` each, submitted `order` seconds after the first. */
async function approved(db: Db, t: { providerId: number; caseId: number; countyId: number; period: { start: string; end: string }; minutes: number; order: number }) {
  const { id } = await db
    .insertInto('timesheets')
    .values({ provider_user_id: t.providerId, case_id: t.caseId, county_id: t.countyId, pay_period_start: t.period.start, pay_period_end: t.period.end })
    .returning('id')
    .executeTakeFirstOrThrow();
  const days: string[] = [];
  for (let d = t.period.start; d <= t.period.end; d = addDays(d, 1)) if (weekday(d) >= 1 && weekday(d) <= 5) days.push(d);
  await db.insertInto('timesheet_days').values(days.map((d) => ({ timesheet_id: id, county_id: t.countyId, work_date: d, worked_minutes: t.minutes, travel_minutes: 0 }))).execute();
  await db
    .updateTable('timesheets')
    .set({ status: 'approved', submitted_at: new Date(testNow().getTime() - 86_400_000 + t.order * 1000) })
    .where('id', '=', id)
    .execute();
}

/**
 * The same book in any database. In Los Angeles: a provider in the county's health plan and union, whose recipient
 * pays a Share of Cost, with four pay periods waiting (the month's premium and Share of Cost are taken once, from
 * the month's first payment); a provider with 45-hour weeks over two periods with a workweek across them, whose
 * overtime is paid once; three providers of one period. In Alpine (county 2): two providers.
 */
async function book(db: Db) {
  const admin = await createUser(db, config, { role: 'county_admin', loginId: 'setbased.admin', countyId: 19 });
  await db.insertInto('county_deduction_rates').values({ county_id: 19, effective_from: '2020-01-01', union_dues_cents_per_hour: 45, health_premium_monthly_cents: 2500, set_by: admin }).execute();
  const periods = periodsBefore(4);
  let order = 0;
  const provider = async (n: number, countyId: number) => {
    const providerId = await createUser(db, config, { loginId: `87700000${n}`, countyId });
    const { caseId } = await createCase(db, config, { caseNumber: `87700${n}0`, countyId, withRecipientAccount: false });
    await assign(db, { providerId, caseId, countyId });
    return { providerId, caseId, countyId };
  };
  const member = await provider(0, 19);
  await db.insertInto('payroll_terms').values({ provider_user_id: member.providerId, case_id: member.caseId, county_id: 19, relationship: 'other', union_member: true, health_plan: true, updated_by: admin }).execute();
  for (const p of periods) {
    await db.insertInto('case_share_of_cost').values({ case_id: member.caseId, county_id: 19, effective_month: `${p.start.slice(0, 7)}-01`, monthly_cents: 6000, set_by: admin }).onConflict((oc) => oc.doNothing()).execute();
  }
  const long = await provider(1, 19);
  for (const [i, period] of periods.entries()) {
    await approved(db, { ...member, period, minutes: 480, order: order++ });
    if (i >= 2) await approved(db, { ...long, period: splitPeriods[i - 2]!, minutes: 540, order: order++ });
  }
  for (const n of [2, 3, 4]) await approved(db, { ...(await provider(n, 19)), period: periods.at(-1)!, minutes: 300 + n * 20, order: order++ });
  for (const n of [5, 6]) await approved(db, { ...(await provider(n, 2)), period: periods.at(-1)!, minutes: 360, order: order++ });
}

/** Every payment with its deductions by kind, by case and period: what a run paid, without ids or numbers. */
async function paid(db: Db) {
  const rows = await db
    .selectFrom('payments')
    .innerJoin('cases', 'cases.id', 'payments.case_id')
    .select([
      'payments.id',
      'cases.case_number',
      'payments.pay_period_start',
      'payments.regular_minutes',
      'payments.overtime_minutes',
      'payments.gross_cents',
      'payments.net_cents',
      'payments.social_security_wages_cents',
      'payments.sdi_wages_cents',
    ])
    .orderBy('cases.case_number')
    .orderBy('payments.pay_period_start')
    .execute();
  const deductions = await store.deductionsOf(db, rows.map((r) => r.id));
  return rows.map(({ id, ...r }) => ({ ...r, deductions: Object.fromEntries(deductions.get(id)!.map((d) => [d.kind, d.cents])) }));
}

/**
 * Whether each version was paid exactly once, with one event, notice and audit row a payment, its deductions adding up
 * to gross less net without a row for a kind not taken, and no approved version is left.
 */
async function paidOnce(db: Db) {
  const count = async (q: Promise<{ n: number | string | bigint }>) => Number((await q).n);
  const n = (table: 'payments' | 'timesheets') => db.selectFrom(table).select((eb) => eb.fn.countAll().as('n'));
  return {
    payments: await count(n('payments').executeTakeFirstOrThrow()),
    versionsPaid: await count(db.selectFrom('payments').select((eb) => eb.fn.count('timesheet_id').distinct().as('n')).executeTakeFirstOrThrow()),
    approvedLeft: await count(n('timesheets').where('status', '=', 'approved').executeTakeFirstOrThrow()),
    issued: await count(n('timesheets').where('status', '=', 'payment_issued').executeTakeFirstOrThrow()),
    zeroDeductionRows: await count(db.selectFrom('payment_deductions').select((eb) => eb.fn.countAll().as('n')).where('cents', '=', 0).executeTakeFirstOrThrow()),
    netsOff: await count(
      sql<{ n: string }>`SELECT count(*) AS n FROM payments p
                          WHERE p.gross_cents - p.net_cents <> coalesce((SELECT sum(d.cents) FROM payment_deductions d WHERE d.payment_id = p.id), 0)`
        .execute(db)
        .then((r) => r.rows[0]!),
    ),
    events: await count(db.selectFrom('timesheet_events').select((eb) => eb.fn.countAll().as('n')).where('action', '=', 'issue_payment').executeTakeFirstOrThrow()),
    notices: await count(db.selectFrom('notifications').select((eb) => eb.fn.countAll().as('n')).where('event', '=', 'payment_issued').executeTakeFirstOrThrow()),
    audits: await count(db.selectFrom('audit_events').select((eb) => eb.fn.countAll().as('n')).where('action', '=', 'payment.issued').executeTakeFirstOrThrow()),
  };
}
const VERSIONS = 4 + 2 + 3 + 2;
const ALL_PAID_ONCE = { payments: VERSIONS, versionsPaid: VERSIONS, approvedLeft: 0, issued: VERSIONS, zeroDeductionRows: 0, netsOff: 0, events: VERSIONS, notices: VERSIONS, audits: VERSIONS };

/** The run's totals, county by county, and the sums of its payments. */
async function totals(db: Db, runId: number) {
  const rows = await db.selectFrom('pay_run_totals').select(['county_id', 'payments', 'total_cents']).where('pay_run_id', '=', runId).orderBy('county_id').execute();
  const sums = await db
    .selectFrom('payments')
    .select(['county_id', (eb) => eb.fn.countAll<number>().as('payments'), (eb) => eb.fn.sum<number>('gross_cents').as('total_cents')])
    .where('pay_run_id', '=', runId)
    .groupBy('county_id')
    .orderBy('county_id')
    .execute();
  return { rows: rows.map((r) => ({ county_id: r.county_id, payments: r.payments, total_cents: Number(r.total_cents) })), sums: sums.map((s) => ({ county_id: s.county_id, payments: Number(s.payments), total_cents: Number(s.total_cents) })) };
}

const newRun = (db: Db) => store.insertPayRun(db, { countyId: null, issueDate: today, startedBy: null });

let oneAtATime: TestDb;
let oneBatch: TestDb;
let killed: TestDb;
let raced: TestDb;
let workers: TestDb;
let grouped: TestDb;
beforeAll(async () => {
  [oneAtATime, oneBatch, killed, raced, workers, grouped] = await Promise.all([createTestDb(), createTestDb(), createTestDb(), createTestDb(), createTestDb(), createTestDb()]);
  await Promise.all([oneAtATime, oneBatch, killed, raced, workers, grouped].map((d) => book(d.db)));
  await payments.runPayRun(oneAtATime.db, { payRunId: await newRun(oneAtATime.db), now: testNow(), batchSize: 1 });
});
afterAll(async () => {
  await Promise.all([oneAtATime, oneBatch, killed, raced, workers, grouped].map((d) => d.drop()));
});

describe('the set-based pay run', () => {
  it("pays a provider's versions in one batch with the pay and deductions they get one at a time", async () => {
    const runId = await newRun(oneBatch.db);
    const batches: number[] = [];
    await payments.runPayRun(oneBatch.db, { payRunId: runId, now: testNow(), beforeCommit: (ids) => void batches.push(ids.length) });
    expect(batches).toEqual([VERSIONS]);
    const expected = await paid(oneAtATime.db);
    expect(await paid(oneBatch.db)).toEqual(expected);
    expect(await paidOnce(oneBatch.db)).toEqual(ALL_PAID_ONCE);
    // One pay date: the month's health premium once, Share of Cost once for each service month.
    const member = expected.filter((p) => p.case_number === '8770000');
    expect(member.map((p) => p.deductions.health_premium)).toEqual([2500, 0, 0, 0]);
    const socByMonth = new Map<string, number>();
    for (const p of member) socByMonth.set(p.pay_period_start.slice(0, 7), (socByMonth.get(p.pay_period_start.slice(0, 7)) ?? 0) + p.deductions.share_of_cost!);
    expect([...socByMonth.values()].every((c) => c === 6000)).toBe(true);
    expect(expected.filter((p) => p.case_number === '8770010').reduce((s, p) => s + p.overtime_minutes, 0)).toBeGreaterThan(0);
    const t = await totals(oneBatch.db, runId);
    expect(t.rows).toEqual(t.sums);
  });

  it('keeps nothing of a batch killed before it commits, and run again pays the rest once, as one at a time', async () => {
    const runId = await newRun(killed.db);
    let batches = 0;
    const kill = () => {
      batches += 1;
      if (batches === 2) throw new Error('killed mid-batch');
    };
    await expect(payments.runPayRun(killed.db, { payRunId: runId, now: testNow(), batchSize: 5, beforeCommit: kill })).rejects.toThrow('killed mid-batch');
    expect(await paidOnce(killed.db)).toEqual({ payments: 5, versionsPaid: 5, approvedLeft: VERSIONS - 5, issued: 5, zeroDeductionRows: 0, netsOff: 0, events: 5, notices: 5, audits: 5 });
    expect((await totals(killed.db, runId)).rows.reduce((n, r) => n + r.payments, 0)).toBe(5);
    const again = await payments.runPayRun(killed.db, { payRunId: runId, now: testNow(), batchSize: 5 });
    expect(again.paidNow).toBe(VERSIONS - 5);
    expect([again.payments, Number(again.total_cents)]).toEqual([VERSIONS, (await paid(oneAtATime.db)).reduce((s, p) => s + p.gross_cents, 0)]);
    expect(await paid(killed.db)).toEqual(await paid(oneAtATime.db));
    expect(await paidOnce(killed.db)).toEqual(ALL_PAID_ONCE);
    expect((await payments.runPayRun(killed.db, { payRunId: runId, now: testNow() })).paidNow).toBe(0);
  });

  it('pays each version once when two runs pay at once, a batch of two at a time each', async () => {
    const [a, b] = [await newRun(raced.db), await newRun(raced.db)];
    const [ra, rb] = await Promise.all([
      payments.runPayRun(raced.db, { payRunId: a, now: testNow(), batchSize: 2 }),
      payments.runPayRun(raced.db, { payRunId: b, now: testNow(), batchSize: 2 }),
    ]);
    expect(ra.paidNow + rb.paidNow).toBe(VERSIONS);
    expect(await paidOnce(raced.db)).toEqual(ALL_PAID_ONCE);
    // Neither read the other's provider before its payments committed: one premium for the month, not two.
    const member = (await paid(raced.db)).filter((p) => p.case_number === '8770000');
    expect(member.reduce((s, p) => s + p.deductions.health_premium!, 0)).toBe(2500);
    for (const run of [a, b]) {
      const t = await totals(raced.db, run);
      expect(t.rows).toEqual(t.sums);
    }
  });

  it("lets two workers of one run pay their counties at once, neither waiting on the other's totals", async () => {
    const runId = await newRun(workers.db);
    // Los Angeles's worker holds its batch open, totals written, until Alpine's worker has paid and finished.
    let holding!: () => void;
    const losAngelesHolding = new Promise<void>((resolve) => (holding = resolve));
    let alpineDone!: () => void;
    const alpineFinished = new Promise<void>((resolve) => (alpineDone = resolve));
    const losAngeles = payments.runPayRun(workers.db, {
      payRunId: runId,
      now: testNow(),
      counties: [19],
      beforeCommit: () => {
        holding();
        return alpineFinished;
      },
    });
    await losAngelesHolding;
    const alpine = await payments.runPayRun(workers.db, { payRunId: runId, now: testNow(), counties: [2] });
    alpineDone();
    expect(alpine.paidNow).toBe(2);
    expect((await losAngeles).paidNow).toBe(VERSIONS - 2);
    expect(await paid(workers.db)).toEqual(await paid(oneAtATime.db));
    const t = await totals(workers.db, runId);
    expect(t.rows.map((r) => r.county_id)).toEqual([2, 19]);
    expect(t.rows).toEqual(t.sums);
  });

  it('pays a run in county groups at once, every version once as one at a time, and marks it finished once all are done', async () => {
    const runId = await newRun(grouped.db);
    const r = await payments.runPayRunInGroups(grouped.db, { payRunId: runId, now: testNow(), groups: 2 });
    expect(r.paidNow).toBe(VERSIONS);
    expect(r.finished_at).not.toBeNull();
    expect(await paidOnce(grouped.db)).toEqual(ALL_PAID_ONCE);
    expect(await paid(grouped.db)).toEqual(await paid(oneAtATime.db));
    const t = await totals(grouped.db, runId);
    expect(t.rows.map((row) => row.county_id)).toEqual([2, 19]);
    expect(t.rows).toEqual(t.sums);
    // A group's worker leaves the run open for the others; the pass after them closes it.
    const next = await payments.runPayRun(grouped.db, { payRunId: await newRun(grouped.db), now: testNow(), counties: [2], workers: 2, finish: false });
    expect(next.finished_at).toBeNull();
  });

  it("keeps its workers' provider locks within half of PostgreSQL's lock table, however many workers pay at once", async () => {
    const slots = await store.lockTableSlots(workers.db);
    for (const n of [1, 2, 4, 8, 64, 10_000]) {
      const size = await payments.payRunBatchSize(workers.db, n);
      expect(size).toBeGreaterThanOrEqual(1);
      expect(size).toBeLessThanOrEqual(payments.PAY_RUN_BATCH);
      if (n <= slots / 2) expect(size * n).toBeLessThanOrEqual(slots / 2);
    }
    expect(await payments.payRunBatchSize(workers.db, 1)).toBe(Math.min(payments.PAY_RUN_BATCH, Math.floor(slots / 2)));
  });
});
