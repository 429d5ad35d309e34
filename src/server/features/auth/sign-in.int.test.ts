import { sql, type RawBuilder } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { buildTestApp, createUser, testConfig, TestClient, TEST_PASSWORD } from '../../testing/test-app.js';
import type { FastifyInstance } from 'fastify';
import { testNow } from '../../testing/clock.js';
import { signInKey } from '../accounts/service.js';

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

/** Locks (or, with a past time, once locked) an ID as failed sign-ins would. */
async function setLock(loginId: string, until: RawBuilder<Date>) {
  await db.db
    .insertInto('sign_in_failures')
    .values({ login_key: signInKey(config.dataKey, loginId), locked_until: until })
    .onConflict((oc) => oc.column('login_key').doUpdateSet({ locked_until: until }))
    .execute();
}

describe('lockout', () => {
  let userId: number;
  beforeEach(async () => {
    await db.db.deleteFrom('users').where('login_id', 'like', '82%').execute();
    await db.db.deleteFrom('sign_in_failures').execute();
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
    await setLock('820000001', sql<Date>`portal_now() - interval '1 minute'`);
    expect((await client().signIn('provider', '820000001')).statusCode).toBe(200);
  });

  it('forgets failures a day after the last one, for every ID alike', async () => {
    const c = client();
    for (let i = 0; i < 4; i++) await c.signIn('provider', '820000001', 'wrong password number x');
    await db.db.updateTable('sign_in_failures').set({ last_failed_at: sql`portal_now() - interval '25 hours'` }).execute();
    expect((await c.signIn('provider', '820000001', 'wrong password number x')).statusCode).toBe(401);
  });

  it('lets county staff of the same county unlock, and records who did it', async () => {
    await setLock('820000001', sql<Date>`portal_now() + interval '1 day'`);
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

describe('an ID that belongs to nobody', () => {
  beforeEach(async () => {
    await db.db.deleteFrom('sign_in_failures').execute();
  });

  /** All a caller sees of an answer: its status and body, with the lock's end (which moves with the clock) blanked. */
  function seen(res: Awaited<ReturnType<TestClient['signIn']>>) {
    const body = res.json();
    if (res.statusCode === 423) {
      const hours = (new Date(body.error.lockedUntil).getTime() - testNow().getTime()) / 3_600_000;
      expect(hours).toBeGreaterThan(23.9);
      body.error.message = body.error.message.replace(body.error.params.until, '<until>');
      body.error.lockedUntil = body.error.params.until = '<until>';
    }
    return { status: res.statusCode, body };
  }

  /** Six wrong passwords, then the right one (for the real account): every answer as the caller sees it. */
  async function sixWrongThenRight(accountType: 'provider' | 'recipient' | 'staff', loginId: string) {
    const c = client();
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(seen(await c.signIn(accountType, loginId, 'wrong password number x')));
    answers.push(seen(await c.signIn(accountType, loginId, TEST_PASSWORD)));
    return answers;
  }

  it.each([
    { kind: 'Provider ID', accountType: 'provider', role: 'provider', known: '880000001', unknown: '889999999', setUp: true },
    { kind: 'Provider ID not yet set up', accountType: 'provider', role: 'provider', known: '880000004', unknown: '889999996', setUp: false },
    { kind: 'case number', accountType: 'recipient', role: 'recipient', known: '8800001', unknown: '8899999', setUp: true },
    { kind: 'staff username', accountType: 'staff', role: 'county_worker', known: 'known.worker', unknown: 'nobody.here', setUp: true },
  ] as const)('answers a $kind that does not exist exactly as a real one, lock included', async ({ accountType, role, known, unknown, setUp }) => {
    await createUser(db.db, config, { role, loginId: known, setUp });
    const real = await sixWrongThenRight(accountType, known);
    const fake = await sixWrongThenRight(accountType, unknown);
    expect(real.map((a) => a.status)).toEqual([401, 401, 401, 401, 423, 423, 423]);
    expect(fake).toEqual(real);
    // The lock answer names no county, so it cannot tell which county a real ID belongs to.
    expect(real[4]!.body.error.helpDesk.statewide).toBe(true);
  });

  it('counts a burst of 20 concurrent tries on an unknown ID exactly as on a real one', async () => {
    await createUser(db.db, config, { loginId: '880000002' });
    const burst = async (loginId: string, subnet: number) => {
      const callers = Array.from({ length: 20 }, (_, i) => new TestClient(app, `192.0.${subnet}.${i + 1}`));
      await Promise.all(callers.map((c) => c.get('/api/session')));
      const answers = await Promise.all(callers.map((c) => c.signIn('provider', loginId, 'wrong password number x')));
      return answers.map((a) => a.statusCode).sort();
    };
    const real = await burst('880000002', 2);
    expect(real).toEqual([...Array<number>(4).fill(401), ...Array<number>(16).fill(423)]);
    expect(await burst('889999998', 3)).toEqual(real);
  });

  it('counts failed set-up attempts toward the same lock, for an unknown ID as for a real one', async () => {
    await createUser(db.db, config, { loginId: '880000003', setUp: false, lastName: 'Real', ssnLast4: '1234' });
    for (const providerId of ['880000003', '889999997']) {
      const c = client();
      for (let i = 0; i < 4; i++) {
        const res = await c.post('/api/auth/setup/identity', { providerId, lastName: 'Real', dateOfBirth: '1980-01-31', ssnLast4: '0000' });
        expect(res.json().error.code).toBe('identityNotMatched');
      }
      expect((await c.signIn('provider', providerId, 'wrong password number x')).statusCode).toBe(423);
    }
  });

  it('keeps the attempted IDs only as a keyed hash', async () => {
    await client().signIn('provider', '889999995', 'wrong password number x');
    const rows = await db.db.selectFrom('sign_in_failures').select(['login_key', 'failed_attempts']).execute();
    expect(rows).toEqual([{ login_key: signInKey(config.dataKey, '889999995'), failed_attempts: 1 }]);
    const clear = await sql<{ n: number }>`SELECT count(*)::int AS n FROM sign_in_failures WHERE position(convert_to('889999995', 'UTF8') IN login_key) > 0`.execute(db.db);
    expect(clear.rows[0]!.n).toBe(0);
  });

  it("shows county staff a real account's count and lock from the same place", async () => {
    await createUser(db.db, config, { loginId: '880000005' });
    await createUser(db.db, config, { role: 'county_worker', loginId: 'count.worker' });
    const c = client();
    for (let i = 0; i < 2; i++) await c.signIn('provider', '880000005', 'wrong password number x');
    const staff = client();
    await staff.signIn('staff', 'count.worker');
    expect((await staff.get('/api/staff/accounts/880000005')).json()).toMatchObject({ failedAttempts: 2, lockedUntil: null });
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
    // Another IP is not held back (with another ID: this one is locked by now, as a real one would be).
    expect((await client().signIn('provider', '839999998', 'whatever password here')).statusCode).toBe(401);
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
