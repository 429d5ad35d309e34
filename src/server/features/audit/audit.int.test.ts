import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../../testing/test-app.js';

/** GET /api/audit: who reads which rows of the trail (decided on the server, never by the request), and how many. */
let db: TestDb;
let app: FastifyInstance;
const config = testConfig();
const LA = 19;
const ALAMEDA = 1;
const ids = {} as Record<'provider' | 'otherProvider' | 'alamedaProvider', number>;
const c = {} as Record<'provider' | 'otherProvider' | 'alamedaProvider' | 'laWorker' | 'alamedaWorker' | 'state', TestClient>;

interface Row {
  action: string;
  outcome: string;
  subjectUserId: number | null;
  countyCode: number | null;
  ip: string | null;
  userAgent: string | null;
  at: string;
}
const trail = async (client: TestClient, query = '') => ((await client.get(`/api/audit${query}`)).json() as { events: Row[] }).events;

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
  ids.provider = await createUser(db.db, config, { loginId: '871000001', countyId: LA });
  ids.otherProvider = await createUser(db.db, config, { loginId: '871000002', countyId: LA });
  ids.alamedaProvider = await createUser(db.db, config, { loginId: '871000003', countyId: ALAMEDA });
  await createUser(db.db, config, { role: 'county_worker', loginId: 'audit.la.worker', countyId: LA });
  await createUser(db.db, config, { role: 'county_worker', loginId: 'audit.alameda.worker', countyId: ALAMEDA });
  await createUser(db.db, config, { role: 'state_admin', loginId: 'audit.state' });
  const signIns = [
    ['provider', 'provider', '871000001'],
    ['otherProvider', 'provider', '871000002'],
    ['alamedaProvider', 'provider', '871000003'],
    ['laWorker', 'staff', 'audit.la.worker'],
    ['alamedaWorker', 'staff', 'audit.alameda.worker'],
    ['state', 'staff', 'audit.state'],
  ] as const;
  for (const [i, [key, kind, loginId]] of signIns.entries()) {
    c[key] = new TestClient(app, `198.51.100.${i + 1}`);
    expect((await c[key].signIn(kind, loginId)).statusCode).toBe(200);
  }
  // A failed sign-in on the provider's account: a row about them that they did not cause.
  await new TestClient(app, '198.51.100.99').signIn('provider', '871000001', 'not the password at all');
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('who reads which rows', () => {
  it('shows a provider the rows about themselves, with where each came from, and nobody else’s', async () => {
    const rows = await trail(c.provider);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.subjectUserId === ids.provider)).toBe(true);
    expect(rows.find((r) => r.action === 'sign_in.success')).toMatchObject({ outcome: 'success', ip: '198.51.100.1', userAgent: expect.stringContaining('Chrome') });
    expect(rows.find((r) => r.action === 'sign_in.failure')).toMatchObject({ outcome: 'failure', ip: '198.51.100.99' });
  });

  it("shows county staff their county's rows only", async () => {
    const la = await trail(c.laWorker, '?limit=500');
    expect(la.length).toBeGreaterThan(0);
    expect(la.every((r) => r.countyCode === LA)).toBe(true);
    expect(la.map((r) => r.subjectUserId)).toEqual(expect.arrayContaining([ids.provider, ids.otherProvider]));
    expect(la.some((r) => r.subjectUserId === ids.alamedaProvider)).toBe(false);
    expect((await trail(c.alamedaWorker, '?limit=500')).every((r) => r.countyCode === ALAMEDA)).toBe(true);
  });

  it('shows a state admin every county’s rows and the statewide ones', async () => {
    const all = await trail(c.state, '?limit=500');
    expect(new Set(all.map((r) => r.countyCode))).toEqual(new Set([LA, ALAMEDA, null]));
  });

  it('refuses a caller who is not signed in', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/audit' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('signInRequired');
  });
});

describe('how many rows', () => {
  it('answers the newest first, as many as asked, and refuses a count outside 1 to 500', async () => {
    const two = await trail(c.state, '?limit=2');
    expect(two).toHaveLength(2);
    const all = await trail(c.state, '?limit=500');
    expect(two).toEqual(all.slice(0, 2));
    expect(all.map((r) => r.at)).toEqual([...all.map((r) => r.at)].sort().reverse());
    for (const limit of ['0', '501', 'many']) expect((await c.state.get(`/api/audit?limit=${limit}`)).statusCode).toBe(400);
  });
});

describe('the trail itself', () => {
  it('keeps every row: not even the portal’s own connection can change, delete or truncate one', async () => {
    await expect(sql`UPDATE audit_events SET outcome = 'failure'`.execute(db.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_events`.execute(db.db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_events`.execute(db.db)).rejects.toThrow(/append-only/);
  });
});
