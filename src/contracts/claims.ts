/**
 * Issue #5: a claim (a timesheet version) from submitted to paid. The provider's claim list and timeline, and
 * the county payroll staff's review queue with its decisions. A claim's states and who may change them are
 * `src/domain/claim-life.ts`.
 */
import { z } from 'zod';
import { DENIAL_REASON_CODES, PAY_METHODS, PAY_STAGE_KINDS, PAY_STAGE_STATES } from '../domain/index.js';
import { COUNTY_STAFF } from './auth.js';
import { apiError, caseNumber, idParam, isoDate, msg, providerId, text, wholeNumberParam } from './common.js';
import { endpoint } from './endpoint.js';
import { personName } from './cases.js';
import { rulesFinding } from './rules.js';
import { blockedSubmission, submitTimesheetRequest, TIMESHEET_STATUSES, timesheetParams, timesheetSummary, timesheetView } from './timesheets.js';

export const ACTOR_KINDS = ['provider', 'recipient', 'county', 'system'] as const;

/** A reason in plain words, in the request's language. */
export const claimReason = z.object({ code: z.string(), title: z.string(), howToFix: z.string() });

export const claimEvent = z.object({
  id: z.number().int(),
  timesheetId: z.number().int(),
  version: z.number().int(),
  action: z.string().describe('submit, recipient_approve, route_to_county, auto_approve, hold, county_deny, issue_payment, supersede, ...'),
  from: z.enum(TIMESHEET_STATUSES).nullable(),
  to: z.enum(TIMESHEET_STATUSES),
  actorKind: z.enum(ACTOR_KINDS).describe('system: decided by the portal (routing, automatic approval, the pay run)'),
  actorName: z.string().nullable(),
  reasons: z.array(claimReason).describe("A county denial's reasons with what to change in the correction; a routing's with what the county will check"),
  note: z
    .string()
    .nullable()
    .describe(
      "A person's own words on their decision: the recipient's, the county's (to county staff also their hold and release notes). Never a note the portal wrote: the action says it.",
    ),
  replacedByVersion: z.number().int().nullable().describe('supersede: the version that replaced this one'),
  paymentNumber: z.string().nullable().describe('issue_payment, mark_paid, payment_returned, mark_paid_again: the payment'),
  returnedOn: isoDate.nullable().describe("payment_returned: the day the provider's bank returned the deposit (its reason, with what to do, is in `reasons`)"),
  at: z.string(),
});
export type ClaimEvent = z.infer<typeof claimEvent>;

/** A county denial's reason, with the day or workweek of the finding it names when the version had one. */
export const placedReason = claimReason.extend({
  date: isoDate.nullable().describe('The day the reason concerns'),
  weekStart: isoDate.nullable().describe('The Sunday of the workweek the reason concerns'),
});
export type PlacedReason = z.infer<typeof placedReason>;

/** What the provider must do next, or what the claim waits for. */
export const NEXT_STEPS = ['submit', 'wait_recipient', 'wait_county', 'correct', 'correcting', 'wait_payment', 'wait_bank', 'paid', 'replaced'] as const;

/**
 * A version's story, told the same way on the timesheet page, the claim page and the correction: where it stands,
 * who decided (the recipient or the county), why, and the next step.
 */
export const claimStory = z.object({
  decidedBy: z.enum(['recipient', 'county']).nullable().describe('Who approved, sent back or denied it; null while nobody has'),
  deciderName: z.string().nullable().describe("The recipient's full name, or the county's name (\"Los Angeles\")"),
  decidedAt: z.string().nullable(),
  returned: z.boolean().describe('Sent back: rejected by the recipient or denied by the county'),
  note: z.string().nullable().describe("The recipient's reason, or the county's note"),
  reasons: z.array(placedReason).describe("The county's denial reasons in words (empty otherwise)"),
  nextStep: z.enum(NEXT_STEPS),
  correctionId: z.number().int().nullable().describe('The draft correcting this version, once started'),
  recipientDecideBy: isoDate
    .nullable()
    .describe('While the recipient decides: the day they are asked to decide by (submission + RECIPIENT_DECISION_DAYS calendar days, California time)'),
});
export type ClaimStory = z.infer<typeof claimStory>;

/** One step of "where is my pay" (src/domain/pay-expectation.ts). */
export const payStage = z.object({
  kind: z.enum(PAY_STAGE_KINDS),
  state: z.enum(PAY_STAGE_STATES).describe('done; now: the step in progress; next: still to come'),
  on: isoDate.nullable().describe('Done: the day it happened. Now or next: the day it is expected (a late step: the day it was due). Null: no day can be told'),
  dueOn: isoDate.nullable().describe('The promise: past this day the step is late'),
  daysLate: z.number().int().describe('Calendar days the step in progress is past dueOn; 0 when it is not late'),
});

