/**
 * A recipient's case as a provider or the recipient sees it, and the small shapes the workday features share
 * (idempotency keys, device instants, clock times). Nothing sensitive is in `caseStatusView`: address, phone and
 * diagnoses come only from `caseSensitiveView`, whose every read is audited.
 */
import { z } from 'zod';
import { CASE_STATUSES } from '../domain/recipient-case.js';
import { caseNumber, isoDate, isoMonth, msg } from './common.js';
import { countySummary } from './counties.js';
import { endpoint } from './endpoint.js';

/** A key the device makes once per tap (a UUID fits): a retry with the same key returns the first result. */
export const idempotencyKey = z.string(msg('idempotencyKeyShape')).regex(/^[A-Za-z0-9_-]{8,100}$/, msg('idempotencyKeyShape'));

export { instant, isoMonth } from './common.js';

/** California wall-clock time `HH:MM` (24-hour). */
export const clockTime = z.string(msg('timeShape')).regex(/^([01]\d|2[0-3]):[0-5]\d$/, msg('timeShape'));

export const personName = z.object({ firstName: z.string(), lastName: z.string() });

export const caseParams = z.object({ caseNumber });

export const minutes = z.number().int();

export const caseStatusView = z.object({
  caseNumber: z.string(),
  recipient: personName,
  county: countySummary,
  status: z.enum(CASE_STATUSES),
  eligibleFrom: isoDate,
  eligibleTo: isoDate.nullable(),
  month: z.string().describe('YYYY-MM the hours are for'),
  authorizedMinutes: minutes.describe("The recipient's authorised minutes this month"),
  claimedMinutes: minutes.describe('Minutes of this month claimed on submitted or approved timesheets, all providers'),
  remainingAuthorizedMinutes: minutes,
  weeklyMaximumMinutes: minutes.describe('Monthly authorised / 4 (ACL 16-01)'),
  assignment: z
    .object({
      startDate: isoDate,
      endDate: isoDate.nullable(),
      assignedMinutes: minutes.describe("This provider's share of the month"),
      claimedMinutes: minutes,
      remainingAssignedMinutes: minutes,
      liveIn: z.boolean(),
      travelAgreement: z.boolean(),
    })
    .nullable()
    .describe('The signed-in provider\'s assignment; null for the recipient'),
});
export type CaseStatusView = z.infer<typeof caseStatusView>;

export const caseListQuery = z.object({ month: isoMonth.optional() });
export const caseList = z.object({ month: z.string(), cases: z.array(caseStatusView) });

/** Who a recipient can plan a visit with: names and Provider IDs of the providers assigned to their case. */
export const caseProvider = z.object({ providerId: z.string(), firstName: z.string(), lastName: z.string() });
export const caseProviderList = z.object({ providers: z.array(caseProvider) });

export const caseSensitiveView = z.object({
  caseNumber: z.string(),
  address: z.object({ street: z.string().nullable(), unit: z.string().nullable(), city: z.string().nullable(), state: z.string(), zip: z.string().nullable() }),
  phone: z.string().nullable(),
  diagnoses: z.string().nullable(),
});
export type CaseSensitiveView = z.infer<typeof caseSensitiveView>;

export const caseEndpoints = {
  list: endpoint({ method: 'GET', path: '/api/cases', access: ['provider', 'recipient'], summary: "Client status: each case's status, eligibility, and this month's authorised, assigned and remaining hours", query: caseListQuery, answer: caseList }),
  providers: endpoint({ method: 'GET', path: '/api/cases/:caseNumber/providers', access: ['recipient'], summary: "The recipient's providers, assigned today or later: names and Provider IDs only, to plan a visit with", params: caseParams, answer: caseProviderList }),
  sensitive: endpoint({ method: 'GET', path: '/api/cases/:caseNumber/sensitive', access: ['provider', 'recipient'], summary: 'Address, phone and diagnoses: only for those assigned to the case; every read is audited', params: caseParams, answer: caseSensitiveView }),
};
