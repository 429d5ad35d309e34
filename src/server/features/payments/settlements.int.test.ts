import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SETTLEMENT_LINES, RETURN_HEADER, SETTLEMENT_HEADER } from '../../../contracts/payments.js';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addDays, isBusinessDay, payPeriodOf, weekday } from '../../../domain/index.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../../testing/test-app.js';
import * as payments from './service.js';
import { centsToAmount } from './settlement-file.js';
import { approvedTimesheet, bankFile, signedInClients } from './testing.js';
import { testNow, testToday } from '../../testing/clock.js';

const config = testConfig();
let db: TestDb;
let app: FastifyInstance;
let prod: FastifyInstance;
let admin: TestClient;
let elsewhere: TestClient;
let provider: TestClient;
const today = testToday();
/** Issued three days ago, paid the day before today: every date check has room on both sides. */
const issueDay = addDays(today, -3);
const paidDay = addDays(today, -1);
const period = payPeriodOf(addDays(payPeriodOf(today).start, -1));

interface Issued {
  id: number;
  payment_number: string;
  gross_cents: number;
  timesheet_id: number | null;
  issue_date: string;
}
let issued: Issued[];

const fileOf = (...lines: string[]) => bankFile('sco-ack.csv', SETTLEMENT_HEADER, lines);

async function state() {
  const rows = await db.db.selectFrom('payments').innerJoin('timesheets', 'timesheets.id', 'payments.timesheet_id').select(['payments.id', 'payments.status', 'payments.paid_on', 'timesheets.status as claim']).orderBy('payments.id').execute();
  const settlements = await db.db.selectFrom('payment_settlements').select(['id']).execute();
  return { rows, settlements: settlements.length };
}

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db, { demo: true });
  prod = await buildTestApp(db.db, { demo: false });
  const pid = await createUser(db.db, config, { loginId: '874000001' });
  await createUser(db.db, config, { role: 'county_admin', loginId: 'settle.admin', countyId: 19 });
  await createUser(db.db, config, { role: 'county_worker', loginId: 'settle.alameda', countyId: 1 });
  for (const [i, caseNumber] of ['8740010', '8740020'].entries()) {
    await approvedTimesheet(db.db, config, { providerId: pid, caseNumber, period, minutes: 180 + i * 45, submittedAt: new Date(testNow().getTime() - 1000 + i) });
  }
  [admin, elsewhere, provider] = (await signedInClients(app, '198.23.0', [
    ['staff', 'settle.admin'],
    ['staff', 'settle.alameda'],
    ['provider', '874000001'],
  ])) as [TestClient, TestClient, TestClient];
  expect((await admin.post('/api/staff/pay-runs', { issueDate: issueDay })).json()).toMatchObject({ payments: 2 });
  issued = await db.db.selectFrom('payments').select(['id', 'payment_number', 'gross_cents', 'timesheet_id', 'issue_date']).orderBy('id').execute();
});
afterAll(async () => {
  await app.close();
  await prod.close();
  await db.drop();
});

