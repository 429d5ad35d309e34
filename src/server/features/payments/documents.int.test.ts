import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addDays, evaluateClaims, payPeriodOf, weekday } from '../../../domain/index.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../../testing/test-app.js';
import { assign, createCase } from '../cases/testing.js';
import { dollars, hours } from './documents.js';
import { pdfText } from './testing.js';
import { testNow, testToday } from '../../testing/clock.js';

let db: TestDb;
let app: FastifyInstance;
const config = testConfig();
const today = testToday();
const period = payPeriodOf(addDays(payPeriodOf(today).start, -1));
let monday = period.start;
while (weekday(monday) !== 1) monday = addDays(monday, 1);
const days = [0, 1, 2].map((d) => addDays(monday, d)).filter((d) => d <= period.end);
let provider: TestClient;
let other: TestClient;
let staff: TestClient;

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db, { demo: true });
  const pid = await createUser(db.db, config, { loginId: '873000001' });
  await createUser(db.db, config, { loginId: '873000002' });
  await createUser(db.db, config, { role: 'county_admin', loginId: 'stub.admin', countyId: 19 });
  const { caseId } = await createCase(db.db, config, { caseNumber: '8730010', withRecipientAccount: false });
  // A name that a spreadsheet would run as a formula, with a comma and a quote.
  await db.db.updateTable('cases').set({ first_name: '=HYPERLINK("http://evil","x")', last_name: 'O"Neil, Jr' }).where('id', '=', caseId).execute();
  await assign(db.db, { providerId: pid, caseId });
  const { id } = await db.db.insertInto('timesheets').values({ provider_user_id: pid, case_id: caseId, county_id: 19, pay_period_start: period.start, pay_period_end: period.end }).returning('id').executeTakeFirstOrThrow();
  await db.db.insertInto('timesheet_days').values(days.map((d) => ({ timesheet_id: id, county_id: 19, work_date: d, worked_minutes: 437, travel_minutes: 0 }))).execute();
  await db.db.updateTable('timesheets').set({ status: 'approved', submitted_at: testNow() }).where('id', '=', id).execute();
  provider = new TestClient(app, '198.22.0.1');
  other = new TestClient(app, '198.22.0.2');
  staff = new TestClient(app, '198.22.0.3');
  expect((await provider.signIn('provider', '873000001')).statusCode).toBe(200);
  expect((await other.signIn('provider', '873000002')).statusCode).toBe(200);
  expect((await staff.signIn('staff', 'stub.admin')).statusCode).toBe(200);
  expect((await staff.post('/api/staff/pay-runs', {})).json()).toMatchObject({ payments: 1 });
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('pay stubs and the payment history', () => {
  it('lists the payment with the figures of the rules engine', async () => {
    const [p] = (await provider.get('/api/payments')).json().payments;
    const engine = evaluateClaims({
      provider: { exemption: 'none' },
      recipients: [{ id: 'R', monthlyAuthorizedMinutes: 283 * 60, rateCents: 1800 }],
      entries: days.map((date) => ({ recipientId: 'R', date, workedMinutes: 437, travelMinutes: 0 })),
    });
    expect(p.cents.gross).toBe(engine.payPeriods[0]!.grossCents);
    expect(p).toMatchObject({ rateCents: 1800, minutes: { regular: 437 * days.length, overtime: 0 }, status: 'issued' });
    expect((await provider.get(`/api/timesheets/${p.timesheetId}`)).json().status).toBe('payment_issued');
    expect((await provider.get('/api/notifications')).json().notifications.some((n: { event: string }) => n.event === 'payment_issued')).toBe(true);
    const billing = (await provider.get('/api/dashboard')).json().billing;
    expect(billing).toMatchObject({ count: 1, byState: [{ status: 'payment_issued', count: 1, cents: p.cents.gross }] });
    expect(billing.latestPayments.map((x: { id: number }) => x.id)).toEqual([p.id]);
    expect((await other.get('/api/dashboard')).json().billing).toMatchObject({ count: 0, byState: [], latestPayments: [] });
  });

  it('makes a one-page PDF with the provider, recipient, period, hours, rate, gross and year to date', async () => {
    const [p] = (await provider.get('/api/payments')).json().payments;
    const res = await provider.get(`/api/payments/${p.id}/stub.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
    const text = pdfText(pdf);
    for (const s of ['IHSS pay stub', '873000001', '8730010', p.paymentNumber, dollars(p.cents.gross), dollars(1800), hours(p.minutes.regular), 'Year to date']) expect(text).toContain(s);
    // Year to date: the only payment of the year, so its gross twice (the payment's and the year's).
    expect(text.split(dollars(p.cents.gross)).length - 1).toBeGreaterThanOrEqual(3);
    const es = pdfText((await provider.get(`/api/payments/${p.id}/stub.pdf`, { 'accept-language': 'es' })).rawPayload);
    expect(es).toContain('Pago bruto');
    expect((await other.get(`/api/payments/${p.id}/stub.pdf`)).statusCode).toBe(404);
  });

  it('exports a year as CSV, escaped and safe from spreadsheet formulas', async () => {
    const res = await provider.get(`/api/payments/export.csv?year=${today.slice(0, 4)}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Payment number,Issue date,/);
    expect(lines[1]).toContain('"\'=HYPERLINK(""http://evil"",""x"") O""Neil, Jr"');
    const [p] = (await provider.get('/api/payments')).json().payments;
    expect(lines[1]).toContain(`,${(p.cents.gross / 100).toFixed(2)},Issued`);
    expect((await provider.get('/api/payments/export.csv?year=1999')).statusCode).toBe(400);
    expect((await other.get(`/api/payments/export.csv?year=${today.slice(0, 4)}`)).body.trimEnd().split('\r\n')).toHaveLength(1);
  });
});
