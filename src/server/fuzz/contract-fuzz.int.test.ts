import { randomInt } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../db/testing/test-db.js';
import { testClock } from '../testing/clock.js';
import { targetsOf } from './generate.js';
import { fuzzRoute, newFigures, report, summary } from './run.js';
import { openWorld } from './world.js';

/**
 * The contract fuzzer in `npm test` (issue #10): every route of the API document gets a few hostile requests per
 * field, as a role that may call it, with a valid session and CSRF token so they reach validation and the
 * handlers. `npm run fuzz -- --count N` is the long run. Each run draws a new seed; FUZZ_SEED=<seed> replays one.
 */
const PER_ROUTE = 10;
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : randomInt(2 ** 31);
const db = await createTestDb();
const world = await openWorld(db.db, testClock, seed);
const figures = newFigures(seed);
const started = performance.now();

afterAll(async () => {
  console.log(`contract fuzzer: ${summary(figures, (performance.now() - started) / 1000)}`);
  await world.close();
  await db.drop();
});

describe(`contract fuzzer, seed ${seed}`, () => {
  it.for(world.routes.map((r) => r.key))('%s: answers no hostile request with a 5xx, and no refused one changes data', async (key) => {
    const route = world.routes.find((r) => r.key === key)!;
    const before = figures.findings.length;
    await fuzzRoute(world, route, figures, 0, Math.max(PER_ROUTE, targetsOf(route).length));
    expect(figures.findings.slice(before).map((f) => report(f, seed))).toEqual([]);
  });
});
