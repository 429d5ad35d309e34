import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../db/testing/test-db.js';
import { addDays, californiaDate } from '../domain/index.js';
import { nowInDb } from '../server/features/cases/service.js';
import { buildTestApp } from '../server/testing/test-app.js';
import { PARTITION_UPKEEP_JOB, ensureDailyPartitionUpkeep } from './partition-upkeep.js';
import { enqueue } from './queue.js';
import { createJobWorker } from './start.js';
import { until } from './testing.js';
import type { JobWorker } from './worker.js';

let db: TestDb;
let app: FastifyInstance;
let worker: JobWorker;

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
  worker = createJobWorker(app, { pollMs: 30 });
  await worker.start();
});
afterAll(async () => {
  await worker.stop();
  await app.close();
  await db.drop();
});

/** The name of a monthly partition `months` months after the portal's current (UTC) month. */
async function monthAhead(table: string, months: number): Promise<string> {
  const { rows } = await sql<{ name: string }>`
    SELECT ${table} || '_' || to_char(date_trunc('month', portal_now() AT TIME ZONE 'UTC') + make_interval(months => ${months}::integer), 'YYYY_MM') AS name`.execute(db.db);
  return rows[0]!.name;
}
const exists = async (name: string) => (await sql<{ r: string | null }>`SELECT to_regclass(${name})::text AS r`.execute(db.db)).rows[0]!.r !== null;

describe('the monthly partitions ahead', () => {
  it('are made again by a daily job that schedules the next day, so a server that never restarts keeps writing into months of their own', async () => {
    const today = californiaDate(await nowInDb(db.db));
    await ensureDailyPartitionUpkeep(db.db);
    await ensureDailyPartitionUpkeep(db.db);
    const tomorrow = await db.db.selectFrom('jobs').select(['run_at', 'done_at']).where('dedupe_key', '=', `${PARTITION_UPKEEP_JOB}:${addDays(today, 1)}`).execute();
    expect(tomorrow).toHaveLength(1);
    expect(californiaDate(tomorrow[0]!.run_at)).toBe(addDays(today, 1));

    // A month ahead missing, as it would be a few months into a run without a restart.
    const missing = await monthAhead('notifications', 2);
    await sql`DROP TABLE ${sql.id(missing)}`.execute(db.db);
    expect(await exists(missing)).toBe(false);

    await db.db.transaction().execute((trx) => enqueue(trx, { kind: PARTITION_UPKEEP_JOB, dedupeKey: `${PARTITION_UPKEEP_JOB}:now`, payload: {} }));
    await until(async () => (await db.db.selectFrom('jobs').select('done_at').where('dedupe_key', '=', `${PARTITION_UPKEEP_JOB}:now`).executeTakeFirst())?.done_at);
    expect(await exists(missing)).toBe(true);
    expect(await db.db.selectFrom('jobs').select('id').where('kind', '=', PARTITION_UPKEEP_JOB).where('done_at', 'is', null).execute()).toHaveLength(1);
  });
});
