import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { buildLiveTestApp, until } from '../../../jobs/testing.js';
import { sha256 } from '../../lib/tokens.js';
import { SESSION_COOKIE } from '../../plugins/auth.js';
import { createUser, testConfig, TestClient } from '../../testing/test-app.js';

/**
 * GET /api/events, the signed-in person's live stream, on real ports with the database's LISTEN connection: who
 * may open one, what it starts with, and that it ends with its session, whether the session is ended by
 * someone (a signal, at once) or runs out (found at a heartbeat), without ever keeping the session alive.
 */
let db: TestDb;
/** The default heartbeat (20 s): what reaches the stream here came by a signal. */
let app: FastifyInstance;
/**
 * A heartbeat every 250 ms, to see what the heartbeat does. Not shorter: a round of checks that outlasts the
 * interval overlaps the next, and the second check of a session the first has just closed reports it "gone".
 */
let beating: FastifyInstance;
const urls = {} as Record<'app' | 'beating', string>;
const config = testConfig();
let ip = 0;
let providerId: number;
let staff: TestClient;

interface Stream {
  status: number;
  headers: Headers;
  events: { event: string; data: unknown }[];
  heartbeats: () => number;
  ended: () => boolean;
  close: () => Promise<void>;
}

async function open(base: string, token: string): Promise<Stream> {
  const controller = new AbortController();
  const res = await fetch(`${base}/api/events`, { headers: { accept: 'text/event-stream', cookie: `${SESSION_COOKIE}=${token}` }, signal: controller.signal });
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: Stream['events'] = [];
  let heartbeats = 0;
  let ended = false;
  let buffer = '';
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
          if (block === ': heartbeat') heartbeats += 1;
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data) });
        }
      }
    } catch {
      // aborted by close()
    }
    ended = true;
  })();
  return { status: res.status, headers: res.headers, events, heartbeats: () => heartbeats, ended: () => ended, close: async () => (controller.abort(), await pump) };
}

async function signIn() {
  const res = await new TestClient(app, `198.51.100.${++ip}`).signIn('provider', '876000001');
  expect(res.statusCode).toBe(200);
  return res.cookies.find((k) => k.name === SESSION_COOKIE)!.value;
}

beforeAll(async () => {
  db = await createTestDb();
  app = await buildLiveTestApp(db);
  beating = await buildLiveTestApp(db, {}, 250);
  urls.app = await app.listen({ port: 0, host: '127.0.0.1' });
  urls.beating = await beating.listen({ port: 0, host: '127.0.0.1' });
  providerId = await createUser(db.db, config, { loginId: '876000001', countyId: 19 });
  await createUser(db.db, config, { role: 'county_worker', loginId: 'events.worker', countyId: 19 });
  staff = new TestClient(app, '198.51.100.250');
  expect((await staff.signIn('staff', 'events.worker')).statusCode).toBe(200);
});
afterAll(async () => {
  await app.close();
  await beating.close();
  await db.drop();
});

describe('opening the stream', () => {
  it('refuses a caller who is not signed in, and a request that does not ask for an event stream', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/events', headers: { accept: 'text/event-stream' } })).statusCode).toBe(401);
    const token = await signIn();
    const plain = await app.inject({ method: 'GET', url: '/api/events', cookies: { [SESSION_COOKIE]: token } });
    expect(plain.statusCode).toBe(406);
    expect(plain.json().error.code).toBe('eventStreamOnly');
  });

  it("starts, uncached, with the person's own counts", async () => {
    const stream = await open(urls.app, await signIn());
    try {
      expect(stream.status).toBe(200);
      expect(stream.headers.get('content-type')).toContain('text/event-stream');
      expect(stream.headers.get('cache-control')).toBe('no-store');
      const first = await until(async () => stream.events[0]);
      // Each sign-in here is from a browser the account has not seen, so the security notices of new devices are unread.
      const unread = await db.db.selectFrom('notifications').innerJoin('users', 'users.id', 'notifications.user_id').select('notifications.id').where('users.login_id', '=', '876000001').where('read_at', 'is', null).execute();
      expect(first).toEqual({ event: 'counts', data: { unreadMessages: 0, unacknowledgedMessages: 0, unreadNotifications: unread.length } });
    } finally {
      await stream.close();
    }
  });
});

describe('the end of the stream', () => {
  it('ends at once, saying so, when staff deactivate the account', async () => {
    const stream = await open(urls.app, await signIn());
    try {
      await until(async () => stream.events.length > 0);
      expect((await staff.post('/api/staff/accounts/876000001/deactivate', { reason: 'Left the program' })).statusCode).toBe(200);
      await until(async () => stream.ended());
      expect(stream.events.at(-1)).toEqual({ event: 'signedOut', data: { reason: 'gone' } });
    } finally {
      await stream.close();
      expect((await staff.post('/api/staff/accounts/876000001/reinstate')).statusCode).toBe(200);
    }
  });

  it('never keeps a session alive: heartbeats leave its idle clock alone', async () => {
    const token = await signIn();
    const stream = await open(urls.beating, token);
    try {
      await until(async () => stream.events.length > 0);
      const { last_seen_at: before } = await db.db.updateTable('sessions').set({ last_seen_at: sql`portal_now() - interval '1 minute'` })
        .where('id_hash', '=', sha256(token)).returning('last_seen_at').executeTakeFirstOrThrow();
      const beats = stream.heartbeats();
      await until(async () => stream.heartbeats() >= beats + 3);
      const after = await db.db.selectFrom('sessions').select('last_seen_at').where('id_hash', '=', sha256(token)).executeTakeFirstOrThrow();
      expect(after.last_seen_at).toEqual(before);
      expect(stream.ended()).toBe(false);
    } finally {
      await stream.close();
    }
  });

  it('ends at the next heartbeat once the session has gone idle, and the trail says why', async () => {
    const token = await signIn();
    const stream = await open(urls.beating, token);
    try {
      await until(async () => stream.events.length > 0);
      await db.db.updateTable('sessions').set({ last_seen_at: sql`portal_now() - interval '16 minutes'` }).where('id_hash', '=', sha256(token)).execute();
      await until(async () => stream.ended());
      expect(stream.events.at(-1)).toEqual({ event: 'signedOut', data: { reason: 'idle' } });
      const ended = await db.db.selectFrom('sessions').select('end_reason').where('id_hash', '=', sha256(token)).executeTakeFirstOrThrow();
      expect(ended.end_reason).toBe('idle');
      const audit = await db.db.selectFrom('audit_events').select('details').where('action', '=', 'session.expired').where('subject_user_id', '=', providerId).execute();
      expect(audit).toEqual([{ details: { reason: 'idle' } }]);
    } finally {
      await stream.close();
    }
  });
});
