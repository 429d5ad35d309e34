/**
 * Where is my pay (issue #15): for a submitted timesheet version, each step between the submission and the money
 * reaching the provider, the day each step happened or is expected, whether the step in progress is late, and the day
 * the money is expected. Pure: the claim's facts and the instant `now` come in as arguments.
 *
 * The steps and the rules that date them:
 * - The recipient decides by `recipientDecisionDue` (claim-life.ts: 2 calendar days after the submission, ACIN I-17-22).
 * - The county reviews a version whose submission findings hold an exception, or that the random signature check picks
 *   (random-hold.ts; that pick is never foretold: a check the provider could see coming would check nothing). The
 *   county's queue escalates an item untouched for 1 business day (`oneBusinessDayAfter`), so its decision is
 *   expected by then.
 * - The pay run pays what is approved, every business day at PAY_RUN_MINUTE California time (the payroll schedule,
 *   src/server/features/payments/service.ts): a version approved before it on a business day is paid that day, any
 *   other on the next business day.
 * - The promise: "The state of CA has 10 business days to issue a payment from the date the timesheet is received"
 *   (Public Authority of Marin, "Timesheet and Payroll Processing"; DOMAIN.md, "Approved timesheets are paid within 10
 *   business days", Marin PA and Fresno County). An electronic timesheet is received when its recipient approves it,
 *   so county review and the pay run are late once PAYMENT_ISSUE_BUSINESS_DAYS have passed since that approval.
 * - The money: a direct deposit reaches the bank DIRECT_DEPOSIT_BUSINESS_DAYS after the State Controller's Office
 *   issues it; a paper warrant is mailed on its issue date and is expected WARRANT_MAIL_BUSINESS_DAYS later, and is
 *   missing (the provider calls for a stop payment and a new check) WARRANT_MISSING_BUSINESS_DAYS after its issue date.
 *   A deposit the bank returned (ADR 0007) has no date: the State pays it again, usually by a check in the mail.
 *
 * Business days are the state's (business-days.ts: weekends and California state holidays). Banks close on the Federal
 * Reserve's holidays instead (Columbus Day and Juneteenth, but not Cesar Chavez Day or the day after Thanksgiving); the
 * portal counts the state's calendar everywhere, as holidays.ts says, so a deposit date near one of those days may be a
 * business day off. A step "late" is past its promise (`dueOn`), counted in calendar days, the way a person counts a wait.
 */
import { addBusinessDays, isBusinessDay, oneBusinessDayAfter } from './business-days';
import { daysBetween, type IsoDate } from './calendar';
import { californiaDate, californiaInstant, toCaliforniaDateTime, toEpochMs, type Instant } from './california-time';
import { recipientDecisionDue, type TimesheetStatus } from './claim-life';
import type { PayMethod } from './direct-deposit';


/** The pay run's California minute of the day on every business day: 17:00, after the county's working day. */
export const PAY_RUN_MINUTE = 17 * 60;

/** Business days the State has to issue a payment from the day the approved timesheet is received (Marin PA; DOMAIN.md). */
export const PAYMENT_ISSUE_BUSINESS_DAYS = 10;

/**
 * Business days from the State Controller's issue date to the money in the provider's bank account. An assumption: no
 * CDSS, State Controller or county text found says it for IHSS (the SCO's direct deposit pages give posting dates
 * for its own employees' pay days only). A provider guide says the funds are "typically available within one to two
 * banking days after the payment is issued", and a standard ACH credit settles in one or two banking days; the later
 * day is the one the portal can promise.
 */
export const DIRECT_DEPOSIT_BUSINESS_DAYS = 2;

/**
 * Business days a mailed warrant is expected to take to reach the provider. An assumption: no IHSS text gives it; the
 * Postal Service's First-Class Mail standard is 1 to 5 days since October 2021, so the portal expects it by the 5th.
 */
export const WARRANT_MAIL_BUSINESS_DAYS = 5;

/**
 * Business days after its issue date from which a warrant that has not arrived is missing: "If you have not received
 * your check 10 business days after your check was issued, call the IHSS Payroll to request a Stop Payment of the check
 * that was not received and have a new check reissued" (Public Authority of Marin, "Stop Payment Policy"; San
 * Bernardino County DAAS: "After ten days from the date it was issued, the provider can ... complete a Stop Payment
 * Form").
 */
export const WARRANT_MISSING_BUSINESS_DAYS = 10;

