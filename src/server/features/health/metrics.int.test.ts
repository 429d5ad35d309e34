import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { buildTestApp } from '../../testing/test-app.js';

const TOKEN = 'metrics-token-for-the-scraper-0123456789';
let db: TestDb;
let app: FastifyInstance;
let proxied: FastifyInstance;

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db, { metricsToken: TOKEN });
  proxied = await buildTestApp(db.db, { trustProxy: true });
});
afterAll(async () => {
  await app.close();
  await proxied.close();
  await db.drop();
});

const metrics = (target: FastifyInstance, options: Omit<InjectOptions, 'method' | 'url'>) => target.inject({ method: 'GET', url: '/metrics', ...options });
const isNotFound = (res: { statusCode: number; json(): { error: { code: string } } }) => res.statusCode === 404 && res.json().error.code === 'notFound';

describe('/metrics', () => {
  it('answers a caller on this machine', async () => {
    for (const remoteAddress of ['127.0.0.1', '127.0.0.2', '::1', '::ffff:127.0.0.1']) {
      const res = await metrics(app, { remoteAddress });
      expect(res.statusCode, remoteAddress).toBe(200);
      expect(res.body).toContain('http_requests_total');
    }
  });

  it('answers anyone else as a route that does not exist', async () => {
    const res = await metrics(app, { remoteAddress: '203.0.113.5' });
    expect(isNotFound(res)).toBe(true);
    expect(res.body).toBe((await app.inject({ method: 'GET', url: '/api/no-such-route', remoteAddress: '203.0.113.5' })).body);
    expect(isNotFound(await metrics(app, { remoteAddress: '10.0.0.7' }))).toBe(true);
  });

  it('reads the socket, not X-Forwarded-For, and refuses what came through a proxy on this machine', async () => {
    expect(isNotFound(await metrics(proxied, { remoteAddress: '203.0.113.5', headers: { 'x-forwarded-for': '127.0.0.1' } }))).toBe(true);
    expect(isNotFound(await metrics(proxied, { remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '203.0.113.5' } }))).toBe(true);
    expect(isNotFound(await metrics(proxied, { remoteAddress: '127.0.0.1', headers: { forwarded: 'for=203.0.113.5' } }))).toBe(true);
  });

  it('refuses a loopback caller that names another host (a DNS-rebinding page)', async () => {
    expect(isNotFound(await metrics(app, { remoteAddress: '127.0.0.1', headers: { host: 'evil.example:3000' } }))).toBe(true);
    expect((await metrics(app, { remoteAddress: '127.0.0.1', headers: { host: '127.0.0.1:3000' } })).statusCode).toBe(200);
  });

  it('answers a scraper elsewhere that brings METRICS_TOKEN, and only the exact token', async () => {
    const from = { remoteAddress: '203.0.113.9' };
    expect((await metrics(app, { ...from, headers: { authorization: `Bearer ${TOKEN}` } })).statusCode).toBe(200);
    for (const authorization of [`Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, `Basic ${TOKEN}`, TOKEN, 'Bearer ']) {
      expect(isNotFound(await metrics(app, { ...from, headers: { authorization } })), authorization).toBe(true);
    }
    expect(isNotFound(await metrics(proxied, { ...from, headers: { authorization: `Bearer ${TOKEN}` } }))).toBe(true);
  });
});
