/**
 * Calendar days of the IHSS program, as pure date arithmetic.
 *
 * A claimed day is a California calendar date (`YYYY-MM-DD`), not an instant, so weekdays, workweeks
 * and pay periods are computed on day numbers (days since 1970-01-01) without any time zone: a
 * daylight-saving change cannot move a date into another week. Instants are handled in
 * `california-time.ts`.
 */

/** A calendar date `YYYY-MM-DD` (California local date when it stands for a day of work). */
export type IsoDate = string;
/** A calendar month `YYYY-MM`. */
export type IsoMonth = string;

const DIGIT_0 = 48;

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const d = text.charCodeAt(i) - DIGIT_0;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Parses `YYYY-MM-DD` into its parts, or returns undefined for anything else (including 2026-02-30). */
export function parseIsoDate(date: string): { year: number; month: number; day: number } | undefined {
  if (date.length !== 10 || date[4] !== '-' || date[7] !== '-') return undefined;
  const year = digits(date, 0, 4);
  const month = digits(date, 5, 2);
  const day = digits(date, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== undefined;
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil), exact for every Gregorian date. */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function toDayNumber(date: IsoDate): number {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return dayNumberFromParts(parts.year, parts.month, parts.day);
}

export function partsFromDayNumber(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const { year, month, day } = partsFromDayNumber(dayNumber);
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 0 = Sunday ... 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function weekday(date: IsoDate): number {
  return weekdayOfDayNumber(toDayNumber(date));
}

/**
 * The workweek runs from 12:00 a.m. Sunday to 11:59 p.m. Saturday (WIC 12300.4(b)(1)); it may span two
 * pay periods, two months and two years, and all its hours count together.
 */
export function workweekStartDayNumber(dayNumber: number): number {
  return dayNumber - weekdayOfDayNumber(dayNumber);
}

export interface DateSpan {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

export function workweekOf(date: IsoDate): DateSpan {
  const start = workweekStartDayNumber(toDayNumber(date));
  return { start: fromDayNumber(start), end: fromDayNumber(start + 6) };
}

/**
 * Pay periods are the 1st-15th and the 16th-last day of each month (Sonoma County PA handbook;
 * SF HSA).
 */
export function payPeriodOf(date: IsoDate): DateSpan & { readonly half: 1 | 2 } {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const prefix = date.slice(0, 8);
  if (parts.day <= 15) return { start: `${prefix}01`, end: `${prefix}15`, half: 1 };
  return { start: `${prefix}16`, end: `${prefix}${pad2(daysInMonth(parts.year, parts.month))}`, half: 2 };
}

export function monthOf(date: IsoDate): IsoMonth {
  return date.slice(0, 7);
}

export function monthSpan(month: IsoMonth): DateSpan {
  const year = digits(month, 0, 4);
  const m = digits(month, 5, 2);
  if (month.length !== 7 || month[4] !== '-' || year < 0 || m < 1 || m > 12) {
    throw new RangeError(`Not a calendar month (YYYY-MM): ${JSON.stringify(month)}`);
  }
  return { start: `${month}-01`, end: `${month}-${pad2(daysInMonth(year, m))}` };
}

/** Adds calendar months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const index = parts.year * 12 + (parts.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${pad4(year)}-${pad2(month)}-${pad2(Math.min(parts.day, daysInMonth(year, month)))}`;
}

/** An inclusive range of dates; an absent `end` means "still open". */
export interface DateWindow {
  readonly start: IsoDate;
  readonly end?: IsoDate | undefined;
}

/** ISO dates compare correctly as strings, so windows need no parsing. */
export function inWindows(date: IsoDate, windows: readonly DateWindow[] | undefined): boolean {
  if (windows === undefined) return true;
  for (const w of windows) {
    if (date >= w.start && (w.end === undefined || date <= w.end)) return true;
  }
  return false;
}

export function overlapsWindows(span: DateSpan, windows: readonly DateWindow[] | undefined): boolean {
  if (windows === undefined) return true;
  for (const w of windows) {
    if (span.end >= w.start && (w.end === undefined || span.start <= w.end)) return true;
  }
  return false;
}

/** `HH:MM` (00:00-24:00) to minutes after midnight, or undefined. */
export function parseClockTime(time: string): number | undefined {
  if (time.length !== 5 || time[2] !== ':') return undefined;
  const h = digits(time, 0, 2);
  const m = digits(time, 3, 2);
  if (h < 0 || m < 0 || m > 59 || h > 24 || (h === 24 && m !== 0)) return undefined;
  return h * 60 + m;
}
