import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { startTestSmtp } from '../../testing/smtp.js';
import { buildTestApp, createUser, testConfig, TestClient, TEST_PASSWORD } from '../../testing/test-app.js';

let db: TestDb;
let app: FastifyInstance;
let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
const config = testConfig();
let userId: number;
let c: TestClient;

beforeAll(async () => {
  db = await createTestDb();
  smtp = await startTestSmtp();
  app = await buildTestApp(db.db, { smtpUrl: smtp.url });
  userId = await createUser(db.db, config, { loginId: '880000001', email: 'old.address@example.com' });
  c = new TestClient(app, '192.0.2.81');
  await c.signIn('provider', '880000001');
});
afterAll(async () => {
  await app.close();
  await smtp.close();
  await db.drop();
});

const actions = async () =>
  (await db.db.selectFrom('audit_events').select(['action', 'outcome']).where('subject_user_id', '=', userId).where('action', 'like', 'profile.%').orderBy('id').execute()).map((a) => `${a.action}:${a.outcome}`);

describe('the provider profile', () => {
  it('changes the mailing address and language, audited', async () => {
    const res = await c.post('/api/profile', { mailingAddress: { street: '10 Demo Way', city: 'Fresno', state: 'ca', zip: '93721' }, preferredLanguage: 'es' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ mailingAddress: { street: '10 Demo Way', state: 'CA', unit: null }, preferredLanguage: 'es' });
    expect(await actions()).toContain('profile.updated:success');
  });

  it('asks for the password again before changing the phone', async () => {
    const wrong = await c.post('/api/profile/phone', { currentPassword: 'not my password at all', phone: '(555) 010-0123' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields[0]).toMatchObject({ path: 'currentPassword', code: 'passwordWrong' });
    const ok = await c.post('/api/profile/phone', { currentPassword: TEST_PASSWORD, phone: '(555) 010-0123' });
    expect(ok.json().phone).toBe('5550100123');
    expect(await actions()).toEqual(expect.arrayContaining(['profile.password_recheck:failure', 'profile.phone_changed:success']));
  });

  it('changes the email only after the password and the code sent to the new address; the old address is told', async () => {
    expect((await c.post('/api/profile/email', { currentPassword: 'wrong password here', newEmail: 'new.address@example.com' })).statusCode).toBe(400);
    const mark = smtp.mark();
    const started = await c.post('/api/profile/email', { currentPassword: TEST_PASSWORD, newEmail: 'new.address@example.com' });
    expect(started.statusCode).toBe(200);
    expect(started.json().sentTo).toBe('n••••@example.com');
    const mail = await smtp.latestTo('new.address@example.com', mark);
    const code = /\b(\d{6})\b/.exec(mail.text)![1]!;
    expect((await c.get('/api/profile')).json()).toMatchObject({ email: 'old.address@example.com', pendingEmail: 'new.address@example.com' });
    const bad = await c.post('/api/profile/email/confirm', { code: code === '000000' ? '111111' : '000000' });
    expect(bad.json().error).toMatchObject({ code: 'codeWrong', params: { remaining: 4 } });
    const done = await c.post('/api/profile/email/confirm', { code });
    expect(done.json()).toMatchObject({ email: 'new.address@example.com', pendingEmail: null });
    const notice = await smtp.latestTo('old.address@example.com', mark);
    expect(notice.text).toContain('n••••@example.com');
    expect((await c.post('/api/profile/email/confirm', { code })).json().error.code).toBe('emailChangeNotPending');
    expect(await actions()).toEqual(expect.arrayContaining(['profile.email_change_requested:success', 'profile.email_changed:success']));
  });
});
