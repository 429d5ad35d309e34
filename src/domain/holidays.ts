/**
 * California state holidays: the weekdays on which state offices close, computed from the rule, never from a
 * list of dates typed in per year.
 *
 * The rule (Government Code section 19853(a) and (b), which CalHR applies to state employees and publishes as
 * the "State Holidays" list; Government Code sections 6700 and 6701 name the same days among the state's
 * holidays):
 * - New Year's Day, January 1
 * - Martin Luther King Jr. Day, the third Monday in January
 * - Presidents' Day, the third Monday in February
 * - Cesar Chavez Day, March 31
 * - Memorial Day, the last Monday in May
 * - Independence Day, July 4
 * - Labor Day, the first Monday in September
 * - Veterans Day, November 11
 * - Thanksgiving Day, the fourth Thursday in November, and the day after Thanksgiving
 * - Christmas Day, December 25
 *
 * A holiday that falls on a Sunday is observed on the following Monday (19853(b); 6701). A holiday that falls on
 * a Saturday is not moved: state employees get holiday credit instead and offices open on the Friday (CalHR),
 * except Veterans Day, which is observed on the preceding Friday when November 11 is a Saturday (19853(b); 6701).
 * No observed day leaves its year (the moves are Jan 1 -> Jan 2, Dec 25 -> Dec 26, Nov 11 -> Nov 10).
 *
 * Not counted, because state offices stay open on them: the other days of section 6700 (Lincoln Day, February 12;
 * Admission Day, September 9; Columbus Day; Good Friday from noon to 3 p.m.), and the days a state employee may take
 * in place of the personal holiday (19853(e): Lunar New Year, Genocide Remembrance Day, Juneteenth, Native American
 * Day). A day the Governor appoints as a holiday one year at a time (19853(a)) follows no rule and is not known here.
 * Counties may close on other days (6700 lets them opt out of some days, 6701 lets a board of supervisors move a
 * Saturday holiday); the portal counts the state's calendar for every county.
 *
 * Sources: the text of Government Code 6700, 6701 and 19853 (leginfo.legislature.ca.gov; 19853(e) as amended in 2022
 * by AB 1655 and AB 2596) and CalHR's "State Holidays" and "Holidays" pages (calhr.ca.gov), whose lists for 2013, 2014
 * and 2024 the tests check. See docs/rules.md, "State holidays and business days".
 */
import { dayNumberFromParts, fromDayNumber, parseIsoDate, toDayNumber, weekdayOfDayNumber, type IsoDate } from './calendar';

export const CALIFORNIA_STATE_HOLIDAY_NAMES = [
  'new-years-day',
  'martin-luther-king-jr-day',
  'presidents-day',
  'cesar-chavez-day',
  'memorial-day',
  'independence-day',
  'labor-day',
  'veterans-day',
  'thanksgiving-day',
  'day-after-thanksgiving',
  'christmas-day',
] as const;
export type CaliforniaStateHolidayName = (typeof CALIFORNIA_STATE_HOLIDAY_NAMES)[number];

export interface CaliforniaStateHoliday {
  readonly name: CaliforniaStateHolidayName;
  /** The day the law names. */
  readonly date: IsoDate;
  /** The day state offices close for it: `date`, or the Monday after a Sunday, or the Friday before a Saturday Veterans Day. */
  readonly observed: IsoDate;
}

const SUNDAY = 0;
const MONDAY = 1;
const THURSDAY = 4;
const SATURDAY = 6;

/** The `nth` (1-based) `weekday` of a month, as a day number. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): number {
  const first = dayNumberFromParts(year, month, 1);
  return first + ((weekday - weekdayOfDayNumber(first) + 7) % 7) + 7 * (nth - 1);
}

/** The last `weekday` of a month of 31 days (May), as a day number. */
function lastWeekdayOf31DayMonth(year: number, month: number, weekday: number): number {
  const last = dayNumberFromParts(year, month, 31);
  return last - ((weekdayOfDayNumber(last) - weekday + 7) % 7);
}

function holiday(name: CaliforniaStateHolidayName, day: number): CaliforniaStateHoliday {
  const wd = weekdayOfDayNumber(day);
  const observed = wd === SUNDAY ? day + 1 : wd === SATURDAY && name === 'veterans-day' ? day - 1 : day;
  return { name, date: fromDayNumber(day), observed: fromDayNumber(observed) };
}

/** The year's state holidays, in calendar order. */
export function californiaStateHolidays(year: number): readonly CaliforniaStateHoliday[] {
  if (!Number.isInteger(year) || year < 0 || year > 9999) throw new RangeError(`Not a year: ${year}`);
  const thanksgiving = nthWeekday(year, 11, THURSDAY, 4);
  return [
    holiday('new-years-day', dayNumberFromParts(year, 1, 1)),
    holiday('martin-luther-king-jr-day', nthWeekday(year, 1, MONDAY, 3)),
    holiday('presidents-day', nthWeekday(year, 2, MONDAY, 3)),
    holiday('cesar-chavez-day', dayNumberFromParts(year, 3, 31)),
    holiday('memorial-day', lastWeekdayOf31DayMonth(year, 5, MONDAY)),
    holiday('independence-day', dayNumberFromParts(year, 7, 4)),
    holiday('labor-day', nthWeekday(year, 9, MONDAY, 1)),
    holiday('veterans-day', dayNumberFromParts(year, 11, 11)),
    holiday('thanksgiving-day', thanksgiving),
    holiday('day-after-thanksgiving', thanksgiving + 1),
    holiday('christmas-day', dayNumberFromParts(year, 12, 25)),
  ];
}

const observedByYear = new Map<number, ReadonlySet<IsoDate>>();

function observedDays(year: number): ReadonlySet<IsoDate> {
  let days = observedByYear.get(year);
  if (!days) {
    days = new Set(californiaStateHolidays(year).map((h) => h.observed));
    observedByYear.set(year, days);
  }
  return days;
}

const weekdayClosuresByYear = new Map<number, readonly number[]>();

/**
 * The days of `year` on which state offices close for a holiday that would otherwise be a working day (observed on
 * Monday to Friday), as day numbers: what `businessDaysBetween` takes off the weekdays of a range.
 */
export function weekdayHolidayDayNumbers(year: number): readonly number[] {
  let days = weekdayClosuresByYear.get(year);
  if (!days) {
    days = californiaStateHolidays(year)
      .map((h) => toDayNumber(h.observed))
      .filter((d) => weekdayOfDayNumber(d) !== SUNDAY && weekdayOfDayNumber(d) !== SATURDAY);
    weekdayClosuresByYear.set(year, days);
  }
  return days;
}

/** Whether state offices are closed on `date` for a state holiday (its observed day; see above). */
export function isCaliforniaStateHoliday(date: IsoDate): boolean {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return observedDays(parts.year).has(date);
}
