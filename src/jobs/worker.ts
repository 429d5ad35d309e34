import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/connection.js';
import type { PgPubSub } from './pubsub.js';
import { JOBS_CHANNEL, backoffSeconds, claimJobs, completeJob, failJob, type Job } from './queue.js';

export interface JobContext {
  job: Job;
  db: Db;
  workerId: string;
  /**
   * Marks the job done inside `trx`: call it in the transaction of the job's effect, so both commit or
   * neither does. A handler that returns without calling it has its job marked done afterwards.
   */
  complete(trx: Db): Promise<void>;
}

export type JobHandler = (ctx: JobContext) => Promise<void>;

interface Log {
  info(obj: unknown, msg?: string): void;
  warn(obj: unknown, msg?: string): void;
  error(obj: unknown, msg?: string): void;
}

export interface WorkerOptions {
  db: Db;
  handlers: Record<string, JobHandler>;
  /** Wakes the worker as soon as a job is enqueued anywhere; without it the worker only polls. */
  pubsub?: PgPubSub | null;
  id?: string;
  /** Jobs run at once by this worker. */
  concurrency?: number;
  /** How often an idle worker looks for due jobs (retries and delayed jobs have no NOTIFY). */
  pollMs?: number;
  /** How long a claim holds before another worker may take the job over. */
  leaseSeconds?: number;
  backoffBaseSeconds?: number;
  backoffMaxSeconds?: number;
  log?: Log;
}

/**
 * Runs jobs from the PostgreSQL queue: claims due jobs (SKIP LOCKED, under a lease), runs each kind's
 * handler, marks it done or schedules a retry with exponential backoff. `stop()` stops claiming and waits
 * for the jobs in hand, so a deploy never cuts a job in half on purpose; a crash does, and the lease hands
 * the job to another worker.
 */
export class JobWorker {
  readonly id: string;
  private readonly opts: Required<Omit<WorkerOptions, 'pubsub' | 'id' | 'log'>> & Pick<WorkerOptions, 'pubsub'>;
  private readonly log: Log;
  private running: Promise<void> | null = null;
  private stopping = false;
  private wake: (() => void) | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(options: WorkerOptions) {
    this.id = options.id ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    this.log = options.log ?? console;
    this.opts = {
      db: options.db,
      handlers: options.handlers,
      pubsub: options.pubsub ?? null,
      concurrency: options.concurrency ?? 4,
      pollMs: options.pollMs ?? 5_000,
      leaseSeconds: options.leaseSeconds ?? 120,
      backoffBaseSeconds: options.backoffBaseSeconds ?? 30,
      backoffMaxSeconds: options.backoffMaxSeconds ?? 6 * 3600,
    };
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.stopping = false;
    if (this.opts.pubsub) this.unsubscribe = await this.opts.pubsub.subscribe(JOBS_CHANNEL, () => this.wake?.());
    this.running = this.loop();
  }

  /** Stops claiming, lets the jobs in hand finish, and resolves when the worker is idle. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.wake?.();
    await this.running;
    this.running = null;
  }

  /** Claims and runs one batch of due jobs; resolves with how many it ran. */
  async runOnce(): Promise<number> {
    const jobs = await claimJobs(this.opts.db, this.id, this.opts.concurrency, this.opts.leaseSeconds, Object.keys(this.opts.handlers));
    await Promise.all(jobs.map((job) => this.run(job)));
    return jobs.length;
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      let ran = 0;
      try {
        ran = await this.runOnce();
      } catch (err) {
        this.log.error({ err }, 'job worker could not claim jobs');
      }
      if (ran === 0 && !this.stopping) await this.idle();
    }
  }

  private idle(): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, this.opts.pollMs);
      this.wake = done;
    });
  }

  private async run(job: Job): Promise<void> {
    const handler = this.opts.handlers[job.kind];
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      let completed = false;
      await handler({
        job,
        db: this.opts.db,
        workerId: this.id,
        complete: async (trx) => {
          await completeJob(trx, job, this.id);
          completed = true;
        },
      });
      if (!completed) await completeJob(this.opts.db, job, this.id);
    } catch (err) {
      const delay = backoffSeconds(job.attempts, this.opts.backoffBaseSeconds, this.opts.backoffMaxSeconds);
      const outcome = await failJob(this.opts.db, job, this.id, err, delay).catch((e: unknown) => {
        this.log.error({ err: e, jobId: job.id }, 'could not record a job failure; its lease will expire');
        return 'unknown';
      });
      const entry = { jobId: job.id, kind: job.kind, attempt: job.attempts, outcome, retryInSeconds: Math.round(delay), error: err instanceof Error ? err.message : String(err) };
      if (outcome === 'parked') this.log.error(entry, 'job failed for the last time and was parked');
      else this.log.warn(entry, 'job failed; will retry');
    }
  }
}
