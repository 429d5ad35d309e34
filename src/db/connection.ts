import { Kysely, PostgresDialect } from 'kysely';
import { createHash } from 'node:crypto';
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
  pool.on('connect', (client) => {
    client.on('error', (err) => console.error(`database connection lost: ${err.message}`));
    preparing(client);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, pool, close: () => db.destroy() };
}

/**
 * Most of PostgreSQL's time on a hot read was planning over the monthly partitions (0021), not running: a
 * parameterised statement is named after its text, so each connection prepares it once and reuses its plan
 * (PostgreSQL's plan cache; a generic plan still prunes partitions at run time). Only texts up to these sizes are
 * named: a statement with a generated list (IN, multi-row VALUES) of many values is one of many shapes and is
 * planned each time as before. Each connection keeps at most STATEMENTS_KEPT, the least recently used deallocated.
 */
export const STATEMENTS_KEPT = 100;
const NAMED_MAX_VALUES = 64;
const NAMED_MAX_TEXT = 8_000;

/** PostgreSQL's answer when a table's columns changed under a prepared statement (a migration). */
function isStalePlan(err: unknown): boolean {
  return (err as { code?: string } | null)?.code === '0A000' && /cached plan must not change result type/.test((err as Error).message);
}

type QueryCallback = (err: Error | null, res?: pg.QueryResult) => void;

type PreparingClient = pg.PoolClient & {
  connection: { parsedStatements: Record<string, string> };
  _txStatus: string | null;
};

/** The statements a connection has named, most recently used last; exposed for the cache's tests. */
export const namedStatements = new WeakMap<pg.ClientBase, Map<string, string>>();

function preparing(client: pg.PoolClient) {
  const c = client as unknown as PreparingClient;
  const original = c.query.bind(c) as (...args: unknown[]) => unknown;
  // text -> name on this connection; a text whose statement went stale is given a new name (the old one may not be
  // droppable until its transaction ends)
  const kept = new Map<string, string>();
  namedStatements.set(client, kept);
  const renamed = new Map<string, number>();
  // names no longer used whose DEALLOCATE has not succeeded yet (it fails inside an aborted transaction)
  const toDrop = new Set<string>();
  const drop = () => {
    for (const name of toDrop) {
      original(`DEALLOCATE "${name}"`, (err: Error | null) => {
        if (err) return;
        toDrop.delete(name);
        delete c.connection.parsedStatements[name];
      });
    }
  };
  const nameOf = (text: string) => {
    const had = kept.get(text);
    if (had !== undefined) {
      kept.delete(text);
      kept.set(text, had);
      return had;
    }
    const generation = renamed.get(text) ?? 0;
    const name = `s${createHash('sha1').update(text).digest('base64url').slice(0, 20)}${generation ? `_${generation}` : ''}`;
    kept.set(text, name);
    if (kept.size > STATEMENTS_KEPT) {
      const [oldest, oldName] = kept.entries().next().value as [string, string];
      kept.delete(oldest);
      toDrop.add(oldName);
      drop();
    }
    return name;
  };
  const forget = (text: string) => {
    const name = kept.get(text);
    if (name === undefined) return;
    kept.delete(text);
    renamed.set(text, (renamed.get(text) ?? 0) + 1);
    toDrop.add(name);
    drop();
  };

  const run = (text: string, values: unknown[], extra: object, callback: QueryCallback, retried: boolean) => {
    // the state before this statement: idle means it runs on its own, so after a failure it can run again
    const alone = c._txStatus === 'I';
    original({ ...extra, text, values, name: nameOf(text) }, (err: Error | null, res?: pg.QueryResult) => {
      if (err && isStalePlan(err)) {
        forget(text);
        if (alone && !retried) return run(text, values, extra, callback, true);
      }
      callback(err, res);
    });
  };

  c.query = ((config: unknown, values?: unknown, callback?: unknown) => {
    const isText = typeof config === 'string';
    const cfg = (isText ? { text: config } : config) as { text?: unknown; values?: unknown; name?: unknown; submit?: unknown } | null;
    const vals = Array.isArray(values) ? values : cfg?.values;
    const cb = typeof values === 'function' ? values : callback;
    if (
      !cfg ||
      typeof cfg.submit === 'function' ||
      cfg.name !== undefined ||
      typeof cfg.text !== 'string' ||
      !Array.isArray(vals) ||
      vals.length === 0 ||
      vals.length > NAMED_MAX_VALUES ||
      cfg.text.length > NAMED_MAX_TEXT ||
      (cb !== undefined && typeof cb !== 'function')
    ) {
      return original(config, values, callback);
    }
    const extra: Record<string, unknown> = isText ? {} : { ...cfg };
    delete extra.text;
    delete extra.values;
    if (cb) {
      run(cfg.text, vals, extra, cb as QueryCallback, false);
      return undefined;
    }
    return new Promise<pg.QueryResult>((resolve, reject) => run(cfg.text as string, vals, extra, (err, res) => (err ? reject(err) : resolve(res!)), false));
  }) as typeof c.query;
}

/** Replaces the database name in a connection URL, for creating and reaching sibling databases. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