/**
 * The steps, in order: the recipient's decision; the county's review (only for a version it reviews); the approval;
 * the pay run (the State issues the payment: "paid on"); then the money, `deposit` (in the bank) or `mail` (a warrant
 * mailed, then in the mailbox); `returned` after a deposit the bank sent back; `sent_back` for a version the recipient
 * rejected or the county denied, which no money follows.
 */
export const PAY_STAGE_KINDS = ['recipient', 'county_review', 'approved', 'pay_run', 'deposit', 'mail', 'returned', 'sent_back'] as const;
export type PayStageKind = (typeof PAY_STAGE_KINDS)[number];

export const PAY_STAGE_STATES = ['done', 'now', 'next'] as const;
export type PayStageState = (typeof PAY_STAGE_STATES)[number];

export interface PayStage {
  kind: PayStageKind;
  state: PayStageState;
  /** Done: the day it happened. Now or next: the day it is expected (a late step: the day it was due). Null: no day can be told. */
  on: IsoDate | null;
  /** The promise: past this day the step is late. Null: the step has no promise of its own. */
  dueOn: IsoDate | null;
  /** Calendar days past `dueOn` of the step in progress; 0 when it is not late. */
  daysLate: number;
}

export interface PayExpectationInput {
  now: Instant;
  status: TimesheetStatus;
  submittedAt: Instant | null;
  /** When the recipient approved or rejected this version. */
  recipientDecidedAt: Instant | null;
  /** The submission's findings hold an exception: the county reviews the version once the recipient approves it. */
  goesToCounty: boolean;
  /** The county's review item, once the version is in its queue. */
  review: { escalateAt: Instant; decidedAt: Instant | null } | null;
  /** When the version was approved: by the system at the recipient's approval, or by the county. */
  approvedAt: Instant | null;
  /** The county's denial (a `denied` version). */
  deniedAt: Instant | null;
  /** The payment of the version, once issued: how it was paid, the bank's date, the return of its deposit if it came back. */
  payment: { issueDate: IsoDate; method: PayMethod; paidOn: IsoDate | null; returnedOn: IsoDate | null } | null;
  /** Where a payment not issued yet would go (the provider's destination on the expected issue date). */
  method: PayMethod;
}

export interface PayExpectation {
  /** Where the version stands: the step in progress, or the last one when the money has arrived. */
  stage: PayStageKind;
  method: PayMethod;
  /** The day the money is (expected) in the bank or, for a warrant, in the mailbox; once arrived, the bank's date. Null when no day can be told. */
  expectedOn: IsoDate | null;
  arrived: boolean;
  /** A warrant's mailing day: its issue date, expected or real. */
  mailedOn: IsoDate | null;
  stages: PayStage[];
  /** The step in progress when it is past its promise. */
  late: { stage: PayStageKind; dueOn: IsoDate; daysLate: number } | null;
}

/** The day of the pay run that pays a version approved at `at`: that day's, when it is a business day and the run has not started; else the next business day's. */
export function payRunFor(at: Instant): IsoDate {
  const ca = toCaliforniaDateTime(at);
  return isBusinessDay(ca.date) && ca.minuteOfDay < PAY_RUN_MINUTE ? ca.date : addBusinessDays(ca.date, 1);
}

/** The last minute of a California day: a step expected "by" a day is assumed done after that day's pay run. */
const endOf = (date: IsoDate) => californiaInstant(date, 24 * 60 - 1);
const later = (a: number, b: number) => Math.max(a, b);

interface Step {
  kind: PayStageKind;
  done: boolean;
  on: IsoDate | null;
  dueOn: IsoDate | null;
}

const SENT_BACK: readonly TimesheetStatus[] = ['rejected_by_recipient', 'denied'];
const APPROVED: readonly TimesheetStatus[] = ['approved', 'payment_issued', 'paid'];

