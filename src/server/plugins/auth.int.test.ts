import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../db/testing/test-db.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../testing/test-app.js';
import { BACKGROUND_REFRESH_HEADER } from './auth.js';

let db: TestDb;
let app: FastifyInstance;
let userId: number;
const background = { [BACKGROUND_REFRESH_HEADER]: '1' };

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
  userId = await createUser(db.db, testConfig(), { loginId: '840000101' });
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

const lastSeen = async () =>
  (await db.db.selectFrom('sessions').select('last_seen_at').where('user_id', '=', userId).where('ended_at', 'is', null).executeTakeFirstOrThrow()).last_seen_at.getTime();
const idleFor = (minutes: number) =>
  db.db.updateTable('sessions').set({ last_seen_at: sql`portal_now() - make_interval(mins => ${minutes})` }).where('user_id', '=', userId).where('ended_at', 'is', null).execute();

describe('a refetch that a server push caused', () => {
  it('reads the session without moving its idle clock, while the person’s own request does', async () => {
    const c = new TestClient(app, '198.51.100.201');
    await c.signIn('provider', '840000101');
    await idleFor(5);
    const before = await lastSeen();

    expect((await c.get('/api/me/sign-in-history', background)).statusCode).toBe(200);
    expect(await lastSeen()).toBe(before);

    expect((await c.get('/api/me/sign-in-history')).statusCode).toBe(200);
    expect(await lastSeen()).toBeGreaterThan(before + 4 * 60_000);
  });

  it('still ends a session that has been idle too long', async () => {
    const c = new TestClient(app, '198.51.100.202');
    await c.signIn('provider', '840000101');
    await idleFor(16);
    const res = await c.get('/api/me/sign-in-history', background);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('sessionExpired');
  });
});
