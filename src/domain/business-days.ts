/**
 * Business days: Monday to Friday, less California state holidays (`holidays.ts`: Government Code 19853 as CalHR
 * applies it). They count the county's deadlines: the answer to a violation dispute (10 business days, SOC 2272)
 * and the escalation of a payroll review item nobody touched for 1 business day. Dates are California dates;
 * instants are read in California time.
 */
import { addDays, partsFromDayNumber, toDayNumber, weekday, weekdayOfDayNumber, type IsoDate } from './calendar';
import { californiaInstant, toCaliforniaDateTime, type Instant } from './california-time';
import { isCaliforniaStateHoliday, weekdayHolidayDayNumbers } from './holidays';

/** Monday to Friday and not a state holiday. */
export function isBusinessDay(date: IsoDate): boolean {
  const wd = weekday(date);
  return wd !== 0 && wd !== 6 && !isCaliforniaStateHoliday(date);
}

/** The `businessDays`-th business day after `date` (0 or less: `date` itself). */
export function addBusinessDays(date: IsoDate, businessDays: number): IsoDate {
  let day = date;
  for (let left = businessDays; left > 0; ) {
    day = addDays(day, 1);
    if (isBusinessDay(day)) left -= 1;
  }
  return day;
}

/**
 * Business days after `from` up to and including `to` (0 when `to` is not later): five a whole week, the weekdays of
 * the days left over, less the state holidays observed on a weekday in the range. A review queue page counts one for
 * each of its items, however long each has waited.
 */
export function businessDaysBetween(from: IsoDate, to: IsoDate): number {
  const first = toDayNumber(from) + 1;
  const last = toDayNumber(to);
  if (last < first) return 0;
  const span = last - first + 1;
  let n = Math.floor(span / 7) * 5;
  for (let day = last - (span % 7) + 1; day <= last; day++) {
    const wd = weekdayOfDayNumber(day);
    if (wd !== 0 && wd !== 6) n += 1;
  }
  for (let year = yearOf(first); year <= yearOf(last); year++) {
    for (const closed of weekdayHolidayDayNumbers(year)) if (closed >= first && closed <= last) n -= 1;
  }
  return n;
}

const yearOf = (dayNumber: number) => partsFromDayNumber(dayNumber).year;

/**
 * The latest date from which at least `businessDays` business days have passed by `to`: what `businessDaysBetween`
 * counts is at least `businessDays` for that date and every earlier one. It turns "waiting N business days or more"
 * into a cut-off a query can use.
 */
export function latestDateBusinessDaysBefore(to: IsoDate, businessDays: number): IsoDate {
  let day = to;
  for (let counted = 0; counted < businessDays; day = addDays(day, -1)) if (isBusinessDay(day)) counted += 1;
  return day;
}

/** Whole business days between two instants' California dates. */
export function californiaBusinessDaysBetween(from: Instant, to: Instant): number {
  return businessDaysBetween(toCaliforniaDateTime(from).date, toCaliforniaDateTime(to).date);
}

/**
 * One business day after `at`, as epoch milliseconds: the same California wall-clock time on the next business day;
 * from a weekend or a state holiday, the end of the next business day (midnight after it). An item that reached the
 * county on Wednesday 2026-11-25 at 10:00 is due on Monday 2026-11-30 at 10:00 (Thanksgiving and the day after are
 * holidays); one that reached it on Thanksgiving is due at the end of that Monday.
 */
export function oneBusinessDayAfter(at: Instant): number {
  const ca = toCaliforniaDateTime(at);
  const next = addBusinessDays(ca.date, 1);
  if (!isBusinessDay(ca.date)) return californiaInstant(addDays(next, 1), 0);
  return californiaInstant(next, ca.minuteOfDay);
}
