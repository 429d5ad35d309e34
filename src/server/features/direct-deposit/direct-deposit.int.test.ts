import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectDepositView, WaitingChangeView } from '../../../contracts/direct-deposit.js';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addBusinessDays, addDays, payPeriodOf } from '../../../domain/index.js';
import { createJobWorker } from '../../../jobs/start.js';
import { until } from '../../../jobs/testing.js';
import type { JobWorker } from '../../../jobs/worker.js';
import { buildApp } from '../../app.js';
import { decryptField } from '../../lib/encryption.js';
import { testClock, testNow, testToday } from '../../testing/clock.js';
import { startTestSmtp } from '../../testing/smtp.js';
import { createUser, testConfig, TestClient } from '../../testing/test-app.js';
import { createDemoTextSender } from '../notifications/service.js';
import * as payments from '../payments/service.js';
import { approvedTimesheet } from '../payments/testing.js';
import { seedDemoPayDestination } from './demo.js';
import { accountNumberAad, payDestinationOn } from './service.js';

/**
 * Direct deposit, safely (issue #15), through the HTTP API on real PostgreSQL, with the real job worker, a real SMTP
 * server and the demo text outbox: the hold, cancelling, the pre-note's wait before the pay run uses a new account,
 * re-authentication, the county's reach, retries, and the notice to every contact on file.
 */
let db: TestDb;
let app: FastifyInstance;
let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
let worker: JobWorker;
let config: ReturnType<typeof testConfig>;
let workerId: number;
let n = 0;
const today = testToday();
const lastPeriod = payPeriodOf(addDays(payPeriodOf(today).start, -1));
/** The routing number of JPMorgan Chase, California: real, and its check digit adds up. */
const ROUTING = '322271627';

/** A provider of county `countyId` with an account in force (cleared long ago), signed in minutes ago. */
async function provider(o: { countyId?: number; phone?: string; enrolmentPhone?: string; textPhone?: string; withAccount?: boolean } = {}) {
  n += 1;
  const loginId = `87100${String(n).padStart(4, '0')}`;
  const email = `dd.provider${n}@example.com`;
  const countyId = o.countyId ?? 19;
  const userId = await createUser(db.db, config, { loginId, email, countyId });
  if (o.phone) await db.db.insertInto('provider_profiles').values({ user_id: userId, county_id: countyId, phone: o.phone }).execute();
  if (o.enrolmentPhone) {
    await db.db
      .insertInto('provider_enrolments')
      .values({ user_id: userId, county_id: countyId, orientation_completed_on: addDays(today, -90), background_check_cleared_on: addDays(today, -90), phone: o.enrolmentPhone, enrolled_by: workerId })
      .execute();
  }
  if (o.textPhone) await db.db.insertInto('sms_factors').values({ user_id: userId, phone: o.textPhone, verified_at: testNow() }).execute();
  if (o.withAccount ?? true) await seedDemoPayDestination(db.db, config.dataKey, testNow(), loginId);
  const client = new TestClient(app, `198.20.${n}.1`);
  expect((await client.signIn('provider', loginId)).statusCode).toBe(200);
  return { client, userId, loginId, email, countyId };
}

const account = (accountNumber: string, extra: Record<string, unknown> = {}) => ({
  idempotencyKey: randomUUID(),
  method: 'direct_deposit',
  routingNumber: ROUTING,
  accountNumber,
  accountNumberConfirm: accountNumber,
  accountType: 'savings',
  ...extra,
});

