/**
 * Issue #5: violations (ACL 16-36), as the rules engine's ladder decides them (src/domain/violations.ts): at most one
 * a calendar month, recorded when a timesheet with `violation` findings is approved.
 */
import { z } from 'zod';
import { idParam, isoDate, text } from './common.js';
import { endpoint } from './endpoint.js';
import { COUNTY_STAFF } from './auth.js';

export const VIOLATION_CONSEQUENCES = ['notice', 'notice-and-training-offer', 'suspension-90-days', 'ineligible-365-days'] as const;
export const DISPUTE_STATES = ['none', 'disputed', 'upheld', 'overturned'] as const;

export const violationView = z.object({
  id: z.number().int(),
  timesheetId: z.number().int(),
  month: z.string().describe('YYYY-MM'),
  occurredOn: isoDate,
  number: z.number().int().min(1).max(4),
  consequence: z.enum(VIOLATION_CONSEQUENCES),
  noticeDate: isoDate,
  notice: z.array(z.object({ code: z.string(), title: z.string(), howToFix: z.string() })).describe("The findings behind it, in the request's language"),
  disputeDeadline: isoDate,
  canDispute: z.boolean(),
  dispute: z.object({ state: z.enum(DISPUTE_STATES), text: z.string().nullable(), responseDue: isoDate.nullable(), decisionNote: z.string().nullable() }),
  training: z.object({ offeredUntil: isoDate.nullable(), completedOn: isoDate.nullable(), canTake: z.boolean() }),
  rescinded: z.boolean().describe('Removed by training, or overturned on dispute'),
  suspension: z.object({ start: isoDate, end: isoDate }).nullable().describe('3rd: 90 days; 4th: 365 days of ineligibility. Starts after the dispute window'),
  provider: z.object({ providerId: z.string(), firstName: z.string(), lastName: z.string() }).nullable().describe('For county staff'),
});
export type ViolationView = z.infer<typeof violationView>;
export const violationList = z.object({ violations: z.array(violationView) });
export const violationParams = z.object({ violationId: idParam });
/** violations.dispute_text and dispute_decision_note CHECK at most 2,000 characters. */
const note = text({ min: 3, max: 2000, multiline: true, message: 'noteShape' });
export const disputeRequest = z.object({ text: note });
export const disputeDecisionRequest = z.object({ decision: z.enum(['upheld', 'overturned']), note });
export const staffViolationQuery = z.object({ disputed: z.enum(['true', 'false']).optional() });


export const violationEndpoints = {
  list: endpoint({ method: 'GET', path: '/api/violations', access: ['provider'], summary: "The provider's violations with the notice's text, dispute and training", answer: violationList }),
  dispute: endpoint({
    method: 'POST',
    path: '/api/violations/:violationId/dispute',
    access: ['provider'],
    summary: 'Dispute within 10 days of the notice (SOC 2272)',
    params: violationParams,
    body: disputeRequest,
    answer: violationView,
  }),
  training: endpoint({
    method: 'POST',
    path: '/api/violations/:violationId/training',
    access: ['provider'],
    summary: 'Record the once-only training for a 2nd violation, done within 14 days: removes it',
    params: violationParams,
    answer: violationView,
  }),
  countyList: endpoint({
    method: 'GET',
    path: '/api/staff/violations',
    access: COUNTY_STAFF,
    summary: "The county's violations (disputed=true: those awaiting an answer)",
    query: staffViolationQuery,
    answer: violationList,
  }),
  decideDispute: endpoint({
    method: 'POST',
    path: '/api/staff/violations/:violationId/dispute-decision',
    access: COUNTY_STAFF,
    summary: 'Uphold or overturn a dispute (overturned: removed)',
    params: violationParams,
    body: disputeDecisionRequest,
    answer: violationView,
  }),
};
