import pg from 'pg';

/** PostgreSQL error codes (SQLSTATE, PostgreSQL documentation appendix A) the portal acts on. */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_EXCLUSION_VIOLATION = '23P01';
export const PG_CHECK_VIOLATION = '23514';
export const PG_NOT_NULL_VIOLATION = '23502';

export function pgErrorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof (err as { code: unknown }).code === 'string'
    ? (err as { code: string }).code
    : undefined;
}

/**
 * What the database's refusal of a statement says about the request behind it:
 * - `data`: class 22, data exception - a value the column cannot hold (NUL in text 22021, too long 22001, out of
 *   range 22003, a malformed number or date 22P02/22007/22008...);
 * - `rule`: a value that breaks a rule of the table (not null 23502, check 23514);
 * - `conflict`: the rest of class 23, integrity constraint violation - it clashes with rows already there (unique
 *   23505, exclusion 23P01, foreign key 23503); and class 40, transaction rollback (a deadlock 40P01 or a serialization
 *   failure 40001 between concurrent requests): reloading shows what the other request did.
 * Anything else (a lost connection, a syntax error, a trigger's own exception) is not the request's doing.
 */
export type PgRefusal = 'data' | 'rule' | 'conflict';

export function pgRefusal(err: unknown): PgRefusal | undefined {
  if (!(err instanceof pg.DatabaseError) || !err.code) return undefined;
  if (err.code.startsWith('22')) return 'data';
  if (err.code === PG_NOT_NULL_VIOLATION || err.code === PG_CHECK_VIOLATION) return 'rule';
  if (err.code.startsWith('23') || err.code.startsWith('40')) return 'conflict';
  return undefined;
}
