/**
 * Where a benchmark's database time goes: a Kysely instance over the portal's own connection pool whose query
 * log adds each query's round trip to the totals of its shape (its SQL with every parameter list folded to `?`),
 * while `recording` is on. The pay run uses this instance like any other `Db`.
 */
import { Kysely, PostgresDialect } from 'kysely';
import { connect, type Db, type DbHandle } from '../../src/db/connection';
import type { Database } from '../../src/db/schema';

export interface ShapeStats {
  readonly sql: string;
  calls: number;
  ms: number;
}

/** A query's shape: its SQL with whitespace folded and each run of parameters (`$1, $2, ...`) as one `?`. */
export function queryShape(sql: string): string {
  return sql.replace(/\s+/g, ' ').replace(/\$\d+(?:\s*,\s*\$\d+)*/g, '?').trim();
}

export class QueryProfile {
  recording = false;
  private readonly shapes = new Map<string, ShapeStats>();

  record(sql: string, ms: number): void {
    if (!this.recording) return;
    const shape = queryShape(sql);
    const s = this.shapes.get(shape) ?? { sql: shape, calls: 0, ms: 0 };
    s.calls += 1;
    s.ms += ms;
    this.shapes.set(shape, s);
  }

  /** Every shape recorded, most time first. */
  byTime(): ShapeStats[] {
    return [...this.shapes.values()].sort((a, b) => b.ms - a.ms);
  }

  totals(): { calls: number; ms: number } {
    return this.byTime().reduce((t, s) => ({ calls: t.calls + s.calls, ms: t.ms + s.ms }), { calls: 0, ms: 0 });
  }
}

export interface ProfiledDb extends DbHandle {
  profile: QueryProfile;
}

export function connectProfiled(url: string): ProfiledDb {
  const handle = connect(url, 4);
  // Ctrl-C reaches the embedded PostgreSQL too, which ends every connection: a query under way then fails (its
  // caller hears of it), and without a listener its client's 'error' event would end the process before the
  // benchmark's database folder is removed.
  handle.pool.on('connect', (client) => client.on('error', () => {}));
  const profile = new QueryProfile();
  const db: Db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: handle.pool }), log: (e) => profile.record(e.query.sql, e.queryDurationMillis) });
  // This instance runs every query, so its pool is the one to end (the first never started its own).
  return { pool: handle.pool, db, profile, close: () => db.destroy() };
}
