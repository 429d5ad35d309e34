import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

// Dates stay as 'YYYY-MM-DD' strings: a calendar day in California must never shift through a JS Date.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
// bigint ids and counts fit in a double for this program's sizes; returning strings would leak into every API.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export type Db = Kysely<Database>;

export interface DbHandle {
  db: Db;
  pool: pg.Pool;
  close(): Promise<void>;
}

/**
 * A pool whose every connection states the portal clock's offset, so the database's portal_now() reads the
 * same time as the server's clock (migration 0011).
 */
export function connect(url: string, max = 20, clockOffsetMs = 0): DbHandle {
  if (!Number.isSafeInteger(clockOffsetMs)) throw new RangeError(`clock offset must be whole milliseconds: ${clockOffsetMs}`);
  const pool = new pg.Pool({ connectionString: url, max, application_name: 'ihss-portal', options: `-c portal.clock_offset_ms=${clockOffsetMs}` });
  // An idle client whose server went away (Ctrl-C reaches the embedded PostgreSQL too, or a failover)
  // is dropped and replaced by the pool; without a listener, its error would crash the process.
  pool.on('error', (err) => console.error(`database connection lost: ${err.message}`));
  // A client checked out for a transaction is not covered by the pool's listener: if the server dies between two
  // of its queries, the error would crash the process. The query in flight fails and its request answers itself.
  pool.on('connect', (client) => client.on('error', (err) => console.error(`database connection lost: ${err.message}`)));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, pool, close: () => db.destroy() };
}

/** Replaces the database name in a connection URL, for creating and reaching sibling databases. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
