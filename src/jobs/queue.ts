import { sql } from 'kysely';
import type { Db } from '../db/connection.js';

/** The channel a committed enqueue wakes idle workers on (any process listening on the database). */
export const JOBS_CHANNEL = 'ihss_jobs';

export interface NewJob {
  kind: string;
  payload?: Record<string, unknown>;
  /** The same key enqueued twice is one job: retried events and double clicks change nothing. */
  dedupeKey?: string | null;
  /** Seconds from now (database clock); 0 by default. */
  delaySeconds?: number;
  maxAttempts?: number;
}

export interface Job {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  dedupe_key: string | null;
  attempts: number;
  max_attempts: number;
  locked_by: string | null;
}

/**
 * Enqueues inside the caller's transaction, so a job exists exactly when the change that caused it
 * committed. The NOTIFY is delivered at commit too: a rolled-back change wakes nobody.
 */
export async function enqueue(trx: Db, jobs: NewJob | NewJob[]): Promise<number> {
  const list = [jobs].flat();
  if (list.length === 0) return 0;
  let inserted = 0;
  // In slices: one statement has at most 65,535 parameters, and a county broadcast can reach 200,000 people.
  for (let i = 0; i < list.length; i += 2000) inserted += await insertJobs(trx, list.slice(i, i + 2000));
  // Only a job due now needs a worker woken (delayed ones are found by the idle poll): a NOTIFY holds PostgreSQL's one
  // notify lock through the commit's WAL flush, so every transaction that sends one commits one after another.
  if (inserted > 0 && list.some((j) => !j.delaySeconds || j.delaySeconds <= 0)) await wakeWorkers(trx);
  return inserted;
}

async function insertJobs(trx: Db, list: NewJob[]): Promise<number> {
  // An array a column through unnest: 4 parameters whatever the number of jobs (a pay run's batch enqueues thousands,
  // and a VALUES list of thousands of parameters costs as much to plan as to run). A job with its own max_attempts
  // goes by VALUES, where a row without one takes the column's default.
  if (list.every((j) => !j.maxAttempts)) {
    const { rows } = await sql<{ id: number }>`
      INSERT INTO jobs (kind, payload, dedupe_key, run_at)
      SELECT x.kind, x.payload, x.dedupe_key, portal_now() + make_interval(secs => x.delay)
        FROM unnest(${list.map((j) => j.kind)}::text[], ${list.map((j) => JSON.stringify(j.payload ?? {}))}::jsonb[],
                    ${list.map((j) => j.dedupeKey ?? null)}::text[], ${list.map((j) => j.delaySeconds ?? 0)}::float8[]) AS x (kind, payload, dedupe_key, delay)
      ON CONFLICT (dedupe_key) DO NOTHING
      RETURNING id`.execute(trx);
    return rows.length;
  }
  const rows = await trx
    .insertInto('jobs')
    .values(
      list.map((j) => ({
        kind: j.kind,
        payload: JSON.stringify(j.payload ?? {}),
        dedupe_key: j.dedupeKey ?? null,
        run_at: sql<Date>`portal_now() + make_interval(secs => ${j.delaySeconds ?? 0})`,
        ...(j.maxAttempts ? { max_attempts: j.maxAttempts } : {}),
      })),
    )
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .execute();
  return rows.length;
}

export async function wakeWorkers(trx: Db) {
  await sql`SELECT pg_notify(${JOBS_CHANNEL}, '')`.execute(trx);
}

/**
 * Claims up to `limit` due jobs for `workerId` under a lease. `FOR UPDATE SKIP LOCKED` lets any number of
 * workers in any number of processes claim at once without waiting on, or taking, each other's jobs. A
 * job whose lease ran out (its worker died) is due again.
 */
export async function claimJobs(db: Db, workerId: string, limit: number, leaseSeconds: number, kinds?: readonly string[]): Promise<Job[]> {
  const result = await sql<Job>`
    UPDATE jobs SET
      locked_by = ${workerId},
      locked_until = portal_now() + make_interval(secs => ${leaseSeconds}),
      attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM jobs
      WHERE done_at IS NULL AND failed_at IS NULL AND run_at <= portal_now()
        AND (locked_until IS NULL OR locked_until < portal_now())
        ${kinds ? sql`AND kind = ANY(${[...kinds]})` : sql``}
      ORDER BY run_at, id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, kind, payload, dedupe_key, attempts, max_attempts, locked_by`.execute(db);
  return result.rows;
}

/**
 * Marks a job done, only if this worker still holds it. Call it inside the transaction of the job's own
 * effect (see the delivery ledger) so the effect and the completion commit together.
 */
export async function completeJob(trx: Db, job: Pick<Job, 'id'>, workerId: string): Promise<void> {
  await trx
    .updateTable('jobs')
    .set({ done_at: sql`portal_now()`, locked_by: null, locked_until: null, last_error: null })
    .where('id', '=', job.id)
    .where('done_at', 'is', null)
    .where((eb) => eb.or([eb('locked_by', '=', workerId), eb('locked_by', 'is', null)]))
    .execute();
}

/** Exponential backoff with jitter: base, 2 x base, 4 x base ... capped; the jitter spreads a thundering herd. */
export function backoffSeconds(attempts: number, baseSeconds: number, maxSeconds: number, random = Math.random()): number {
  const exp = Math.min(maxSeconds, baseSeconds * 2 ** Math.max(0, attempts - 1));
  return exp * (0.75 + random * 0.5);
}

/** Records a failure: retried after the backoff, or parked (`failed_at`) after the last attempt. */
export async function failJob(db: Db, job: Job, workerId: string, error: unknown, delaySeconds: number): Promise<'retry' | 'parked'> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
  const parked = job.attempts >= job.max_attempts;
  await db
    .updateTable('jobs')
    .set({
      last_error: message,
      locked_by: null,
      locked_until: null,
      ...(parked ? { failed_at: sql`portal_now()` } : { run_at: sql`portal_now() + make_interval(secs => ${delaySeconds})` }),
    })
    .where('id', '=', job.id)
    .where('locked_by', '=', workerId)
    .where('done_at', 'is', null)
    .execute();
  return parked ? 'parked' : 'retry';
}
