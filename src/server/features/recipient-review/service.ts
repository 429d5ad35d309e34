/**
 * The recipient's part: the submitted timesheets of their own case, and their decision on each. The decision is a move
 * of the claim, so it is the claim-life feature's (claim-life/service.ts: the decision row, the move, the notice to the
 * provider and the routing after an approval); this feature is the recipient's door to it, and it tells the provider
 * (ACIN I-17-22) "no recipient action" when a submitted version is still waiting 2 days after its submission.
 */
import type { Db } from '../../../db/connection.js';
import type { JobHandler } from '../../../jobs/worker.js';
import type { Viewer } from '../../lib/viewer.js';
import { aboutTimesheet, awaitingRecipient } from '../claim-life/service.js';
import { RECIPIENT_NO_ACTION_JOB } from '../claim-life/submission.js';
import { notify } from '../notifications/service.js';
import * as timesheets from '../timesheets/service.js';

export function listForReview(db: Db, viewer: Viewer) {
  return timesheets.listTimesheets(db, viewer, {});
}

/**
 * The delayed job enqueued at each submission (`RECIPIENT_NO_ACTION_JOB`, run 2 days later): notifies the provider
 * only if that version is still submitted and undecided, in one transaction with the job's completion. A decision, a
 * correction that superseded it, or a rerun of the job (the notification's key is per version) notifies nobody.
 */
export function recipientReviewJobHandlers(): Record<string, JobHandler> {
  return {
    [RECIPIENT_NO_ACTION_JOB]: async ({ job, db, complete }) => {
      const timesheetId = Number(job.payload.timesheetId);
      await db.transaction().execute(async (trx) => {
        const ts = await awaitingRecipient(trx, timesheetId);
        if (ts) {
          await notify(trx, { event: 'recipient_no_action', key: `recipient_no_action:timesheet:${ts.id}`, userIds: [ts.provider_user_id], data: aboutTimesheet(ts) });
        }
        await complete(trx);
      });
    },
  };
}
