import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, namedStatements, STATEMENTS_KEPT, type DbHandle } from './connection.js';
import { createTestDb, type TestDb } from './testing/test-db.js';

/** Parameterised statements are prepared once per connection (connection.ts), within a bound, surviving DDL. */
let db: TestDb;
let handle: DbHandle;
beforeAll(async () => {
  db = await createTestDb();
  handle = connect(db.url, 1);
});
afterAll(async () => {
  await handle.close();
  await db.drop();
});

async function prepared(): Promise<string[]> {
  const { rows } = await handle.pool.query<{ name: string }>('SELECT name FROM pg_prepared_statements ORDER BY name');
  return rows.map((r) => r.name);
}

describe('a connection to the embedded server', () => {
  it('goes through its Unix socket, not TCP', async () => {
    const { rows } = await handle.pool.query<{ address: string | null }>('SELECT inet_server_addr()::text AS address');
    expect(rows[0]!.address).toBeNull();
  });
});

describe('prepared statements of a connection', () => {
  it('prepares a parameterised statement once and reuses it', async () => {
    await handle.pool.query('DEALLOCATE ALL');
    for (let i = 0; i < 3; i++) {
      const { rows } = await handle.pool.query<{ n: number }>('SELECT $1::int + 1 AS n', [i]);
      expect(rows[0]!.n).toBe(i + 1);
    }
    const { rows } = await handle.pool.query<{ calls: number }>(
      "SELECT count(*)::int AS calls FROM pg_prepared_statements WHERE statement = 'SELECT $1::int + 1 AS n'",
    );
    expect(rows[0]!.calls).toBe(1);
  });

  it('keeps at most STATEMENTS_KEPT on a connection, however many shapes of statement it meets', async () => {
    for (let n = 1; n <= STATEMENTS_KEPT + 30; n++) {
      const ids = Array.from({ length: n % 60 + 1 }, (_, i) => i);
      const { rows } = await sql<{ n: number }>`SELECT ${n}::int AS ${sql.raw(`n${n}`)} WHERE 0 IN (${sql.join(ids)})`.execute(handle.db);
      expect(Object.values(rows[0]!)).toEqual([n]);
    }
    const client = await handle.pool.connect();
    try {
      expect(namedStatements.get(client)!.size).toBe(STATEMENTS_KEPT);
    } finally {
      client.release();
    }
    expect((await prepared()).length).toBeLessThanOrEqual(STATEMENTS_KEPT);
  });

  it('runs a statement again after a migration changed the columns it returns', async () => {
    await handle.pool.query('CREATE TABLE prepared_probe (id int PRIMARY KEY)');
    await handle.pool.query('INSERT INTO prepared_probe VALUES (1)');
    const read = () => handle.pool.query('SELECT * FROM prepared_probe WHERE id = $1', [1]);
    expect((await read()).rows).toEqual([{ id: 1 }]);
    await handle.pool.query("ALTER TABLE prepared_probe ADD COLUMN label text NOT NULL DEFAULT 'x'");
    expect((await read()).rows).toEqual([{ id: 1, label: 'x' }]);
  });

  it('fails a stale statement inside a transaction once, and the next transaction runs it', async () => {
    await handle.pool.query('CREATE TABLE prepared_probe_tx (id int PRIMARY KEY)');
    await handle.pool.query('INSERT INTO prepared_probe_tx VALUES (1)');
    const read = (on: { query: typeof handle.pool.query }) => on.query('SELECT * FROM prepared_probe_tx WHERE id = $1', [1]);
    await read(handle.pool);
    await handle.pool.query('ALTER TABLE prepared_probe_tx ADD COLUMN label text');
    const client = await handle.pool.connect();
    try {
      await client.query('BEGIN');
      await expect(read(client)).rejects.toThrow(/cached plan must not change result type/);
      await client.query('ROLLBACK');
      await client.query('BEGIN');
      expect((await read(client)).rows).toEqual([{ id: 1, label: null }]);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  });

  it("prunes a monthly partitioned table's months at run time with the generic plan a prepared statement settles on", async () => {
    const client = await handle.pool.connect();
    try {
      await client.query('SET plan_cache_mode = force_generic_plan');
      await client.query(
        'PREPARE month_of_visits (timestamptz, timestamptz) AS SELECT count(*) FROM evv_records WHERE coalesce(check_in_at, check_out_at) >= $1 AND coalesce(check_in_at, check_out_at) < $2',
      );
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) EXECUTE month_of_visits (portal_now() - interval '1 day', portal_now())",
      );
      expect(rows.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/Subplans Removed: [1-9]/);
    } finally {
      await client.query('DEALLOCATE month_of_visits');
      await client.query('RESET plan_cache_mode');
      client.release();
    }
  });

  it('keeps transactions and LISTEN working around named statements', async () => {
    await handle.db.transaction().execute(async (trx) => {
      await sql`CREATE TEMP TABLE probe_tx (n int) ON COMMIT DROP`.execute(trx);
      await sql`INSERT INTO probe_tx VALUES (${7})`.execute(trx);
      const { rows } = await sql<{ n: number }>`SELECT n FROM probe_tx WHERE n = ${7}`.execute(trx);
      expect(rows).toEqual([{ n: 7 }]);
    });
    const client = await handle.pool.connect();
    try {
      const heard = new Promise<string>((resolve) => client.once('notification', (m) => resolve(m.payload ?? '')));
      await client.query('LISTEN prepared_probe');
      await client.query('SELECT pg_notify($1, $2)', ['prepared_probe', 'hi']);
      expect(await heard).toBe('hi');
      await client.query('UNLISTEN prepared_probe');
    } finally {
      client.release();
    }
  });
});
