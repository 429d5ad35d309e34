/**
 * Planned visits: one-off or weekly on chosen weekdays, in California wall-clock time, expanded into
 * occurrences for a date range on read. The calendar feed is an iCalendar file at a secret URL with the
 * recipient's first name and the times only: no address, no health data.
 */
import { z } from 'zod';
import { caseNumber, idParam, isoDate, msg, ok, providerId } from './common.js';
import { endpoint } from './endpoint.js';
import { clockTime, personName } from './cases.js';

export const visitPlanInput = z
  .object({
    caseNumber,
    providerId: providerId.optional().describe("Required when the recipient plans a visit: which of their providers"),
    startDate: isoDate,
    startTime: clockTime,
    endTime: clockTime,
    repeat: z.enum(['none', 'weekly']),
    weekdays: z.array(z.number().int().min(0).max(6)).max(7).default([]).describe('0 = Sunday; for "weekly"'),
    untilDate: isoDate.nullable().optional(),
  })
  .refine((p) => p.endTime > p.startTime, { message: 'visitEndsBeforeStart', path: ['endTime'] })
  .refine((p) => p.repeat === 'none' || new Set(p.weekdays).size === p.weekdays.length && p.weekdays.length > 0, {
    message: 'visitWeekdaysRequired',
    path: ['weekdays'],
  })
  .refine((p) => p.untilDate == null || p.untilDate >= p.startDate, { message: 'visitUntilBeforeStart', path: ['untilDate'] });
export type VisitPlanInput = z.infer<typeof visitPlanInput>;

export const visitPlanParams = z.object({ planId: idParam });

export const visitPlanView = z.object({
  id: z.number().int(),
  caseNumber: z.string(),
  recipient: personName,
  provider: personName,
  providerId: z.string().describe("The provider's Provider ID, so a recipient's form can show who the plan is with"),
  startDate: isoDate,
  startTime: z.string(),
  endTime: z.string(),
  repeat: z.enum(['none', 'weekly']),
  weekdays: z.array(z.number().int()),
  untilDate: isoDate.nullable(),
});
export const visitPlanList = z.object({ plans: z.array(visitPlanView) });

export const occurrencesQuery = z
  .object({ from: isoDate, to: isoDate, caseNumber: caseNumber.optional() })
  .refine((q) => q.to >= q.from, { message: 'rangeShape', path: ['to'] });

export const visitOccurrence = z.object({
  planId: z.number().int(),
  caseNumber: z.string(),
  recipient: personName,
  provider: personName,
  date: isoDate,
  startTime: z.string(),
  endTime: z.string(),
  startAt: z.string().describe('The instant, California time'),
  endAt: z.string(),
  today: z.boolean(),
  checkedIn: z.boolean().describe('An EVV check-in for this recipient falls in or near the visit'),
  checkedOut: z.boolean(),
});
export type VisitOccurrence = z.infer<typeof visitOccurrence>;
export const occurrenceList = z.object({ today: isoDate, occurrences: z.array(visitOccurrence) });

export const calendarFeedStatus = z.object({ active: z.boolean(), createdAt: z.string().nullable() });
export const calendarFeedCreated = z.object({
  url: z.string().describe('Shown once: add it to a phone calendar. Making a new one stops the old one.'),
  createdAt: z.string(),
});
export const calendarFeedParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, msg('notFound')) });

const PLANNERS = ['provider', 'recipient'] as const;

export const visitEndpoints = {
  occurrences: endpoint({ method: 'GET', path: '/api/visits', access: PLANNERS, summary: 'Planned visits in a date range (California dates), expanded, with check-in state', query: occurrencesQuery, answer: occurrenceList }),
  plans: endpoint({ method: 'GET', path: '/api/visits/plans', access: PLANNERS, summary: 'Visit plans still running', answer: visitPlanList }),
  createPlan: endpoint({ method: 'POST', path: '/api/visits/plans', access: PLANNERS, summary: 'Plan a one-off or weekly visit', body: visitPlanInput, answer: visitPlanView }),
  updatePlan: endpoint({ method: 'POST', path: '/api/visits/plans/:planId', access: PLANNERS, summary: 'Change a visit plan', params: visitPlanParams, body: visitPlanInput, answer: visitPlanView }),
  cancelPlan: endpoint({ method: 'POST', path: '/api/visits/plans/:planId/cancel', access: PLANNERS, summary: 'Cancel a visit plan', params: visitPlanParams, answer: ok }),
  feedStatus: endpoint({ method: 'GET', path: '/api/calendar/feed', access: ['provider'], summary: 'Whether a calendar feed URL is active', answer: calendarFeedStatus }),
  createFeed: endpoint({ method: 'POST', path: '/api/calendar/feed', access: ['provider'], summary: 'Make a new secret calendar URL (the old one stops working)', answer: calendarFeedCreated }),
  revokeFeed: endpoint({ method: 'POST', path: '/api/calendar/feed/revoke', access: ['provider'], summary: 'Stop the calendar URL', answer: ok }),
  calendarFeed: endpoint({ method: 'GET', path: '/api/calendar/:token.ics', access: 'public', summary: 'iCalendar feed of planned visits (secret URL; no address, no health data)', params: calendarFeedParams, answer: z.string(), delivery: 'file' }),
};
