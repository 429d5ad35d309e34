import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateInWords } from '../../../contracts/messages/dates.js';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addDays, californiaDate, payPeriodOf, weekday } from '../../../domain/index.js';
import { enqueue } from '../../../jobs/queue.js';
import { createJobWorker } from '../../../jobs/start.js';
import { until } from '../../../jobs/testing.js';
import type { JobWorker } from '../../../jobs/worker.js';
import { startTestSmtp } from '../../testing/smtp.js';
import { buildTestApp, createUser, testConfig, TestClient, TEST_PASSWORD } from '../../testing/test-app.js';
import { assign, createCase } from '../cases/testing.js';
import { RECIPIENT_NO_ACTION_JOB } from '../claim-life/submission.js';
import { ensureDailySweep, PAY_PERIOD_SWEEP_JOB, sweepPayPeriodEnding } from './service.js';
import { testToday } from '../../testing/clock.js';

/**
 * The issue #6 notices wired into the issue #4 flows: a recipient's decision, "no recipient action after 2
 * days", a contact change, and "pay period ending with nothing submitted". Real PostgreSQL, the real job
 * worker, a real SMTP server.
 */
let db: TestDb;
let app: FastifyInstance;
let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
let worker: JobWorker;
const config = testConfig();
let n = 0;
const today = testToday();
const period = payPeriodOf(addDays(payPeriodOf(today).start, -1));
let monday = period.start;
while (weekday(monday) !== 1) monday = addDays(monday, 1);

async function provider() {
  n += 1;
  const loginId = `86100${String(n).padStart(4, '0')}`;
  const email = `provider${n}@example.com`;
  const userId = await createUser(db.db, config, { loginId, email });
  const caseNumber = `861${String(n).padStart(3, '0')}0`;
  const { caseId } = await createCase(db.db, config, { caseNumber });
  await assign(db.db, { providerId: userId, caseId });
  const c = new TestClient(app, `198.19.${n}.1`);
  expect((await c.signIn('provider', loginId)).statusCode).toBe(200);
  const r = new TestClient(app, `198.19.${n}.2`);
  expect((await r.signIn('recipient', caseNumber)).statusCode).toBe(200);
  return { c, r, userId, email, caseNumber };
}

async function submitted(p: Awaited<ReturnType<typeof provider>>) {
  const ts = (await p.c.post('/api/timesheets/open', { caseNumber: p.caseNumber, payPeriodStart: period.start })).json();
  await p.c.post(`/api/timesheets/${ts.id}/days`, { days: [{ date: monday, workedMinutes: 240, travelMinutes: 0 }] });
  const res = await p.c.post(`/api/timesheets/${ts.id}/submit`, { idempotencyKey: randomUUID(), acknowledgeScheduledVisits: true });
  expect(res.statusCode).toBe(200);
  return ts.id as number;
}

const notificationsOf = (userId: number, event: string) =>
  db.db.selectFrom('notifications').select(['dedupe_key', 'data']).where('user_id', '=', userId).where('event', '=', event).execute();
const mailsTo = (address: string, subject: string) => smtp.inbox.filter((m) => m.to.includes(address) && m.subject.includes(subject));
const jobsSettled = () => until(async () => (await db.db.selectFrom('jobs').select('id').where('done_at', 'is', null).where('failed_at', 'is', null).where('run_at', '<=', sql<Date>`portal_now()`).execute()).length === 0);

beforeAll(async () => {
  db = await createTestDb();
  smtp = await startTestSmtp();
  app = await buildTestApp(db.db, { smtpUrl: smtp.url });
  worker = createJobWorker(app, { pollMs: 30 });
  await worker.start();
});
afterAll(async () => {
  await worker.stop();
  await app.close();
  await smtp.close();
  await db.drop();
});

