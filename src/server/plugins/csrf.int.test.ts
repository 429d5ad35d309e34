import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../db/testing/test-db.js';
import { buildTestApp, createUser, testConfig, TEST_PASSWORD } from '../testing/test-app.js';

let db: TestDb;
let app: FastifyInstance;
let n = 0;
const LOGIN = { accountType: 'provider', loginId: '840000301', password: TEST_PASSWORD };

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
  await createUser(db.db, testConfig(), { loginId: LOGIN.loginId });
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

/** A browser's cookie jar; unlike TestClient, the test chooses which CSRF token each write sends. */
class Browser {
  readonly cookies = new Map<string, string>();
  private readonly ip = `198.51.100.${++n}`;
  constructor(private readonly target: FastifyInstance = app) {}

  private keep(res: LightMyRequestResponse) {
    for (const c of res.cookies as { name: string; value: string }[]) {
      if (c.value === '') this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async token(): Promise<string> {
    const res = this.keep(await this.target.inject({ method: 'GET', url: '/api/session', remoteAddress: this.ip, headers: { cookie: this.cookieHeader() } }));
    return res.json().csrfToken;
  }

  async post(url: string, token: string, payload: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
    return this.keep(
      await this.target.inject({ method: 'POST', url, payload, remoteAddress: this.ip, headers: { cookie: this.cookieHeader(), 'x-csrf-token': token, ...headers } }),
    );
  }
}

const refused = (res: LightMyRequestResponse) => res.statusCode === 403 && res.json().error.code === 'csrf';

describe('the CSRF token', () => {
  it('from before sign-in stops working at sign-in; the one the sign-in answers with works', async () => {
    const b = new Browser();
    const before = await b.token();
    const signedIn = await b.post('/api/auth/sign-in', before, LOGIN);
    expect(signedIn.statusCode).toBe(200);
    const after = signedIn.json().csrfToken;
    expect(after).not.toBe(before);
    expect(refused(await b.post('/api/session/keep-alive', before))).toBe(true);
    expect((await b.post('/api/session/keep-alive', after)).statusCode).toBe(200);
    expect(await b.token()).toBe(after);
  });

  it('is renewed at sign-out: neither the signed-in token nor the one from before works afterwards', async () => {
    const b = new Browser();
    const before = await b.token();
    const signedIn = (await b.post('/api/auth/sign-in', before, LOGIN)).json().csrfToken;
    expect((await b.post('/api/auth/sign-out', signedIn)).statusCode).toBe(200);
    expect(refused(await b.post('/api/auth/sign-in', signedIn, LOGIN))).toBe(true);
    expect(refused(await b.post('/api/auth/sign-in', before, LOGIN))).toBe(true);
    const fresh = await b.token();
    expect([before, signedIn]).not.toContain(fresh);
    expect((await b.post('/api/auth/sign-in', fresh, LOGIN)).statusCode).toBe(200);
  });

  it("is bound to its session: beside another session's cookie it is refused", async () => {
    const a = new Browser();
    const other = new Browser();
    const tokenA = (await a.post('/api/auth/sign-in', await a.token(), LOGIN)).json().csrfToken;
    await other.post('/api/auth/sign-in', await other.token(), LOGIN);
    a.cookies.set('ihss_session', other.cookies.get('ihss_session')!);
    expect(refused(await a.post('/api/session/keep-alive', tokenA))).toBe(true);
  });
});

describe('the Origin and Referer of a write', () => {
  it('answers 403, never 500, when either is there but is not an http(s) origin', async () => {
    const b = new Browser();
    const token = await b.token();
    for (const origin of ['null', 'garbage', 'http://', 'https://', 'http://[::1', 'javascript:alert(1)', 'file:///etc/passwd', 'http://localhost:3000/path', 'HTTP://LOCALHOST:3000', '']) {
      const res = await b.post('/api/auth/sign-out', token, {}, { origin });
      expect(refused(res), `Origin ${JSON.stringify(origin)}: ${res.statusCode}`).toBe(true);
    }
    for (const referer of ['null', 'garbage', 'http://', 'file:///etc/passwd', 'about:blank']) {
      const res = await b.post('/api/auth/sign-out', token, {}, { referer });
      expect(refused(res), `Referer ${JSON.stringify(referer)}: ${res.statusCode}`).toBe(true);
    }
  });

  it("is refused from another site, including one whose own name points at this machine", async () => {
    const b = new Browser();
    const token = await b.token();
    expect(refused(await b.post('/api/auth/sign-out', token, {}, { origin: 'https://evil.example' }))).toBe(true);
    expect(refused(await b.post('/api/auth/sign-out', token, {}, { referer: 'https://evil.example/form' }))).toBe(true);
    // DNS rebinding: the page's origin and the Host it sends agree, but name a host that is not the portal.
    expect(refused(await b.post('/api/auth/sign-out', token, {}, { origin: 'http://evil.example:3000', host: 'evil.example:3000' }))).toBe(true);
  });

  it("passes from PUBLIC_URL, and outside production from the loopback address the page was loaded from", async () => {
    const b = new Browser();
    const token = await b.token();
    expect(app.config.publicUrl).toBe('http://localhost:3000');
    expect((await b.post('/api/auth/sign-out', token, {}, { origin: 'http://localhost:3000' })).statusCode).toBe(200);
    const again = await b.token();
    expect((await b.post('/api/auth/sign-out', again, {}, { referer: 'http://localhost:3000/sign-in?x=1' })).statusCode).toBe(200);
    const third = await b.token();
    expect((await b.post('/api/auth/sign-out', third, {}, { origin: 'http://127.0.0.1:54321', host: '127.0.0.1:54321' })).statusCode).toBe(200);
  });

  it('passes in production from PUBLIC_URL only', async () => {
    const prod = await buildTestApp(db.db, { env: 'production', demo: false, publicUrl: 'https://ihss.example.gov' });
    try {
      const b = new Browser(prod);
      const token = await b.token();
      expect(refused(await b.post('/api/auth/sign-out', token, {}, { origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' }))).toBe(true);
      expect((await b.post('/api/auth/sign-out', token, {}, { origin: 'https://ihss.example.gov', host: 'ihss.example.gov' })).statusCode).toBe(200);
    } finally {
      await prod.close();
    }
  });
});
