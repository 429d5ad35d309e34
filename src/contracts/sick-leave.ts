/** Paid sick leave (ACL 18-01; SB 616): the balance from the rules engine, claims, and the recipient's confirmation. */
import { z } from 'zod';
import { apiError, caseNumber, idParam, isoDate, msg, text } from './common.js';
import { endpoint } from './endpoint.js';
import { clockTime, idempotencyKey, instant, personName } from './cases.js';
import { rulesFinding } from './rules.js';

export const sickLeaveClaimRequest = z.object({
  idempotencyKey,
  caseNumber,
  date: isoDate,
  minutes: z.number(msg('minutesShape')).int(msg('minutesShape')).min(0, msg('minutesShape')).max(2400, msg('minutesShape')),
  startTime: clockTime.optional().describe('When the missed shift would have started'),
  noticeGivenAt: instant.optional().describe('When the recipient was told'),
  emergency: z.boolean().optional(),
});

export const sickLeaveClaimView = z.object({
  id: z.number().int(),
  caseNumber: z.string(),
  recipient: personName,
  provider: personName,
  date: isoDate,
  minutes: z.number().int(),
  status: z.enum(['pending', 'confirmed', 'rejected']),
  requestedAt: z.string(),
  decidedAt: z.string().nullable(),
  rejectReason: z.string().nullable(),
  findings: z.array(rulesFinding).describe('Warnings at the time of the claim (e.g. short notice)'),
});

export const sickLeaveOverview = z.object({
  asOf: isoDate,
  earnedOn: isoDate.nullable(),
  usableOn: isoDate.nullable(),
  usable: z.boolean(),
  fiscalYear: z.object({ start: isoDate, end: isoDate }),
  yearlyMinutes: z.number().int(),
  balanceMinutes: z.number().int().describe('Granted this fiscal year less confirmed and pending claims'),
  workedTowardEarningMinutes: z.number().int(),
  claims: z.array(sickLeaveClaimView),
});

export const sickLeaveBlocked = z.object({
  error: z.object({ code: z.literal('sickLeaveBlocked'), message: z.string(), params: z.record(z.string(), z.unknown()).optional(), findings: z.array(rulesFinding) }),
});

export const sickLeaveClaimParams = z.object({ claimId: idParam });
export const sickLeaveClaimList = z.object({ claims: z.array(sickLeaveClaimView) });
export const sickLeaveDecisionRequest = z
  .object({ decision: z.enum(['confirm', 'reject']), reason: text({ min: 0, max: 500, multiline: true, message: 'rejectReasonShape' }).optional() })
  .refine((d) => d.decision === 'confirm' || (d.reason !== undefined && d.reason.length >= 3), { message: 'rejectReasonShape', path: ['reason'] });

export const sickLeaveEndpoints = {
  overview: endpoint({ method: 'GET', path: '/api/sick-leave', access: ['provider'], summary: 'Balance, when it is usable, and the claims made', answer: sickLeaveOverview }),
  claim: endpoint({
    method: 'POST',
    path: '/api/sick-leave/claims',
    access: ['provider'],
    summary: 'Claim sick leave (1 hour minimum, then 30-minute steps); the recipient confirms',
    body: sickLeaveClaimRequest,
    answer: sickLeaveClaimView,
    otherAnswers: { 422: z.union([sickLeaveBlocked, apiError]) },
  }),
  recipientClaims: endpoint({ method: 'GET', path: '/api/recipient/sick-leave', access: ['recipient'], summary: "Sick leave claims on the recipient's case", answer: sickLeaveClaimList }),
  decide: endpoint({
    method: 'POST',
    path: '/api/recipient/sick-leave/:claimId/decision',
    access: ['recipient'],
    summary: 'Confirm, or reject with a reason',
    params: sickLeaveClaimParams,
    body: sickLeaveDecisionRequest,
    answer: sickLeaveClaimView,
  }),
};
