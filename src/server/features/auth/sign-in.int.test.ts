import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { buildTestApp, createUser, testConfig, TestClient, TEST_PASSWORD } from '../../testing/test-app.js';
import type { FastifyInstance } from 'fastify';
import { testNow } from '../../testing/clock.js';

let db: TestDb;
let app: FastifyInstance;
const config = testConfig();
let n = 0;
/** Each test gets its own IP so that the per-IP limit of one test does not spill into the next. */
const client = () => new TestClient(app, `198.51.100.${++n}`);

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

async function auditActions(userId: number) {
  const rows = await db.db.selectFrom('audit_events').select('action').where('subject_user_id', '=', userId).orderBy('id').execute();
  return rows.map((r) => r.action);
}

describe('signing in with a Provider ID', () => {
  let userId: number;
  beforeEach(async () => {
    await db.db.deleteFrom('users').where('login_id', 'like', '81%').execute();
    userId = await createUser(db.db, config, { loginId: '810000001' });
  });

  it('starts a session with an HttpOnly cookie and answers who is signed in', async () => {
    const c = client();
    const res = await c.signIn('provider', '810000001');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((k) => k.name === 'ihss_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(res.json()).toMatchObject({ authenticated: true, user: { loginId: '810000001', role: 'provider' }, idleTimeoutSeconds: 900 });
    expect(await auditActions(userId)).toContain('sign_in.success');
  });

  it('issues a new session id at every sign-in and stores only its hash', async () => {
    const a = await client().signIn('provider', '810000001');
    const b = await client().signIn('provider', '810000001');
    const tokenA = a.cookies.find((k) => k.name === 'ihss_session')!.value;
    const tokenB = b.cookies.find((k) => k.name === 'ihss_session')!.value;
    expect(tokenA).not.toBe(tokenB);
    expect(Buffer.from(tokenA, 'base64url')).toHaveLength(32);
    const raw = await sql<{ n: number }>`SELECT count(*)::int AS n FROM sessions WHERE encode(id_hash, 'escape') LIKE ${'%' + tokenA + '%'}`.execute(db.db);
    expect(raw.rows[0]!.n).toBe(0);
  });

  it('refuses an SSN-shaped ID with the Provider ID hint, without looking it up', async () => {
    const res = await client().post('/api/auth/sign-in', { accountType: 'provider', loginId: '123-45-6789', password: 'x' });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.fields[0]).toMatchObject({ path: 'loginId', code: 'providerIdShape' });
    expect(body.error.fields[0].message).toContain("not your Social Security number");
  });

  it('gives the hint in Spanish when the page is in Spanish', async () => {
    const res = await client().post('/api/auth/sign-in', { accountType: 'provider', loginId: '12345', password: 'x' }, { 'accept-language': 'es-US,es;q=0.9' });
    expect(res.json().error.fields[0].message).toContain('no su número de Seguro Social');
  });

  it('answers an unknown ID exactly as a wrong password', async () => {
    const unknown = await client().signIn('provider', '819999999', 'whatever password here');
    const wrong = await client().signIn('provider', '810000001', 'whatever password here');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('does not let a provider sign in as a recipient or staff member', async () => {
    const res = await client().signIn('staff', 'someone.else');
    expect(res.statusCode).toBe(401);
  });

  it('rejects a state-changing request without the CSRF token', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { accountType: 'provider', loginId: '810000001', password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf');
  });

  it('marks every API answer no-store so Back after sign-out shows nothing private', async () => {
    const c = client();
    await c.signIn('provider', '810000001');
    const res = await c.get('/api/me/sign-in-history');
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('lockout', () => {
  let userId: number;
  beforeEach(async () => {
    await db.db.deleteFrom('users').where('login_id', 'like', '82%').execute();
    userId = await createUser(db.db, config, { loginId: '820000001' });
  });

  it("locks the account at the county's threshold and refuses even the right password until the lock ends", async () => {
    const c = client();
    for (let i = 1; i <= 4; i++) expect((await c.signIn('provider', '820000001', 'wrong password number x')).statusCode).toBe(401);
    const fifth = await c.signIn('provider', '820000001', 'wrong password number x');
    expect(fifth.statusCode).toBe(423);
    const body = fifth.json().error;
    expect(body.code).toBe('accountLocked');
    expect(body.helpDesk.phone).toBeTruthy();
    const hours = (new Date(body.lockedUntil).getTime() - testNow().getTime()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
    expect(body.message).toContain(body.params.phone);

    const right = await c.signIn('provider', '820000001', TEST_PASSWORD);
    expect(right.statusCode).toBe(423);
    expect(await auditActions(userId)).toEqual(expect.arrayContaining(['sign_in.failure', 'account.locked', 'sign_in.locked']));
  });

  it("follows the county's own threshold and lockout length", async () => {
    await db.db.updateTable('counties').set({ lockout_threshold: 3, lockout_minutes: 30 }).where('id', '=', 1).execute();
    await createUser(db.db, config, { loginId: '820000002', countyId: 1 });
    const c = client();
    await c.signIn('provider', '820000002', 'wrong password number x');
    await c.signIn('provider', '820000002', 'wrong password number x');
    const third = await c.signIn('provider', '820000002', 'wrong password number x');
    expect(third.statusCode).toBe(423);
    const minutes = (new Date(third.json().error.lockedUntil).getTime() - testNow().getTime()) / 60_000;
    expect(minutes).toBeGreaterThan(29);
    expect(minutes).toBeLessThanOrEqual(30);
  });

  it('counts only consecutive failures: a successful sign-in resets the count', async () => {
    const c = client();
    for (let i = 0; i < 4; i++) await c.signIn('provider', '820000001', 'wrong password number x');
    expect((await c.signIn('provider', '820000001')).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await c.signIn('provider', '820000001', 'wrong password number x')).statusCode).toBe(401);
  });

  it('lets the sign-in through again once the lock period is over', async () => {
    await db.db.updateTable('users').set({ locked_until: sql`portal_now() - interval '1 minute'` }).where('id', '=', userId).execute();
    expect((await client().signIn('provider', '820000001')).statusCode).toBe(200);
  });

  it('never locks an ID that does not exist, so locks cannot reveal accounts', async () => {
    const c = client();
    for (let i = 0; i < 6; i++) expect((await c.signIn('provider', '829999999', 'wrong password number x')).statusCode).toBe(401);
  });

  it('lets county staff of the same county unlock, and records who did it', async () => {
    await db.db.updateTable('users').set({ locked_until: sql`portal_now() + interval '1 day'` }).where('id', '=', userId).execute();
    const workerId = await createUser(db.db, config, { role: 'county_worker', loginId: 'unlock.worker' });
    const staff = client();
    await staff.signIn('staff', 'unlock.worker');
    const view = await staff.get('/api/staff/accounts/820000001');
    expect(view.json().lockedUntil).not.toBeNull();
    expect((await staff.post('/api/staff/accounts/820000001/unlock')).statusCode).toBe(200);
    expect((await client().signIn('provider', '820000001')).statusCode).toBe(200);
    const row = await db.db.selectFrom('audit_events').selectAll().where('action', '=', 'account.unlocked').where('subject_user_id', '=', userId).executeTakeFirstOrThrow();
    expect(row.actor_user_id).toBe(workerId);
  });
});

describe('demo mode', () => {
  it('is told to the web with the session, so the live console offers no demo buttons', async () => {
    for (const demo of [true, false]) {
      const other = await buildTestApp(db.db, { demo });
      try {
        expect((await new TestClient(other, '198.51.100.250').get('/api/session')).json()).toMatchObject({ authenticated: false, demo });
      } finally {
        await other.close();
      }
    }
    await createUser(db.db, config, { loginId: '830000777' });
    expect((await client().signIn('provider', '830000777')).json()).toMatchObject({ authenticated: true, demo: app.config.demo });
  });
});

describe('per-IP rate limit', () => {
  it('answers 429 with Retry-After once an IP passes the sign-in limit', async () => {
    const c = client();
    // The window is fixed (5 minutes, on the clock), so the 31 attempts may straddle its edge on a slow
    // machine. Twice as many attempts, if they take under 5 minutes, span at most two windows, and one of
    // them must pass the limit of 30.
    let last;
    let attempts = 0;
    do {
      last = await c.signIn('provider', '839999999', 'whatever password here');
      attempts++;
    } while (last.statusCode !== 429 && attempts < 62);
    expect(last.statusCode).toBe(429);
    expect(attempts).toBeGreaterThanOrEqual(31);
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
    expect(last.json().error.params.seconds).toBe(Number(last.headers['retry-after']));
    expect((await client().signIn('provider', '839999999', 'whatever password here')).statusCode).toBe(401);
  });
});

describe('sessions', () => {
  beforeAll(async () => {
    await createUser(db.db, config, { loginId: '840000001' });
  });

  it('ends the session on the server at sign-out', async () => {
    const c = client();
    const signedIn = await c.signIn('provider', '840000001');
    const token = signedIn.cookies.find((k) => k.name === 'ihss_session')!.value;
    expect((await c.post('/api/auth/sign-out')).statusCode).toBe(200);
    const replay = await app.inject({ method: 'GET', url: '/api/me/sign-in-history', cookies: { ihss_session: token } });
    expect(replay.statusCode).toBe(401);
  });

  it("ends a session after the county's idle timeout and says why", async () => {
    const c = client();
    const res = await c.signIn('provider', '840000001');
    const token = res.cookies.find((k) => k.name === 'ihss_session')!.value;
    await db.db.updateTable('sessions').set({ last_seen_at: sql`portal_now() - interval '16 minutes'` }).where('ended_at', 'is', null).execute();
    const after = await app.inject({ method: 'GET', url: '/api/me/sign-in-history', cookies: { ihss_session: token } });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('sessionExpired');
    const ended = await db.db.selectFrom('sessions').select('end_reason').where('end_reason', '=', 'idle').execute();
    expect(ended.length).toBeGreaterThan(0);
  });

  it('ends a session at its absolute limit even when active', async () => {
    const c = client();
    const res = await c.signIn('provider', '840000001');
    const token = res.cookies.find((k) => k.name === 'ihss_session')!.value;
    await db.db.updateTable('sessions').set({ expires_at: sql`portal_now() - interval '1 second'` }).where('ended_at', 'is', null).execute();
    const after = await app.inject({ method: 'GET', url: '/api/me/sign-in-history', cookies: { ihss_session: token } });
    expect(after.json().error.code).toBe('sessionExpired');
  });

  it('"Stay signed in" moves the idle deadline forward', async () => {
    const c = client();
    await c.signIn('provider', '840000001');
    await db.db.updateTable('sessions').set({ last_seen_at: sql`portal_now() - interval '14 minutes'` }).where('ended_at', 'is', null).execute();
    const res = await c.post('/api/session/keep-alive');
    const minutesLeft = (new Date(res.json().idleExpiresAt).getTime() - testNow().getTime()) / 60_000;
    expect(minutesLeft).toBeGreaterThan(14.5);
  });

  it('shows a person their own sign-in history with device and network', async () => {
    const c = client();
    await c.signIn('provider', '840000001', 'not the password at all');
    await c.signIn('provider', '840000001');
    const { events } = (await c.get('/api/me/sign-in-history')).json();
    expect(events[0]).toMatchObject({ action: 'sign_in.success', ip: expect.any(String), network: 'internet', device: expect.stringContaining('Chrome') });
    expect(events.map((e: { action: string }) => e.action)).toContain('sign_in.failure');
  });
});

describe('the audit trail', () => {
  it('is append-only: rows cannot be changed or deleted', async () => {
    await expect(sql`UPDATE audit_events SET outcome = 'success'`.execute(db.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_events`.execute(db.db)).rejects.toThrow(/append-only/);
  });
});