describe("recording the bank's acknowledgement", () => {
  it('refuses a file whose first line is not the header, and changes nothing', async () => {
    const before = await state();
    const r = await admin.post('/api/staff/payment-settlements', { fileName: 'x.csv', content: `${issued[0]!.payment_number},${today},1.00` });
    expect(r.statusCode).toBe(400);
    expect(r.json().error).toMatchObject({ code: 'settlementHeader', fields: [{ path: 'content', code: 'settlementHeader' }] });
    expect(await state()).toEqual(before);
  });

  it('refuses the whole file when any line is wrong, naming every wrong line, and records none of it', async () => {
    const [a, b] = issued as [Issued, Issued];
    const before = await state();
    const r = await admin.post(
      '/api/staff/payment-settlements',
      fileOf(
        `${a.payment_number},${today},${centsToAmount(a.gross_cents)}`,
        `${b.payment_number},${today},${centsToAmount(b.gross_cents + 1)}`,
        `P2026-99999999,${today},10.00`,
        `${a.payment_number},${today},${centsToAmount(a.gross_cents)}`,
        'not,a,line,at all',
      ),
    );
    expect(r.statusCode).toBe(400);
    const error = r.json().error as { code: string; message: string; fields: { path: string; code: string; message: string }[] };
    expect(error.code).toBe('settlementProblems');
    expect(error.message).toContain('Nothing was recorded. Lines of the file with a problem: 4,');
    expect(error.fields.map((f) => [f.path, f.code])).toEqual([
      ['content.line.3', 'settlementAmountDiffers'],
      ['content.line.4', 'settlementUnknownPayment'],
      ['content.line.5', 'settlementDuplicate'],
      ['content.line.6', 'settlementLineShape'],
    ]);
    expect(error.fields[0]!.message).toBe(`Line 3: payment ${b.payment_number} was issued for $${centsToAmount(b.gross_cents)}, not $${centsToAmount(b.gross_cents + 1)}. Check the amount with the State Controller’s Office.`);
    expect(error.fields[2]!.message).toContain('is also on line 2');
    expect(await state()).toEqual(before);
  });

  it('refuses a day before the payment was issued, and a day after today', async () => {
    const b = issued[1]!;
    const before = await state();
    const early = await admin.post('/api/staff/payment-settlements', fileOf(`${b.payment_number},${addDays(issueDay, -1)},${centsToAmount(b.gross_cents)}`));
    expect(early.json().error.fields).toMatchObject([{ code: 'settlementBeforeIssue', message: `Line 2: payment ${b.payment_number} was issued on ${issueDay}, so it cannot have been paid on ${addDays(issueDay, -1)}.` }]);
    const late = await admin.post('/api/staff/payment-settlements', fileOf(`${b.payment_number},${addDays(today, 1)},${centsToAmount(b.gross_cents)}`));
    expect(late.json().error.fields).toMatchObject([{ code: 'settlementInFuture' }]);
    expect(await state()).toEqual(before);
  });

  it("reads another county's payment number as unknown to a worker of another county", async () => {
    const a = issued[0]!;
    const r = await elsewhere.post('/api/staff/payment-settlements', fileOf(`${a.payment_number},${today},${centsToAmount(a.gross_cents)}`));
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields).toMatchObject([{ code: 'settlementUnknownPayment' }]);
  });

  it("answers in the staff member's language", async () => {
    const r = await admin.post('/api/staff/payment-settlements', fileOf('P2026-99999999,2026-01-02,1.00'), { 'accept-language': 'es' });
    expect(r.json().error.fields[0].message).toBe('Línea 2: ningún pago de su condado tiene el número P2026-99999999.');
  });

  it('records a good file: each payment paid on its day, its claim paid by the system, the provider told, all audited', async () => {
    const [a, b] = issued as [Issued, Issued];
    const file = fileOf(`"${a.payment_number}","${paidDay}","${centsToAmount(a.gross_cents)}"`, `${b.payment_number},${paidDay},${centsToAmount(b.gross_cents)}`, '');
    const r = await admin.post('/api/staff/payment-settlements', file);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ fileName: 'sco-ack.csv', lines: 2, recorded: 2, already: 0 });
    const s = await state();
    expect(s.rows.map((p) => [p.status, p.paid_on, p.claim])).toEqual([
      ['paid', paidDay, 'paid'],
      ['paid', paidDay, 'paid'],
    ]);
    const events = await db.db.selectFrom('timesheet_events').select(['timesheet_id', 'actor_kind', 'from_status', 'note']).where('action', '=', 'mark_paid').orderBy('timesheet_id').execute();
    expect(events).toEqual([
      { timesheet_id: a.timesheet_id, actor_kind: 'system', from_status: 'payment_issued', note: a.payment_number },
      { timesheet_id: b.timesheet_id, actor_kind: 'system', from_status: 'payment_issued', note: b.payment_number },
    ]);
    const told = await db.db.selectFrom('notifications').select(['data']).where('event', '=', 'payment_paid').execute();
    expect(told).toHaveLength(2);
    const audit = await db.db.selectFrom('audit_events').select(['action', 'actor_user_id']).where('action', 'in', ['payment.paid', 'payment.settlement_recorded']).execute();
    expect(audit.filter((e) => e.action === 'payment.paid')).toHaveLength(2);
    expect(audit.filter((e) => e.action === 'payment.settlement_recorded' && e.actor_user_id !== null)).toHaveLength(1);

    const mine = (await provider.get('/api/payments')).json().payments as { paymentNumber: string; status: string; paidOn: string | null }[];
    expect(mine.map((p) => [p.status, p.paidOn])).toEqual([
      ['paid', paidDay],
      ['paid', paidDay],
    ]);
    const claim = (await provider.get(`/api/timesheets/${a.timesheet_id}`)).json();
    expect(claim.status ?? claim.timesheet?.status).toBe('paid');
  });

  it('records a repeated file once: the second import counts the payments as already recorded and changes nothing', async () => {
    const [a, b] = issued as [Issued, Issued];
    const file = fileOf(`${a.payment_number},${paidDay},${centsToAmount(a.gross_cents)}`, `${b.payment_number},${paidDay},${centsToAmount(b.gross_cents)}`);
    const events = async () => (await db.db.selectFrom('timesheet_events').select(['id']).execute()).length;
    const before = { events: await events(), rows: (await state()).rows };
    const r = await admin.post('/api/staff/payment-settlements', file);
    expect(r.json()).toMatchObject({ lines: 2, recorded: 0, already: 2 });
    expect({ events: await events(), rows: (await state()).rows }).toEqual(before);
    expect((await db.db.selectFrom('notifications').select(['id']).where('event', '=', 'payment_paid').execute()).length).toBe(2);
  });

  it('refuses a second date for a payment already paid', async () => {
    const a = issued[0]!;
    const r = await admin.post('/api/staff/payment-settlements', fileOf(`${a.payment_number},${today},${centsToAmount(a.gross_cents)}`));
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields).toMatchObject([{ code: 'settlementPaidOtherDay', message: `Line 2: payment ${a.payment_number} is already recorded as paid on ${paidDay}.` }]);
  });

  it("lists the county's payments for payroll with totals by status, and nobody else's", async () => {
    const list = (await admin.get('/api/staff/payments?status=paid')).json();
    expect(list.payments.map((p: { paymentNumber: string }) => p.paymentNumber).sort()).toEqual(issued.map((p) => p.payment_number).sort());
    expect(list.payments[0].provider).toMatchObject({ providerId: '874000001' });
    expect(list.totals).toEqual([{ status: 'paid', count: 2, cents: issued.reduce((s, p) => s + p.gross_cents, 0) }]);
    expect((await elsewhere.get('/api/staff/payments')).json()).toEqual({ payments: [], totals: [] });
    expect((await admin.get('/api/staff/payments?providerId=123')).statusCode).toBe(400);
  });

  it('settles for the demo only in demo mode', async () => {
    expect((await admin.post('/api/staff/payment-settlements/demo')).json()).toMatchObject({ lines: 0, recorded: 0 });
    const p = new TestClient(prod, '198.23.0.9');
    expect((await p.signIn('staff', 'settle.admin')).statusCode).toBe(200);
    expect((await p.post('/api/staff/payment-settlements/demo')).statusCode).toBe(404);
  });

  it("takes a bank file bigger than the app's body limit: one line too many is refused for its lines, not its bytes", async () => {
    const files = [
      ['/api/staff/payment-settlements', SETTLEMENT_HEADER, `P2026-99999999,${paidDay},10.00`],
      ['/api/staff/payment-returns', RETURN_HEADER, `P2026-99999999,${paidDay},10.00,R02`],
    ] as const;
    for (const [path, header, line] of files) {
      const file = bankFile('big.csv', header, Array.from({ length: MAX_SETTLEMENT_LINES + 1 }, () => line));
      expect(file.content.length).toBeGreaterThan(256 * 1024);
      const r = await admin.post(path, file);
      expect([r.statusCode, r.json().error.code]).toEqual([400, 'settlementTooLong']);
    }
  });
});

describe('the scheduled pay run', () => {
  it('runs once per business day under its date, resumes the same run, and pays nothing on a weekend', async () => {
    const run = await createTestDb();
    try {
      let day = today;
      while (!isBusinessDay(day)) day = addDays(day, -1);
      const first = await payments.runScheduledPayRun(run.db, day, testNow());
      const again = await payments.runScheduledPayRun(run.db, day, testNow());
      expect(first?.id).toBeDefined();
      expect(again?.id).toBe(first?.id);
      let saturday = today;
      while (weekday(saturday) !== 6) saturday = addDays(saturday, 1);
      expect(await payments.runScheduledPayRun(run.db, saturday, testNow())).toBeUndefined();
      expect(await payments.runScheduledPayRun(run.db, '2026-11-26', testNow())).toBeUndefined();
      await payments.ensureDailyPayRun(run.db);
      await payments.ensureDailyPayRun(run.db);
      const jobs = await run.db.selectFrom('jobs').select(['dedupe_key']).where('kind', '=', payments.DAILY_PAY_RUN_JOB).execute();
      expect(jobs).toEqual([{ dedupe_key: `${payments.DAILY_PAY_RUN_JOB}:${today}` }]);
    } finally {
      await run.drop();
    }
  });
});
