import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionList } from '../../../contracts/sessions.js';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { sha256 } from '../../lib/tokens.js';
import { SESSION_COOKIE } from '../../plugins/auth.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../../testing/test-app.js';

/**
 * "Devices and sessions" through the API: a person sees their own open sessions in words, signs out one of the
 * others or every other one, cannot reach anyone else's, and cannot end the one they are using this way.
 */
let db: TestDb;
let app: FastifyInstance;
const config = testConfig();
let annId: number;
let bobId: number;

const PHONE = 'Mozilla/5.0 (Linux; Android 14; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const LAPTOP = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0';
const IPAD = 'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';

async function signedIn(loginId: string, ip: string, userAgent: string) {
  const client = new TestClient(app, ip, userAgent);
  const res = await client.signIn('provider', loginId);
  expect(res.statusCode).toBe(200);
  return { client, token: res.cookies.find((c) => c.name === SESSION_COOKIE)!.value };
}
const idOf = (token: string) => sha256(token).subarray(0, 8).toString('hex');
const list = async (client: TestClient) => {
  const res = await client.get('/api/sessions');
  expect(res.statusCode).toBe(200);
  return (res.json() as SessionList).sessions;
};
const stored = (token: string) => db.db.selectFrom('sessions').select(['ended_at', 'end_reason']).where('id_hash', '=', sha256(token)).executeTakeFirstOrThrow();
const audits = (userId: number) =>
  db.db.selectFrom('audit_events').select(['outcome', 'actor_user_id', 'details']).where('action', '=', 'session.signed_out_elsewhere').where('subject_user_id', '=', userId).orderBy('id').execute();

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
  annId = await createUser(db.db, config, { loginId: '876000001', countyId: 10 });
  bobId = await createUser(db.db, config, { loginId: '876000002', countyId: 10 });
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('the list of sessions', () => {
  it("shows the person's open sessions in words, newest use first, with this device marked and no session hash", async () => {
    await db.db.updateTable('sessions').set({ ended_at: sql`portal_now()`, end_reason: 'sign_out' }).where('user_id', '=', annId).execute();
    const phone = await signedIn('876000001', '203.0.113.77', PHONE);
    const laptop = await signedIn('876000001', '192.168.1.20', LAPTOP);
    await signedIn('876000002', '198.51.100.9', IPAD);
    const sessions = await list(laptop.client);
    expect(sessions).toEqual([
      {
        id: idOf(laptop.token),
        current: true,
        device: 'computer',
        browser: 'Edge',
        os: 'Windows',
        network: 'private',
        ipVersion: 4,
        address: null,
        signedInAt: expect.any(String),
        lastUsedAt: expect.any(String),
      },
      {
        id: idOf(phone.token),
        current: false,
        device: 'phone',
        browser: 'Chrome',
        os: 'Android',
        network: 'internet',
        ipVersion: 4,
        address: '203.0.113.x',
        signedInAt: expect.any(String),
        lastUsedAt: expect.any(String),
      },
    ]);
    expect(JSON.stringify(sessions)).not.toContain(sha256(phone.token).toString('hex'));
  });

  it('leaves out sessions that ended, ran out, or still wait for their second factor', async () => {
    await db.db.updateTable('sessions').set({ ended_at: sql`portal_now()`, end_reason: 'sign_out' }).where('user_id', '=', annId).execute();
    const current = await signedIn('876000001', '203.0.113.1', PHONE);
    const [expired, idle, pending, ended] = [
      await signedIn('876000001', '203.0.113.2', PHONE),
      await signedIn('876000001', '203.0.113.3', PHONE),
      await signedIn('876000001', '203.0.113.4', PHONE),
      await signedIn('876000001', '203.0.113.5', PHONE),
    ];
    await db.db.updateTable('sessions').set({ expires_at: sql`portal_now() - interval '1 second'` }).where('id_hash', '=', sha256(expired.token)).execute();
    await db.db.updateTable('sessions').set({ last_seen_at: sql`portal_now() - interval '1 day'` }).where('id_hash', '=', sha256(idle.token)).execute();
    await db.db.updateTable('sessions').set({ stage: 'pending' }).where('id_hash', '=', sha256(pending.token)).execute();
    await ended.client.post('/api/auth/sign-out');
    expect((await list(current.client)).map((s) => s.id)).toEqual([idOf(current.token)]);
  });

  it('needs a signed-in person', async () => {
    expect((await new TestClient(app).get('/api/sessions')).statusCode).toBe(401);
  });
});

