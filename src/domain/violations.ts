/**
 * The violation ladder for exceeding workweek and travel limits (ACL 16-36; caregiver handbook;
 * SF HSA; Fresno County). Overtime that was worked is still paid; a violation is recorded on top.
 *
 * - At most one violation is recorded per calendar month.
 * - 1st: notice to provider and recipients. 2nd: notice, plus a one-time offer of training that,
 *   completed within 14 days, removes it. 3rd: 90-day suspension. 4th: 365-day ineligibility, after
 *   which the provider must enrol again from scratch.
 * - After 12 months without a new violation, the count drops by one (and again after each further 12).
 * - Dispute within 10 calendar days of the notice (SOC 2272); the county answers within 10 business
 *   days (weekends and California state holidays skipped); a 3rd or 4th can go on to state review
 *   (SOC 2273). SF HSA says 20 days for a 3rd or 4th: sources differ, and we follow the state form,
 *   SOC 2272, for all four.
 */
import { addBusinessDays } from './business-days';
import { addDays, addMonths, monthOf, type IsoDate } from './calendar';
import type { Finding } from './findings';

export type ViolationConsequence = 'notice' | 'notice-and-training-offer' | 'suspension-90-days' | 'ineligible-365-days';

export interface ViolationRecord {
  /** The day of the claimed time that broke the limit. */
  readonly occurredOn: IsoDate;
  readonly noticeDate: IsoDate;
  /** Removed by the training offer, or overturned on dispute: as if it never happened. */
  readonly rescinded?: boolean | undefined;
}

export interface ViolationHistory {
  readonly records: readonly ViolationRecord[];
  /** The training offer is made once in a provider's career (ACL 16-36). */
  readonly trainingOfferUsed?: boolean | undefined;
}

export const DISPUTE_DAYS = 10;
export const COUNTY_RESPONSE_BUSINESS_DAYS = 10;
export const TRAINING_DAYS = 14;
export const DECAY_MONTHS = 12;

export type ViolationDecision =
  | { readonly recorded: false; readonly reason: 'already-recorded-this-month'; readonly month: string }
  | {
      readonly recorded: true;
      readonly record: ViolationRecord;
      /** 1-4: the provider's active count including this one. */
      readonly number: 1 | 2 | 3 | 4;
      readonly consequence: ViolationConsequence;
      readonly suspensionDays: 0 | 90 | 365;
      readonly disputeDeadline: IsoDate;
      readonly stateReviewAvailable: boolean;
      /** Present on a 2nd violation while the once-only offer is unused. */
      readonly trainingDeadline?: IsoDate;
    };

function active(history: ViolationHistory): ViolationRecord[] {
  return history.records.filter((r) => !r.rescinded).sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0));
}

function decayed(count: number, since: IsoDate | undefined, until: IsoDate): number {
  if (since === undefined) return count;
  let left = count;
  for (let k = 1; left > 0 && addMonths(since, DECAY_MONTHS * k) <= until; k++) left -= 1;
  return left;
}

/** The provider's violation count on a date, after the yearly decay. */
export function activeViolationCount(history: ViolationHistory, asOf: IsoDate): number {
  let count = 0;
  let last: IsoDate | undefined;
  for (const record of active(history)) {
    if (record.occurredOn > asOf) break;
    count = decayed(count, last, record.occurredOn) + 1;
    last = record.occurredOn;
  }
  return decayed(count, last, asOf);
}

const CONSEQUENCES: Record<1 | 2 | 3 | 4, ViolationConsequence> = {
  1: 'notice',
  2: 'notice-and-training-offer',
  3: 'suspension-90-days',
  4: 'ineligible-365-days',
};

/** Days off work: a 3rd violation suspends for 90 days, a 4th makes the provider ineligible for 365 (ACL 16-36). */
const SUSPENSION_DAYS: Record<ViolationConsequence, 0 | 90 | 365> = {
  notice: 0,
  'notice-and-training-offer': 0,
  'suspension-90-days': 90,
  'ineligible-365-days': 365,
};

