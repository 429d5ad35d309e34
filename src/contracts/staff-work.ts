/**
 * County staff's work at a glance (issue #12): what waits for them, counted, on the console's start page. Each count
 * is the total of the list it links to (the review queue, the disputes to answer, the enrolments not set up), so a
 * worker knows where to go first without opening each.
 */
import { z } from 'zod';
import { STAFF_ROLES } from './auth.js';
import { isoDate } from './common.js';
import { countySummary } from './counties.js';
import { endpoint } from './endpoint.js';

export const staffWorkQuery = z.object({
  county: z
    .string()
    .regex(/^[a-z][a-z-]{1,40}$/)
    .optional()
    .describe("State admins: one county (the state's totals without it). Ignored for county staff, who see their own county"),
});

export const staffWork = z.object({
  county: countySummary.nullable().describe('The county counted; null: every county (a state admin without `county`)'),
  review: z.object({
    waiting: z.number().int().describe("Timesheets in the county's review queue, not decided yet"),
    escalated: z
      .number()
      .int()
      .describe("Of those, the escalated ones: untouched for 1 business day (California time, weekends and state holidays skipped), the supervisor's view"),
  }),
  disputes: z.object({
    waiting: z.number().int().describe("Violations the provider disputed that wait for the county's answer"),
    soonestDue: isoDate.nullable().describe('The earliest day one of them must be answered by (10 business days from the dispute, SOC 2272); null when none waits'),
  }),
  enrolmentsNotSetUp: z.number().int().describe('Providers the county enrolled whose account is active and not created yet (no password chosen)'),
});
export type StaffWork = z.infer<typeof staffWork>;

export const staffWorkEndpoints = {
  counts: endpoint({
    method: 'GET',
    path: '/api/staff/work',
    access: STAFF_ROLES,
    summary: "How much waits for county staff: timesheets in review and escalated, disputes to answer, enrolments not set up (own county; state admin: any or all)",
    query: staffWorkQuery,
    answer: staffWork,
  }),
};