async function change(client: TestClient, body: Record<string, unknown>) {
  const res = await client.post('/api/direct-deposit', body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as DirectDepositView;
}

const destinations = (userId: number) => db.db.selectFrom('pay_destinations').selectAll().where('provider_user_id', '=', userId).orderBy('id').execute();
const auditOf = (userId: number, action: string) =>
  db.db.selectFrom('audit_events').select(['actor_user_id', 'details', 'county_id']).where('subject_user_id', '=', userId).where('action', '=', action).orderBy('id').execute();
const jobsSettled = () =>
  until(async () => (await db.db.selectFrom('jobs').select('id').where('done_at', 'is', null).where('failed_at', 'is', null).where('run_at', '<=', sql<Date>`portal_now()`).execute()).length === 0);

async function staff(role: 'county_worker' | 'county_admin', countyId: number) {
  n += 1;
  const loginId = `dd.staff${n}`;
  const id = await createUser(db.db, config, { role, loginId, countyId });
  const client = new TestClient(app, `198.21.${n}.1`);
  expect((await client.signIn('staff', loginId)).statusCode).toBe(200);
  return { client, id };
}

/** Pays the provider's approved timesheet of the last pay period in a pay run issued on `issueDate`; its payment's row. */
async function paidOn(p: { userId: number; countyId: number }, issueDate: string) {
  n += 1;
  const timesheetId = await approvedTimesheet(db.db, config, { providerId: p.userId, caseNumber: `87${String(n).padStart(5, '0')}`, countyId: p.countyId, period: lastPeriod, minutes: 240 });
  await payments.startPayRun(db.db, { id: workerId, role: 'county_worker', countyId: p.countyId }, { ip: null, userAgent: null }, issueDate, testNow());
  return db.db.selectFrom('payments').select(['paid_by', 'deposit_account_id', 'issue_date']).where('timesheet_id', '=', timesheetId).executeTakeFirstOrThrow();
}

beforeAll(async () => {
  db = await createTestDb();
  smtp = await startTestSmtp();
  config = testConfig({ smtpUrl: smtp.url });
  app = await buildApp({ config, clock: testClock, db: db.db, logger: false, textSender: createDemoTextSender(db.db) });
  await app.ready();
  workerId = await createUser(db.db, config, { role: 'county_worker', loginId: 'dd.payroll', countyId: 19 });
  worker = createJobWorker(app, { pollMs: 30 });
  await worker.start();
});
afterAll(async () => {
  await worker.stop();
  await app.close();
  await smtp.close();
  await db.drop();
});

describe('a change of account', () => {
  it('is held, cancelled by the provider, and the next pay run pays the old account', async () => {
    const p = await provider();
    const [old] = await destinations(p.userId);
    const view = await change(p.client, account('1234567890'));
    expect(view.inForce).toMatchObject({ id: old!.id, stage: 'active', last4: '6204' });
    expect(view.waiting).toMatchObject({ stage: 'held', cancellable: true, last4: '7890', accountType: 'savings', routingNumber: ROUTING, method: 'direct_deposit' });
    expect(view.waiting!.holdEndsOn).toBe(addBusinessDays(today, 3));

    const cancelled = (await p.client.post(`/api/direct-deposit/${view.waiting!.id}/cancel`)).json() as DirectDepositView;
    expect(cancelled.waiting).toBeNull();
    expect(cancelled.history[0]).toMatchObject({ id: view.waiting!.id, stage: 'cancelled', cancellable: false, cancelled: { by: 'provider' } });
    expect(await auditOf(p.userId, 'direct_deposit.cancelled')).toEqual([expect.objectContaining({ actor_user_id: p.userId, details: expect.objectContaining({ by: 'provider', last4: '7890' }) })]);

    // Even on the day the change would have been used, the pay run pays the old account.
    const payment = await paidOn(p, view.waiting!.liveFrom);
    expect(payment).toMatchObject({ paid_by: 'direct_deposit', deposit_account_id: old!.id });
  });

  it('is used from the pay run issued on the third banking day after its pre-note settled; the old account until then', async () => {
    const p = await provider();
    const [old] = await destinations(p.userId);
    const { waiting } = await change(p.client, account('55500011122'));
    const w = waiting!;
    expect(w.prenoteSettlesOn).toBe(addBusinessDays(w.holdEndsOn, 1));
    expect(w.liveFrom).toBe(addBusinessDays(w.prenoteSettlesOn!, 3));
    for (const day of [today, w.holdEndsOn, w.prenoteSettlesOn!, addDays(w.liveFrom, -1)]) {
      expect(await payDestinationOn(db.db, p.userId, day), day).toEqual({ method: 'direct_deposit', accountId: old!.id, last4: '6204' });
    }
    expect(await payDestinationOn(db.db, p.userId, w.liveFrom)).toEqual({ method: 'direct_deposit', accountId: w.id, last4: '1122' });

    expect(await paidOn(p, today)).toMatchObject({ paid_by: 'direct_deposit', deposit_account_id: old!.id });
    expect(await paidOn(p, w.liveFrom)).toMatchObject({ paid_by: 'direct_deposit', deposit_account_id: w.id });
    // The provider's payment says where it went: the last 4 digits only.
    const list = (await p.client.get('/api/payments')).json() as { payments: { issueDate: string; paidTo?: unknown }[] };
    expect(list.payments.find((x) => x.issueDate === w.liveFrom)?.paidTo).toEqual({ method: 'direct_deposit', last4: '1122' });
  });

  it('to a paper warrant needs no pre-note: used from the first business day after the hold', async () => {
    const p = await provider();
    const { waiting } = await change(p.client, { idempotencyKey: randomUUID(), method: 'warrant' });
    expect(waiting).toMatchObject({ method: 'warrant', last4: null, prenoteSettlesOn: null, liveFrom: addBusinessDays(waiting!.holdEndsOn, 1) });
    expect(await payDestinationOn(db.db, p.userId, waiting!.liveFrom)).toEqual({ method: 'warrant' });
    expect(await paidOn(p, waiting!.liveFrom)).toMatchObject({ paid_by: 'warrant', deposit_account_id: null });
  });

  it('a provider with no account on file is paid by warrant', async () => {
    const p = await provider({ withAccount: false });
    expect(await payDestinationOn(db.db, p.userId, today)).toEqual({ method: 'warrant' });
    expect(((await p.client.get('/api/direct-deposit')).json() as DirectDepositView).inForce).toBeNull();
  });
});

describe('safety', () => {
  it('refuses a change on a session whose password or factor is older than the re-authentication window', async () => {
    const p = await provider();
    await db.db.updateTable('sessions').set({ authenticated_at: sql`portal_now() - interval '30 minutes'` }).where('user_id', '=', p.userId).execute();
    const before = (await destinations(p.userId)).length;
    const res = await p.client.post('/api/direct-deposit', account('99887766'));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('reauthRequired');
    expect(await destinations(p.userId)).toHaveLength(before);
    // Once the person gives their password again, the same change goes through.
    expect((await p.client.post('/api/me/reauthenticate', { method: 'password', password: 'correct horse battery staple' })).statusCode).toBe(200);
    expect((await p.client.post('/api/direct-deposit', account('99887766'))).statusCode).toBe(200);
  });

  it('makes one change for a retried request, and a new request replaces the waiting change (audited)', async () => {
    const p = await provider();
    const body = account('4444333322221111');
    const first = await change(p.client, body);
    const again = await change(p.client, body);
    expect(again).toEqual(first);
    expect(await destinations(p.userId)).toHaveLength(2);
    expect(await db.db.selectFrom('pay_destination_notices').select('id').where('pay_destination_id', '=', first.waiting!.id).execute()).toHaveLength(1);
    // The same key for another request is refused, and changes nothing.
    const reused = await p.client.post('/api/direct-deposit', { ...body, accountNumber: '4444333322229999', accountNumberConfirm: '4444333322229999' });
    expect(reused.statusCode).toBe(422);
    expect(await destinations(p.userId)).toHaveLength(2);

    const next = await change(p.client, account('70707070'));
    expect(next.waiting).toMatchObject({ last4: '7070', stage: 'held' });
    expect(next.history.find((d) => d.id === first.waiting!.id)?.stage).toBe('replaced');
    expect(await auditOf(p.userId, 'direct_deposit.replaced')).toEqual([expect.objectContaining({ actor_user_id: p.userId, details: { destinationId: first.waiting!.id, replacedBy: next.waiting!.id } })]);
    const waiting = (await destinations(p.userId)).filter((d) => d.cancelled_at === null && d.replaced_at === null && d.live_from > today);
    expect(waiting).toHaveLength(1);
  });

  it.each([
    ['letters in the account number', { accountNumber: '12345A789', accountNumberConfirm: '12345A789' }, 'accountNumber', 'accountNumberShape'],
    ['18 digits', { accountNumber: '123456789012345678', accountNumberConfirm: '123456789012345678' }, 'accountNumber', 'accountNumberShape'],
    ['3 digits', { accountNumber: '123', accountNumberConfirm: '123' }, 'accountNumber', 'accountNumberShape'],
    ['a confirmation that differs', { accountNumber: '123456789', accountNumberConfirm: '123456798' }, 'accountNumberConfirm', 'accountNumbersDiffer'],
    ['a routing number whose check digit is wrong', { routingNumber: '322271628' }, 'routingNumber', 'routingNumberCheck'],
    ['a routing number of 8 digits', { routingNumber: '32227162' }, 'routingNumber', 'routingNumberShape'],
    ['no account type', { accountType: 'brokerage' }, 'accountType', 'accountTypeRequired'],
  ])('refuses %s beside its field, and writes nothing', async (_what, bad, field, code) => {
    const p = await provider();
    const before = (await destinations(p.userId)).length;
    const res = await p.client.post('/api/direct-deposit', account('123456789', bad));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual(expect.arrayContaining([expect.objectContaining({ path: field, code })]));
    expect(await destinations(p.userId)).toHaveLength(before);
    expect(await auditOf(p.userId, 'direct_deposit.changed')).toEqual([]);
  });

  it('keeps the account number encrypted and shows only its last 4 digits: in answers, audit rows, notices and idempotency keys', async () => {
    const p = await provider();
    const res = await p.client.post('/api/direct-deposit', account('31415926535'));
    expect(res.body).not.toContain('31415926535');
    const row = (await destinations(p.userId)).at(-1)!;
    expect(decryptField(config.dataKey, row.account_number_enc!, accountNumberAad(p.userId))).toBe('31415926535');
    expect(() => decryptField(config.dataKey, row.account_number_enc!, accountNumberAad(p.userId + 1))).toThrow();
    const { rows } = await sql<{ text: string }>`
      SELECT details::text AS text FROM audit_events WHERE subject_user_id = ${p.userId}
      UNION ALL SELECT fingerprint || outcome::text FROM idempotency_keys WHERE user_id = ${p.userId}
      UNION ALL SELECT payload::text FROM jobs WHERE kind = 'direct_deposit.notice'`.execute(db.db);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.text).not.toContain('31415926535');
  });
});