/**
 * The days a 3rd violation's suspension or a 4th's ineligibility covers, starting the day after `after`; null for a
 * consequence that keeps the provider at work. The sources leave the start to the county; the portal starts it the
 * day after the dispute deadline of an undisputed notice, or the day after the county upholds a dispute (while a
 * dispute is open it waits).
 */
export function suspensionAfter(consequence: ViolationConsequence, after: IsoDate): { readonly start: IsoDate; readonly end: IsoDate } | null {
  const days = SUSPENSION_DAYS[consequence];
  if (days === 0) return null;
  const start = addDays(after, 1);
  return { start, end: addDays(start, days - 1) };
}

/**
 * The day a violation occurred, which decides its calendar month: the earliest day of the claimed time that broke a
 * limit (a finding's date, else its workweek's first day), else `fallback` (the timesheet's first day).
 */
export function violationOccurredOn(findings: readonly Pick<Finding, 'date' | 'workweekStart'>[], fallback: IsoDate): IsoDate {
  return findings.map((f) => f.date ?? f.workweekStart ?? fallback).sort()[0] ?? fallback;
}

/** A notice may be disputed until its deadline, 10 calendar days after the notice (SOC 2272), while it stands. */
export function isDisputeOpen(notice: { readonly disputeDeadline: IsoDate; readonly rescinded: boolean }, today: IsoDate): boolean {
  return !notice.rescinded && today <= notice.disputeDeadline;
}

/** Whether a new violation finding on `occurredOn` is recorded, and what follows from it. */
export function assessViolation(
  history: ViolationHistory,
  violation: { readonly occurredOn: IsoDate; readonly noticeDate: IsoDate },
): ViolationDecision {
  const month = monthOf(violation.occurredOn);
  if (active(history).some((r) => monthOf(r.occurredOn) === month)) {
    return { recorded: false, reason: 'already-recorded-this-month', month };
  }
  const number = Math.min(4, activeViolationCount(history, violation.occurredOn) + 1) as 1 | 2 | 3 | 4;
  const offerTraining = number === 2 && !history.trainingOfferUsed;
  const record: ViolationRecord = { occurredOn: violation.occurredOn, noticeDate: violation.noticeDate };
  return {
    recorded: true,
    record,
    number,
    consequence: number === 2 && !offerTraining ? 'notice' : CONSEQUENCES[number],
    suspensionDays: SUSPENSION_DAYS[CONSEQUENCES[number]],
    disputeDeadline: addDays(violation.noticeDate, DISPUTE_DAYS),
    stateReviewAvailable: number >= 3,
    ...(offerTraining ? { trainingDeadline: addDays(violation.noticeDate, TRAINING_DAYS) } : {}),
  };
}

/**
 * The date the county must answer a dispute received on `receivedOn`: 10 business days, weekends and California state
 * holidays skipped (`business-days.ts`).
 */
export function countyDisputeResponseDue(receivedOn: IsoDate): IsoDate {
  return addBusinessDays(receivedOn, COUNTY_RESPONSE_BUSINESS_DAYS);
}

/**
 * Training completed on `completedOn` removes the latest violation, if it was a 2nd, if the once-only offer is unused and
 * the training was done within 14 days of that violation's notice. Returns the history to keep.
 */
export function completeTraining(
  history: ViolationHistory,
  completedOn: IsoDate,
): { readonly removed: boolean; readonly history: ViolationHistory } {
  if (history.trainingOfferUsed) return { removed: false, history };
  const records = active(history);
  const second = records[records.length - 1];
  if (!second || activeViolationCount(history, second.occurredOn) !== 2) {
    return { removed: false, history };
  }
  if (completedOn < second.noticeDate || completedOn > addDays(second.noticeDate, TRAINING_DAYS)) {
    return { removed: false, history };
  }
  return {
    removed: true,
    history: {
      trainingOfferUsed: true,
      records: history.records.map((r) => (r === second ? { ...r, rescinded: true } : r)),
    },
  };
}
