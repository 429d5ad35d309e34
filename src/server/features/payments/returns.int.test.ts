import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RETURN_HEADER, SETTLEMENT_HEADER } from '../../../contracts/payments.js';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addDays, payPeriodOf } from '../../../domain/index.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../../testing/test-app.js';
import { centsToAmount } from './settlement-file.js';
import { approvedTimesheet, bankFile, pdfText, signedInClients } from './testing.js';
import { dateInWords } from '../../../contracts/messages/dates.js';
import { testNow, testToday } from '../../testing/clock.js';

const config = testConfig();
let db: TestDb;
let app: FastifyInstance;
let prod: FastifyInstance;
let admin: TestClient;
let elsewhere: TestClient;
let provider: TestClient;
let recipient: TestClient;
const today = testToday();
/** Issued and paid four days ago, returned two days ago, paid again (the reissued warrant) today. */
const issueDay = addDays(today, -4);
const returnDay = addDays(today, -2);
const period = payPeriodOf(addDays(payPeriodOf(today).start, -1));

interface Issued {
  id: number;
  payment_number: string;
  gross_cents: number;
  timesheet_id: number | null;
}
let a: Issued;
let b: Issued;
let c: Issued;

const returnsOf = (...lines: string[]) => bankFile('bank-returns.csv', RETURN_HEADER, lines);
const ackOf = (...lines: string[]) => bankFile('sco-ack.csv', SETTLEMENT_HEADER, lines, '\n');

/** Everything a return may change: payments, returns, imports, claim steps, notices, audit rows. */
async function state() {
  const count = async (table: 'payment_returns' | 'payment_return_imports' | 'timesheet_events' | 'notifications' | 'audit_events') => (await db.db.selectFrom(table).select(['id']).execute()).length;
  return {
    payments: await db.db.selectFrom('payments').select(['id', 'status', 'paid_on', 'returned_on', 'return_reason', 'settlement_id']).orderBy('id').execute(),
    returns: await count('payment_returns'),
    imports: await count('payment_return_imports'),
    events: await count('timesheet_events'),
    notifications: await count('notifications'),
  };
}

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db, { demo: true });
  prod = await buildTestApp(db.db, { demo: false });
  const pid = await createUser(db.db, config, { loginId: '875000001' });
  await createUser(db.db, config, { role: 'county_worker', loginId: 'returns.worker', countyId: 19 });
  await createUser(db.db, config, { role: 'county_worker', loginId: 'returns.alameda', countyId: 1 });
  for (const [i, caseNumber] of ['8750010', '8750020', '8750030'].entries()) {
    await approvedTimesheet(db.db, config, { providerId: pid, caseNumber, period, minutes: 180 + i * 45, submittedAt: new Date(testNow().getTime() - 1000 + i) });
  }
  await createUser(db.db, config, { role: 'recipient', loginId: '8750010' });
  [admin, elsewhere, provider, recipient] = (await signedInClients(app, '198.24.0', [
    ['staff', 'returns.worker'],
    ['staff', 'returns.alameda'],
    ['provider', '875000001'],
    ['recipient', '8750010'],
  ])) as [TestClient, TestClient, TestClient, TestClient];
  expect((await admin.post('/api/staff/pay-runs', { issueDate: issueDay })).json()).toMatchObject({ payments: 3 });
  [a, b, c] = (await db.db.selectFrom('payments').select(['id', 'payment_number', 'gross_cents', 'timesheet_id']).orderBy('id').execute()) as [Issued, Issued, Issued];
  // a and b reach the bank; c is still only issued.
  const ack = await admin.post('/api/staff/payment-settlements', ackOf(`${a.payment_number},${issueDay},${centsToAmount(a.gross_cents)}`, `${b.payment_number},${issueDay},${centsToAmount(b.gross_cents)}`));
  expect(ack.json()).toMatchObject({ recorded: 2 });
});
afterAll(async () => {
  await prod.close();
  await app.close();
  await db.drop();
});