/**
 * Where a submitted version's pay stands and the day the money is expected (issue #15, "Where is my pay"): every step
 * with its day, the step in progress with its reasons, and whether it is late (the provider calls the county's help
 * desk, which the session carries).
 */
export const payExpectationView = z.object({
  stage: z.enum(PAY_STAGE_KINDS).describe('Where it stands: the step in progress, or the last step once the money arrived'),
  method: z.enum(PAY_METHODS).describe("How it is (to be) paid: the payment's method once issued, else the provider's destination"),
  expectedOn: isoDate.nullable().describe('The day the money is expected in the bank, or a warrant in the mailbox; once arrived, the bank’s day; null when no day can be told'),
  arrived: z.boolean(),
  mailedOn: isoDate.nullable().describe("A warrant: the day it is (to be) mailed, its issue date"),
  stages: z.array(payStage).describe('Oldest first'),
  late: z.object({ stage: z.enum(PAY_STAGE_KINDS), dueOn: isoDate, daysLate: z.number().int() }).nullable(),
  reasons: z.array(claimReason).describe("Why the step in progress waits: in county review, what the county checks; a returned deposit, the bank's reason with what to do"),
  onHold: z.boolean().describe('In county review: county staff put it on hold'),
});
export type PayExpectationView = z.infer<typeof payExpectationView>;

export const claimVersion = z.object({
  id: z.number().int(),
  version: z.number().int(),
  status: z.enum(TIMESHEET_STATUSES),
  submittedAt: z.string().nullable(),
  grossCents: z.number().int().nullable(),
  story: claimStory,
  pay: payExpectationView.nullable().describe('Where its pay stands; null for a draft or a replaced version'),
});
export type ClaimVersion = z.infer<typeof claimVersion>;

export const claimTimeline = z.object({
  caseNumber: z.string(),
  recipient: personName,
  payPeriod: z.object({ start: isoDate, end: isoDate }),
  versions: z.array(claimVersion).describe('Oldest first; every version stays visible'),
  events: z.array(claimEvent).describe('Every change of every version, oldest first'),
  denialReasons: z.array(placedReason).describe("The latest version's denial reasons with how to fix each (empty unless denied)"),
  canCorrect: z.boolean().describe('"Correct and resubmit": POST /api/timesheets/:id/correct on the latest version'),
});
export type ClaimTimeline = z.infer<typeof claimTimeline>;

export const claimListQuery = z.object({
  status: z.enum(TIMESHEET_STATUSES).optional(),
  caseNumber: caseNumber.optional(),
  from: isoDate.optional().describe('Pay periods starting on or after'),
  to: isoDate.optional().describe('Pay periods starting on or before'),
});
export const claimSummary = timesheetSummary.extend({ grossCents: z.number().int().nullable() });
export const providerClaim = claimSummary.extend({
  depositReturnedOn: isoDate.nullable().describe("The day the provider's bank returned this claim's deposit, while it waits to be paid again; null otherwise"),
});
export type ProviderClaim = z.infer<typeof providerClaim>;
export const claimList = z.object({ claims: z.array(providerClaim) });

// --- The county's review queue ------------------------------------------------------------------------------

export const reviewQueueQuery = z.object({
  reason: z.string().regex(/^[A-Z][A-Z0-9_]{0,59}$/).optional().describe('Only items with this reason code'),
  minAgeDays: wholeNumberParam({ min: 0, max: 365 }).optional().describe('Only items waiting at least this many business days'),
  provider: providerId.optional().describe("The provider's 9-digit Provider ID"),
  onHold: z.enum(['true', 'false']).optional(),
  after: idParam.optional().describe('The next page: items after this one (the last shown) in queue order'),
});

export const reviewEvvRecord = z.object({
  id: z.number().int(),
  checkInAt: z.string().nullable(),
  checkOutAt: z.string().nullable(),
  minutes: z.number().int().nullable(),
  locationType: z.enum(['home', 'community']),
  farFromHome: z.boolean(),
});

