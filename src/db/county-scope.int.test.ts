import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_CLASSES, tablesOf, type TableClass } from './table-classes.js';
import { createTestDb, type TestDb } from './testing/test-db.js';

/**
 * The migrated schema against src/db/table-classes.ts (ADR 0013): what Citus needs of it before the county tables are
 * distributed by county_id. Partitions take their parent's place and are not listed.
 */
let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db.drop();
});

async function tables(): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT c.relname AS name
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
     ORDER BY 1`.execute(db.db);
  return rows.map((r) => r.name);
}

const classOf = (table: string): TableClass | undefined => (TABLE_CLASSES as Record<string, { class: TableClass }>)[table]?.class;

describe('every table of the schema has its place past one primary', () => {
  it('is in exactly one class of table-classes.ts, and every table named there exists', async () => {
    const found = await tables();
    expect(found.filter((t) => classOf(t) === undefined), 'tables to classify in src/db/table-classes.ts').toEqual([]);
    expect(Object.keys(TABLE_CLASSES).filter((t) => !found.includes(t)), 'classified tables that no longer exist').toEqual([]);
  });

  it('gives every county-owned table a county_id that Citus can distribute by: smallint, NOT NULL, a county', async () => {
    const { rows } = await sql<{ table: string; type: string | null; not_null: boolean | null; references_counties: boolean | null }>`
      SELECT t.name AS table, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
             EXISTS (SELECT 1 FROM pg_constraint f
                      WHERE f.conrelid = a.attrelid AND f.contype = 'f' AND f.confrelid = 'counties'::regclass
                        AND f.conkey = ARRAY[a.attnum]) AS references_counties
        FROM unnest(${tablesOf('county')}::text[]) AS t (name)
        LEFT JOIN pg_attribute a ON a.attrelid = to_regclass(t.name) AND a.attname = 'county_id' AND NOT a.attisdropped
       ORDER BY 1`.execute(db.db);
    const wrong = rows.filter((r) => r.type !== 'smallint' || !r.not_null || !r.references_counties);
    expect(wrong, 'county tables whose county_id is missing, nullable, of another type or not a county').toEqual([]);
    expect(rows.length).toBe(tablesOf('county').length);
  });

  it('keeps no foreign key Citus cannot enforce: none into a county table from outside them, none from a shared table into a local one', async () => {
    const { rows } = await sql<{ from: string; to: string; name: string }>`
      SELECT f.conrelid::regclass::text AS from, f.confrelid::regclass::text AS to, f.conname AS name
        FROM pg_constraint f JOIN pg_class c ON c.oid = f.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE f.contype = 'f' AND n.nspname = current_schema() AND NOT c.relispartition
       ORDER BY 1, 3`.execute(db.db);
    // Citus keeps a foreign key between two local tables, two reference tables, colocated distributed tables, from a
    // distributed or local table to a reference table; a key into a distributed table from anything else, or from a
    // distributed or reference table into a local one, cannot be checked on the node that holds the row.
    const allowed = (from: TableClass, to: TableClass) => (to === 'county' ? from === 'county' : to === 'reference' || from === 'local');
    const unenforceable = rows.filter((r) => {
      const from = classOf(r.from);
      const to = classOf(r.to);
      return from !== undefined && to !== undefined && !allowed(from, to);
    });
    expect(unenforceable).toEqual([]);
    expect(rows.length).toBeGreaterThan(50);
  });
});