describe("recording the bank's returned deposits", () => {
  it('is for payroll only: a provider and a recipient are refused', async () => {
    for (const who of [provider, recipient]) expect((await who.post('/api/staff/payment-returns', returnsOf(`${a.payment_number},${returnDay},${centsToAmount(a.gross_cents)},R02`))).statusCode).toBe(403);
    expect((await db.db.selectFrom('payment_returns').select(['id']).execute()).length).toBe(0);
  });

  it('refuses a file whose first line is not the header', async () => {
    const r = await admin.post('/api/staff/payment-returns', { fileName: 'x.csv', content: `payment_number,paid_on,amount\n${a.payment_number},${returnDay},1.00` });
    expect(r.statusCode).toBe(400);
    expect(r.json().error).toMatchObject({ code: 'returnsHeader', fields: [{ path: 'content', code: 'returnsHeader' }] });
  });

  it('refuses the whole file when any line is wrong, naming every wrong line by payment, and changes nothing', async () => {
    const before = await state();
    const r = await admin.post(
      '/api/staff/payment-returns',
      returnsOf(
        `${a.payment_number},${returnDay},${centsToAmount(a.gross_cents)},R02`,
        `${b.payment_number},${returnDay},${centsToAmount(b.gross_cents + 1)},R03`,
        `${c.payment_number},${returnDay},${centsToAmount(c.gross_cents)},R04`,
        `P2026-99999999,${returnDay},10.00,R02`,
        `${b.payment_number},${returnDay},${centsToAmount(b.gross_cents)},R01`,
        'P2026-00000001,soon,1.00,R02',
      ),
    );
    expect(r.statusCode).toBe(400);
    const error = r.json().error as { code: string; message: string; fields: { path: string; code: string; message: string }[] };
    expect(error.code).toBe('settlementProblems');
    expect(error.message).toContain('Nothing was recorded. Lines of the file with a problem: 5,');
    expect(error.fields.map((f) => [f.path, f.code])).toEqual([
      ['content.line.3', 'settlementAmountDiffers'],
      ['content.line.4', 'returnsNotPaid'],
      ['content.line.5', 'settlementUnknownPayment'],
      ['content.line.6', 'returnsUnknownReason'],
      ['content.line.7', 'returnsLineShape'],
    ]);
    expect(error.fields[1]!.message).toBe(`Line 4: payment ${c.payment_number} is not recorded as paid, so the bank cannot have returned it. Record its acknowledgement first.`);
    expect(error.fields[3]!.message).toContain('R01 is not a reason a bank returns a deposit for');
    expect(await state()).toEqual(before);
  });

  it('refuses a return dated before the deposit was paid, or after today', async () => {
    const before = await state();
    const early = await admin.post('/api/staff/payment-returns', returnsOf(`${a.payment_number},${addDays(issueDay, -1)},${centsToAmount(a.gross_cents)},R02`));
    expect(early.json().error.fields).toMatchObject([{ code: 'returnsBeforePaid', message: `Line 2: payment ${a.payment_number} was paid on ${issueDay}, so it cannot have been returned on ${addDays(issueDay, -1)}.` }]);
    const late = await admin.post('/api/staff/payment-returns', returnsOf(`${a.payment_number},${addDays(today, 1)},${centsToAmount(a.gross_cents)},R02`));
    expect(late.json().error.fields).toMatchObject([{ code: 'returnsInFuture' }]);
    expect(await state()).toEqual(before);
  });

  it("reads another county's payment as unknown, in the staff member's language", async () => {
    const r = await elsewhere.post('/api/staff/payment-returns', returnsOf(`${a.payment_number},${returnDay},${centsToAmount(a.gross_cents)},R02`), { 'accept-language': 'es' });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields).toMatchObject([{ code: 'settlementUnknownPayment', message: `Línea 2: ningún pago de su condado tiene el número ${a.payment_number}.` }]);
  });

  it('records a good file: the payment returned with its day and reason, the claim step by the system, the provider told once, all audited', async () => {
    const r = await admin.post('/api/staff/payment-returns', returnsOf(`"${a.payment_number}","${returnDay}","${centsToAmount(a.gross_cents)}","r02"`));
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ fileName: 'bank-returns.csv', lines: 1, recorded: 1, already: 0 });
    const s = await state();
    expect(s.payments[0]).toMatchObject({ status: 'returned', paid_on: issueDay, returned_on: returnDay, return_reason: 'R02' });
    expect(s.payments[1]).toMatchObject({ status: 'paid', returned_on: null });
    expect(await db.db.selectFrom('payment_returns').select(['payment_id', 'paid_on', 'returned_on', 'reason']).execute()).toEqual([{ payment_id: a.id, paid_on: issueDay, returned_on: returnDay, reason: 'R02' }]);
    const step = await db.db.selectFrom('timesheet_events').select(['actor_kind', 'from_status', 'to_status', 'reason_codes', 'note']).where('action', '=', 'payment_returned').execute();
    expect(step).toEqual([{ actor_kind: 'system', from_status: 'paid', to_status: 'paid', reason_codes: ['R02'], note: a.payment_number }]);
    const told = await db.db.selectFrom('notifications').select(['data']).where('event', '=', 'payment_returned').execute();
    expect(told).toHaveLength(1);
    expect(told[0]!.data).toMatchObject({ paymentNumber: a.payment_number, returnedOn: returnDay, reason: 'R02' });
    const audit = await db.db.selectFrom('audit_events').select(['action', 'actor_user_id']).where('action', 'in', ['payment.returned', 'payment.returns_recorded']).execute();
    expect(audit.filter((e) => e.action === 'payment.returned')).toHaveLength(1);
    expect(audit.filter((e) => e.action === 'payment.returns_recorded' && e.actor_user_id !== null)).toHaveLength(1);
  });

  it('shows the provider the return: the payment, the notice, the claim timeline, the stub and the CSV, in English and Spanish', async () => {
    const mine = (await provider.get('/api/payments')).json().payments as { id: number; paymentNumber: string; status: string; returned: unknown }[];
    const p = mine.find((x) => x.paymentNumber === a.payment_number)!;
    expect(p).toMatchObject({ status: 'returned', returned: { on: returnDay, reason: 'R02' } });
    const notices = (await provider.get('/api/notifications')).json().notifications as { event: string; title: string; text: string }[];
    const notice = notices.find((n) => n.event === 'payment_returned')!;
    expect(notice.title).toBe('Your bank returned a payment');
    expect(notice.text).toContain(`was returned by your bank on ${dateInWords('en', returnDay)}`);
    expect(notice.text).toContain('Your bank says the account is closed. Enroll an open account for direct deposit');
    const claimOf = async () => ((await provider.get('/api/claims')).json().claims as { id: number }[]).find((c) => c.id === a.timesheet_id);
    expect(await claimOf()).toMatchObject({ status: 'paid', depositReturnedOn: returnDay });
    const tl = (await provider.get(`/api/claims/${a.timesheet_id}/timeline`)).json();
    expect(tl.events.at(-1)).toMatchObject({ action: 'payment_returned', returnedOn: returnDay, paymentNumber: a.payment_number, reasons: [{ code: 'R02', title: 'Your bank says the account is closed.' }] });
    const es = (await provider.get(`/api/claims/${a.timesheet_id}/timeline`, { 'accept-language': 'es' })).json();
    expect(es.events.at(-1).reasons[0].title).toBe('Su banco dice que la cuenta está cerrada.');
    const stub = pdfText((await provider.get(`/api/payments/${p.id}/stub.pdf`)).rawPayload);
    expect(stub).toContain('Returned by your bank on');
    expect(stub).toContain('Why: Your bank says the account is closed.');
    expect(stub).not.toContain('Paid on');
    const csv = (await provider.get(`/api/payments/export.csv?year=${issueDay.slice(0, 4)}`, { 'accept-language': 'es' })).body;
    expect(csv).toContain(`,Devuelto,${issueDay},${returnDay},R02: Su banco dice que la cuenta está cerrada.`);
    const staff = (await admin.get('/api/staff/payments?status=returned')).json();
    expect(staff.payments.map((x: { paymentNumber: string }) => x.paymentNumber)).toEqual([a.payment_number]);
    expect(staff.totals).toContainEqual({ status: 'returned', count: 1, cents: a.gross_cents });
  });

  it('records a repeated file once, and refuses a second return of a returned payment', async () => {
    const before = await state();
    const again = await admin.post('/api/staff/payment-returns', returnsOf(`${a.payment_number},${returnDay},${centsToAmount(a.gross_cents)},R02`));
    expect(again.json()).toMatchObject({ lines: 1, recorded: 0, already: 1 });
    expect({ ...(await state()), imports: before.imports }).toEqual(before);
    const other = await admin.post('/api/staff/payment-returns', returnsOf(`${a.payment_number},${addDays(returnDay, 1)},${centsToAmount(a.gross_cents)},R03`));
    expect(other.json().error.fields).toMatchObject([{ code: 'returnsOtherReturn', message: `Line 2: payment ${a.payment_number} is already recorded as returned on ${returnDay} (R02).` }]);
  });

  it('pays a returned payment again (the reissued warrant), from its return on, keeping the return; a paid one stays refused on another day', async () => {
    const early = await admin.post('/api/staff/payment-settlements', ackOf(`${a.payment_number},${addDays(returnDay, -1)},${centsToAmount(a.gross_cents)}`));
    expect(early.json().error.fields).toMatchObject([{ code: 'settlementBeforeReturn' }]);
    const paidTwice = await admin.post('/api/staff/payment-settlements', ackOf(`${b.payment_number},${today},${centsToAmount(b.gross_cents)}`));
    expect(paidTwice.json().error.fields).toMatchObject([{ code: 'settlementPaidOtherDay' }]);
    const r = await admin.post('/api/staff/payment-settlements', ackOf(`${a.payment_number},${today},${centsToAmount(a.gross_cents)}`));
    expect(r.json()).toMatchObject({ recorded: 1, already: 0 });
    const s = await state();
    expect(s.payments[0]).toMatchObject({ status: 'paid', paid_on: today, returned_on: null, return_reason: null });
    expect(s.returns).toBe(1);
    const steps = await db.db.selectFrom('timesheet_events').select(['action']).where('timesheet_id', '=', a.timesheet_id!).orderBy('id').execute();
    expect(steps.map((e) => e.action).slice(-3)).toEqual(['mark_paid', 'payment_returned', 'mark_paid_again']);
    expect((await db.db.selectFrom('notifications').select(['id']).where('event', '=', 'payment_paid').execute()).length).toBe(3);
    const tl = (await provider.get(`/api/claims/${a.timesheet_id}/timeline`)).json();
    expect(tl.events.find((e: { action: string }) => e.action === 'payment_returned')).toMatchObject({ returnedOn: returnDay });
    expect(((await provider.get('/api/claims')).json().claims as { id: number }[]).find((c) => c.id === a.timesheet_id)).toMatchObject({ status: 'paid', depositReturnedOn: null });
    // The bank's returns file imported once more: the return is already recorded, the payment stays paid.
    const repeat = await admin.post('/api/staff/payment-returns', returnsOf(`${a.payment_number},${returnDay},${centsToAmount(a.gross_cents)},R02`));
    expect(repeat.json()).toMatchObject({ recorded: 0, already: 1 });
    expect((await state()).payments[0]).toMatchObject({ status: 'paid', paid_on: today });
    // The reissued payment comes back too: a second return, kept beside the first, and a second notice.
    const second = await admin.post('/api/staff/payment-returns', returnsOf(`${a.payment_number},${today},${centsToAmount(a.gross_cents)},R04`));
    expect(second.json()).toMatchObject({ recorded: 1, already: 0 });
    expect((await db.db.selectFrom('payment_returns').select(['paid_on', 'returned_on', 'reason']).where('payment_id', '=', a.id).orderBy('id').execute()).map((x) => [x.paid_on, x.returned_on, x.reason])).toEqual([
      [issueDay, returnDay, 'R02'],
      [today, today, 'R04'],
    ]);
    expect((await db.db.selectFrom('notifications').select(['id']).where('event', '=', 'payment_returned').execute()).length).toBe(2);
  });

  it('keeps the rules in the database: a return needs its day and reason, and only a deposit that was paid', async () => {
    await expect(db.db.updateTable('payments').set({ status: 'returned' }).where('id', '=', b.id).execute()).rejects.toThrow(/payments_returned_has_date_and_reason/);
    await expect(db.db.updateTable('payments').set({ status: 'returned', returned_on: returnDay, return_reason: 'R02' }).where('id', '=', c.id).execute()).rejects.toThrow(/payments_paid/);
    await expect(db.db.updateTable('payments').set({ status: 'returned', returned_on: addDays(issueDay, -1), return_reason: 'R02' }).where('id', '=', b.id).execute()).rejects.toThrow(/payments_returned_after_paid/);
  });
});