describe('signing out one other session', () => {
  it('ends it on the server, for good, and audits it', async () => {
    const mine = await signedIn('876000001', '203.0.113.10', LAPTOP);
    const other = await signedIn('876000001', '203.0.113.11', PHONE);
    const before = (await audits(annId)).length;
    const res = await mine.client.post(`/api/sessions/${idOf(other.token)}/sign-out`);
    expect(res.statusCode).toBe(200);
    expect(await stored(other.token)).toMatchObject({ end_reason: 'signed_out_elsewhere', ended_at: expect.any(Date) });
    expect((await other.client.get('/api/sessions')).statusCode).toBe(401);
    expect((await list(mine.client)).map((s) => s.id)).not.toContain(idOf(other.token));
    expect((await audits(annId)).slice(before)).toEqual([{ outcome: 'success', actor_user_id: annId, details: { scope: 'one', session: idOf(other.token), ended: 1 } }]);
  });

  it("refuses another person's session as not found, leaves it open, and audits the attempt", async () => {
    const mine = await signedIn('876000001', '203.0.113.12', LAPTOP);
    const bobs = await signedIn('876000002', '203.0.113.13', IPAD);
    const before = (await audits(annId)).length;
    const res = await mine.client.post(`/api/sessions/${idOf(bobs.token)}/sign-out`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('notFound');
    expect((await stored(bobs.token)).ended_at).toBeNull();
    expect((await list(bobs.client)).some((s) => s.current)).toBe(true);
    expect((await audits(annId)).slice(before)).toEqual([{ outcome: 'denied', actor_user_id: annId, details: { scope: 'one', session: idOf(bobs.token), ended: 0 } }]);
    expect(await audits(bobId)).toEqual([]);
  });

  it('refuses this session: "Sign out" is the way to end it', async () => {
    const mine = await signedIn('876000001', '203.0.113.14', LAPTOP);
    const res = await mine.client.post(`/api/sessions/${idOf(mine.token)}/sign-out`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('sessionIsCurrent');
    expect((await stored(mine.token)).ended_at).toBeNull();
  });

  it('refuses an id that cannot be one, and one already ended', async () => {
    const mine = await signedIn('876000001', '203.0.113.15', LAPTOP);
    expect((await mine.client.post('/api/sessions/not-an-id/sign-out')).statusCode).toBe(400);
    const other = await signedIn('876000001', '203.0.113.16', PHONE);
    await other.client.post('/api/auth/sign-out');
    expect((await mine.client.post(`/api/sessions/${idOf(other.token)}/sign-out`)).statusCode).toBe(404);
    expect((await stored(other.token)).end_reason).toBe('sign_out');
  });
});

describe('signing out every other session', () => {
  it("ends all the person's other open sessions, keeps this one and everyone else's, and audits how many", async () => {
    await db.db.updateTable('sessions').set({ ended_at: sql`portal_now()`, end_reason: 'sign_out' }).where('user_id', '=', annId).execute();
    const mine = await signedIn('876000001', '203.0.113.20', LAPTOP);
    const others = [await signedIn('876000001', '203.0.113.21', PHONE), await signedIn('876000001', '203.0.113.22', IPAD)];
    // A sign-in waiting for its second factor ends too: whoever started it knows the password.
    await db.db.updateTable('sessions').set({ stage: 'pending' }).where('id_hash', '=', sha256(others[1]!.token)).execute();
    const bobs = await signedIn('876000002', '203.0.113.23', IPAD);
    const before = (await audits(annId)).length;
    const res = await mine.client.post('/api/sessions/sign-out-others');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ended: 2 });
    for (const other of others) expect((await stored(other.token)).end_reason).toBe('signed_out_elsewhere');
    expect((await stored(mine.token)).ended_at).toBeNull();
    expect((await stored(bobs.token)).ended_at).toBeNull();
    expect((await list(mine.client)).map((s) => s.id)).toEqual([idOf(mine.token)]);
    expect((await audits(annId)).slice(before)).toEqual([{ outcome: 'success', actor_user_id: annId, details: { scope: 'others', ended: 2 } }]);
    // Again, with none left: nothing to end, still an answer.
    expect((await mine.client.post('/api/sessions/sign-out-others')).json()).toEqual({ ended: 0 });
  });
});
