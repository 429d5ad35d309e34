import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../../testing/test-app.js';

let db: TestDb;
let app: FastifyInstance;
const config = testConfig();
let userId: number;

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
  userId = await createUser(db.db, config, { loginId: '880000011' });
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

const accountLanguage = async () => (await db.db.selectFrom('users').select('preferred_language').where('id', '=', userId).executeTakeFirstOrThrow()).preferred_language;
const changes = async () =>
  (await db.db.selectFrom('audit_events').select(['details']).where('subject_user_id', '=', userId).where('action', '=', 'account.language_changed').orderBy('id').execute()).map((a) => a.details);

describe("the account's language", () => {
  it('comes with the session, so a sign-in on a new phone shows it', async () => {
    const c = new TestClient(app, '192.0.2.91');
    expect((await c.signIn('provider', '880000011')).json().user.language).toBe('en');
  });

  it('is kept when the person picks another, audited once, and read back by the next session', async () => {
    const c = new TestClient(app, '192.0.2.92');
    await c.signIn('provider', '880000011');
    expect((await c.post('/api/me/language', { language: 'ko' })).statusCode).toBe(200);
    expect((await c.post('/api/me/language', { language: 'ko' })).statusCode).toBe(200);
    expect(await accountLanguage()).toBe('ko');
    expect(await changes()).toEqual([{ from: 'en', to: 'ko' }]);
    const next = new TestClient(app, '192.0.2.93');
    expect((await next.signIn('provider', '880000011')).json().user.language).toBe('ko');
  });

  it('refuses a language the portal does not speak, saying so in the request language, and changes nothing', async () => {
    const c = new TestClient(app, '192.0.2.94');
    await c.signIn('provider', '880000011');
    const before = await accountLanguage();
    const res = await c.post('/api/me/language', { language: 'xx' }, { 'accept-language': 'es' });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).not.toContain('Invalid');
    expect(await accountLanguage()).toBe(before);
  });

  it('is only ever changed by the person signed in', async () => {
    const anonymous = new TestClient(app, '192.0.2.95');
    expect((await anonymous.post('/api/me/language', { language: 'ru' })).statusCode).toBe(401);
  });
});