describe('the notice of a change', () => {
  it('reaches every contact on file: the email and every phone, saying what, when, how to cancel and whom to call', async () => {
    const p = await provider({ phone: '2135550101', enrolmentPhone: '2135550102', textPhone: '2135550103' });
    const mark = smtp.mark();
    const { waiting } = await change(p.client, account('86753090'));
    await jobsSettled();
    const mail = await smtp.latestTo(p.email, mark);
    expect(mail.subject).toContain('3090');
    expect(mail.text).toContain('ending in 3090');
    expect(mail.text).not.toContain('86753090');
    expect(mail.text).toMatch(/call your county at \(\d{3}\) \d{3}-\d{4}/);
    expect(mail.text).toContain('Direct deposit');
    const texts = await db.db.selectFrom('mail_outbox').select(['to_address', 'body_text']).where('channel', '=', 'sms').where('to_address', 'in', ['2135550101', '2135550102', '2135550103']).execute();
    expect(texts.map((t) => t.to_address).sort()).toEqual(['2135550101', '2135550102', '2135550103']);
    for (const t of texts) expect(t.body_text).toContain('3090');
    const notices = await db.db.selectFrom('pay_destination_notices').select(['channel', 'status']).where('pay_destination_id', '=', waiting!.id).execute();
    expect(notices).toHaveLength(4);
    expect(notices.map((x) => x.status)).toEqual(['sent', 'sent', 'sent', 'sent']);
  });
});

