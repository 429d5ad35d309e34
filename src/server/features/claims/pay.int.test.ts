import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimTimeline, PayExpectationView } from '../../../contracts/claims.js';
import { SETTLEMENT_HEADER } from '../../../contracts/payments.js';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addBusinessDays, addDays, addMonths, californiaDate, DIRECT_DEPOSIT_BUSINESS_DAYS, payRunFor, recipientDecisionDue, WARRANT_MAIL_BUSINESS_DAYS } from '../../../domain/index.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../../testing/test-app.js';
import { testNow, testToday } from '../../testing/clock.js';
import { assign, createCase } from '../cases/testing.js';
import { seedDemoPayDestination } from '../direct-deposit/demo.js';
import { startPayRun } from '../payments/service.js';
import { bankFile } from '../payments/testing.js';

let db: TestDb;
let app: FastifyInstance;
let worker: TestClient;
let workerId: number;
const config = testConfig();
const today = testToday();
/** The latest 1st-15th pay period wholly in the past: its "over 70 % in the first half" check sends a claim to the county. */
const periodStart = Number(today.slice(8)) > 15 ? `${today.slice(0, 8)}01` : `${addMonths(today, -1).slice(0, 8)}01`;
const workDays = [2, 3, 4, 5, 6].map((d) => addDays(periodStart, d));
let n = 0;

/**
 * A provider of Los Angeles with one recipient of `monthlyHours`, and a timesheet of `minutes` a day on 5 days, submitted;
 * paid by direct deposit to a bank account in force when `withAccount`, else (nothing on record) by a paper warrant.
 */
async function submitted(monthlyHours: number, minutes: number, withAccount = false) {
  n += 1;
  const loginId = `85300${String(n).padStart(4, '0')}`;
  const userId = await createUser(db.db, config, { loginId, countyId: 19 });
  if (withAccount) await seedDemoPayDestination(db.db, config.dataKey, testNow(), loginId);
  const caseNumber = `853${String(n).padStart(3, '0')}0`;
  const { caseId } = await createCase(db.db, config, { caseNumber, monthlyMinutes: monthlyHours * 60, countyId: 19 });
  await assign(db.db, { providerId: userId, caseId });
  const p = new TestClient(app, `198.18.${n}.1`);
  expect((await p.signIn('provider', loginId)).statusCode).toBe(200);
  const r = new TestClient(app, `198.18.${n}.2`);
  expect((await r.signIn('recipient', caseNumber)).statusCode).toBe(200);
  const ts = (await p.post('/api/timesheets/open', { caseNumber, payPeriodStart: periodStart })).json();
  await p.post(`/api/timesheets/${ts.id}/days`, { days: workDays.map((date) => ({ date, workedMinutes: minutes })) });
  expect((await p.post(`/api/timesheets/${ts.id}/submit`, { idempotencyKey: randomUUID(), acknowledgeScheduledVisits: true })).statusCode).toBe(200);
  return { p, r, id: ts.id as number };
}

/** The claim page's and the dashboard's "where is my pay" of one claim: the two must tell the same. */
async function payOf(p: TestClient, id: number) {
  const timeline: ClaimTimeline = (await p.get(`/api/claims/${id}/timeline`)).json();
  const version = timeline.versions.find((v) => v.id === id)!;
  const dashboard = (await p.get('/api/dashboard')).json();
  const onTheWay = (dashboard.billing.onTheWay as { timesheetId: number; pay: PayExpectationView }[]).find((c) => c.timesheetId === id);
  return { claim: version.pay!, submittedAt: version.submittedAt!, dashboard: onTheWay?.pay };
}

