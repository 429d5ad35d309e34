import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../../testing/test-app.js';

/**
 * The staff's account actions (/api/staff/accounts/:loginId...): who sees which accounts, unlocking,
 * deactivating and reinstating, and what the audit trail keeps of each.
 */
let db: TestDb;
let app: FastifyInstance;
const config = testConfig();
const LA = 19;
const ALAMEDA = 1;
let ip = 0;
const client = () => new TestClient(app, `198.51.100.${++ip}`);
const ids = {} as Record<'laWorker' | 'laAdmin' | 'otherLaAdmin' | 'state' | 'deactivated' | 'locked', number>;
const staff = {} as Record<'laWorker' | 'laAdmin' | 'state', TestClient>;

const auditOf = (action: string, subject: number) =>
  db.db.selectFrom('audit_events').select(['actor_user_id', 'details']).where('action', '=', action).where('subject_user_id', '=', subject).orderBy('id').execute();

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
  ids.laWorker = await createUser(db.db, config, { role: 'county_worker', loginId: 'acct.la.worker', countyId: LA });
  ids.laAdmin = await createUser(db.db, config, { role: 'county_admin', loginId: 'acct.la.admin', countyId: LA });
  ids.otherLaAdmin = await createUser(db.db, config, { role: 'county_admin', loginId: 'acct.la.admin2', countyId: LA });
  ids.state = await createUser(db.db, config, { role: 'state_admin', loginId: 'acct.state' });
  ids.deactivated = await createUser(db.db, config, { loginId: '872000001', countyId: LA });
  ids.locked = await createUser(db.db, config, { loginId: '872000002', countyId: LA });
  await createUser(db.db, config, { role: 'recipient', loginId: '8720030', countyId: LA });
  await createUser(db.db, config, { loginId: '872000004', countyId: ALAMEDA });
  for (const [key, loginId] of [['laWorker', 'acct.la.worker'], ['laAdmin', 'acct.la.admin'], ['state', 'acct.state']] as const) {
    staff[key] = client();
    expect((await staff[key].signIn('staff', loginId)).statusCode).toBe(200);
  }
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('who sees which accounts', () => {
  it("shows county staff a person of their county with the account's state", async () => {
    const res = await staff.laWorker.get('/api/staff/accounts/8720030');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ loginId: '8720030', role: 'recipient', county: { slug: 'los-angeles' }, status: 'active', setUp: true, failedAttempts: 0, lockedUntil: null });
  });

  it("answers another county's person exactly as an ID that belongs to nobody", async () => {
    const other = await staff.laWorker.get('/api/staff/accounts/872000004');
    const nobody = await staff.laWorker.get('/api/staff/accounts/872999999');
    expect(other.statusCode).toBe(404);
    expect(other.json()).toEqual(nobody.json());
    expect((await staff.state.get('/api/staff/accounts/872000004')).statusCode).toBe(200);
  });

  it("keeps staff accounts from county workers, not from the county's admin", async () => {
    expect((await staff.laWorker.get('/api/staff/accounts/acct.la.admin')).statusCode).toBe(404);
    expect((await staff.laAdmin.get('/api/staff/accounts/acct.la.worker')).json()).toMatchObject({ role: 'county_worker' });
  });

  it('refuses providers and recipients', async () => {
    const p = client();
    await p.signIn('recipient', '8720030');
    expect((await p.get('/api/staff/accounts/872000001')).statusCode).toBe(403);
    expect((await p.post('/api/staff/accounts/872000001/unlock')).statusCode).toBe(403);
  });

  it("records who read a person's sign-in history", async () => {
    expect((await staff.laWorker.get('/api/staff/accounts/872000001/sign-in-history')).statusCode).toBe(200);
    expect(await auditOf('account.history_viewed', ids.deactivated)).toEqual([{ actor_user_id: ids.laWorker, details: {} }]);
  });
});