describe("the recipient's decision", () => {
  it('tells the provider of an approval once: one in-app notice and one email through the job worker, even if the decision is sent again', async () => {
    const p = await provider();
    const id = await submitted(p);
    expect((await p.r.post(`/api/recipient/timesheets/${id}/decision`, { decision: 'approve' })).statusCode).toBe(200);
    expect((await p.r.post(`/api/recipient/timesheets/${id}/decision`, { decision: 'approve' })).statusCode).toBe(200);
    const mail = await smtp.latestTo(p.email);
    expect(mail.subject).toContain('Timesheet approved');
    expect(mail.text).toContain(dateInWords('en', period.start)); // words, not 2026-11-01
    await jobsSettled();
    expect(await notificationsOf(p.userId, 'timesheet_approved')).toEqual([expect.objectContaining({ dedupe_key: `timesheet_approved:timesheet:${id}` })]);
    expect(mailsTo(p.email, 'Timesheet approved')).toHaveLength(1);
  });

  it('tells the provider of a rejection with the reason the recipient gave', async () => {
    const p = await provider();
    const id = await submitted(p);
    await p.r.post(`/api/recipient/timesheets/${id}/decision`, { decision: 'reject', reason: 'Monday was 3 hours, not 4' });
    const mail = await smtp.latestTo(p.email);
    expect(mail.subject).toMatch(/: .+ sent your timesheet back$/); // names who returned it
    expect(mail.text).toContain('Monday was 3 hours, not 4');
    const [row] = await notificationsOf(p.userId, 'timesheet_rejected');
    expect(row!.data).toMatchObject({ by: 'recipient', reason: 'Monday was 3 hours, not 4', payPeriodStart: period.start });
  });
});

describe('no recipient action after 2 days', () => {
  const makeDue = (timesheetId: number) =>
    db.db.updateTable('jobs').set({ run_at: sql`portal_now()` }).where('dedupe_key', '=', `${RECIPIENT_NO_ACTION_JOB}:${timesheetId}`).execute();

  it('is a job per submitted version, due 2 days after the submission', async () => {
    const p = await provider();
    const id = await submitted(p);
    const job = await db.db
      .selectFrom('jobs')
      .select([sql<number>`extract(epoch FROM run_at - created_at)::int`.as('delay'), 'payload'])
      .where('dedupe_key', '=', `${RECIPIENT_NO_ACTION_JOB}:${id}`)
      .executeTakeFirstOrThrow();
    expect(job.delay).toBe(2 * 86_400);
    expect(job.payload).toEqual({ timesheetId: id });
  });

  it('notifies the provider when the timesheet is still undecided then, and only once', async () => {
    const p = await provider();
    const id = await submitted(p);
    await makeDue(id);
    const mail = await smtp.latestTo(p.email);
    expect(mail.subject).toContain('has not reviewed your timesheet');
    // The same job run again (its completion lost) notifies nobody a second time.
    await db.db.updateTable('jobs').set({ done_at: null, run_at: sql`portal_now()` }).where('dedupe_key', '=', `${RECIPIENT_NO_ACTION_JOB}:${id}`).execute();
    await jobsSettled();
    expect(await notificationsOf(p.userId, 'recipient_no_action')).toHaveLength(1);
    expect(mailsTo(p.email, 'has not reviewed')).toHaveLength(1);
  });

  it('notifies nobody when the recipient decided in time', async () => {
    const p = await provider();
    const id = await submitted(p);
    await p.r.post(`/api/recipient/timesheets/${id}/decision`, { decision: 'approve' });
    await makeDue(id);
    await jobsSettled();
    expect(await db.db.selectFrom('jobs').select('done_at').where('dedupe_key', '=', `${RECIPIENT_NO_ACTION_JOB}:${id}`).executeTakeFirstOrThrow()).toEqual({ done_at: expect.any(Date) });
    expect(await notificationsOf(p.userId, 'recipient_no_action')).toEqual([]);
  });
});

describe('contact details changed', () => {
  it('sends a security notice that preferences cannot switch off', async () => {
    const p = await provider();
    const off = await p.c.post('/api/notifications/preferences', { preferences: [{ event: 'contact_changed', channel: 'email', enabled: false }] });
    expect(off.statusCode).toBe(400);
    await expect(
      db.db.insertInto('notification_preferences').values({ user_id: p.userId, event: 'contact_changed', channel: 'email', enabled: false }).execute(),
    ).rejects.toThrow(/security_events_stay_on/);
    // Switching every other event's email off changes nothing for this one.
    await p.c.post('/api/notifications/preferences', { preferences: [{ event: 'timesheet_approved', channel: 'email', enabled: false }] });
    const mark = smtp.mark();
    expect((await p.c.post('/api/profile/phone', { currentPassword: TEST_PASSWORD, phone: '5550100777' })).statusCode).toBe(200);
    const mail = await smtp.latestTo(p.email, mark);
    expect(mail.subject).toContain('Your contact details were changed');
    expect(mail.text).toContain('phone number');
    expect(await notificationsOf(p.userId, 'contact_changed')).toHaveLength(1);
  });

  it('tells the new email address, once the code confirmed it', async () => {
    const p = await provider();
    const mark = smtp.mark();
    await p.c.post('/api/profile/email', { currentPassword: TEST_PASSWORD, newEmail: `changed${n}@example.com` });
    const code = /\b(\d{6})\b/.exec((await smtp.latestTo(`changed${n}@example.com`, mark)).text)![1]!;
    const after = smtp.mark();
    expect((await p.c.post('/api/profile/email/confirm', { code })).statusCode).toBe(200);
    const notice = await until(async () => smtp.inbox.slice(after).find((m) => m.to.includes(`changed${n}@example.com`) && m.subject.includes('contact details')));
    expect(notice.text).toContain('email address');
    expect(await notificationsOf(p.userId, 'contact_changed')).toEqual([expect.objectContaining({ data: { what: 'email' } })]);
  });
});

