import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/connection.js';
import { directDepositJobHandlers } from '../server/features/direct-deposit/service.js';
import { notificationJobHandlers } from '../server/features/notifications/service.js';
import { ensureDailyPayRun, payRunJobHandlers } from '../server/features/payments/service.js';
import { recipientReviewJobHandlers } from '../server/features/recipient-review/service.js';
import { ensureDailySweep, reminderJobHandlers } from '../server/features/reminders/service.js';
import { ensureDailyPartitionUpkeep, partitionUpkeepJobHandlers } from './partition-upkeep.js';
import { JobWorker, type WorkerOptions } from './worker.js';

/**
 * The process's job worker with every handler the portal has, using the app's mailer, text sender and LISTEN
 * connection. main.ts starts it after the server listens and stops it before the app closes; tests start
 * and stop their own.
 */
export function createJobWorker(app: FastifyInstance, options: Partial<Omit<WorkerOptions, 'db'>> = {}): JobWorker {
  return new JobWorker({
    db: app.db,
    pubsub: app.pubsub,
    log: app.log,
    ...options,
    handlers: {
      ...notificationJobHandlers({ mailer: app.mailer, textSender: app.textSender }),
      ...directDepositJobHandlers({ mailer: app.mailer, textSender: app.textSender }),
      ...recipientReviewJobHandlers(),
      ...reminderJobHandlers(),
      ...payRunJobHandlers(),
      ...partitionUpkeepJobHandlers(),
      ...options.handlers,
    },
  });
}

/**
 * The recurring jobs' first links: today's pay-period sweep, today's pay run and tomorrow's partition upkeep, each under a key per California
 * day, so a restart (or several processes starting together) adds nothing when today's already exists. Each
 * enqueues the next day's. main.ts calls it once per start: after the worker starts, or in the primary of several
 * server processes before it starts them.
 */
export async function scheduleRecurringJobs(db: Db): Promise<void> {
  await ensureDailySweep(db);
  await ensureDailyPayRun(db);
  await ensureDailyPartitionUpkeep(db);
}
