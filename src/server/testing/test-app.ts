import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Db } from '../../db/connection.js';
import { buildApp } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import { ssnLast4Hmac } from '../features/accounts/service.js';
import { hashPassword, normaliseAnswer } from '../lib/passwords.js';
import { encryptField } from '../lib/encryption.js';
import { TOTP, Secret } from 'otpauth';
import { testClock, testNow } from './clock.js';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), ...overrides };
}

export async function buildTestApp(db: Db, overrides: Partial<Config> = {}): Promise<FastifyInstance> {
  const app = await buildApp({ config: testConfig(overrides), clock: testClock, db, logger: false });
  await app.ready();
  return app;
}

/**
 * A browser-like caller of the app: keeps cookies, fetches and sends the CSRF token, and can pose as a
 * given IP (per-IP limits) and user agent.
 */
export class TestClient {
  private cookies = new Map<string, string>();
  private csrf = '';
  constructor(
    private readonly app: FastifyInstance,
    private readonly ip = '203.0.113.10',
    private readonly userAgent = 'Mozilla/5.0 (Linux; Android 14) Chrome/131.0 Mobile',
  ) {}

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(res: LightMyRequestResponse) {
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = c.maxAge === 0 || (c.expires && c.expires.getTime() <= testNow().getTime()) || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const body = String(res.headers['content-type'] ?? '').includes('json') ? (res.json() as { csrfToken?: string }) : undefined;
    if (body?.csrfToken) this.csrf = body.csrfToken;
    return res;
  }

  async get(url: string, headers: Record<string, string> = {}) {
    return this.keep(
      await this.app.inject({ method: 'GET', url, remoteAddress: this.ip, headers: { cookie: this.cookieHeader(), 'user-agent': this.userAgent, ...headers } }),
    );
  }

  async post(url: string, payload: unknown = {}, headers: Record<string, string> = {}) {
    if (!this.csrf) await this.get('/api/session');
    const send = async () =>
      this.keep(
        await this.app.inject({
          method: 'POST',
          url,
          payload: payload as Record<string, unknown>,
          remoteAddress: this.ip,
          headers: { cookie: this.cookieHeader(), 'x-csrf-token': this.csrf, 'user-agent': this.userAgent, ...headers },
        }),
      );
    const res = await send();
    // As the web app does (src/web/api.ts): the token changes with the session, so a stale one is fetched anew once.
    const refused = res.statusCode === 403 && String(res.headers['content-type']).includes('json') && (res.json() as { error?: { code?: string } }).error?.code === 'csrf';
    if (!refused) return res;
    await this.get('/api/session');
    return send();
  }

  hasCookie(name: string) {
    return this.cookies.has(name);
  }

  /**
   * Signs in as a person does; when the account asks for its second factor and has the test authenticator app
   * (createUser gives staff one), answers with the app's current code and returns the answer of that step.
   */
  async signIn(accountType: 'provider' | 'recipient' | 'staff', loginId: string, password = TEST_PASSWORD) {
    const first = await this.post('/api/auth/sign-in', { accountType, loginId, password });
    const asked = first.statusCode === 200 && (first.json() as { secondFactor?: { methods: string[] } }).secondFactor;
    if (!asked) return first;
    return this.post('/api/auth/second-factor/totp', { code: await freshTotpCode(this.app, loginId) });
  }
}

/** The key of the authenticator app that createUser gives staff (and anyone it is asked to). */
export const TEST_TOTP_KEY = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/**
 * The machine's own time, which authenticator apps count in: the harness clock without its shift to the test day
 * (the portal does the same, second-factors/service.ts).
 */
export const appTime = () => testClock.now().getTime() - testClock.offsetMs;

export function totpCode(key = TEST_TOTP_KEY, at = appTime()) {
  return new TOTP({ secret: Secret.fromBase32(key), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at });
}

/**
 * The app's current code, after forgetting the last step used: tests sign the same person in several times within
 * one 30-second step, which the portal rightly refuses as a replay of the same code. A person with another factor
 * (the demo staff's text codes) is given the test app too, as a test fixture.
 */
export async function freshTotpCode(app: FastifyInstance, loginId: string) {
  const user = await app.db.selectFrom('users').select('id').where('login_id', '=', loginId).executeTakeFirstOrThrow();
  await app.db
    .insertInto('totp_factors')
    .values({ user_id: user.id, secret_enc: encryptField(app.config.dataKey, TEST_TOTP_KEY, `user:${user.id}:totp`), confirmed_at: testNow() })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ last_step: null }))
    .execute();
  return totpCode();
}

export const TEST_PASSWORD = 'correct horse battery staple';
export const TEST_ANSWERS = [
  { questionId: 'first_school', answer: 'Lincoln Elementary' },
  { questionId: 'childhood_street', answer: 'Main Street' },
  { questionId: 'first_pet', answer: 'Canela' },
] as const;

let cachedHash: Promise<string> | undefined;
let cachedAnswerHashes: Promise<string[]> | undefined;

export interface FixtureUser {
  role?: 'provider' | 'recipient' | 'county_worker' | 'county_admin' | 'state_admin';
  loginId: string;
  countyId?: number | null;
  setUp?: boolean;
  email?: string | null;
  lastName?: string;
  dateOfBirth?: string;
  ssnLast4?: string;
  /** An authenticator app with TEST_TOTP_KEY: staff get one unless this says false (they must have a factor). */
  authenticatorApp?: boolean;
}

/** Inserts an account straight into the database, as county enrolment will. */
export async function createUser(db: Db, config: Config, u: FixtureUser): Promise<number> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  cachedAnswerHashes ??= Promise.all(TEST_ANSWERS.map((a) => hashPassword(normaliseAnswer(a.answer))));
  const role = u.role ?? 'provider';
  const setUp = u.setUp ?? true;
  const { id } = await db
    .insertInto('users')
    .values({
      role,
      login_id: u.loginId,
      county_id: role === 'state_admin' ? null : (u.countyId ?? 19),
      first_name: 'Test',
      last_name: u.lastName ?? 'Person',
      date_of_birth: u.dateOfBirth ?? '1980-01-31',
      ssn_last4_hmac: ssnLast4Hmac(config.dataKey, u.ssnLast4 ?? '1234'),
      email: u.email === undefined ? `${u.loginId}@example.com` : u.email,
      email_verified_at: setUp ? testNow() : null,
      password_hash: setUp ? await cachedHash : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (setUp) {
    const hashes = await cachedAnswerHashes;
    await db
      .insertInto('security_answers')
      .values(TEST_ANSWERS.map((a, i) => ({ user_id: id, position: i + 1, question_id: a.questionId, answer_hash: hashes[i]! })))
      .execute();
  }
  if (setUp && (u.authenticatorApp ?? !['provider', 'recipient'].includes(role))) {
    await db
      .insertInto('totp_factors')
      .values({ user_id: id, secret_enc: encryptField(config.dataKey, TEST_TOTP_KEY, `user:${id}:totp`), confirmed_at: testNow() })
      .execute();
  }
  return id;
}