/** Where a submitted version's pay stands and when it is expected; null for a draft or a replaced version, which no pay follows. */
export function payExpectation(input: PayExpectationInput): PayExpectation | null {
  const { status } = input;
  if (status === 'draft' || status === 'superseded') return null;
  const now = toEpochMs(input.now);
  const today = californiaDate(now);
  const method = input.payment?.method ?? input.method;
  if (SENT_BACK.includes(status)) {
    const at = status === 'denied' ? input.deniedAt : input.recipientDecidedAt;
    return finish([{ kind: 'sent_back', done: false, on: at === null ? null : californiaDate(at), dueOn: null }], today, method, null);
  }
  const steps: Step[] = [];
  const payment = input.payment;

  // The recipient's decision: the instant every later date counts from (real, or expected at the end of its day).
  const decideBy = input.submittedAt === null ? null : recipientDecisionDue(input.submittedAt);
  const decidedAt = status === 'submitted' ? null : (input.recipientDecidedAt ?? input.submittedAt ?? now);
  const expectedDecision = decideBy === null || decideBy < today ? today : decideBy;
  steps.push({ kind: 'recipient', done: decidedAt !== null, on: decidedAt !== null ? californiaDate(decidedAt) : expectedDecision, dueOn: decideBy });
  const received = decidedAt !== null ? toEpochMs(decidedAt) : later(endOf(expectedDecision), now);
  const issueDue = addBusinessDays(californiaDate(received), PAYMENT_ISSUE_BUSINESS_DAYS);

  // The county's review, when it has one or will have one.
  let approved: number;
  const inReview = status === 'in_county_review' || status === 'approved_by_recipient';
  if (input.review !== null || (status === 'submitted' && input.goesToCounty)) {
    const countyDecidedAt = inReview ? null : (input.review?.decidedAt ?? null);
    if (countyDecidedAt !== null) approved = toEpochMs(countyDecidedAt);
    else if (input.review !== null) approved = later(toEpochMs(input.review.escalateAt), now);
    else approved = oneBusinessDayAfter(received);
    steps.push({ kind: 'county_review', done: countyDecidedAt !== null, on: californiaDate(approved), dueOn: issueDue });
  } else {
    approved = received;
  }
  const isApproved = APPROVED.includes(status);
  if (isApproved && input.approvedAt !== null) approved = toEpochMs(input.approvedAt);
  steps.push({ kind: 'approved', done: isApproved, on: californiaDate(approved), dueOn: null });

  // The pay run: the one after the approval, or the next one still to come.
  const issueOn = payment?.issueDate ?? payRunFor(later(approved, now));
  steps.push({ kind: 'pay_run', done: payment !== null, on: issueOn, dueOn: issueDue });

  // The money.
  const arrivedOn = payment?.paidOn ?? null;
  if (method === 'direct_deposit') {
    const bankOn = addBusinessDays(issueOn, DIRECT_DEPOSIT_BUSINESS_DAYS);
    steps.push({ kind: 'deposit', done: arrivedOn !== null, on: arrivedOn ?? bankOn, dueOn: bankOn });
  } else {
    const mailbox = addBusinessDays(issueOn, WARRANT_MAIL_BUSINESS_DAYS);
    steps.push({ kind: 'mail', done: arrivedOn !== null, on: arrivedOn ?? (payment !== null && mailbox < today ? today : mailbox), dueOn: addBusinessDays(issueOn, WARRANT_MISSING_BUSINESS_DAYS) });
  }
  if (payment?.returnedOn) steps.push({ kind: 'returned', done: false, on: payment.returnedOn, dueOn: null });
  return finish(steps, today, method, method === 'warrant' ? issueOn : null);
}

/** The steps with their states and lateness, and the expectation they add up to. */
function finish(steps: readonly Step[], today: IsoDate, method: PayMethod, mailedOn: IsoDate | null): PayExpectation {
  const current = steps.findIndex((s) => !s.done);
  const stages = steps.map((s, i): PayStage => {
    const state: PayStageState = s.done ? 'done' : i === current ? 'now' : 'next';
    const daysLate = state === 'now' && s.dueOn !== null && s.dueOn < today ? daysBetween(s.dueOn, today) : 0;
    return { kind: s.kind, state, on: daysLate > 0 ? s.dueOn : s.on, dueOn: s.dueOn, daysLate };
  });
  const last = stages.at(-1)!;
  const money = stages.find((s) => s.kind === 'deposit' || s.kind === 'mail');
  const now = current === -1 ? last : stages[current]!;
  return {
    stage: now.kind,
    method,
    expectedOn: last.kind === 'returned' || last.kind === 'sent_back' ? null : (money?.on ?? null),
    arrived: money?.state === 'done' && last.kind !== 'returned',
    mailedOn,
    stages,
    late: now.daysLate > 0 ? { stage: now.kind, dueOn: now.dueOn!, daysLate: now.daysLate } : null,
  };
}

