import { sql, type RawBuilder, type Transaction } from 'kysely';
import pg from 'pg';
import type { Db } from '../../db/connection.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../errors.js';
import { PG_UNIQUE_VIOLATION } from './pg-errors.js';
import { sha256 } from './tokens.js';

/**
 * Idempotency keys, after the IETF httpapi draft "The Idempotency-Key HTTP Header Field"
 * (draft-ietf-httpapi-idempotency-key-header, sections 2.6 and 2.7), with one deliberate difference:
 *
 * - Same person, same key, same request: the first outcome. A concurrent twin waits for the first request's
 *   transaction and then answers with its outcome (the draft allows a 409 there; a phone retrying a tap must
 *   never be told its own tap conflicts with itself).
 * - Same person, same key, another request (another operation, body or target): 422, nothing changed.
 * - Keys belong to the person who made them: another person's identical key is another key.
 *
 * The key's row is written in the transaction of the work it guards, so a crash (or a refusal that throws)
 * leaves neither, and the retry simply does the work.
 */
export interface IdempotentRequest {
  userId: number;
  key: string;
  /** What the key was made for (e.g. "evv.check_in"); the same key for another operation is another request. */
  operation: string;
  /** The request as sent, with its target: body fields and path parameters. Its `idempotencyKey` is left out. */
  request: Record<string, unknown>;
}

/** What a write answers with, kept as JSON so a retry can be given the same answer. */
export type Outcome = string | number | boolean | null | Outcome[] | { [key: string]: Outcome | undefined };

type Trx = Transaction<Database>;

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/** The request's fingerprint: key order and absent optional fields do not make two requests different. */
export function fingerprintOf(operation: string, request: Record<string, unknown>): string {
  const { idempotencyKey: _key, ...rest } = request;
  return sha256(JSON.stringify([operation, canonical(rest)])).toString('hex');
}

/**
 * Inside the write's transaction: waits for any twin holding the same key, then returns the first outcome
 * (undefined when the key is new). Throws 422 when the key was used for another request.
 */
export async function firstOutcome(trx: Trx, r: IdempotentRequest): Promise<Outcome | undefined> {
  await sql`SELECT ${keyLock(r)}`.execute(trx);
  const row = await trx
    .selectFrom('idempotency_keys')
    .select(['fingerprint', 'outcome'])
    .where('user_id', '=', r.userId)
    .where('key', '=', r.key)
    .executeTakeFirst();
  return row && outcomeOf(r, row);
}

/**
 * firstOutcome in one statement that takes the work's own lock too, after the key's. Its snapshot predates the
 * waits: a twin that committed meanwhile is missed here, so the caller asks firstOutcome again when it finds the work
 * already done, and meets the key's unique index when a twin under the same key did other work.
 */
export async function firstOutcomeLocking(trx: Trx, r: IdempotentRequest, lock: RawBuilder<void>): Promise<Outcome | undefined> {
  const { rows } = await sql<{ fingerprint: string | null; outcome: unknown }>`
    WITH locks AS (SELECT ${keyLock(r)}, ${lock})
    SELECT k.fingerprint, k.outcome FROM locks LEFT JOIN idempotency_keys k ON k.user_id = ${r.userId} AND k.key = ${r.key}`.execute(trx);
  const row = rows[0]!;
  return row.fingerprint === null ? undefined : outcomeOf(r, { fingerprint: row.fingerprint, outcome: row.outcome });
}

/**
 * The lock firstOutcome waits on, for a write that takes it in a statement of its own making. That statement's
 * snapshot predates the wait: a key row it reads may miss a twin that committed meanwhile, whose later write then
 * meets the key's unique index.
 */
export function keyLock(r: Pick<IdempotentRequest, 'userId' | 'key'>) {
  return sql<void>`pg_advisory_xact_lock(hashtext('idempotency'), hashtext(${`${r.userId}:${r.key}`}))`;
}

/** The first outcome of a key's stored row; 422 when the row was made for another request. */
export function outcomeOf(r: IdempotentRequest, row: { fingerprint: string; outcome: unknown }): Outcome {
  if (row.fingerprint !== fingerprintOf(r.operation, r.request)) throw new AppError(422, 'idempotencyKeyReused');
  return row.outcome as Outcome;
}

/**
 * Runs `work`, a transaction that reads the key in a statement taking its lock (firstOutcomeLocking, keyLock) and
 * writes the key's row with the work. That statement's snapshot predates its wait, so a twin under the same key that
 * committed meanwhile can be missed; the work's writes then meet the key's unique index, or one of `indexes` that the
 * work's own rows carry. The request then answers as the twin's first outcome does (`replay`, in a transaction of its
 * own; 422 when the twin was another request), or fails as it did when no twin holds the key.
 */
export async function orTwinsOutcome<T>(
  db: Db,
  r: IdempotentRequest,
  work: () => Promise<T>,
  replay: (trx: Db, first: Outcome) => T | Promise<T>,
  indexes: readonly string[] = [],
): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const twins = err instanceof pg.DatabaseError && err.code === PG_UNIQUE_VIOLATION && ['idempotency_keys_pkey', ...indexes].includes(err.constraint ?? '');
    if (!twins) throw err;
    return db.transaction().execute(async (trx) => {
      const first = await firstOutcome(trx, r);
      if (first === undefined) throw err;
      return replay(trx, first);
    });
  }
}

/** The key's row without its outcome, for a statement that writes it with the work (a data-modifying CTE). */
export function keyRow(r: IdempotentRequest) {
  return { user_id: r.userId, key: r.key, operation: r.operation, fingerprint: fingerprintOf(r.operation, r.request) };
}

/** Inside the same transaction, after the work: the outcome a retry with this key will get. */
export async function remember(trx: Trx, r: IdempotentRequest, outcome: Outcome): Promise<void> {
  await trx
    .insertInto('idempotency_keys')
    .values({ ...keyRow(r), outcome: JSON.stringify(outcome) })
    .execute();
}
