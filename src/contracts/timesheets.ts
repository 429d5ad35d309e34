/**
 * Timesheets: one per provider, recipient and pay period, filled from the period's EVV records and editable
 * until submitted. The view carries the rules engine's findings (rendered in the request's language) and the
 * running totals, and, for the provider, `rulesContext`: the rest of the rules case, so the browser can run
 * `evaluateClaims({ ...rulesContext, entries })` as the provider types and show the same findings the server
 * will give on submit.
 */
import { z } from 'zod';
import { caseNumber, idParam, isoDate, msg } from './common.js';
import { countySummary } from './counties.js';
import { endpoint } from './endpoint.js';
import { clockTime, idempotencyKey, personName } from './cases.js';
import { rulesCaseEntry, rulesCaseRecipient, rulesFinding } from './rules.js';
import { TIMESHEET_STATUSES } from '../domain/claim-life.js';
import { MAX_DAY_MINUTES } from '../domain/california-time.js';

export { TIMESHEET_STATUSES };
export const DAY_LOCATIONS = ['home', 'community', 'both'] as const;

const dayMinutes = z.number(msg('minutesShape')).int(msg('minutesShape')).min(0, msg('minutesShape')).max(MAX_DAY_MINUTES, msg('minutesShape'));

export const timesheetDayInput = z
  .object({
    date: isoDate,
    workedMinutes: dayMinutes
      .nullable()
      .optional()
      .describe("The hours typed by the provider; null or absent: the day's check-ins added up, or else the time from start to end"),
    travelMinutes: dayMinutes.default(0),
    startTime: clockTime.nullable().optional(),
    endTime: clockTime.nullable().optional(),
    location: z.enum(DAY_LOCATIONS).nullable().optional(),
  })
  .refine((d) => (d.startTime == null) === (d.endTime == null), { message: 'startEndTogether', path: ['endTime'] });
export type TimesheetDayInput = z.infer<typeof timesheetDayInput>;

export const saveDaysRequest = z.object({
  days: z
    .array(timesheetDayInput)
    .max(16)
    .refine((days) => new Set(days.map((d) => d.date)).size === days.length, { message: 'dayListedTwice' }),
});

export const openTimesheetRequest = z.object({ caseNumber, payPeriodStart: isoDate.describe('The 1st or the 16th') });
export const timesheetParams = z.object({ timesheetId: idParam });
export const timesheetListQuery = z.object({ caseNumber: caseNumber.optional(), payPeriodStart: isoDate.optional() });

export const submitTimesheetRequest = z.object({
  idempotencyKey,
  acknowledgeScheduledVisits: z
    .boolean()
    .optional()
    .describe('True once the provider confirmed that visits still scheduled in the period will not happen or go on a later version'),
});

