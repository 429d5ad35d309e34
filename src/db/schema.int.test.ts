import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from './testing/test-db.js';

/**
 * schema.ts is written by hand; the migrations are the authority. This reads the declared types with the
 * TypeScript compiler (not a copy of them) and the migrated template's catalogue, and lists every difference,
 * so a column added in a migration and forgotten in schema/ fails here, not in production.
 */

const SCHEMA_FILE = fileURLToPath(new URL('./schema.ts', import.meta.url));
/** migrate.ts's own bookkeeping, which the portal never queries through Kysely. */
const NOT_DECLARED = new Set(['schema_migrations']);

interface DeclaredColumn {
  nullable: boolean;
  /** Declared unknown (jsonb read as is): null or not, it says nothing. */
  opaque: boolean;
  /** An insert may leave it out: Generated, a ColumnType whose insert type admits undefined, or nullable. */
  insertOptional: boolean;
  /** A ColumnType whose insert type is never: the database alone writes it. */
  insertNever: boolean;
  /** What a select returns, null aside: string, number, boolean, Date, Buffer, string[], number[] or unknown. */
  family: string;
  /** The values of a union of string literals, sorted; null when the type is not one. */
  literals: string[] | null;
}

type Declared = Map<string, Map<string, DeclaredColumn>>;

function readDeclared(): Declared {
  const root = path.dirname(ts.findConfigFile(path.dirname(SCHEMA_FILE), ts.sys.fileExists.bind(ts.sys))!);
  const configFile = path.join(root, 'tsconfig.json');
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile.bind(ts.sys));
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const program = ts.createProgram([SCHEMA_FILE], options);
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(SCHEMA_FILE)!)!;
  const database = checker.getExportsOfModule(moduleSymbol).find((s) => s.name === 'Database')!;

  const members = (t: ts.Type): ts.Type[] => (t.isUnion() ? t.types : [t]);
  const columnPart = (t: ts.Type, part: '__select__' | '__insert__'): ts.Type[] => {
    const prop = checker.getPropertyOfType(t, part);
    return prop ? members(checker.getTypeOfSymbol(prop)) : [t];
  };
  const family = (parts: ts.Type[]): string => {
    const names = new Set(parts.map((p) => {
      if (p.flags & ts.TypeFlags.StringLike) return 'string';
      if (p.flags & ts.TypeFlags.NumberLike) return 'number';
      if (p.flags & ts.TypeFlags.BooleanLike) return 'boolean';
      if (checker.isArrayType(p)) return `${family(members(checker.getTypeArguments(p as ts.TypeReference)[0]!))}[]`;
      if (p.flags & ts.TypeFlags.Unknown) return 'unknown';
      return p.getSymbol()?.name === '__type' ? 'unknown' : (p.getSymbol()?.name ?? checker.typeToString(p));
    }));
    return [...names].sort().join(' | ');
  };

  const declared: Declared = new Map();
  for (const table of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(database))) {
    const columns = new Map<string, DeclaredColumn>();
    for (const column of checker.getPropertiesOfType(checker.getTypeOfSymbol(table))) {
      const written = members(checker.getTypeOfSymbol(column));
      const select = written.flatMap((t) => columnPart(t, '__select__'));
      const insert = written.flatMap((t) => columnPart(t, '__insert__'));
      const present = select.filter((t) => !(t.flags & ts.TypeFlags.Null));
      const nullable = present.length < select.length;
      columns.set(column.name, {
        nullable,
        opaque: present.some((t) => t.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any)),
        insertOptional: nullable || insert.some((t) => t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)),
        insertNever: insert.every((t) => t.flags & ts.TypeFlags.Never),
        family: family(present),
        literals: present.every((t) => t.isStringLiteral())
          ? present.map((t) => (t as ts.StringLiteralType).value).sort()
          : null,
      });
    }
    declared.set(table.name, columns);
  }
  return declared;
}

interface DbColumn {
  table: string;
  column: string;
  not_null: boolean;
  type: string;
  has_default: boolean;
  identity: string;
  generated: string;
}

/** The TypeScript a value of each PostgreSQL type arrives as through pg, with connection.ts's parsers. */
const FAMILY_OF: Record<string, string> = {
  int2: 'number', int4: 'number', int8: 'number', float4: 'number', float8: 'number',
  text: 'string', varchar: 'string', bpchar: 'string', inet: 'string', date: 'string', time: 'string', tstzrange: 'string',
  timestamptz: 'Date', bool: 'boolean', bytea: 'Buffer', _text: 'string[]', _int2: 'number[]', _int4: 'number[]',
};

