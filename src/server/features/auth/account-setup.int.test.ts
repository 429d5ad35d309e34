import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { createJobWorker } from '../../../jobs/start.js';
import type { JobWorker } from '../../../jobs/worker.js';
import { startTestSmtp } from '../../testing/smtp.js';
import { buildTestApp, createUser, testConfig, TestClient, TEST_PASSWORD } from '../../testing/test-app.js';
import { signInKey } from '../accounts/service.js';

let db: TestDb;
let app: FastifyInstance;
let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
// Security notices ("your password was changed") go out through the notification queue.
let worker: JobWorker;
const config = testConfig();
let n = 0;
const client = () => new TestClient(app, `192.0.2.${++n}`);
const NEW_PASSWORD = 'sunflower kettle marathon 42';
const codeIn = (text: string) => /\b(\d{6})\b/.exec(text)![1]!;

beforeAll(async () => {
  db = await createTestDb();
  smtp = await startTestSmtp();
  app = await buildTestApp(db.db, { smtpUrl: smtp.url });
  worker = createJobWorker(app, { pollMs: 50 });
  await worker.start();
  await createUser(db.db, config, { loginId: '850000001', setUp: false, lastName: 'Núñez', dateOfBirth: '1979-05-14', ssnLast4: '4321', email: null });
});
afterAll(async () => {
  await worker.stop();
  await app.close();
  await smtp.close();
  await db.drop();
});

const identity = { providerId: '850000001', lastName: 'nunez', dateOfBirth: '1979-05-14', ssnLast4: '4321' };