export const timesheetDayView = z.object({
  date: isoDate,
  workedMinutes: z.number().int(),
  travelMinutes: z.number().int(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  location: z.enum(DAY_LOCATIONS).nullable(),
  fromEvv: z.boolean(),
  evvMinutes: z.number().int().nullable().describe('What the EVV records of the day add up to'),
  edited: z.boolean().describe('Changed from what the EVV records said'),
});

export const timesheetTotals = z.object({
  workedMinutes: z.number().int(),
  travelMinutes: z.number().int(),
  weeks: z.array(
    z.object({
      start: isoDate,
      end: isoDate,
      workedMinutes: z.number().int().describe('All recipients'),
      travelMinutes: z.number().int(),
      overtimeMinutes: z.number().int(),
      capMinutes: z.number().int(),
    }),
  ),
  month: z.object({
    month: z.string(),
    authorizedMinutes: z.number().int(),
    claimedMinutes: z.number().int().describe("This recipient's month: other timesheets and this one"),
    remainingMinutes: z.number().int(),
    assignedMinutes: z.number().int(),
    assignedRemainingMinutes: z.number().int(),
  }),
  overtimeMinutes: z.number().int().describe('Overtime on this timesheet'),
  monthOvertimeMinutes: z.number().int().describe("The provider's overtime so far in the month, all recipients"),
  rateCents: z.number().int().nullable().describe("The hourly rate in force on the period's last day, the one the payment states; null when no wage rate is on file"),
  rates: z
    .array(z.object({ start: isoDate, end: isoDate, rateCents: z.number().int() }))
    .describe("Every day of the period at the hourly rate in force that day, in order: one span unless the county's rate changes inside the period; empty when no wage rate is on file"),
  expectedGrossCents: z.number().int().nullable().describe('Before deductions; null when no wage rate is on file'),
});

export const timesheetDecisionView = z.object({
  decision: z.enum(['approved', 'rejected']),
  reason: z.string().nullable(),
  decidedAt: z.string(),
});

export const rulesContext = z.object({
  provider: z.object({ exemption: z.enum(['none', 'exemption1', 'exemption2']) }),
  recipients: z.array(rulesCaseRecipient.extend({ rateCents: z.number().int().min(0).describe('0 when no wage rate is on file') })),
  priorEntries: z.array(rulesCaseEntry),
  today: isoDate,
  now: z.string(),
});

export const timesheetView = z.object({
  id: z.number().int(),
  caseNumber: z.string(),
  recipient: personName,
  provider: personName,
  county: countySummary,
  payPeriod: z.object({ start: isoDate, end: isoDate }),
  version: z.number().int(),
  status: z.enum(TIMESHEET_STATUSES),
  supersedesId: z.number().int().nullable(),
  supersededById: z.number().int().nullable(),
  submittedAt: z.string().nullable(),
  editable: z.boolean(),
  liveIn: z.boolean().describe('Live-in providers enter hours directly; there are no EVV records'),
  days: z.array(timesheetDayView),
  findings: z.array(rulesFinding).describe('Empty for the recipient'),
  canSubmit: z.boolean(),
  totals: timesheetTotals.nullable().describe('Null for the recipient'),
  remainingScheduledVisits: z.number().int().describe('Visits still planned later in the period: submit warns'),
  plannedDates: z.array(isoDate).describe("The period's days with a planned visit with this recipient: the editor opens them with the days that have time"),
  decision: timesheetDecisionView.nullable(),
  rulesContext: rulesContext.nullable().describe('Null for the recipient'),
});
export type TimesheetView = z.infer<typeof timesheetView>;

export const timesheetSummary = z.object({
  id: z.number().int(),
  caseNumber: z.string(),
  recipient: personName,
  provider: personName,
  payPeriod: z.object({ start: isoDate, end: isoDate }),
  version: z.number().int(),
  status: z.enum(TIMESHEET_STATUSES),
  submittedAt: z.string().nullable(),
  workedMinutes: z.number().int(),
  travelMinutes: z.number().int(),
  decision: timesheetDecisionView.nullable(),
});
export type TimesheetSummary = z.infer<typeof timesheetSummary>;
export const timesheetList = z.object({ timesheets: z.array(timesheetSummary) });

/** A refused submission lists every blocking finding with its reason and how to fix it. */
export const blockedSubmission = z.object({
  error: z.object({
    code: z.literal('timesheetBlocked'),
    message: z.string(),
    params: z.record(z.string(), z.unknown()).optional(),
    findings: z.array(rulesFinding),
  }),
});

/** A provider writes their timesheets; the recipient reads the submitted ones of their case. */
const READERS = ['provider', 'recipient'] as const;

export const timesheetEndpoints = {
  list: endpoint({ method: 'GET', path: '/api/timesheets', access: READERS, summary: "A provider's timesheets (all versions), or the submitted ones of a recipient's case", query: timesheetListQuery, answer: timesheetList }),
  open: endpoint({ method: 'POST', path: '/api/timesheets/open', access: ['provider'], summary: 'The timesheet of a recipient and pay period: the newest version, or a new draft filled from EVV', body: openTimesheetRequest, answer: timesheetView }),
  get: endpoint({ method: 'GET', path: '/api/timesheets/:timesheetId', access: READERS, summary: 'A timesheet with its days, findings and running totals', params: timesheetParams, answer: timesheetView }),
  saveDays: endpoint({ method: 'POST', path: '/api/timesheets/:timesheetId/days', access: ['provider'], summary: "Save a draft's days (the whole list); answers with the server's findings", params: timesheetParams, body: saveDaysRequest, answer: timesheetView }),
  correct: endpoint({ method: 'POST', path: '/api/timesheets/:timesheetId/correct', access: ['provider'], summary: 'Start a correction: a new draft version that keeps the submitted one', params: timesheetParams, answer: timesheetView }),
};
