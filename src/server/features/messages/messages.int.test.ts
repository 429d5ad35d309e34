import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { createJobWorker } from '../../../jobs/start.js';
import { buildLiveTestApp, until } from '../../../jobs/testing.js';
import type { JobWorker } from '../../../jobs/worker.js';
import { startTestSmtp } from '../../testing/smtp.js';
import { createUser, testConfig, TestClient } from '../../testing/test-app.js';
import { assign, createCase } from '../cases/testing.js';

/** County messages, notification preferences and the live stream, against one app with its LISTEN connection. */
let db: TestDb;
let app: FastifyInstance;
let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
let worker: JobWorker;
const config = testConfig();
let ip = 0;
const client = () => new TestClient(app, `192.0.2.${++ip}`);
const LA = 19;
const ALAMEDA = 1;
const ids = {} as Record<string, number>;
const c = {} as Record<'la' | 'alameda' | 'p1' | 'p2' | 'p3' | 'other', TestClient>;

beforeAll(async () => {
  db = await createTestDb();
  smtp = await startTestSmtp();
  app = await buildLiveTestApp(db, { smtpUrl: smtp.url, demo: true }, 100);
  worker = createJobWorker(app, { pollMs: 30 });
  await worker.start();
  const people = [
    ['la', 'county_worker', 'msg.la', LA, 'staff'],
    ['alameda', 'county_worker', 'msg.alameda', ALAMEDA, 'staff'],
    ['p1', 'provider', '840000001', LA, 'provider'],
    ['p2', 'provider', '840000002', LA, 'provider'],
    ['p3', 'provider', '840000003', LA, 'provider'],
    ['other', 'provider', '840000009', ALAMEDA, 'provider'],
  ] as const;
  for (const [key, role, loginId, countyId, type] of people) {
    ids[key] = await createUser(db.db, config, { role, loginId, countyId });
    c[key] = client();
    expect((await c[key].signIn(type, loginId)).statusCode).toBe(200);
  }
  // A deactivated provider of the county receives nothing.
  await createUser(db.db, config, { loginId: '840000004', countyId: LA });
  await db.db.updateTable('users').set({ status: 'deactivated', deactivated_reason: 'test' }).where('login_id', '=', '840000004').execute();
});
afterAll(async () => {
  await worker.stop();
  await app.close();
  await smtp.close();
  await db.drop();
});

