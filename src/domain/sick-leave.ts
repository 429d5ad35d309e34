/**
 * IHSS paid sick leave (ACL 18-01; CDSS sick leave page; Ventura and San Joaquin PAs; SB 616).
 *
 * - Earned once a provider has worked 100 hours (counted from 2018-07-01 for providers already working).
 * - Usable after 200 more hours worked, or 60 calendar days after it was earned, whichever is first.
 * - The yearly amount is granted again every July 1 while the provider stays active, and unused hours
 *   lapse on June 30. A provider who does not work for more than a year starts over.
 * - Amounts: 8 h from 2018-07-01, 16 h from 2020-07-01, 24 h from 2022-07-01 (ACL 18-01), 40 h from
 *   2024-07-01 (SB 616). SEIU 2015 dates the steps to January 1 instead: sources differ; we follow the
 *   state's ACL and the public authorities, who grant each step on July 1.
 * - A claim is at least 1 hour, then in 30-minute steps; notice is 48 hours, or 2 hours in an emergency
 *   (short notice is only a warning: it does not stop payment).
 */
import { addDays, daysBetween, parseClockTime, type IsoDate } from './calendar';
import { californiaInstant, toEpochMs, type Instant } from './california-time';
import { makeFinding, type Finding } from './findings';

export const SICK_LEAVE_START: IsoDate = '2018-07-01';
export const EARN_AFTER_MINUTES = 100 * 60;
export const USABLE_AFTER_MORE_MINUTES = 200 * 60;
export const USABLE_AFTER_DAYS = 60;
export const INACTIVE_AFTER_DAYS = 365;
export const MINIMUM_CLAIM_MINUTES = 60;
export const CLAIM_STEP_MINUTES = 30;
export const NOTICE_MINUTES = 48 * 60;
export const EMERGENCY_NOTICE_MINUTES = 2 * 60;

const YEARLY_AMOUNTS: readonly { readonly from: IsoDate; readonly minutes: number }[] = [
  { from: '2024-07-01', minutes: 40 * 60 },
  { from: '2022-07-01', minutes: 24 * 60 },
  { from: '2020-07-01', minutes: 16 * 60 },
  { from: '2018-07-01', minutes: 8 * 60 },
];

/** The state fiscal year (July 1 - June 30) that holds a date. */
export function fiscalYearOf(date: IsoDate): { readonly start: IsoDate; readonly end: IsoDate } {
  const year = Number(date.slice(0, 4));
  const startYear = date.slice(5) >= '07-01' ? year : year - 1;
  return { start: `${startYear}-07-01`, end: `${startYear + 1}-06-30` };
}

/** The yearly sick leave in force on a date, in minutes (0 before the program began). */
export function yearlySickLeaveMinutes(date: IsoDate): number {
  const start = fiscalYearOf(date).start;
  return YEARLY_AMOUNTS.find((a) => start >= a.from)?.minutes ?? 0;
}

export interface WorkedDay {
  readonly date: IsoDate;
  readonly workedMinutes: number;
}

export interface SickLeaveUse {
  readonly date: IsoDate;
  readonly minutes: number;
}

export interface SickLeaveStatus {
  /** Minutes worked toward the first 100 hours in the current run of activity. */
  readonly workedTowardEarningMinutes: number;
  readonly earnedOn?: IsoDate;
  readonly usableOn?: IsoDate;
  readonly fiscalYear: { readonly start: IsoDate; readonly end: IsoDate };
  readonly yearlyMinutes: number;
  /** Granted this fiscal year less used this fiscal year; lapses on June 30. */
  readonly balanceMinutes: number;
  readonly usable: boolean;
}

