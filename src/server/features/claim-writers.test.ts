import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * ARCHITECTURE: one writer of a claim's status. claim-life/transitions.ts is the only code that moves a timesheet
 * version (after src/domain/claim-life.ts allowed the move) and records the move; its SQL is claim-life/store.ts's.
 * This reads every server source file (tests and their fixtures aside: they set up states directly) for the
 * statements that could change a status or record a move, and for the store functions that do it.
 */
const SERVER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STORE = 'features/claim-life/store.ts';
const TRANSITIONS = 'features/claim-life/transitions.ts';

const files = (function walk(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return walk(p);
    if (!/\.ts$/.test(e.name) || /\.test\.ts$/.test(e.name) || e.name === 'testing.ts') return [];
    return [{ file: path.relative(SERVER, p).split(path.sep).join('/'), text: readFileSync(p, 'utf8') }];
  });
})(SERVER);

/** Each Kysely statement on `table` of the given kind, from the call to its execute, or raw SQL of that kind. */
function statements(text: string, kind: 'updateTable' | 'insertInto', table: string): string[] {
  const builder = [...text.matchAll(new RegExp(`\\.${kind}\\('${table}'\\)[\\s\\S]*?\\.execute`, 'g'))].map((m) => m[0]);
  const raw = kind === 'updateTable' ? new RegExp(`\\bUPDATE\\s+${table}\\b[^\`]*`, 'gi') : new RegExp(`\\bINSERT\\s+INTO\\s+${table}\\b[^\`]*`, 'gi');
  return [...builder, ...[...text.matchAll(raw)].map((m) => m[0])];
}

/** An UPDATE of timesheets that sets the status, or that spreads values it does not name (which could hold one). */
const mayMoveStatus = (statement: string) => /\bstatus\b\s*[:=]|\.set\(\s*'status'|\.\.\./.test(statement.replace(/\.where\([\s\S]*$/, ''));

describe('a claim status', () => {
  it('reads the server: the files, and in them the statements this guards', () => {
    expect(files.map((f) => f.file)).toContain(TRANSITIONS);
    expect(files.filter((f) => statements(f.text, 'updateTable', 'timesheets').length > 0).length).toBeGreaterThan(1);
  });

  it('is changed by one statement only, in claim-life/store.ts', () => {
    const writers = files.flatMap((f) => statements(f.text, 'updateTable', 'timesheets').filter(mayMoveStatus).map(() => f.file));
    expect(writers).toEqual([STORE]);
  });

  it("records its moves (events, recipients' decisions) only in claim-life/store.ts", () => {
    for (const table of ['timesheet_events', 'timesheet_decisions']) {
      const writers = files.flatMap((f) => [...statements(f.text, 'insertInto', table), ...statements(f.text, 'updateTable', table)].map(() => f.file));
      expect(writers, table).toEqual([STORE]);
    }
  });

  it('is moved, and the move recorded, only through claim-life/transitions.ts', () => {
    for (const fn of ['moveStatus', 'insertEvent']) {
      const callers = files.filter((f) => f.file !== STORE && new RegExp(`\\b${fn}\\(`).test(f.text)).map((f) => f.file);
      expect(callers, fn).toEqual([TRANSITIONS]);
    }
  });
});
