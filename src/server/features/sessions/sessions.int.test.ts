import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { sha256 } from '../../lib/tokens.js';
import { BACKGROUND_REFRESH_HEADER, SESSION_COOKIE } from '../../plugins/auth.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../../testing/test-app.js';

/**
 * Sessions as the browser meets them through sign-in, GET /api/session and sign-out: what is stored, how long a
 * session lives (the county's policy), what moves its idle clock, and how its end is recorded.
 */
let db: TestDb;
let app: FastifyInstance;
const config = testConfig();
const FRESNO = 10;
let ip = 0;
let providerId: number;

async function signIn(kind: 'provider' | 'staff', loginId: string) {
  const res = await new TestClient(app, `198.51.100.${++ip}`).signIn(kind, loginId);
  expect(res.statusCode).toBe(200);
  return res.cookies.find((k) => k.name === SESSION_COOKIE)!.value;
}
const session = (token: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url: '/api/session', cookies: { [SESSION_COOKIE]: token }, headers });
const stored = (token: string) => db.db.selectFrom('sessions').selectAll().where('id_hash', '=', sha256(token)).executeTakeFirstOrThrow();
/** Moves the session's last activity back by `seconds`, as if the person had been away that long. */
const away = (token: string, seconds: number) =>
  db.db.updateTable('sessions').set({ last_seen_at: sql`portal_now() - make_interval(secs => ${seconds})` }).where('id_hash', '=', sha256(token)).returning('last_seen_at').executeTakeFirstOrThrow();
const expiries = (userId: number) =>
  db.db.selectFrom('audit_events').select('details').where('action', '=', 'session.expired').where('subject_user_id', '=', userId).execute();

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
  await db.db.updateTable('counties').set({ idle_timeout_minutes: 5, absolute_timeout_minutes: 60 }).where('id', '=', FRESNO).execute();
  providerId = await createUser(db.db, config, { loginId: '875000001', countyId: FRESNO });
  await createUser(db.db, config, { role: 'state_admin', loginId: 'sessions.state' });
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('a new session', () => {
  it('gets a new random token at every sign-in, and only its hash is kept', async () => {
    const [first, second] = [await signIn('provider', '875000001'), await signIn('provider', '875000001')];
    expect(first).not.toBe(second);
    expect(first.length).toBeGreaterThanOrEqual(43);
    const row = await stored(first);
    expect(row.user_id).toBe(providerId);
    expect(JSON.stringify(await db.db.selectFrom('sessions').selectAll().execute())).not.toContain(first);
  });

  it("lives as long as the person's county says, and as the statewide defaults for statewide staff", async () => {
    const provider = (await session(await signIn('provider', '875000001'))).json();
    expect(provider).toMatchObject({ authenticated: true, idleTimeoutSeconds: 5 * 60 });
    expect(new Date(provider.absoluteExpiresAt).getTime() - new Date(provider.idleExpiresAt).getTime()).toBe((60 - 5) * 60_000);
    const state = (await session(await signIn('staff', 'sessions.state'))).json();
    expect(state).toMatchObject({ authenticated: true, idleTimeoutSeconds: 15 * 60 });
    expect(new Date(state.absoluteExpiresAt).getTime() - new Date(state.idleExpiresAt).getTime()).toBe((12 * 60 - 15) * 60_000);
  });
});

describe('the idle clock', () => {
  it('moves with activity, but at most once every 10 seconds', async () => {
    const token = await signIn('provider', '875000001');
    const recent = await away(token, 5);
    await session(token);
    expect((await stored(token)).last_seen_at).toEqual(recent.last_seen_at);
    const older = await away(token, 11);
    await session(token);
    expect((await stored(token)).last_seen_at.getTime()).toBeGreaterThan(older.last_seen_at.getTime());
  });

  it('does not move for a refetch a server push caused, so a screen left open still times out', async () => {
    const token = await signIn('provider', '875000001');
    const before = await away(token, 60);
    expect((await session(token, { [BACKGROUND_REFRESH_HEADER]: '1' })).json().authenticated).toBe(true);
    expect((await stored(token)).last_seen_at).toEqual(before.last_seen_at);
  });
});

describe('the end of a session', () => {
  it('closes a session idle past its limit once, with the reason, and audits it once', async () => {
    const token = await signIn('provider', '875000001');
    const before = (await expiries(providerId)).length;
    await away(token, 5 * 60 + 1);
    const res = await session(token);
    expect(res.json().authenticated).toBe(false);
    expect(res.cookies.find((k) => k.name === SESSION_COOKIE)?.value).toBe('');
    expect(await stored(token)).toMatchObject({ end_reason: 'idle', ended_at: expect.any(Date) });
    // The browser that still sends the old cookie learns nothing new and leaves no second row.
    expect((await session(token)).json().authenticated).toBe(false);
    expect((await expiries(providerId)).slice(before)).toEqual([{ details: { reason: 'idle' } }]);
  });

  it("closes a session at the county's absolute limit, however active it is", async () => {
    const token = await signIn('provider', '875000001');
    await db.db.updateTable('sessions').set({ expires_at: sql`portal_now() - interval '1 second'` }).where('id_hash', '=', sha256(token)).execute();
    const res = await app.inject({ method: 'GET', url: '/api/audit', cookies: { [SESSION_COOKIE]: token } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('sessionExpired');
    expect((await stored(token)).end_reason).toBe('expired');
  });

  it('ends the session on the server at sign-out, for good', async () => {
    const browser = new TestClient(app, `198.51.100.${++ip}`);
    const token = (await browser.signIn('provider', '875000001')).cookies.find((k) => k.name === SESSION_COOKIE)!.value;
    expect((await browser.post('/api/auth/sign-out')).statusCode).toBe(200);
    expect((await stored(token)).end_reason).toBe('sign_out');
    const replay = await app.inject({ method: 'GET', url: '/api/audit', cookies: { [SESSION_COOKIE]: token } });
    expect(replay.statusCode).toBe(401);
    expect((await stored(token)).end_reason).toBe('sign_out');
  });

  it('ignores a cookie that cannot be a session token', async () => {
    expect((await session('x'.repeat(101))).json().authenticated).toBe(false);
    expect((await session('not-a-token')).json().authenticated).toBe(false);
  });
});
