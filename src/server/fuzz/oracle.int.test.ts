import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../db/testing/test-db.js';
import { AppError } from '../errors.js';
import { testClock } from '../testing/clock.js';
import { fuzzRoute, newFigures, report } from './run.js';
import { openWorld, type World } from './world.js';

/**
 * The fuzzer's own check: a route with the two faults it hunts (a 500 on odd input, and a refusal that has
 * already written) must be reported, with the request and a command that replays it.
 */
const faulty: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/fuzz-canary',
    { config: { access: ['provider'] }, schema: { body: z.object({ note: z.string(), minutes: z.number().optional() }) } },
    async (request) => {
      if (/[^\w ]/.test(request.body.note)) throw new Error('odd text reached the handler');
      await sql`UPDATE counties SET help_hours = ${`canary ${request.id}`} WHERE id = 58`.execute(app.db);
      throw new AppError(409, 'badRequest');
    },
  );
};

let db: TestDb;
let world: World;
beforeAll(async () => {
  db = await createTestDb();
  world = await openWorld(db.db, testClock, 1, faulty);
});
afterAll(async () => {
  await world.close();
  await db.drop();
});

describe('the contract fuzzer', () => {
  it('reports a server error and a refusal that changed data, each with the request and how to replay it', async () => {
    const route = world.routes.find((r) => r.key === 'POST /api/fuzz-canary')!;
    const figures = newFigures(1);
    await fuzzRoute(world, route, figures, 0, 40);
    const serverError = figures.findings.find((f) => f.kind === 'server error');
    const changed = figures.findings.find((f) => f.kind === 'refusal changed data');
    expect(serverError?.detail).toContain('odd text reached the handler');
    expect(changed?.status).toBe(409);
    expect(changed?.detail).toContain('UPDATE counties (help_hours)');
    expect(report(changed!, 1)).toContain("npm run fuzz -- --seed 1 --route 'POST /api/fuzz-canary' --case");
  });

  it('covers every route of the API document with its access rule', () => {
    expect(world.routes.length).toBeGreaterThan(100);
    expect(world.routes.filter((r) => r.method === 'POST').length).toBeGreaterThan(50);
  });
});
