/**
 * The monthly partitions ahead (migration 0021: audit trail, EVV taps and visits, timesheet days, notifications) are
 * made at every start, two months ahead; a server that runs longer than that without a restart would start writing
 * into the default partitions, which the next month's partition then cannot be cut from without moving rows. So a
 * daily job, one per California day like the pay-period sweep, makes them again: a no-op on most days, under the
 * day's dedupe key so several processes starting together make one job.
 */
import type { Db } from '../db/connection.js';
import { ensureMonthlyPartitions } from '../db/partitions.js';
import { addDays, californiaDate, californiaInstant } from '../domain/index.js';
import { nowInDb } from '../server/features/cases/service.js';
import { enqueue } from './queue.js';
import type { JobHandler } from './worker.js';

export const PARTITION_UPKEEP_JOB = 'db.monthly_partitions';
/** 03:00 California time: the quietest hour, away from the 08:00 sweep and the pay run. */
const UPKEEP_MINUTE = 3 * 60;

const upkeepKey = (date: string) => `${PARTITION_UPKEEP_JOB}:${date}`;

async function enqueueUpkeep(trx: Db, date: string, now: Date) {
  const delaySeconds = Math.max(0, Math.round((californiaInstant(date, UPKEEP_MINUTE) - now.getTime()) / 1000));
  await enqueue(trx, { kind: PARTITION_UPKEEP_JOB, dedupeKey: upkeepKey(date), payload: { date }, delaySeconds });
}

/** Tomorrow's upkeep, unless it already exists: today's partitions were just made by the start itself. */
export async function ensureDailyPartitionUpkeep(db: Db): Promise<void> {
  const now = await nowInDb(db);
  await db.transaction().execute((trx) => enqueueUpkeep(trx, addDays(californiaDate(now), 1), now));
}

export function partitionUpkeepJobHandlers(): Record<string, JobHandler> {
  return {
    [PARTITION_UPKEEP_JOB]: async ({ db, complete }) => {
      await ensureMonthlyPartitions(db);
      const now = await nowInDb(db);
      await db.transaction().execute(async (trx) => {
        await enqueueUpkeep(trx, addDays(californiaDate(now), 1), now);
        await complete(trx);
      });
    },
  };
}
