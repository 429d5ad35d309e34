/**
 * The provider's home screen in one call: regions "Scheduled visits", "Timekeeping", "Billing and invoicing"
 * and "Messages and notifications" (the last two arrive with issues #5 and #6), and "Needs your attention".
 * A recipient gets what waits for their decision.
 */
import { z } from 'zod';
import { isoDate } from './common.js';
import { endpoint } from './endpoint.js';
import { personName } from './cases.js';
import { payExpectationView, placedReason } from './claims.js';
import { evvRecordView } from './evv.js';
import { paymentView } from './payments.js';
import { TIMESHEET_STATUSES, timesheetSummary } from './timesheets.js';
import { visitOccurrence } from './visits.js';

export const ATTENTION_KINDS = [
  'open_check_in',
  'evv_needs_fix',
  'period_ending_unsubmitted',
  'timesheet_rejected',
  'awaiting_recipient',
  'timesheet_to_review',
  'sick_leave_to_confirm',
] as const;

export const attentionItem = z.object({
  kind: z.enum(ATTENTION_KINDS),
  caseNumber: z.string().nullable(),
  recipient: personName.nullable(),
  timesheetId: z.number().int().nullable(),
  evvRecordId: z.number().int().nullable(),
  claimId: z.number().int().nullable(),
  payPeriod: z.object({ start: isoDate, end: isoDate }).nullable(),
  since: z.string().nullable().describe('When it started: check-in, submission or decision'),
  reason: z.string().nullable().describe("A returned timesheet: the recipient's reason, or the county's note"),
  returnedBy: z.enum(['recipient', 'county']).nullable().describe('A returned timesheet: who sent it back'),
  countyName: z.string().nullable().describe('A county denial: the county that denied it'),
  reasons: z.array(placedReason).describe("A county denial: its reason codes in words, in the request's language"),
});
export type AttentionItem = z.infer<typeof attentionItem>;

export const providerDashboard = z.object({
  role: z.literal('provider'),
  today: isoDate,
  payPeriod: z.object({ start: isoDate, end: isoDate }),
  attention: z.array(attentionItem),
  scheduledVisits: z.object({ today: z.array(visitOccurrence), nextSevenDaysCount: z.number().int() }),
  timekeeping: z.object({
    openCheckIn: evvRecordView.nullable(),
    needsFixCount: z.number().int(),
    exemptCases: z.array(z.string()),
    timesheets: z.array(timesheetSummary).describe('This pay period, latest version per recipient'),
  }),
  billing: z.object({
    count: z.number().int().describe('Claims sent (every state but draft and superseded)'),
    byState: z
      .array(z.object({ status: z.enum(TIMESHEET_STATUSES), count: z.number().int(), cents: z.number().int().describe('Paid or issued amounts; expected gross before payment') }))
      .describe('Counts and amounts by state (issue #5)'),
    latestPayments: z.array(paymentView).describe('The 3 latest payments'),
    onTheWay: z
      .array(
        z.object({
          timesheetId: z.number().int(),
          caseNumber: z.string(),
          recipient: personName,
          payPeriod: z.object({ start: isoDate, end: isoDate }),
          grossCents: z.number().int().nullable(),
          pay: payExpectationView,
        }),
      )
      .describe('Where is my pay: every claim whose money has not arrived (sent back ones excepted: "Needs your attention" has them), the soonest expected first'),
  }),
  messages: z.object({ count: z.number().int() }),
});

export const recipientDashboard = z.object({
  role: z.literal('recipient'),
  today: isoDate,
  attention: z.array(attentionItem),
  timesheetsToReview: z.number().int(),
  sickLeaveToConfirm: z.number().int(),
});

export const dashboard = z.discriminatedUnion('role', [providerDashboard, recipientDashboard]);
export type Dashboard = z.infer<typeof dashboard>;

export const dashboardEndpoints = {
  get: endpoint({ method: 'GET', path: '/api/dashboard', access: ['provider', 'recipient'], summary: "Home screen: needs-your-attention items and each region's summary", answer: dashboard }),
};
