/**
 * The recipient's part: the submitted timesheets of their own case, and their decision on each. The
 * timesheet's status and the decision row are the timesheets feature's; this feature is the recipient's door,
 * and it tells the provider (ACIN I-17-22): "timesheet approved", "timesheet rejected" (with the reason) in the
 * transaction that records the decision, and "no recipient action" when a submitted version is still waiting
 * 2 days after its submission.
 */
import type { Db } from '../../../db/connection.js';
import type { JobHandler } from '../../../jobs/worker.js';
import type { Viewer } from '../cases/service.js';
import { routeAfterRecipientApproval } from '../claims/service.js';
import { notify } from '../notifications/service.js';
import * as timesheets from '../timesheets/service.js';

export function listForReview(db: Db, viewer: Viewer) {
  return timesheets.listTimesheets(db, viewer, {});
}

const aboutTimesheet = (ts: timesheets.TimesheetRow) => ({
  payPeriodStart: ts.pay_period_start,
  payPeriodEnd: ts.pay_period_end,
  recipientName: `${ts.recipient_first_name} ${ts.recipient_last_name}`,
  caseNumber: ts.case_number,
  timesheetId: ts.id,
});

/** Tells the provider of a decision; the key names the version, so a retried decision notifies once. */
export async function notifyDecision(trx: Db, d: timesheets.RecipientDecided) {
  const ts = d.timesheet;
  const event = d.decision === 'approved' ? ('timesheet_approved' as const) : ('timesheet_rejected' as const);
  await notify(trx, {
    event,
    key: `${event}:timesheet:${ts.id}`,
    userIds: [ts.provider_user_id],
    data: { ...aboutTimesheet(ts), ...(d.decision === 'rejected' ? { by: 'recipient', reason: d.reason } : {}) },
  });
}

/**
 * The recipient's decision. An approval is routed in the same transaction (issue #5): to the county's queue when
 * the submission had exception findings, else approved by the system (claims/service.ts).
 */
export function decide(db: Db, viewer: Viewer, id: number, input: { decision: 'approve' | 'reject'; reason?: string | undefined }, client: timesheets.Client, now: Date) {
  return timesheets.recordRecipientDecision(
    db,
    viewer,
    id,
    input,
    client,
    async (trx, d) => {
      await notifyDecision(trx, d);
      if (d.decision === 'approved') await routeAfterRecipientApproval(trx, d.timesheet, now);
    },
    now,
  );
}

/**
 * The delayed job enqueued at each submission (`timesheets.RECIPIENT_NO_ACTION_JOB`, run 2 days later): notifies
 * the provider only if that version is still submitted and undecided, in one transaction with the job's
 * completion. A decision, a correction that superseded it, or a rerun of the job (the notification's key is per
 * version) notifies nobody.
 */
export function recipientReviewJobHandlers(): Record<string, JobHandler> {
  return {
    [timesheets.RECIPIENT_NO_ACTION_JOB]: async ({ job, db, complete }) => {
      const timesheetId = Number(job.payload.timesheetId);
      await db.transaction().execute(async (trx) => {
        const ts = await timesheets.awaitingRecipient(trx, timesheetId);
        if (ts) {
          await notify(trx, { event: 'recipient_no_action', key: `recipient_no_action:timesheet:${ts.id}`, userIds: [ts.provider_user_id], data: aboutTimesheet(ts) });
        }
        await complete(trx);
      });
    },
  };
}