describe('county messages', () => {
  let broadcast: number;

  it('a broadcast reaches every active provider of the county and no one else; staff see who read and acknowledged it', async () => {
    const res = await c.la.post('/api/staff/messages', { audience: 'county', subject: 'New wage rate from July 1', body: 'The hourly wage goes up on July 1.', requiresAck: true });
    expect(res.statusCode).toBe(200);
    expect(res.json().recipients).toBe(3);
    broadcast = res.json().threadId;

    const inbox = (await c.p2.get('/api/messages')).json();
    expect(inbox.threads[0]).toMatchObject({ threadId: broadcast, subject: 'New wage rate from July 1', from: 'Los Angeles County IHSS', unread: true, requiresAck: true });
    expect(inbox.counts).toMatchObject({ unreadMessages: 1, unacknowledgedMessages: 1 });
    // The inbox's numbers are the header's: the ones the counts route answers and the stream pushes.
    expect((await c.p2.get('/api/notifications/counts')).json()).toEqual(inbox.counts);
    expect(inbox.neverAsksForPassword).toBe(true);
    expect((await c.other.get('/api/messages')).json().threads).toEqual([]);

    expect((await c.p1.post(`/api/messages/${broadcast}/read`)).statusCode).toBe(200);
    expect((await c.p1.post(`/api/messages/${broadcast}/acknowledge`)).statusCode).toBe(200);
    expect((await c.p2.post(`/api/messages/${broadcast}/read`)).statusCode).toBe(200);
    const status = (await c.la.get(`/api/staff/messages/${broadcast}`)).json();
    expect(status).toMatchObject({ recipients: 3, read: 2, acknowledged: 1 });
    const byId = Object.fromEntries((status.recipientStatus as { providerId: string; readAt: string | null; acknowledgedAt: string | null }[]).map((r) => [r.providerId, r]));
    expect(byId['840000001']!.acknowledgedAt).not.toBeNull();
    expect(byId['840000003']!.readAt).toBeNull();
    const list = (await c.la.get('/api/staff/messages')).json().threads;
    expect(list[0]).toMatchObject({ threadId: broadcast, audienceLabel: 'All providers', recipients: 3, read: 2, acknowledged: 1 });
  });

  it('keeps a provider\'s request for clarification between them and the county, in the same thread', async () => {
    const reply = await c.p1.post(`/api/messages/${broadcast}/reply`, { body: 'Does this apply to overtime hours too?' });
    expect(reply.statusCode).toBe(200);
    const staffView = (await c.la.get(`/api/staff/messages/${broadcast}`)).json();
    expect(staffView.repliesWaiting).toBe(1);
    expect(staffView.posts.map((p: { body: string; providerId: string | null }) => [p.providerId, p.body])).toEqual([
      [null, 'The hourly wage goes up on July 1.'],
      ['840000001', 'Does this apply to overtime hours too?'],
    ]);
    expect((await c.la.post(`/api/staff/messages/${broadcast}/reply`, { body: 'Yes.' })).json().error.code).toBe('participantRequired');
    expect((await c.la.post(`/api/staff/messages/${broadcast}/reply`, { body: 'Yes, at 1.5 times the new rate.', providerId: '840000001' })).statusCode).toBe(200);

    const p1 = (await c.p1.get(`/api/messages/${broadcast}`)).json();
    expect(p1.posts.map((p: { body: string }) => p.body)).toEqual(['The hourly wage goes up on July 1.', 'Does this apply to overtime hours too?', 'Yes, at 1.5 times the new rate.']);
    expect(p1.posts[2].author).toMatchObject({ side: 'county', isMe: false });
    expect(p1.readAt).toBeNull();
    const p2 = (await c.p2.get(`/api/messages/${broadcast}`)).json();
    expect(p2.posts.map((p: { body: string }) => p.body)).toEqual(['The hourly wage goes up on July 1.']);
    expect((await c.la.get(`/api/staff/messages/${broadcast}`)).json().repliesWaiting).toBe(0);
  });

  it("never shows a provider another provider's message", async () => {
    const one = (await c.la.post('/api/staff/messages', { audience: 'one', providerId: '840000002', subject: 'Your timesheet', body: 'Please call us about March.' })).json();
    expect((await c.p3.get(`/api/messages/${one.threadId}`)).statusCode).toBe(404);
    expect((await c.p3.post(`/api/messages/${one.threadId}/reply`, { body: 'hello' })).statusCode).toBe(404);
    expect((await c.p3.post(`/api/messages/${one.threadId}/read`)).statusCode).toBe(404);
    expect((await c.p2.get(`/api/messages/${one.threadId}`)).statusCode).toBe(200);
    expect((await c.p2.post(`/api/messages/${one.threadId}/acknowledge`)).json().error.code).toBe('ackNotRequired');
  });

  it("keeps a county's messages and providers from another county's staff", async () => {
    expect((await c.alameda.get(`/api/staff/messages/${broadcast}`)).statusCode).toBe(404);
    expect((await c.alameda.post(`/api/staff/messages/${broadcast}/reply`, { body: 'x', providerId: '840000001' })).statusCode).toBe(404);
    expect((await c.alameda.get('/api/staff/messages')).json().threads).toEqual([]);
    const cross = await c.alameda.post('/api/staff/messages', { audience: 'one', providerId: '840000001', subject: 'Hi', body: 'Hello' });
    expect(cross.statusCode).toBe(400);
    expect(cross.json().error.fields[0]).toMatchObject({ path: 'providerId', code: 'notFound' });
    const cases = await c.alameda.post('/api/staff/messages', { audience: 'recipient_providers', caseNumber: '8400001', subject: 'Hi', body: 'Hello' });
    expect(cases.statusCode).toBe(400);
  });

  it('reaches the providers assigned to one recipient', async () => {
    const { caseId } = await createCase(db.db, config, { caseNumber: '8400001', countyId: LA });
    await assign(db.db, { providerId: ids.p1!, caseId });
    await assign(db.db, { providerId: ids.p3!, caseId });
    const res = await c.la.post('/api/staff/messages', { audience: 'recipient_providers', caseNumber: '8400001', subject: 'Schedule change', body: 'The recipient moves on Friday.' });
    expect(res.json().recipients).toBe(2);
    expect((await c.p2.get(`/api/messages/${res.json().threadId}`)).statusCode).toBe(404);
  });

  it('refuses a message that asks for a password', async () => {
    const res = await c.la.post('/api/staff/messages', { audience: 'county', subject: 'Account check', body: 'Please reply with your password so we can verify your account.' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({ path: 'body', code: 'messageAsksForPassword' });
  });
});

describe('notifications', () => {
  it('respects each provider\'s channels: email off for one, on for another; both see it in the portal', async () => {
    const off = await c.p2.post('/api/notifications/preferences', { preferences: [{ event: 'new_message', channel: 'email', enabled: false }] });
    expect(off.statusCode).toBe(200);
    expect(off.json().preferences).toContainEqual({ event: 'new_message', channel: 'email', enabled: false, locked: false });
    const queueIdle = () => until(async () => (await db.db.selectFrom('jobs').select('id').where('done_at', 'is', null).execute()).length === 0);
    await queueIdle();
    const since = smtp.mark();
    const sent = (await c.la.post('/api/staff/messages', { audience: 'county', subject: 'Office closed Monday', body: 'The office is closed on Monday.' })).json();
    await smtp.latestTo('840000001@example.com', since);
    await queueIdle();
    const to = smtp.inbox.slice(since).flatMap((m) => m.to);
    expect(to.filter((a) => a === '840000001@example.com')).toHaveLength(1);
    expect(to).not.toContain('840000002@example.com');
    const mail = smtp.inbox.slice(since).find((m) => m.to.includes('840000001@example.com'))!;
    expect(mail.subject).toContain('Office closed Monday');
    expect(mail.text).not.toMatch(/https?:\/\//);
    for (const p of [c.p1, c.p2]) {
      const list = (await p.get('/api/notifications')).json();
      expect(list.notifications[0]).toMatchObject({ event: 'new_message', data: { threadId: sent.threadId } });
    }
  });

  it('keeps security notices on: the switch cannot be turned off, by the API or in the database', async () => {
    const res = await c.p1.post('/api/notifications/preferences', { preferences: [{ event: 'password_changed', channel: 'email', enabled: false }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('securityNoticeLocked');
    const prefs = (await c.p1.get('/api/notifications/preferences')).json().preferences;
    expect(prefs).toContainEqual({ event: 'password_changed', channel: 'email', enabled: true, locked: true });
    await expect(db.db.insertInto('notification_preferences').values({ user_id: ids.p1!, event: 'password_changed', channel: 'sms', enabled: false }).execute()).rejects.toThrow(/security_events_stay_on/);
  });

  it('refuses a change that names the same switch twice, beside the second one', async () => {
    const twice = [
      { event: 'new_message', channel: 'email', enabled: false },
      { event: 'new_message', channel: 'email', enabled: true },
    ];
    const res = await c.p1.post('/api/notifications/preferences', { preferences: twice });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toMatchObject([{ path: 'preferences.1', code: 'preferenceListedTwice' }]);
  });

  it('sends texts through the text channel (the demo sender writes to the outbox) to those who opted in', async () => {
    await db.db.insertInto('provider_profiles').values({ user_id: ids.p3!, county_id: LA, phone: '5550100003' }).execute();
    expect((await c.p3.post('/api/notifications/preferences', { preferences: [{ event: 'new_message', channel: 'sms', enabled: true }] })).statusCode).toBe(200);
    await c.la.post('/api/staff/messages', { audience: 'one', providerId: '840000003', subject: 'Training on Tuesday', body: 'Mandatory training is on Tuesday at 10.' });
    const text = await until(() => db.db.selectFrom('mail_outbox').selectAll().where('channel', '=', 'sms').where('to_address', '=', '5550100003').executeTakeFirst());
    expect(text.body_text).toContain('Training on Tuesday');
    expect(text.body_text).not.toMatch(/https?:\/\//);
    // The outbox answers only a caller on this machine: inject's default peer is 127.0.0.1.
    const outbox = (await app.inject({ method: 'GET', url: '/api/dev/outbox' })).json().messages as { channel: string }[];
    expect(outbox.some((m) => m.channel === 'sms')).toBe(true);
  });

  it('marks notifications read and lowers the count', async () => {
    const before = (await c.p1.get('/api/notifications/counts')).json().unreadNotifications;
    expect(before).toBeGreaterThan(0);
    expect((await c.p1.post('/api/notifications/read', { all: true })).statusCode).toBe(200);
    expect((await c.p1.get('/api/notifications/counts')).json().unreadNotifications).toBe(0);
  });
});

describe('live updates (Server-Sent Events)', () => {
  async function openStream(base: string, cookie: string) {
    const controller = new AbortController();
    const res = await fetch(`${base}/api/events`, { headers: { accept: 'text/event-stream', cookie }, signal: controller.signal });
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    const events: { event: string; data: unknown }[] = [];
    let ended = false;
    const pump = (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let i;
          while ((i = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, i);
            buffer = buffer.slice(i + 2);
            const event = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (event && data) events.push({ event, data: JSON.parse(data) });
          }
        }
      } catch {
        // aborted
      }
      ended = true;
    })();
    return { res, events, isEnded: () => ended, close: async () => (controller.abort(), await pump) };
  }

  it('pushes a new message to a listening provider at once, and ends the stream at sign-out', async () => {
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const p = client();
    const signIn = await p.signIn('provider', '840000002');
    const cookie = `ihss_session=${signIn.cookies.find((k) => k.name === 'ihss_session')!.value}`;
    const stream = await openStream(address, cookie);
    try {
      expect(stream.res.status).toBe(200);
      expect(stream.res.headers.get('content-type')).toContain('text/event-stream');
      expect(stream.res.headers.get('cache-control')).toBe('no-store');
      const first = await until(async () => stream.events.find((e) => e.event === 'counts'));
      const unreadBefore = (first.data as { unreadMessages: number }).unreadMessages;

      await c.la.post('/api/staff/messages', { audience: 'one', providerId: '840000002', subject: 'Live one', body: 'Are you there?' });
      await until(async () => stream.events.find((e) => e.event === 'notification'));
      expect(stream.events.find((e) => e.event === 'notification')!.data).toEqual({ event: 'new_message' });
      await until(async () => stream.events.some((e) => e.event === 'counts' && (e.data as { unreadMessages: number }).unreadMessages === unreadBefore + 1));

      // A broadcast reaches the stream through the county-wide signal.
      const before = stream.events.length;
      await c.la.post('/api/staff/messages', { audience: 'county', subject: 'Live broadcast', body: 'To everyone.' });
      await until(async () => stream.events.slice(before).some((e) => e.event === 'notification'));

      // Only text/event-stream is served.
      expect((await fetch(`${address}/api/events`, { headers: { cookie } })).status).toBe(406);

      expect((await p.post('/api/auth/sign-out')).statusCode).toBe(200);
      await until(async () => stream.isEnded());
      expect(stream.events.at(-1)).toEqual({ event: 'signedOut', data: { reason: 'gone' } });
    } finally {
      await stream.close();
    }
  });
});
