import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../contracts/auth.js';
import { createTestDb, type TestDb } from '../db/testing/test-db.js';
import { buildTestApp, createUser, testConfig, TestClient } from './testing/test-app.js';

let db: TestDb;
let app: FastifyInstance;
const config = testConfig();
const clients = {} as Record<Role | 'anonymous', TestClient>;
const LOGIN: Record<Role, { type: 'provider' | 'recipient' | 'staff'; id: string; county: number | null }> = {
  provider: { type: 'provider', id: '870000001', county: 19 },
  recipient: { type: 'recipient', id: '8700001', county: 19 },
  county_worker: { type: 'staff', id: 'matrix.worker', county: 19 },
  county_admin: { type: 'staff', id: 'matrix.admin', county: 19 },
  state_admin: { type: 'staff', id: 'matrix.state', county: null },
};

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db, { demo: true });
  clients.anonymous = new TestClient(app, '203.0.113.200');
  for (const [i, role] of ROLES.entries()) {
    const l = LOGIN[role];
    await createUser(db.db, config, { role, loginId: l.id, countyId: l.county });
    clients[role] = new TestClient(app, `203.0.113.${201 + i}`);
    expect((await clients[role].signIn(l.type, l.id)).statusCode).toBe(200);
  }
  await createUser(db.db, config, { loginId: '870000009', countyId: 1 });
  await createUser(db.db, config, { loginId: '870000008', countyId: 19 });
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

const sample = (url: string) =>
  url
    .replace(':slug', 'los-angeles')
    .replace(':loginId', '870000008')
    .replace(':caseNumber', '8700001')
    .replace(':timesheetId', '1')
    .replace(':recordId', '1')
    .replace(':planId', '1')
    .replace(':claimId', '1')
    .replace(':providerId', '870000008')
    .replace(':threadId', '1')
    .replace(':assignmentId', '1')
    .replace(':violationId', '1')
    .replace(':paymentId', '1')
    .replace('export.csv', 'export.csv?year=2026');

describe('access matrix', () => {
  it('every API route says who may call it', () => {
    const missing = app.routeTable.filter((r) => r.url.startsWith('/api/') && r.access === undefined);
    expect(missing).toEqual([]);
  });

  it('answers an address or method no route has with 404, signed in or not', async () => {
    for (const c of [clients.anonymous, clients.provider]) {
      expect((await c.get('/api/no-such-route')).statusCode).toBe(404);
      expect((await c.post('/api/no-such-route', {})).statusCode).toBe(404);
    }
  });

  it('each role reaches only the routes meant for it', async () => {
    const guarded = app.routeTable.filter((r) => r.url.startsWith('/api/') && r.access !== 'public' && r.access !== 'optional');
    expect(guarded.length).toBeGreaterThan(3);
    const wrong: string[] = [];
    for (const route of guarded) {
      for (const who of ['anonymous', ...ROLES] as const) {
        const c = clients[who];
        const res = route.method === 'GET' ? await c.get(sample(route.url)) : await c.post(sample(route.url), {});
        const allowed = who !== 'anonymous' && (route.access === 'authenticated' || (Array.isArray(route.access) && route.access.includes(who)));
        const expected = allowed ? 'through' : who === 'anonymous' ? 401 : 403;
        const got = res.statusCode === 401 || res.statusCode === 403 ? res.statusCode : 'through';
        if (got !== expected) wrong.push(`${route.method} ${route.url} as ${who}: ${res.statusCode}, expected ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('county scoping', () => {
  it("hides another county's accounts from county staff as if they did not exist", async () => {
    expect((await clients.county_worker.get('/api/staff/accounts/870000009')).statusCode).toBe(404);
    expect((await clients.county_worker.post('/api/staff/accounts/870000009/unlock')).statusCode).toBe(404);
    expect((await clients.county_admin.get('/api/staff/accounts/870000009')).statusCode).toBe(404);
    expect((await clients.county_worker.get('/api/staff/accounts/870000008')).statusCode).toBe(200);
  });

  it('lets a state admin see any county', async () => {
    expect((await clients.state_admin.get('/api/staff/accounts/870000009')).statusCode).toBe(200);
  });

  it('keeps staff accounts out of a county worker\'s reach, but not the county admin\'s', async () => {
    expect((await clients.county_worker.get('/api/staff/accounts/matrix.admin')).statusCode).toBe(404);
    expect((await clients.county_admin.get('/api/staff/accounts/matrix.worker')).statusCode).toBe(200);
  });

  it('shows each role only the audit rows it is entitled to', async () => {
    const other = new TestClient(app, '203.0.113.250');
    await other.signIn('provider', '870000009');
    const own = (await clients.provider.get('/api/audit')).json().events as { subjectUserId: number | null; countyCode: number | null }[];
    const me = (await clients.provider.get('/api/session')).json().user.id;
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((e) => e.subjectUserId === me)).toBe(true);
    const county = (await clients.county_worker.get('/api/audit')).json().events as { countyCode: number | null }[];
    expect(county.every((e) => e.countyCode === 19)).toBe(true);
    const all = (await clients.state_admin.get('/api/audit')).json().events as { countyCode: number | null }[];
    expect(all.some((e) => e.countyCode === 1)).toBe(true);
  });
});

describe('demo-only routes', () => {
  it('the mail outbox does not exist outside demo mode', async () => {
    const prod = await buildTestApp(db.db, { demo: false });
    expect((await prod.inject({ method: 'GET', url: '/api/dev/outbox' })).statusCode).toBe(404);
    await prod.close();
  });
});