let db: TestDb;
let declared: Declared;
let columns: DbColumn[];
let tables: string[];
beforeAll(async () => {
  db = await createTestDb();
  declared = readDeclared();
  // Partitions (audit_events' months) are reached through their parent, never by name.
  const rows = await sql<DbColumn>`
    SELECT c.relname AS table, a.attname AS column, a.attnotnull AS not_null, t.typname AS type,
           a.atthasdef AS has_default, a.attidentity AS identity, a.attgenerated AS generated
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_type t ON t.oid = a.atttypid
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND a.attnum > 0 AND NOT a.attisdropped
    ORDER BY c.relname, a.attnum`.execute(db.db);
  columns = rows.rows.filter((c) => !NOT_DECLARED.has(c.table));
  tables = [...new Set(columns.map((c) => c.table))];
});
afterAll(async () => {
  await db.drop();
});

/** Each difference as one line, so a failure names every forgotten column at once. */
function differences(check: (c: DbColumn, d: DeclaredColumn) => string | null): string[] {
  return columns.flatMap((c) => {
    const d = declared.get(c.table)?.get(c.column);
    const problem = d && check(c, d);
    return problem ? [`${c.table}.${c.column}: ${problem}`] : [];
  });
}

describe('schema.ts against the migrated database', () => {
  it('declares every table the migrations create, and no other', () => {
    expect([...declared.keys()].sort()).toEqual([...tables].sort());
  });

  it('declares every column of each table, and no other', () => {
    const missing = columns.filter((c) => declared.has(c.table) && !declared.get(c.table)!.has(c.column));
    const extra = tables.flatMap((table) =>
      [...(declared.get(table)?.keys() ?? [])].filter((name) => !columns.some((c) => c.table === table && c.column === name)));
    expect({ missing: missing.map((c) => `${c.table}.${c.column}`), extra }).toEqual({ missing: [], extra: [] });
  });

  it('includes null in a column type exactly when the column is nullable', () => {
    expect(differences((c, d) => {
      if (d.opaque || d.nullable === !c.not_null) return null;
      return c.not_null ? 'NOT NULL, declared with null' : 'nullable, declared without null';
    })).toEqual([]);
  });

  it('lets an insert leave out a column exactly when the database fills it (default, identity, generated)', () => {
    expect(differences((c, d) => {
      const filled = c.has_default || c.identity !== '' || c.generated !== '';
      if (c.generated !== '' && !d.insertNever) return 'generated by the database, declared insertable';
      if (filled && !d.insertOptional && !d.insertNever) return 'has a default, declared required (Generated<> or ColumnType with undefined)';
      if (!filled && !c.not_null) return null;
      if (!filled && (d.insertOptional || d.insertNever)) return 'no default, declared as if it had one';
      return null;
    })).toEqual([]);
  });

  it('declares the TypeScript each column reads as', () => {
    expect(differences((c, d) => {
      const expected = FAMILY_OF[c.type];
      if (expected === undefined) return c.type.startsWith('json') ? null : `no TypeScript known for ${c.type}`;
      return d.family === expected ? null : `${c.type} reads as ${expected}, declared ${d.family}`;
    })).toEqual([]);
  });

  it('declares a union of string literals exactly where a CHECK lists the values, with the same values', async () => {
    // One-column CHECKs that enumerate values: `col = ANY (ARRAY['a'::text, ...])`, or `col = 'a'::text`.
    const { rows } = await sql<{ table: string; column: string; def: string }>`
      SELECT c.relname AS table, a.attname AS column, pg_get_constraintdef(k.oid) AS def
      FROM pg_constraint k
      JOIN pg_class c ON c.oid = k.conrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
      WHERE n.nspname = current_schema() AND k.contype = 'c' AND cardinality(k.conkey) = 1 AND NOT c.relispartition`.execute(db.db);
    const enumerated = new Map<string, string[]>();
    for (const r of rows) {
      const list = new RegExp(`^CHECK \\(\\(${r.column} = (?:ANY \\(ARRAY\\[(.*)\\]\\)|('(?:[^']|'')*'::text))\\)\\)$`).exec(r.def);
      if (!list) continue;
      const values = [...(list[1] ?? list[2]!).matchAll(/'((?:[^']|'')*)'::text/g)].map((m) => m[1]!.replaceAll("''", "'"));
      enumerated.set(`${r.table}.${r.column}`, values.sort());
    }
    expect(differences((c, d) => {
      const allowed = enumerated.get(`${c.table}.${c.column}`);
      if (d.literals === null) {
        return allowed ? `CHECK allows only ${allowed.join(', ')}, declared ${d.family}` : null;
      }
      if (!allowed) return `declared ${d.literals.join(' | ')}, but no CHECK lists the values`;
      return allowed.join() === d.literals.join() ? null : `CHECK allows ${allowed.join(', ')}, declared ${d.literals.join(' | ')}`;
    })).toEqual([]);
  });
});