describe('the county', () => {
  it("lists its providers' waiting changes with the notices sent, and cancels one (audited with who)", async () => {
    const p = await provider();
    const { waiting } = await change(p.client, account('24682468'));
    const worker19 = await staff('county_worker', 19);
    const list = (await worker19.client.get('/api/staff/direct-deposit/waiting')).json() as { changes: WaitingChangeView[] };
    const mine = list.changes.find((c) => c.id === waiting!.id);
    expect(mine).toMatchObject({ provider: { providerId: p.loginId }, stage: 'held', last4: '2468', notices: [{ channel: 'email', status: expect.any(String) }] });
    expect(mine!.notices[0]!.to).not.toContain(p.email);

    const status = (await worker19.client.get(`/api/staff/providers/${p.loginId}/direct-deposit`)).json() as DirectDepositView;
    expect(status.waiting?.id).toBe(waiting!.id);
    expect(status.inForce?.last4).toBe('6204');

    const after = (await worker19.client.post(`/api/staff/direct-deposit/${waiting!.id}/cancel`)).json() as { changes: WaitingChangeView[] };
    expect(after.changes.find((c) => c.id === waiting!.id)).toBeUndefined();
    expect(await auditOf(p.userId, 'direct_deposit.cancelled')).toEqual([expect.objectContaining({ actor_user_id: worker19.id, details: expect.objectContaining({ by: 'county' }) })]);
    const own = (await p.client.get('/api/direct-deposit')).json() as DirectDepositView;
    expect(own.history[0]).toMatchObject({ stage: 'cancelled', cancelled: { by: 'county' } });
  });

  it("of another county neither sees nor cancels a provider's change", async () => {
    const p = await provider();
    const { waiting } = await change(p.client, account('13579135'));
    const other = await staff('county_worker', 20);
    const list = (await other.client.get('/api/staff/direct-deposit/waiting')).json() as { changes: WaitingChangeView[] };
    expect(list.changes.some((c) => c.id === waiting!.id)).toBe(false);
    expect((await other.client.get(`/api/staff/providers/${p.loginId}/direct-deposit`)).statusCode).toBe(404);
    expect((await other.client.post(`/api/staff/direct-deposit/${waiting!.id}/cancel`)).statusCode).toBe(404);
    // Nor does another provider.
    const stranger = await provider();
    expect((await stranger.client.post(`/api/direct-deposit/${waiting!.id}/cancel`)).statusCode).toBe(404);
    expect((await destinations(p.userId)).find((d) => d.id === waiting!.id)?.cancelled_at).toBeNull();
  });

  it('cannot cancel once the hold is over: the change is clearing with the bank', async () => {
    const p = await provider();
    const { waiting } = await change(p.client, account('11223344'));
    await db.db.updateTable('pay_destinations').set({ hold_ends_on: addDays(today, -1), prenote_settles_on: today, live_from: addBusinessDays(today, 3) }).where('id', '=', waiting!.id).execute();
    const res = await p.client.post(`/api/direct-deposit/${waiting!.id}/cancel`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('depositChangeNotCancellable');
    expect(((await p.client.get('/api/direct-deposit')).json() as DirectDepositView).waiting).toMatchObject({ stage: 'pending', cancellable: false });
  });

  it("sets the cooling-off period on the county's settings (a county admin, audited); changes made after it use it", async () => {
    const admin = await staff('county_admin', 19);
    const res = await admin.client.post('/api/staff/counties/los-angeles/direct-deposit-settings', { holdBusinessDays: 5 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ holdBusinessDays: 5, defaultHoldBusinessDays: 3 });
    const audit = await db.db.selectFrom('audit_events').select(['actor_user_id', 'details']).where('action', '=', 'direct_deposit.hold_changed').execute();
    expect(audit).toEqual([{ actor_user_id: admin.id, details: { from: 3, to: 5 } }]);
    const p = await provider();
    const { waiting } = await change(p.client, account('56565656'));
    expect(waiting!.holdEndsOn).toBe(addBusinessDays(today, 5));

    const worker19 = await staff('county_worker', 19);
    expect((await worker19.client.post('/api/staff/counties/los-angeles/direct-deposit-settings', { holdBusinessDays: 1 })).statusCode).toBe(403);
    const otherAdmin = await staff('county_admin', 20);
    expect((await otherAdmin.client.post('/api/staff/counties/los-angeles/direct-deposit-settings', { holdBusinessDays: 1 })).statusCode).toBe(404);
    expect((await admin.client.post('/api/staff/counties/los-angeles/direct-deposit-settings', { holdBusinessDays: 0 })).statusCode).toBe(400);
    await admin.client.post('/api/staff/counties/los-angeles/direct-deposit-settings', { holdBusinessDays: 3 });
  });
});
