import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from './connection.js';
import { createTestDb, type TestDb } from './testing/test-db.js';

/** The database reads the portal's clock (migration 0011), so a run on another day is that day in SQL too. */
let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db.drop();
});

const DAY_MS = 86_400_000;

describe("the database's clock", () => {
  it("is the machine's time moved by the offset its connection states", async () => {
    const moved = connect(db.url, 1, -400 * DAY_MS);
    try {
      // now() here is the machine's time on purpose: what portal_now() is measured against.
      // eslint-disable-next-line no-restricted-syntax
      const { rows } = await sql<{ ahead_ms: number }>`SELECT extract(epoch FROM portal_now() - now()) * 1000 AS ahead_ms`.execute(moved.db);
      expect(Number(rows[0]!.ahead_ms)).toBe(-400 * DAY_MS);
      // eslint-disable-next-line no-restricted-syntax
      const { rows: stamped } = await sql<{ ahead_ms: number }>`
        INSERT INTO mail_outbox (to_address, subject, body_text) VALUES ('a@example.com', 's', 'b')
        RETURNING extract(epoch FROM created_at - now()) * 1000 AS ahead_ms`.execute(moved.db);
      expect(Number(stamped[0]!.ahead_ms)).toBe(-400 * DAY_MS);
    } finally {
      await moved.close();
    }
  });

  it('stamps no column with now() by default: every default reads portal_now()', async () => {
    const { rows } = await sql<{ column: string; expr: string }>`
      SELECT format('%s.%s', c.relname, a.attname) AS column, pg_get_expr(d.adbin, d.adrelid) AS expr
      FROM pg_attrdef d
      JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
      JOIN pg_class c ON c.oid = d.adrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema()`.execute(db.db);
    expect(rows.filter((r) => /\b(now\(\)|CURRENT_TIMESTAMP|CURRENT_DATE|LOCALTIMESTAMP|statement_timestamp|clock_timestamp)/i.test(r.expr.replace(/portal_now\(\)/g, '')))).toEqual([]);
    expect(rows.filter((r) => r.expr === 'portal_now()').length).toBeGreaterThan(30);
  });
});
