import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { buildTestApp, createUser, testConfig, TestClient, TEST_PASSWORD } from '../../testing/test-app.js';

/** The state admin's county admins (/api/state/county-admins): who may manage them, and what each action leaves. */
let db: TestDb;
let app: FastifyInstance;
const config = testConfig();
const LA = 19;
const ALAMEDA = 1;
let ip = 0;
const client = () => new TestClient(app, `198.51.100.${++ip}`);
let stateId: number;
const c = {} as Record<'state' | 'laAdmin' | 'laWorker' | 'provider', TestClient>;
const newAdmin = (over: Record<string, unknown> = {}) => ({ countyCode: ALAMEDA, loginId: 'ca.new.admin', firstName: 'Kim', lastName: 'Lee', email: 'kim.lee@example.com', ...over });

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
  stateId = await createUser(db.db, config, { role: 'state_admin', loginId: 'ca.state' });
  await createUser(db.db, config, { role: 'county_admin', loginId: 'ca.la.admin', countyId: LA });
  await createUser(db.db, config, { role: 'county_worker', loginId: 'ca.la.worker', countyId: LA });
  await createUser(db.db, config, { loginId: '873000001', countyId: LA });
  for (const [key, kind, loginId] of [['state', 'staff', 'ca.state'], ['laAdmin', 'staff', 'ca.la.admin'], ['laWorker', 'staff', 'ca.la.worker'], ['provider', 'provider', '873000001']] as const) {
    c[key] = client();
    expect((await c[key].signIn(kind, loginId)).statusCode).toBe(200);
  }
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('who may manage county admins', () => {
  it('is the state admin alone', async () => {
    for (const other of [c.laAdmin, c.laWorker, c.provider]) {
      expect((await other.get('/api/state/county-admins')).statusCode).toBe(403);
      expect((await other.post('/api/state/county-admins', newAdmin({ loginId: 'ca.sneaky' }))).statusCode).toBe(403);
      expect((await other.post('/api/state/county-admins/ca.la.admin/deactivate', { reason: 'Not yours to do' })).statusCode).toBe(403);
    }
    expect(await db.db.selectFrom('users').select('id').where('login_id', '=', 'ca.sneaky').execute()).toEqual([]);
  });
});

describe('creating a county admin', () => {
  it('creates an account nobody knows the password of, tells its owner, and records who created it', async () => {
    const res = await c.state.post('/api/state/county-admins', newAdmin());
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ loginId: 'ca.new.admin', email: 'kim.lee@example.com', county: { code: ALAMEDA, slug: 'alameda' }, status: 'active', deactivatedReason: null });
    // Not even the state admin's test password opens it: the owner chooses one with "Forgot password?".
    expect((await client().signIn('staff', 'ca.new.admin', TEST_PASSWORD)).statusCode).toBe(401);

    const user = await db.db.selectFrom('users').select(['id', 'role', 'county_id']).where('login_id', '=', 'ca.new.admin').executeTakeFirstOrThrow();
    expect(user).toMatchObject({ role: 'county_admin', county_id: ALAMEDA });
    const audit = await db.db.selectFrom('audit_events').select(['actor_user_id', 'county_id', 'details']).where('action', '=', 'county_admin.created').where('subject_user_id', '=', user.id).execute();
    expect(audit).toEqual([{ actor_user_id: stateId, county_id: ALAMEDA, details: { loginId: 'ca.new.admin' } }]);
    const notice = await db.db.selectFrom('notifications').select('data').where('user_id', '=', user.id).where('event', '=', 'account_created').execute();
    expect(notice).toEqual([{ data: expect.objectContaining({ kind: 'staff', loginId: 'ca.new.admin', countyName: 'Alameda' }) }]);
  });

  it('refuses a username already taken, beside the field, and creates nothing', async () => {
    const res = await c.state.post('/api/state/county-admins', newAdmin({ loginId: 'ca.la.worker', countyCode: LA }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([expect.objectContaining({ path: 'loginId', code: 'staffUsernameTaken' })]);
    expect(await db.db.selectFrom('audit_events').select('id').where('action', '=', 'county_admin.created').execute()).toHaveLength(1);
  });

  it('refuses a county that does not exist and an address that is not one', async () => {
    const res = await c.state.post('/api/state/county-admins', newAdmin({ loginId: 'ca.other', countyCode: 59, email: 'not an address' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['countyCode', 'email']);
  });
});

describe('the list', () => {
  it("lists every county's admins, or one county's, and answers an unknown county with not found", async () => {
    const all = (await c.state.get('/api/state/county-admins')).json().admins as { loginId: string; county: { slug: string } }[];
    expect(all.map((a) => a.loginId).sort()).toEqual(['ca.la.admin', 'ca.new.admin']);
    const alameda = (await c.state.get('/api/state/county-admins?county=alameda')).json().admins as { loginId: string }[];
    expect(alameda.map((a) => a.loginId)).toEqual(['ca.new.admin']);
    expect((await c.state.get('/api/state/county-admins?county=atlantis')).statusCode).toBe(404);
  });
});

describe('deactivating and reinstating', () => {
  it('acts on county admins only: another account answers not found', async () => {
    expect((await c.state.post('/api/state/county-admins/ca.la.worker/deactivate', { reason: 'Not an admin' })).statusCode).toBe(404);
    expect((await c.state.post('/api/state/county-admins/ca.nobody/reinstate')).statusCode).toBe(404);
    expect((await c.laWorker.get('/api/session')).json().authenticated).toBe(true);
  });

  it("signs the admin out at once with the reason on record, and reinstates them", async () => {
    expect((await c.state.post('/api/state/county-admins/ca.la.admin/deactivate', { reason: 'x' })).statusCode).toBe(400);
    const off = await c.state.post('/api/state/county-admins/ca.la.admin/deactivate', { reason: 'Changed jobs' });
    expect(off.json()).toMatchObject({ loginId: 'ca.la.admin', status: 'deactivated', deactivatedReason: 'Changed jobs' });
    expect((await c.laAdmin.get('/api/staff/messages')).statusCode).toBe(401);
    expect((await client().signIn('staff', 'ca.la.admin')).json().error.code).toBe('accountDeactivated');

    expect((await c.state.post('/api/state/county-admins/ca.la.admin/reinstate')).json()).toMatchObject({ status: 'active', deactivatedReason: null });
    expect((await c.state.post('/api/state/county-admins/ca.la.admin/reinstate')).json().error.code).toBe('notDeactivated');
    expect((await client().signIn('staff', 'ca.la.admin')).statusCode).toBe(200);
    const actions = await db.db.selectFrom('audit_events').innerJoin('users', 'users.id', 'audit_events.subject_user_id')
      .select(['action', 'actor_user_id']).where('login_id', '=', 'ca.la.admin').where('action', 'in', ['account.deactivated', 'account.reinstated']).orderBy('audit_events.id').execute();
    expect(actions).toEqual([{ action: 'account.deactivated', actor_user_id: stateId }, { action: 'account.reinstated', actor_user_id: stateId }]);
  });
});
