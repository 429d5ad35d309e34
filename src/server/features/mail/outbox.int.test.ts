import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../../testing/test-app.js';

let db: TestDb;
let app: FastifyInstance;
let proxied: FastifyInstance;

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db, { demo: true });
  proxied = await buildTestApp(db.db, { demo: true, trustProxy: true });
  await createUser(db.db, testConfig(), { loginId: '840000401', email: 'outbox.reader@example.com' });
});
afterAll(async () => {
  await app.close();
  await proxied.close();
  await db.drop();
});

const outbox = (target: FastifyInstance, options: Omit<InjectOptions, 'method' | 'url'>) => target.inject({ method: 'GET', url: '/api/dev/outbox', ...options });

describe('the demo outbox', () => {
  it('shows the demo mail, reset codes included, to a caller on this machine', async () => {
    await new TestClient(app, '198.51.100.40').post('/api/auth/reset/start', { accountType: 'provider', loginId: '840000401', method: 'email' });
    const res = await outbox(app, { remoteAddress: '127.0.0.1' });
    expect(res.statusCode).toBe(200);
    expect(res.json().messages.some((m: { to: string }) => m.to === 'outbox.reader@example.com')).toBe(true);
  });

  it('answers anyone else, however they dress up as local, as a route that does not exist', async () => {
    const missing = (await app.inject({ method: 'GET', url: '/api/dev/nothing-here', remoteAddress: '198.51.100.41' })).body;
    const attempts: [FastifyInstance, Omit<InjectOptions, 'method' | 'url'>][] = [
      [app, { remoteAddress: '198.51.100.41' }],
      [app, { remoteAddress: '192.168.1.20' }],
      [proxied, { remoteAddress: '198.51.100.41', headers: { 'x-forwarded-for': '127.0.0.1' } }],
      [proxied, { remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '198.51.100.41' } }],
      [app, { remoteAddress: '127.0.0.1', headers: { host: 'rebound.example:3000' } }],
    ];
    for (const [target, options] of attempts) {
      const res = await outbox(target, options);
      expect(res.statusCode, JSON.stringify(options)).toBe(404);
      expect(res.body).toBe(missing);
    }
  });
});

describe('mail sent while answering a request', () => {
  it("never carries the request's Host or X-Forwarded-Host", async () => {
    const c = new TestClient(proxied, '198.51.100.42');
    const hostile = { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' };
    expect((await c.post('/api/auth/reset/start', { accountType: 'provider', loginId: '840000401', method: 'email' }, hostile)).statusCode).toBe(200);
    const mail = await db.db.selectFrom('mail_outbox').select(['subject', 'body_text']).where('to_address', '=', 'outbox.reader@example.com').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(mail.body_text).toMatch(/\b\d{6}\b/);
    expect(`${mail.subject} ${mail.body_text}`).not.toContain('evil.example');
  });
});
