import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../../testing/test-app.js';

let db: TestDb;
let app: FastifyInstance;

beforeAll(async () => {
  db = await createTestDb();
  // Behind a proxy (TRUST_PROXY), where X-Forwarded-Host would otherwise become request.host.
  app = await buildTestApp(db.db, { trustProxy: true, publicUrl: 'https://ihss.example.gov' });
  await createUser(db.db, testConfig(), { loginId: '860000501' });
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('the calendar feed link', () => {
  it("is built from PUBLIC_URL, whatever Host or X-Forwarded-Host the request names", async () => {
    const c = new TestClient(app, '198.51.100.50');
    await c.signIn('provider', '860000501');
    const hostile = { host: 'evil.example', 'x-forwarded-host': 'evil.example:8443', 'x-forwarded-proto': 'http' };
    const res = await c.post('/api/calendar/feed', {}, hostile);
    expect(res.statusCode).toBe(200);
    expect(res.json().url).toMatch(/^https:\/\/ihss\.example\.gov\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  });
});