describe('unlocking', () => {
  it('lets a person locked by failed sign-ins in again, and records whether the account was locked', async () => {
    const attempts = client();
    for (let i = 0; i < 4; i++) expect((await attempts.signIn('provider', '872000002', 'not the password at all')).statusCode).toBe(401);
    expect((await staff.laWorker.get('/api/staff/accounts/872000002')).json()).toMatchObject({ failedAttempts: 4, lockedUntil: null });
    // The county's threshold (5) reached: the lock starts and the count begins again.
    expect((await attempts.signIn('provider', '872000002', 'not the password at all')).statusCode).toBe(423);
    expect((await staff.laWorker.get('/api/staff/accounts/872000002')).json()).toMatchObject({ failedAttempts: 0, lockedUntil: expect.any(String) });

    expect((await staff.laWorker.post('/api/staff/accounts/872000002/unlock')).json()).toEqual({ ok: true });
    expect((await staff.laWorker.get('/api/staff/accounts/872000002')).json()).toMatchObject({ failedAttempts: 0, lockedUntil: null });
    expect((await client().signIn('provider', '872000002')).statusCode).toBe(200);

    await staff.laWorker.post('/api/staff/accounts/872000002/unlock');
    expect(await auditOf('account.unlocked', ids.locked)).toEqual([
      { actor_user_id: ids.laWorker, details: { wasLocked: true, by: 'staff' } },
      { actor_user_id: ids.laWorker, details: { wasLocked: false, by: 'staff' } },
    ]);
  });
});

describe('deactivating and reinstating', () => {
  it('refuses a reason shorter than 3 characters, beside the field', async () => {
    const res = await staff.laWorker.post('/api/staff/accounts/872000001/deactivate', { reason: 'no' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([expect.objectContaining({ path: 'reason', code: 'deactivateReasonShape' })]);
    expect((await staff.laWorker.get('/api/staff/accounts/872000001')).json().status).toBe('active');
  });

  it('ends every session of the person at once and records the reason and how many ended', async () => {
    const [phone, laptop] = [client(), client()];
    expect((await phone.signIn('provider', '872000001')).statusCode).toBe(200);
    expect((await laptop.signIn('provider', '872000001')).statusCode).toBe(200);
    const res = await staff.laWorker.post('/api/staff/accounts/872000001/deactivate', { reason: 'Moved out of the county' });
    expect(res.json()).toMatchObject({ status: 'deactivated', deactivatedReason: 'Moved out of the county' });
    for (const device of [phone, laptop]) expect((await device.get('/api/audit')).statusCode).toBe(401);
    expect(await auditOf('account.deactivated', ids.deactivated)).toEqual([
      { actor_user_id: ids.laWorker, details: { reason: 'Moved out of the county', sessionsEnded: 2 } },
    ]);
  });

  it('deactivates once and reinstates once, keeping the reason it lifted', async () => {
    const again = await staff.laWorker.post('/api/staff/accounts/872000001/deactivate', { reason: 'Moved out of the county' });
    expect(again.json().error.code).toBe('alreadyDeactivated');
    const back = await staff.laWorker.post('/api/staff/accounts/872000001/reinstate');
    expect(back.json()).toMatchObject({ status: 'active', deactivatedReason: null });
    expect((await staff.laWorker.post('/api/staff/accounts/872000001/reinstate')).json().error.code).toBe('notDeactivated');
    expect(await auditOf('account.reinstated', ids.deactivated)).toEqual([{ actor_user_id: ids.laWorker, details: { previousReason: 'Moved out of the county' } }]);
  });

  it("leaves an administrator's account to the state admin, and nobody changes their own", async () => {
    expect((await staff.laAdmin.post('/api/staff/accounts/acct.la.admin2/deactivate', { reason: 'Left the county' })).statusCode).toBe(403);
    expect((await staff.laAdmin.post('/api/staff/accounts/acct.la.admin/deactivate', { reason: 'Myself' })).json().error.code).toBe('cannotChangeOwnAccount');
    expect((await staff.state.post('/api/staff/accounts/acct.la.admin2/deactivate', { reason: 'Left the county' })).json().status).toBe('deactivated');
    expect((await staff.state.post('/api/staff/accounts/acct.la.admin2/reinstate')).json().status).toBe('active');
    expect((await auditOf('account.deactivated', ids.otherLaAdmin)).map((r) => r.actor_user_id)).toEqual([ids.state]);
  });
});