/** A provider's sick leave on `asOf`, from their worked days and sick leave already used. */
export function sickLeaveStatus(input: {
  readonly worked: readonly WorkedDay[];
  readonly used?: readonly SickLeaveUse[] | undefined;
  readonly asOf: IsoDate;
}): SickLeaveStatus {
  const { asOf } = input;
  const days = input.worked
    .filter((d) => d.workedMinutes > 0 && d.date >= SICK_LEAVE_START && d.date <= asOf)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let total = 0;
  let earnedOn: IsoDate | undefined;
  let moreHoursOn: IsoDate | undefined;
  let last: IsoDate | undefined;
  for (const day of days) {
    if (last !== undefined && daysBetween(last, day.date) > INACTIVE_AFTER_DAYS) {
      total = 0;
      earnedOn = undefined;
      moreHoursOn = undefined;
    }
    total += day.workedMinutes;
    if (earnedOn === undefined && total >= EARN_AFTER_MINUTES) earnedOn = day.date;
    if (moreHoursOn === undefined && total >= EARN_AFTER_MINUTES + USABLE_AFTER_MORE_MINUTES) moreHoursOn = day.date;
    last = day.date;
  }
  const fiscalYear = fiscalYearOf(asOf);
  const yearlyMinutes = yearlySickLeaveMinutes(asOf);
  const inactive = last === undefined || daysBetween(last, asOf) > INACTIVE_AFTER_DAYS;
  if (earnedOn === undefined || inactive) {
    return { workedTowardEarningMinutes: inactive ? 0 : Math.min(total, EARN_AFTER_MINUTES), fiscalYear, yearlyMinutes, balanceMinutes: 0, usable: false };
  }
  const byDays = addDays(earnedOn, USABLE_AFTER_DAYS);
  const usableOn = moreHoursOn !== undefined && moreHoursOn < byDays ? moreHoursOn : byDays;
  const used = (input.used ?? [])
    .filter((u) => u.date >= fiscalYear.start && u.date <= fiscalYear.end && u.date <= asOf)
    .reduce((sum, u) => sum + u.minutes, 0);
  return {
    workedTowardEarningMinutes: EARN_AFTER_MINUTES,
    earnedOn,
    usableOn,
    fiscalYear,
    yearlyMinutes,
    balanceMinutes: Math.max(0, yearlyMinutes - used),
    usable: asOf >= usableOn,
  };
}

export interface SickLeaveClaim {
  readonly date: IsoDate;
  readonly minutes: number;
  /** California `HH:MM` the missed shift would have started; midnight when absent. */
  readonly startTime?: string | undefined;
  /** When the recipient was told; checked only when given. */
  readonly noticeGivenAt?: Instant | undefined;
  readonly emergency?: boolean | undefined;
}

/** Whether a sick leave claim has a valid shape and fits what the provider has earned. */
export function checkSickLeaveClaim(input: {
  readonly claim: SickLeaveClaim;
  readonly worked: readonly WorkedDay[];
  readonly used?: readonly SickLeaveUse[] | undefined;
}): Finding[] {
  const { claim } = input;
  const place = { date: claim.date };
  const out: Finding[] = [];
  if (claim.minutes < MINIMUM_CLAIM_MINUTES) {
    out.push(makeFinding('SICK_LEAVE_UNDER_ONE_HOUR', place, { requestedMinutes: claim.minutes }));
  } else if ((claim.minutes - MINIMUM_CLAIM_MINUTES) % CLAIM_STEP_MINUTES !== 0) {
    out.push(makeFinding('SICK_LEAVE_NOT_HALF_HOURS', place, { requestedMinutes: claim.minutes }));
  }
  const status = sickLeaveStatus({ worked: input.worked, used: input.used, asOf: claim.date });
  if (status.earnedOn === undefined || status.usableOn === undefined) {
    out.push(
      makeFinding('SICK_LEAVE_NOT_EARNED_YET', place, {
        workedMinutes: status.workedTowardEarningMinutes,
        neededMinutes: EARN_AFTER_MINUTES,
      }),
    );
  } else if (!status.usable) {
    out.push(makeFinding('SICK_LEAVE_NOT_USABLE_YET', place, { usableDate: status.usableOn }));
  } else if (claim.minutes > status.balanceMinutes) {
    out.push(makeFinding('SICK_LEAVE_OVER_BALANCE', place, { balanceMinutes: status.balanceMinutes, requestedMinutes: claim.minutes }));
  }
  if (claim.noticeGivenAt !== undefined) {
    const shiftStart = californiaInstant(claim.date, (claim.startTime && parseClockTime(claim.startTime)) || 0);
    const noticeMinutes = Math.max(0, Math.floor((shiftStart - toEpochMs(claim.noticeGivenAt)) / 60_000));
    const requiredMinutes = claim.emergency ? EMERGENCY_NOTICE_MINUTES : NOTICE_MINUTES;
    if (noticeMinutes < requiredMinutes) {
      out.push(makeFinding('SICK_LEAVE_SHORT_NOTICE', place, { noticeMinutes, requiredMinutes }));
    }
  }
  return out;
}