export const reviewDay = z.object({
  date: isoDate,
  workedMinutes: z.number().int(),
  travelMinutes: z.number().int(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  edited: z.boolean(),
  evvMinutes: z.number().int().nullable(),
  evv: z.array(reviewEvvRecord).describe('The EVV records of that day, beside the claimed hours'),
});

export const reviewItemSummary = z.object({
  timesheetId: z.number().int(),
  version: z.number().int(),
  caseNumber: z.string(),
  recipient: personName,
  provider: personName.extend({ providerId: z.string() }),
  payPeriod: z.object({ start: isoDate, end: isoDate }),
  reasonCodes: z.array(z.string()),
  enteredAt: z.string(),
  ageBusinessDays: z.number().int(),
  escalated: z.boolean().describe('Untouched for 1 business day (California time, weekends and California state holidays skipped)'),
  onHold: z.boolean(),
  holdNote: z.string().nullable(),
  workedMinutes: z.number().int(),
  travelMinutes: z.number().int(),
  grossCents: z.number().int().nullable(),
});
/** Items a page of the county's queue shows. */
export const QUEUE_PAGE = 50;
export const reviewQueue = z.object({
  items: z.array(reviewItemSummary).describe(`Oldest first, at most ${QUEUE_PAGE}`),
  total: z.number().int().describe('Open items matching the filters, on every page'),
  next: z.number().int().nullable().describe('Pass as `after` for the next page; null on the last'),
});
export type ReviewQueue = z.infer<typeof reviewQueue>;

export const reviewItem = reviewItemSummary.extend({
  liveIn: z.boolean().describe('A live-in provider: they do not check in, so a day without an EVV record is expected'),
  findings: z.array(rulesFinding).describe('As at submission, in the request language'),
  days: z.array(reviewDay),
  history: z.array(claimSummary).describe("The provider's other claims of the last 6 months, newest first"),
  events: z.array(claimEvent),
  denialCodes: z.array(z.string()).describe('The catalogue a denial may use'),
});
export type ReviewItem = z.infer<typeof reviewItem>;

/** timesheet_events.note and county_review_items.hold_note hold at most 2,000 characters. */
const note = (min: number) => text({ min, max: 2000, multiline: true, message: 'noteShape' });
export const reviewDecisionRequest = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve'), note: note(0).optional() }),
  z.object({
    decision: z.literal('deny'),
    reasonCodes: z
      .array(z.enum(DENIAL_REASON_CODES as unknown as [string, ...string[]]))
      .min(1, msg('denialReasonRequired'))
      .max(10)
      .refine((a) => new Set(a).size === a.length, msg('denialReasonRequired')),
    note: note(3),
  }),
  z.object({ decision: z.literal('hold'), note: note(3) }),
  z.object({ decision: z.literal('release'), note: note(0).optional() }),
]);
export type ReviewDecisionRequest = z.infer<typeof reviewDecisionRequest>;

export const claimEndpoints = {
  // A claim's first move, at the timesheet's address: the provider submits the draft they have been editing.
  submit: endpoint({
    method: 'POST',
    path: '/api/timesheets/:timesheetId/submit',
    access: ['provider'],
    summary:
      'Submit (idempotent: a retry with the same key answers with the first result; the key reused for another request is a 422). 422 lists every blocking finding; 409 when visits are still scheduled and not acknowledged',
    params: timesheetParams,
    body: submitTimesheetRequest,
    answer: timesheetView,
    otherAnswers: { 422: z.union([blockedSubmission, apiError]) },
  }),
  list: endpoint({ method: 'GET', path: '/api/claims', access: ['provider'], summary: "The provider's claims (every version sent), with filters", query: claimListQuery, answer: claimList }),
  timeline: endpoint({
    method: 'GET',
    path: '/api/claims/:timesheetId/timeline',
    access: ['provider'],
    summary: 'Every version and every change of a claim, with denial reasons in plain words',
    params: timesheetParams,
    answer: claimTimeline,
  }),
  queue: endpoint({ method: 'GET', path: '/api/staff/review', access: COUNTY_STAFF, summary: "The county's payroll queue, oldest first (own county only)", query: reviewQueueQuery, answer: reviewQueue }),
  escalated: endpoint({
    method: 'GET',
    path: '/api/staff/review/escalated',
    access: ['county_admin'],
    summary: "The supervisor's view: items untouched for 1 business day",
    query: reviewQueueQuery,
    answer: reviewQueue,
  }),
  item: endpoint({
    method: 'GET',
    path: '/api/staff/review/:timesheetId',
    access: COUNTY_STAFF,
    summary: "An item: findings, the EVV records beside the claimed days, the provider's recent claims, the timeline",
    params: timesheetParams,
    answer: reviewItem,
  }),
  decide: endpoint({
    method: 'POST',
    path: '/api/staff/review/:timesheetId/decision',
    access: COUNTY_STAFF,
    summary: 'Approve; deny with reason codes and a note; hold with a note; release. Audited; a retried decision changes nothing',
    params: timesheetParams,
    body: reviewDecisionRequest,
    answer: reviewItem,
  }),
};