describe('pay period ending with nothing submitted', () => {
  it('notifies, once per provider and period, only the providers with a recipient lacking a submitted timesheet', async () => {
    const done = await provider();
    await submitted(done);
    const late = await provider();
    const lastDays = addDays(period.end, -1);
    expect(await sweepPayPeriodEnding(db.db, lastDays)).toBeGreaterThanOrEqual(1);
    await sweepPayPeriodEnding(db.db, period.end);
    await sweepPayPeriodEnding(db.db, lastDays);
    await jobsSettled();
    expect(await notificationsOf(done.userId, 'pay_period_ending')).toEqual([]);
    const rows = await notificationsOf(late.userId, 'pay_period_ending');
    expect(rows).toEqual([expect.objectContaining({ dedupe_key: `pay_period_ending:${late.userId}:${period.start}` })]);
    expect(rows[0]!.data).toMatchObject({ payPeriodEnd: period.end, recipientName: `Rec Ipient${late.caseNumber.slice(-2)}` });
    expect(mailsTo(late.email, 'Pay period ending')).toHaveLength(1);
  });

  it('says nothing when the period is more than 2 days from its end', async () => {
    const p = await provider();
    expect(await sweepPayPeriodEnding(db.db, addDays(period.end, -3))).toBe(0);
    expect(await notificationsOf(p.userId, 'pay_period_ending')).toEqual([]);
  });

  it('runs as a daily job that schedules the next day, notifies once even when run twice, and is not duplicated by a restart', async () => {
    await ensureDailySweep(db.db);
    await ensureDailySweep(db.db);
    expect(await db.db.selectFrom('jobs').select('id').where('dedupe_key', '=', `${PAY_PERIOD_SWEEP_JOB}:${today}`).execute()).toHaveLength(1);
    // Today's sweep runs at once; done before the provider below exists, so that provider hears of the day asked only
    // (near the end of a period, today's sweep would rightly tell them of today's period).
    await jobsSettled();

    const p = await provider();
    // A day ahead in the next pay period, 1 day before its end: nothing can have been submitted for it yet.
    const next = payPeriodOf(addDays(payPeriodOf(today).end, 1));
    const day = addDays(next.end, -1);
    await db.db.transaction().execute(async (trx) => {
      await enqueue(trx, { kind: PAY_PERIOD_SWEEP_JOB, dedupeKey: `${PAY_PERIOD_SWEEP_JOB}:${day}`, payload: { date: day } });
      await enqueue(trx, { kind: PAY_PERIOD_SWEEP_JOB, dedupeKey: 'a second sweep of the same day', payload: { date: day } });
    });
    await jobsSettled();
    const following = await db.db.selectFrom('jobs').select(['payload', 'run_at', 'done_at']).where('dedupe_key', '=', `${PAY_PERIOD_SWEEP_JOB}:${addDays(day, 1)}`).executeTakeFirstOrThrow();
    expect(following).toMatchObject({ payload: { date: addDays(day, 1) }, done_at: null });
    expect(californiaDate(following.run_at)).toBe(addDays(day, 1));
    expect(await notificationsOf(p.userId, 'pay_period_ending')).toEqual([expect.objectContaining({ dedupe_key: `pay_period_ending:${p.userId}:${next.start}` })]);
    expect(mailsTo(p.email, 'Pay period ending').filter((m) => m.text.includes(dateInWords('en', next.end)))).toHaveLength(1);
  });
});
