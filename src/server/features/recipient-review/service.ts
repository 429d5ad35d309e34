/**
 * The recipient's part: the submitted timesheets of their own case, and their decision on each. The
 * timesheet's status and the decision row are the timesheets feature's; this feature is the recipient's door.
 */
import type { Db } from '../../../db/connection.js';
import type { Viewer } from '../cases/service.js';
import * as timesheets from '../timesheets/service.js';

export function listForReview(db: Db, viewer: Viewer) {
  return timesheets.listTimesheets(db, viewer, {});
}

export function decide(db: Db, viewer: Viewer, id: number, input: { decision: 'approve' | 'reject'; reason?: string | undefined }, client: timesheets.Client) {
  return timesheets.recordRecipientDecision(db, viewer, id, input, client);
}
