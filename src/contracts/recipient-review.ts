/**
 * The recipient's review: the submitted timesheets of their case, and their decision on each (approve, or reject with
 * a reason the provider sees at once). The decision is a move of the claim (`src/domain/claim-life.ts`).
 */
import { z } from 'zod';
import { text } from './common.js';
import { endpoint } from './endpoint.js';
import { timesheetList, timesheetParams, timesheetView } from './timesheets.js';

export const recipientDecisionRequest = z
  .object({
    decision: z.enum(['approve', 'reject']),
    reason: text({ min: 0, max: 500, multiline: true, message: 'rejectReasonShape' }).optional(),
  })
  .refine((d) => d.decision === 'approve' || (d.reason !== undefined && d.reason.length >= 3), { message: 'rejectReasonShape', path: ['reason'] });

export const recipientReviewEndpoints = {
  list: endpoint({ method: 'GET', path: '/api/recipient/timesheets', access: ['recipient'], summary: "Submitted timesheets of the recipient's case", answer: timesheetList }),
  decide: endpoint({
    method: 'POST',
    path: '/api/recipient/timesheets/:timesheetId/decision',
    access: ['recipient'],
    summary: 'Approve, or reject with a reason (the provider sees it at once)',
    params: timesheetParams,
    body: recipientDecisionRequest,
    answer: timesheetView,
  }),
};
