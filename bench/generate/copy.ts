/**
 * Rows into PostgreSQL with COPY ... FROM STDIN (text format), through `pg-copy-streams`: one statement a table and
 * chunk, so the server checks every constraint and fires every trigger on each row, as it would for an INSERT.
 */
import { once } from 'node:events';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type Cell = string | number | boolean | null | Date | Buffer | readonly (string | number)[];

/** A value as COPY's text format spells it: `\N` for NULL, with backslash, tab, newline and carriage return escaped. */
export function cell(v: Cell): string {
  if (v === null) return '\\N';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (v instanceof Date) return v.toISOString();
  if (Buffer.isBuffer(v)) return `\\\\x${v.toString('hex')}`;
  if (Array.isArray(v)) return escape(`{${v.map((x) => (typeof x === 'number' ? String(x) : `"${x.replace(/["\\]/g, '\\$&')}"`)).join(',')}}`);
  return escape(v as string);
}

function escape(s: string): string {
  return /[\\\t\n\r]/.test(s) ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : s;
}

/** One table's rows for one COPY: the columns named once, each row's cells in that order. */
export class TableRows {
  private readonly lines: string[] = [];
  constructor(
    readonly table: string,
    readonly columns: readonly string[],
  ) {}

  add(...cells: Cell[]): void {
    if (cells.length !== this.columns.length) throw new Error(`${this.table}: ${cells.length} cells for ${this.columns.length} columns`);
    this.lines.push(cells.map(cell).join('\t'));
  }

  get count(): number {
    return this.lines.length;
  }

  /** The rows as one COPY text body, and the buffer emptied for the next chunk. */
  take(): string {
    const body = this.lines.length === 0 ? '' : `${this.lines.join('\n')}\n`;
    this.lines.length = 0;
    return body;
  }
}

/** Sends the rows with COPY on `client`; returns how many went in. Nothing is sent for no rows. */
export async function copyRows(client: pg.PoolClient | pg.Client, rows: TableRows): Promise<number> {
  const n = rows.count;
  if (n === 0) return 0;
  const stream = client.query(copyFrom(`COPY ${rows.table} (${rows.columns.join(', ')}) FROM STDIN`));
  const done = once(stream, 'finish');
  stream.end(rows.take());
  await done;
  return n;
}
