import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { buildApp as buildServer } from '../../app.js';
import { testClock } from '../../testing/clock.js';
import { appTime, createUser, TestClient, testConfig, TEST_PASSWORD, TEST_TOTP_KEY, totpCode } from '../../testing/test-app.js';
import { createDemoTextSender } from '../notifications/service.js';

let db: TestDb;
let app: FastifyInstance;
const config = testConfig();
let n = 0;
let ids = 0;
/** Each test its own network address, so one test's per-IP limit does not spill into the next. */
const client = () => new TestClient(app, `198.51.100.${++n}`);
const nextProviderId = () => `82000${String(++ids).padStart(4, '0')}`;

beforeAll(async () => {
  db = await createTestDb();
  app = await buildApp();
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

/** Texts land in the outbox table, where the tests read the codes as a person reads their phone. */
async function buildApp() {
  const built = await buildServer({ config: { ...config, logLevel: 'error' }, clock: testClock, db: db.db, logger: process.env.DEBUG_LOG === '1', textSender: createDemoTextSender(db.db) });
  await built.ready();
  return built;
}

async function auditActions(userId: number) {
  const rows = await db.db.selectFrom('audit_events').select('action').where('subject_user_id', '=', userId).orderBy('id').execute();
  return rows.map((r) => r.action);
}

async function lastText() {
  const row = await db.db.selectFrom('mail_outbox').select('body_text').where('channel', '=', 'sms').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
  return /^(\d{6})/.exec(row.body_text)![1]!;
}

/** A provider signed in with a password only, with an authenticator app (the test key) when asked. */
async function provider(opts: { app?: boolean } = {}) {
  const loginId = nextProviderId();
  const id = await createUser(db.db, config, { loginId, authenticatorApp: opts.app ?? false });
  return { loginId, id };
}

async function forgetLastStep(userId: number) {
  await db.db.updateTable('totp_factors').set({ last_step: null }).where('user_id', '=', userId).execute();
}

describe('the second step of a sign-in', () => {
  it('asks an account with an app for a code, and the password alone opens nothing', async () => {
    const { loginId, id } = await provider({ app: true });
    const c = client();
    const res = await c.post('/api/auth/sign-in', { accountType: 'provider', loginId, password: TEST_PASSWORD });
    expect(res.json()).toMatchObject({ authenticated: false, secondFactor: { methods: ['totp'], preferred: 'totp' } });
    expect((await c.get('/api/dashboard')).statusCode).toBe(401);
    expect((await c.get('/api/me/security')).statusCode).toBe(401);
    await forgetLastStep(id);
    const done = await c.post('/api/auth/second-factor/totp', { code: totpCode() });
    expect(done.json()).toMatchObject({ authenticated: true, user: { loginId } });
    expect((await c.get('/api/me/security')).statusCode).toBe(200);
    expect(await auditActions(id)).toEqual(expect.arrayContaining(['sign_in.password_accepted', 'sign_in.success']));
  });

  it('gives the finished session a new token: the one the password step handed out stops working', async () => {
    const { loginId, id } = await provider({ app: true });
    const c = client();
    const first = await c.post('/api/auth/sign-in', { accountType: 'provider', loginId, password: TEST_PASSWORD });
    const pendingToken = first.cookies.find((k) => k.name === 'ihss_session')!.value;
    await forgetLastStep(id);
    const done = await c.post('/api/auth/second-factor/totp', { code: totpCode() });
    expect(done.cookies.find((k) => k.name === 'ihss_session')!.value).not.toBe(pendingToken);
    const old = await app.inject({ method: 'GET', url: '/api/me/security', headers: { cookie: `ihss_session=${pendingToken}` } });
    expect(old.statusCode).toBe(401);
  });

  it('accepts a code from the step before or after (clock drift), and never the same code twice', async () => {
    const { loginId, id } = await provider({ app: true });
    const c1 = client();
    await c1.post('/api/auth/sign-in', { accountType: 'provider', loginId, password: TEST_PASSWORD });
    await forgetLastStep(id);
    const drifted = totpCode(TEST_TOTP_KEY, appTime() - 30_000);
    expect((await c1.post('/api/auth/second-factor/totp', { code: drifted })).json()).toMatchObject({ authenticated: true });
    const c2 = client();
    await c2.post('/api/auth/sign-in', { accountType: 'provider', loginId, password: TEST_PASSWORD });
    const replay = await c2.post('/api/auth/second-factor/totp', { code: drifted });
    expect(replay.statusCode).toBe(400);
    expect(replay.json().error.code).toBe('factorCodeWrong');
    const tooOld = await c2.post('/api/auth/second-factor/totp', { code: totpCode(TEST_TOTP_KEY, appTime() - 120_000) });
    expect(tooOld.json().error.code).toBe('factorCodeWrong');
  });

  it('counts wrong codes toward the lockout like wrong passwords, then refuses even the right code', async () => {
    const { loginId, id } = await provider({ app: true });
    const c = client();
    await c.post('/api/auth/sign-in', { accountType: 'provider', loginId, password: TEST_PASSWORD });
    const wrong = totpCode(TEST_TOTP_KEY, appTime() + 10 * 60_000);
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push((await c.post('/api/auth/second-factor/totp', { code: wrong })).statusCode);
    expect(answers).toEqual([400, 400, 400, 400, 423]);
    await forgetLastStep(id);
    const right = await c.post('/api/auth/second-factor/totp', { code: totpCode() });
    expect(right.statusCode).toBe(423);
    expect(await auditActions(id)).toContain('account.locked');
    await db.db.deleteFrom('sign_in_failures').execute();
  });

  it('signs in with a recovery code once; the same code is refused the second time', async () => {
    const { loginId, id } = await provider({ app: true });
    const setup = client();
    await setup.signIn('provider', loginId);
    const codes = (await setup.post('/api/me/recovery-codes')).json().codes as string[];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const stored = await db.db.selectFrom('recovery_codes').select('code_hash').where('user_id', '=', id).execute();
    expect(stored.map((r) => r.code_hash.toString('hex')).join()).not.toContain(codes[0]!.replace('-', ''));

    const lostPhone = client();
    const first = await lostPhone.post('/api/auth/sign-in', { accountType: 'provider', loginId, password: TEST_PASSWORD });
    expect(first.json().secondFactor.methods).toEqual(['totp', 'recovery_code']);
    const done = await lostPhone.post('/api/auth/second-factor/recovery-code', { code: codes[3]!.toLowerCase() });
    expect(done.json()).toMatchObject({ authenticated: true });
    expect((await lostPhone.get('/api/me/security')).json().recoveryCodes.remaining).toBe(9);

    const again = client();
    await again.post('/api/auth/sign-in', { accountType: 'provider', loginId, password: TEST_PASSWORD });
    const reused = await again.post('/api/auth/second-factor/recovery-code', { code: codes[3] });
    expect(reused.json().error.code).toBe('recoveryCodeWrong');
    const notices = await db.db.selectFrom('notifications').select('event').where('user_id', '=', id).execute();
    expect(notices.map((r) => r.event)).toContain('recovery_code_used');
  });

  it('texts a code to the verified phone and signs in with it', async () => {
    const { loginId, id } = await provider();
    const c = client();
    await c.signIn('provider', loginId);
    expect((await c.post('/api/me/text-codes', { phone: '(916) 555-0142' })).json()).toMatchObject({ sentTo: '(•••) •••-0142' });
    expect((await c.post('/api/me/text-codes/confirm', { code: await lastText() })).json().textMessages).toMatchObject({ phone: '(•••) •••-0142' });

    const later = client();
    const first = await later.post('/api/auth/sign-in', { accountType: 'provider', loginId, password: TEST_PASSWORD });
    expect(first.json().secondFactor).toEqual({ methods: ['sms'], preferred: 'sms', textPhone: '(•••) •••-0142' });
    await later.post('/api/auth/second-factor/text');
    expect((await later.post('/api/auth/second-factor/text/verify', { code: await lastText() })).json()).toMatchObject({ authenticated: true });
    expect(await auditActions(id)).toContain('second_factor.added');
  });
});

describe('who must have a second factor', () => {
  it('keeps a staff member without one on the set-up until they add one, then lets them in', async () => {
    const loginId = 'new.worker';
    await createUser(db.db, config, { loginId, role: 'county_worker', authenticatorApp: false });
    const c = client();
    const res = await c.signIn('staff', loginId);
    expect(res.json()).toMatchObject({ authenticated: true, security: { mustAddFactor: true } });
    expect((await c.get('/api/staff/work')).statusCode).toBe(403);
    expect((await c.get('/api/staff/work')).json().error.code).toBe('secondFactorSetupRequired');
    const setup = (await c.post('/api/me/authenticator-app')).json() as { key: string; qrSvg: string; uri: string };
    expect(setup.qrSvg).toContain('<svg');
    expect(setup.uri).toMatch(/^otpauth:\/\/totp\//);
    const added = await c.post('/api/me/authenticator-app/confirm', { code: totpCode(setup.key) });
    expect(added.statusCode).toBe(200);
    expect((await c.get('/api/session')).json()).toMatchObject({ authenticated: true, security: { mustAddFactor: false } });
    expect((await c.get('/api/staff/work')).statusCode).not.toBe(403);
  });

  it('does not let staff remove their last factor', async () => {
    const c = client();
    await createUser(db.db, config, { loginId: 'keeps.factor', role: 'county_worker' });
    await c.signIn('staff', 'keeps.factor');
    const res = await c.post('/api/me/authenticator-app/remove');
    expect(res.json().error.code).toBe('lastFactorRequired');
  });

  it('invites a provider with no factor, and "Not now" puts it off', async () => {
    const { loginId } = await provider();
    const c = client();
    expect((await c.signIn('provider', loginId)).json().security).toEqual({ mustAddFactor: false, inviteToAddFactor: true });
    await c.post('/api/me/second-factor-invite/skip');
    expect((await c.get('/api/session')).json().security.inviteToAddFactor).toBe(false);
  });
});

describe('re-authentication', () => {
  it('asks for the password again before a change to the factors after five minutes, and lets it through after', async () => {
    const { loginId, id } = await provider();
    const c = client();
    await c.signIn('provider', loginId);
    await db.db.updateTable('sessions').set({ authenticated_at: new Date(testClock.now().getTime() - 6 * 60_000) }).where('user_id', '=', id).execute();
    const refused = await c.post('/api/me/recovery-codes');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('reauthRequired');
    const wrong = await c.post('/api/me/reauthenticate', { method: 'password', password: 'not the password at all' });
    expect(wrong.json(), wrong.body).toMatchObject({ error: { fields: [{ path: 'password', code: 'passwordWrong' }] } });
    expect((await c.post('/api/me/reauthenticate', { method: 'password', password: TEST_PASSWORD })).statusCode).toBe(200);
    expect((await c.post('/api/me/recovery-codes')).statusCode).toBe(200);
  });
});

describe("the county's reset of a second factor", () => {
  it('lets a worker of the county reset a provider after they proved who they are: factors gone, sessions ended, notice sent', async () => {
    const { loginId, id } = await provider({ app: true });
    const phone = client();
    await phone.signIn('provider', loginId);
    await createUser(db.db, config, { loginId: 'reset.worker', role: 'county_worker' });
    const worker = client();
    await worker.signIn('staff', 'reset.worker');
    const unchecked = await worker.post(`/api/staff/accounts/${loginId}/reset-second-factor`, { how: 'In person' });
    expect(unchecked.statusCode).toBe(400);
    const res = await worker.post(`/api/staff/accounts/${loginId}/reset-second-factor`, { identityChecked: true, how: 'In person at the office, with a state ID' });
    expect(res.statusCode).toBe(200);
    expect(await db.db.selectFrom('totp_factors').select('user_id').where('user_id', '=', id).execute()).toEqual([]);
    expect((await phone.get('/api/me/security')).statusCode).toBe(401);
    const notices = await db.db.selectFrom('notifications').select('event').where('user_id', '=', id).execute();
    expect(notices.map((r) => r.event)).toContain('second_factor_reset');
    const audit = await db.db.selectFrom('audit_events').select(['action', 'details']).where('subject_user_id', '=', id).where('action', '=', 'second_factor.reset').executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ how: 'In person at the office, with a state ID' });
  });

  it("refuses a provider of another county, a worker resetting an admin, and a provider calling it", async () => {
    const other = nextProviderId();
    await createUser(db.db, config, { loginId: other, countyId: 1, authenticatorApp: true });
    await createUser(db.db, config, { loginId: 'an.admin', role: 'county_admin' });
    await createUser(db.db, config, { loginId: 'plain.worker', role: 'county_worker' });
    const worker = client();
    await worker.signIn('staff', 'plain.worker');
    const body = { identityChecked: true, how: 'By phone with details on file' };
    expect((await worker.post(`/api/staff/accounts/${other}/reset-second-factor`, body)).statusCode).toBe(404);
    expect((await worker.post('/api/staff/accounts/an.admin/reset-second-factor', body)).statusCode).toBe(404);
    const { loginId } = await provider();
    const self = client();
    await self.signIn('provider', loginId);
    expect((await self.post(`/api/staff/accounts/${other}/reset-second-factor`, body)).statusCode).toBe(403);
  });
});

describe('a password reset', () => {
  it('keeps the second factor and refuses security questions to an account that has one', async () => {
    const { loginId } = await provider({ app: true });
    const res = await client().post('/api/auth/reset/start', { accountType: 'provider', loginId, method: 'questions' });
    const flowToken = res.json().flowToken as string;
    const answers = await client().post('/api/auth/reset/answers', { flowToken, answers: ['Lincoln Elementary', 'Main Street', 'Canela'] });
    expect(answers.json().error.code).toBe('answersWrong');
  });
});