const kinds = (pay: PayExpectationView) => pay.stages.map((s) => `${s.kind}:${s.state}`);

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
  workerId = await createUser(db.db, config, { role: 'county_worker', loginId: 'pay.worker', countyId: 19 });
  worker = new TestClient(app, '198.18.250.1');
  expect((await worker.signIn('staff', 'pay.worker')).statusCode).toBe(200);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('where is my pay, on the claim page and the dashboard', () => {
  it('a submitted timesheet waits for the recipient, who is asked to decide by the day the portal tells them; with no bank account on record, a check by mail', async () => {
    const t = await submitted(283, 180);
    const { claim, submittedAt, dashboard } = await payOf(t.p, t.id);
    const decideBy = recipientDecisionDue(submittedAt);
    expect(claim).toMatchObject({ stage: 'recipient', method: 'warrant', arrived: false, late: null, reasons: [], onHold: false });
    expect(kinds(claim)).toEqual(['recipient:now', 'approved:next', 'pay_run:next', 'mail:next']);
    expect(claim.stages[0]).toEqual({ kind: 'recipient', state: 'now', on: decideBy, dueOn: decideBy, daysLate: 0 });
    const payRun = addBusinessDays(decideBy, 1); // decided by the end of that day: the next business day's pay run
    expect(claim.stages[2]!.on).toBe(payRun);
    expect(claim).toMatchObject({ mailedOn: payRun, expectedOn: addBusinessDays(payRun, WARRANT_MAIL_BUSINESS_DAYS) });
    expect(dashboard).toEqual(claim);
  });

  it('in county review: the reason in words, and the hold once county staff put it on hold', async () => {
    const t = await submitted(20, 180); // 15 h of 20 authorised in the first half: over 70 %
    expect(kinds((await payOf(t.p, t.id)).claim)).toEqual(['recipient:now', 'county_review:next', 'approved:next', 'pay_run:next', 'mail:next']);
    expect((await t.r.post(`/api/recipient/timesheets/${t.id}/decision`, { decision: 'approve' })).json()).toMatchObject({ status: 'in_county_review' });
    const { claim, dashboard } = await payOf(t.p, t.id);
    expect(claim).toMatchObject({ stage: 'county_review', late: null, onHold: false });
    expect(claim.reasons.map((r) => r.code)).toEqual(['OVER_70_PERCENT_FIRST_HALF']);
    expect(claim.reasons[0]!.title).not.toBe('OVER_70_PERCENT_FIRST_HALF');
    expect(claim.stages[0]).toMatchObject({ kind: 'recipient', state: 'done', on: today });
    expect(claim.stages[1]!.dueOn).toBe(addBusinessDays(today, 10)); // 10 business days from the recipient's approval (Marin PA)
    expect(dashboard).toEqual(claim);

    expect((await worker.post(`/api/staff/review/${t.id}/decision`, { decision: 'hold', note: 'Calling the recipient' })).statusCode).toBe(200);
    expect((await payOf(t.p, t.id)).claim).toMatchObject({ stage: 'county_review', onHold: true });
  });

  it('paid by the pay run to the bank account in force: paid on its issue date and expected in the bank two business days later; once the bank acknowledged it, arrived and off the dashboard list', async () => {
    const t = await submitted(283, 180, true);
    expect((await payOf(t.p, t.id)).claim).toMatchObject({ method: 'direct_deposit', mailedOn: null });
    await t.r.post(`/api/recipient/timesheets/${t.id}/decision`, { decision: 'approve' });
    const approved = (await payOf(t.p, t.id)).claim;
    expect(approved).toMatchObject({ stage: 'pay_run' });
    expect(approved.stages.find((s) => s.kind === 'pay_run')!.on).toBe(payRunFor(testNow()));

    await startPayRun(db.db, { id: workerId, role: 'county_worker', countyId: 19 }, { ip: null, userAgent: null }, undefined, testNow());
    const payment = await db.db.selectFrom('payments').select(['payment_number', 'issue_date', 'gross_cents']).where('timesheet_id', '=', t.id).executeTakeFirstOrThrow();
    const issued = await payOf(t.p, t.id);
    expect(issued.claim).toMatchObject({ stage: 'deposit', method: 'direct_deposit', expectedOn: addBusinessDays(payment.issue_date, DIRECT_DEPOSIT_BUSINESS_DAYS), arrived: false });
    expect(issued.claim.stages.find((s) => s.kind === 'pay_run')).toMatchObject({ state: 'done', on: payment.issue_date });
    expect(issued.dashboard).toEqual(issued.claim);

    const amount = (payment.gross_cents / 100).toFixed(2);
    const paidOn = californiaDate(testNow());
    const ack = await worker.post('/api/staff/payment-settlements', bankFile('sco-ack.csv', SETTLEMENT_HEADER, [`${payment.payment_number},${paidOn},${amount}`]));
    expect(ack.statusCode).toBe(200);
    const paid = await payOf(t.p, t.id);
    expect(paid.claim).toMatchObject({ stage: 'deposit', arrived: true, expectedOn: paidOn, late: null });
    expect(paid.dashboard).toBeUndefined();
  });
});