describe('the demo\'s returned deposit', () => {
  const demo = (who: TestClient) => who.post('/api/staff/payment-returns/demo');

  it('is refused outside demo mode', async () => {
    const live = new TestClient(prod, '198.24.0.9');
    expect((await live.signIn('staff', 'returns.worker')).statusCode).toBe(200);
    // Taken after the sign-in, whose new-device notice is no part of what the refusal must leave alone.
    const before = await state();
    expect((await live.post('/api/staff/payment-returns/demo')).statusCode).toBe(404);
    expect(await state()).toEqual(before);
  });

  it("returns the county's payment paid most recently, account closed, today, through the real import", async () => {
    // c reaches the bank today, after b (paid four days ago); a is returned (the reissue's deposit came back).
    expect((await admin.post('/api/staff/payment-settlements', ackOf(`${c.payment_number},${today},${centsToAmount(c.gross_cents)}`))).json()).toMatchObject({ recorded: 1 });
    const r = await demo(admin);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ fileName: `demo-returns-${today}.csv`, lines: 1, recorded: 1, already: 0 });
    const s = await state();
    expect(s.payments.map((p) => [p.id, p.status, p.returned_on, p.return_reason])).toEqual([
      [a.id, 'returned', today, 'R04'],
      [b.id, 'paid', null, null],
      [c.id, 'returned', today, 'R02'],
    ]);
    expect(await db.db.selectFrom('notifications').select(['data']).where('event', '=', 'payment_returned').orderBy('id', 'desc').limit(1).executeTakeFirst()).toMatchObject({ data: { paymentNumber: c.payment_number, reason: 'R02' } });
    const listed = (await admin.get('/api/staff/payment-returns')).json().files[0];
    expect(listed).toMatchObject({ fileName: `demo-returns-${today}.csv`, recorded: 1, recordedCents: c.gross_cents, returnedOn: { first: today, last: today }, reasons: [{ reason: 'R02', count: 1 }] });
    expect((await demo(admin)).json()).toMatchObject({ recorded: 1 });
    expect((await state()).payments[1]).toMatchObject({ id: b.id, status: 'returned', return_reason: 'R02' });
  });

  it('says there is nothing to return when no payment of the county is paid, and records no file', async () => {
    const before = await state();
    expect((await demo(admin)).json()).toEqual({ id: 0, fileName: '', lines: 0, recorded: 0, already: 0 });
    expect((await demo(elsewhere)).json()).toMatchObject({ lines: 0, recorded: 0 });
    expect(await state()).toEqual(before);
  });
});
