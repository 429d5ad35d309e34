/**
 * Reminders nobody asks for: "pay period ending with nothing submitted" (the portal's own notice, beside the
 * state portal's of ACIN I-17-22).
 *
 * A daily sweep job, one per California day (`reminders.pay_period_ending_sweep:<date>`, the job's dedupe key):
 * - It finds, for every provider with an assignment to an active case overlapping the current pay period, the
 *   recipients for whom nothing has been submitted for that period (no version beyond a draft), when the period
 *   ends soon (the domain's `payPeriodEndsSoon`, the same window as the dashboard's); and notifies the provider once per provider and period (notification
 *   key `pay_period_ending:<provider>:<period start>`), naming those recipients. The days after the first, and a
 *   rerun of the same day, find the key already used and notify nobody again.
 * - It walks the providers in pages (each page its own transaction), so one day's sweep of the whole state never
 *   holds one giant transaction; a crash mid-sweep is retried from the start, and the keys make that harmless.
 * - Its last step enqueues the next day's sweep (at 08:00 California time) in the transaction that completes it.
 * - `ensureDailySweep` (called at every start of the process, after the worker) enqueues today's sweep under
 *   today's key: a restart, or ten processes starting at once, add nothing when it already exists.
 */
import type { Db } from '../../../db/connection.js';
import { addDays, californiaDate, californiaInstant, payPeriodEndsSoon, payPeriodOf } from '../../../domain/index.js';
import { enqueue } from '../../../jobs/queue.js';
import type { JobHandler } from '../../../jobs/worker.js';
import * as cases from '../cases/service.js';
import { notify } from '../notifications/service.js';
import * as timesheets from '../timesheets/service.js';

export const PAY_PERIOD_SWEEP_JOB = 'reminders.pay_period_ending_sweep';
/** When the daily sweep runs, in California minutes after midnight: 08:00, a time to read mail, not to be woken. */
export const SWEEP_MINUTE = 8 * 60;

const sweepKey = (date: string) => `${PAY_PERIOD_SWEEP_JOB}:${date}`;

/**
 * Notifies the providers whose pay period (the one `date` falls in) ends within 2 days of `date` with nothing
 * submitted for one or more of their recipients. Returns how many providers were found lacking (notified now or
 * earlier: the notification keys decide).
 */
export async function sweepPayPeriodEnding(db: Db, date: string, pageSize = 500): Promise<number> {
  if (!payPeriodEndsSoon(date)) return 0;
  const period = payPeriodOf(date);
  let after = 0;
  let lacking = 0;
  for (;;) {
    const rows = await cases.pageOfActiveAssignments(db, period.start, period.end, after, pageSize);
    if (rows.length === 0) return lacking;
    after = rows.at(-1)!.provider_user_id;
    await db.transaction().execute(async (trx) => {
      const providerIds = [...new Set(rows.map((r) => r.provider_user_id))];
      const submitted = await timesheets.submittedInPeriod(trx, providerIds, period.start);
      const missing = new Map<number, string[]>();
      for (const r of rows) {
        if (submitted.has(`${r.provider_user_id}:${r.case_id}`)) continue;
        const names = missing.get(r.provider_user_id) ?? [];
        const name = `${r.first_name} ${r.last_name}`;
        if (!names.includes(name)) names.push(name);
        missing.set(r.provider_user_id, names);
      }
      for (const [providerId, names] of missing) {
        await notify(trx, {
          event: 'pay_period_ending',
          key: `pay_period_ending:${providerId}:${period.start}`,
          userIds: [providerId],
          data: { payPeriodStart: period.start, payPeriodEnd: period.end, recipientName: names.join(', ') },
        });
      }
      lacking += missing.size;
    });
  }
}

async function enqueueSweep(trx: Db, date: string, now: Date) {
  const delaySeconds = Math.max(0, Math.round((californiaInstant(date, SWEEP_MINUTE) - now.getTime()) / 1000));
  await enqueue(trx, { kind: PAY_PERIOD_SWEEP_JOB, dedupeKey: sweepKey(date), payload: { date }, delaySeconds });
}

/** Today's sweep, at once, unless it already exists (any state: done, waiting, running). Safe at every start. */
export async function ensureDailySweep(db: Db): Promise<void> {
  const now = await cases.nowInDb(db);
  await db.transaction().execute(async (trx) => {
    await enqueue(trx, { kind: PAY_PERIOD_SWEEP_JOB, dedupeKey: sweepKey(californiaDate(now)), payload: { date: californiaDate(now) } });
  });
}

export function reminderJobHandlers(): Record<string, JobHandler> {
  return {
    [PAY_PERIOD_SWEEP_JOB]: async ({ job, db, complete }) => {
      const now = await cases.nowInDb(db);
      const today = californiaDate(now);
      const asked = String(job.payload.date ?? today);
      // A sweep that runs late (the service was down) sweeps today, not a day whose period may be over.
      const date = asked > today ? asked : today;
      await sweepPayPeriodEnding(db, date);
      await db.transaction().execute(async (trx) => {
        await enqueueSweep(trx, addDays(date, 1), now);
        await complete(trx);
      });
    },
  };
}