describe('first-time set-up ("Create your account")', () => {
  it('never says which detail did not match', async () => {
    const wrongSsn = await client().post('/api/auth/setup/identity', { ...identity, ssnLast4: '0000' });
    const wrongDob = await client().post('/api/auth/setup/identity', { ...identity, dateOfBirth: '1979-05-15' });
    const unknown = await client().post('/api/auth/setup/identity', { ...identity, providerId: '859999999' });
    for (const r of [wrongSsn, wrongDob, unknown]) expect(r.statusCode).toBe(400);
    expect(new Set([wrongSsn.body, wrongDob.body, unknown.body]).size).toBe(1);
    expect(wrongSsn.json().error.code).toBe('identityNotMatched');
    await db.db.deleteFrom('sign_in_failures').execute();
  });

  it('walks identity -> emailed code -> password and security questions, then signs in', async () => {
    const c = client();
    const id = await c.post('/api/auth/setup/identity', identity);
    expect(id.statusCode).toBe(200);
    const { flowToken, securityQuestionsAllowed } = id.json();
    expect(securityQuestionsAllowed).toBe(true);

    const sent = await c.post('/api/auth/setup/email-code', { flowToken, email: 'new.provider@example.com' });
    expect(sent.json().sentTo).toBe('n••••@example.com');
    const mail = await smtp.latestTo('new.provider@example.com');
    const code = codeIn(mail.text);
    expect(mail.text).not.toMatch(/https?:\/\//);

    const wrong = await c.post('/api/auth/setup/verify-email', { flowToken, code: code === '000000' ? '111111' : '000000' });
    expect(wrong.json().error).toMatchObject({ code: 'codeWrong', params: { remaining: 4 } });
    expect((await c.post('/api/auth/setup/verify-email', { flowToken, code })).statusCode).toBe(200);

    const common = await c.post('/api/auth/setup/complete', { flowToken, password: 'qazwsxedcrfvtgb', securityAnswers: [] });
    expect(common.statusCode).toBe(400);
    const short = await c.post('/api/auth/setup/complete', { flowToken, password: 'short one' });
    expect(short.json().error.fields[0]).toMatchObject({ path: 'password', code: 'passwordTooShort', params: { min: 15 } });
    const blocked = await c.post('/api/auth/setup/complete', {
      flowToken,
      password: 'qazwsxedcrfvtgb',
      securityAnswers: [
        { questionId: 'first_pet', answer: 'Canela' },
        { questionId: 'first_school', answer: 'Lincoln' },
        { questionId: 'childhood_street', answer: 'Main St' },
      ],
    });
    expect(blocked.json().error.fields[0]).toMatchObject({ path: 'password', code: 'passwordCommon' });

    const done = await c.post('/api/auth/setup/complete', {
      flowToken,
      password: NEW_PASSWORD,
      securityAnswers: [
        { questionId: 'first_pet', answer: 'Canela' },
        { questionId: 'first_school', answer: 'Lincoln' },
        { questionId: 'childhood_street', answer: 'Main St' },
      ],
    });
    expect(done.statusCode).toBe(200);
    expect((await client().signIn('provider', '850000001', NEW_PASSWORD)).statusCode).toBe(200);
    const user = await db.db.selectFrom('users').select(['email', 'email_verified_at']).where('login_id', '=', '850000001').executeTakeFirstOrThrow();
    expect(user.email).toBe('new.provider@example.com');
    expect(user.email_verified_at).not.toBeNull();
  });

  it('refuses a second set-up of an account that already has a password', async () => {
    const res = await client().post('/api/auth/setup/identity', identity);
    expect(res.json().error.code).toBe('alreadySetUp');
  });

  it('accepts a 64-character passphrase with spaces and symbols, and refuses 129 characters', async () => {
    await createUser(db.db, config, { loginId: '850000002', setUp: false, ssnLast4: '4321', lastName: 'Núñez', dateOfBirth: '1979-05-14' });
    await db.db.updateTable('counties').set({ security_questions_allowed: false }).where('id', '=', 19).execute();
    const c = client();
    const { flowToken } = (await c.post('/api/auth/setup/identity', { ...identity, providerId: '850000002' })).json();
    await c.post('/api/auth/setup/email-code', { flowToken, email: 'second@example.com' });
    await c.post('/api/auth/setup/verify-email', { flowToken, code: codeIn((await smtp.latestTo('second@example.com')).text) });
    const tooLong = await c.post('/api/auth/setup/complete', { flowToken, password: 'x'.repeat(129) });
    expect(tooLong.json().error.fields[0].code).toBe('passwordTooLong');
    const long = 'Ünïcode & spaces: the quick brown fox jumps over the lazy dog 64!';
    expect((await c.post('/api/auth/setup/complete', { flowToken, password: long.slice(0, 64) })).statusCode).toBe(200);
    await db.db.updateTable('counties').set({ security_questions_allowed: true }).where('id', '=', 19).execute();
  });
});

describe('one-time codes', () => {
  async function freshFlow(loginId: string, email: string) {
    await createUser(db.db, config, { loginId, setUp: false, ssnLast4: '4321', lastName: 'Núñez', dateOfBirth: '1979-05-14' });
    const c = client();
    const { flowToken } = (await c.post('/api/auth/setup/identity', { ...identity, providerId: loginId })).json();
    await c.post('/api/auth/setup/email-code', { flowToken, email });
    return { c, flowToken, code: codeIn((await smtp.latestTo(email)).text) };
  }

  it('stop working after 5 wrong tries, even with the right code', async () => {
    const { c, flowToken, code } = await freshFlow('850000003', 'tries@example.com');
    const wrongCode = code === '123456' ? '654321' : '123456';
    for (let i = 0; i < 5; i++) await c.post('/api/auth/setup/verify-email', { flowToken, code: wrongCode });
    const res = await c.post('/api/auth/setup/verify-email', { flowToken, code });
    expect(res.json().error.code).toBe('codeTooManyTries');
  });

  it('expire after 10 minutes', async () => {
    const { c, flowToken, code } = await freshFlow('850000004', 'expiry@example.com');
    await db.db.updateTable('auth_flows').set({ code_expires_at: sql`portal_now() - interval '1 second'` }).where('email', '=', 'expiry@example.com').execute();
    expect((await c.post('/api/auth/setup/verify-email', { flowToken, code })).json().error.code).toBe('codeExpired');
  });

  it('work once', async () => {
    const { c, flowToken, code } = await freshFlow('850000005', 'once@example.com');
    expect((await c.post('/api/auth/setup/verify-email', { flowToken, code })).statusCode).toBe(200);
    expect((await c.post('/api/auth/setup/verify-email', { flowToken, code })).json().error.code).toBe('codeExpired');
  });
});

describe('"Forgot password?"', () => {
  beforeAll(async () => {
    await createUser(db.db, config, { loginId: '860000001', email: 'reset.me@example.com' });
  });

  it('answers the same whether or not the account exists', async () => {
    const since = smtp.mark();
    const real = (await client().post('/api/auth/reset/start', { accountType: 'provider', loginId: '860000001', method: 'email' })).json();
    await smtp.latestTo('reset.me@example.com', since);
    const fake = (await client().post('/api/auth/reset/start', { accountType: 'provider', loginId: '869999999', method: 'email' })).json();
    expect(Object.keys(real).sort()).toEqual(Object.keys(fake).sort());
    const realQ = (await client().post('/api/auth/reset/start', { accountType: 'provider', loginId: '860000001', method: 'questions' })).json();
    const fakeQ = (await client().post('/api/auth/reset/start', { accountType: 'provider', loginId: '869999999', method: 'questions' })).json();
    expect(realQ.questions).toHaveLength(3);
    expect(fakeQ.questions).toHaveLength(3);
    const fakeQAgain = (await client().post('/api/auth/reset/start', { accountType: 'provider', loginId: '869999999', method: 'questions' })).json();
    expect(fakeQAgain.questions).toEqual(fakeQ.questions);
  });

  it('answers six wrong codes or answers for an unknown ID exactly as for a real one', async () => {
    await createUser(db.db, config, { loginId: '860000003', email: 'six.tries@example.com' });
    const sixTries = async (loginId: string, method: 'email' | 'questions') => {
      const c = client();
      const since = smtp.mark();
      const started = await c.post('/api/auth/reset/start', { accountType: 'provider', loginId, method });
      const { flowToken } = started.json();
      // A code that is surely wrong: the real one, when a mail went out, with its first digit changed.
      const sent = loginId === '860000003' && method === 'email' ? codeIn((await smtp.latestTo('six.tries@example.com', since)).text) : '123456';
      const wrongCode = `${(Number(sent[0]) + 1) % 10}${sent.slice(1)}`;
      const answers = [{ status: started.statusCode, keys: Object.keys(started.json()).sort() }];
      for (let i = 0; i < 6; i++) {
        const res =
          method === 'email'
            ? await c.post('/api/auth/reset/verify-code', { flowToken, code: wrongCode })
            : await c.post('/api/auth/reset/answers', { flowToken, answers: ['wrong', 'wrong', 'wrong'] });
        answers.push({ status: res.statusCode, keys: [res.json().error.code, res.json().error.message] });
      }
      return answers;
    };
    for (const method of ['email', 'questions'] as const) {
      const real = await sixTries('860000003', method);
      expect(real.slice(1).every((a) => a.status === 400)).toBe(true);
      expect(await sixTries('869999997', method)).toEqual(real);
    }
  });

  it('by email: lifts a lockout, ends every session, and sends a "password was changed" email', async () => {
    const other = client();
    const before = await other.signIn('provider', '860000001');
    const oldToken = before.cookies.find((k) => k.name === 'ihss_session')!.value;
    const lockedUntil = sql<Date>`portal_now() + interval '1 day'`;
    // The sign-in above may leave the ID's row with nothing counted: the lock goes onto it.
    await db.db
      .insertInto('sign_in_failures')
      .values({ login_key: signInKey(config.dataKey, '860000001'), locked_until: lockedUntil })
      .onConflict((oc) => oc.column('login_key').doUpdateSet({ locked_until: lockedUntil }))
      .execute();

    const c = client();
    const since = smtp.mark();
    const { flowToken } = (await c.post('/api/auth/reset/start', { accountType: 'provider', loginId: '860000001', method: 'email' })).json();
    const code = codeIn((await smtp.latestTo('reset.me@example.com', since)).text);
    expect((await c.post('/api/auth/reset/verify-code', { flowToken, code })).statusCode).toBe(200);
    const beforeNotice = smtp.mark();
    expect((await c.post('/api/auth/reset/complete', { flowToken, password: NEW_PASSWORD })).statusCode).toBe(200);

    const notice = await smtp.latestTo('reset.me@example.com', beforeNotice);
    expect(notice.subject).toContain('password was changed');
    const stale = await app.inject({ method: 'GET', url: '/api/me/sign-in-history', cookies: { ihss_session: oldToken } });
    expect(stale.statusCode).toBe(401);
    expect((await client().signIn('provider', '860000001', NEW_PASSWORD)).statusCode).toBe(200);
    const actions = (await db.db.selectFrom('audit_events').select('action').where('action', 'in', ['password.reset', 'account.unlocked']).execute()).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['password.reset', 'account.unlocked']));
  });

  it('by security questions: compares answers ignoring case and spacing', async () => {
    await createUser(db.db, config, { loginId: '860000002' });
    const c = client();
    const { flowToken, questions } = (await c.post('/api/auth/reset/start', { accountType: 'provider', loginId: '860000002', method: 'questions' })).json();
    expect(questions).toEqual(['first_school', 'childhood_street', 'first_pet']);
    const wrong = await c.post('/api/auth/reset/answers', { flowToken, answers: ['nope', 'main street', 'canela'] });
    expect(wrong.json().error.code).toBe('answersWrong');
    const ok = await c.post('/api/auth/reset/answers', { flowToken, answers: ['  LINCOLN   elementary ', 'main street', 'CANELA'] });
    expect(ok.statusCode).toBe(200);
    expect((await c.post('/api/auth/reset/complete', { flowToken, password: NEW_PASSWORD })).statusCode).toBe(200);
    expect((await client().signIn('provider', '860000002', TEST_PASSWORD)).statusCode).toBe(401);
  });

  it('never completes for an unknown account', async () => {
    const c = client();
    const { flowToken } = (await c.post('/api/auth/reset/start', { accountType: 'provider', loginId: '869999998', method: 'email' })).json();
    const res = await c.post('/api/auth/reset/verify-code', { flowToken, code: '123456' });
    expect(res.json().error.code).toBe('codeWrong');
    expect((await c.post('/api/auth/reset/complete', { flowToken, password: NEW_PASSWORD })).json().error.code).toBe('flowExpired');
  });
});
