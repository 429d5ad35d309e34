/**
 * Calendar days for the journeys, placed relative to the run's today (`testToday()`, PORTAL_TODAY), never typed:
 * the pay periods a step opens, the days it fills in, and the labels the pages show for them, formatted as the
 * web app formats them (src/web/timesheets/format.ts, src/web/evv/format.ts).
 */
import { addDays, payPeriodOf, weekday, type DateSpan, type IsoDate } from '../../src/domain/index.js';
import { testToday } from '../../src/server/testing/clock.js';

export { testNow, testToday } from '../../src/server/testing/clock.js';

const utcNoon = (date: IsoDate) => new Date(`${date}T12:00:00Z`);
const format = (date: IsoDate, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', ...options }).format(utcNoon(date));

/** A timesheet day's fieldset legend: "Monday, November 2, 2026" (timesheets/format.ts `formatDay`). */
export const timesheetDay = (date: IsoDate) => format(date, { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' });

/** An agenda day's heading: "Wednesday, November 25" (evv/format.ts `formatDay`). */
export const agendaDay = (date: IsoDate) => format(date, { weekday: 'long', month: 'long', day: 'numeric' });

/** "November 2" */
export const monthDay = (date: IsoDate) => format(date, { month: 'long', day: 'numeric' });

/** "November 2, 2026" */
export const longDate = (date: IsoDate) => format(date, { month: 'long', day: 'numeric', year: 'numeric' });

/**
 * A pay period or a workweek as the pages name it: "November 1 – 15, 2026" (timesheets/format.ts `formatSpan`).
 * Node's ICU may put thin spaces around the dash where the browser's puts plain ones: plain spaces here.
 */
export const spanText = (span: DateSpan) =>
  new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'long', day: 'numeric', year: 'numeric' })
    .formatRange(utcNoon(span.start), utcNoon(span.end))
    .replace(/\s/g, ' ');

/** A pay period's name, e.g. "November 1 – 15, 2026", as a regular expression's source (any space matches any space). */
export const spanPattern = (span: DateSpan) => escapeRegExp(spanText(span)).replace(/ /g, '\\s');

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pay period `back` periods before today's (0: today's). */
export function payPeriodBack(back: number, today: IsoDate = testToday()): DateSpan {
  let period: DateSpan = payPeriodOf(today);
  for (let i = 0; i < back; i++) period = payPeriodOf(addDays(period.start, -1));
  return { start: period.start, end: period.end };
}

/** The first Monday to Friday wholly inside a span (every span of 11 days or more has one: every pay period). */
export function firstWeekdaysIn(span: DateSpan): IsoDate[] {
  for (let monday = span.start; addDays(monday, 4) <= span.end; monday = addDays(monday, 1)) {
    if (weekday(monday) === 1) return [0, 1, 2, 3, 4].map((i) => addDays(monday, i));
  }
  throw new Error(`No Monday to Friday inside ${span.start} to ${span.end}`);
}

/** The most recent 1st-to-15th pay period that is wholly past. */
export function lastPastFirstHalf(today: IsoDate = testToday()): DateSpan {
  const month = today.slice(8) > '15' ? today.slice(0, 7) : addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
  return { start: `${month}-01`, end: `${month}-15` };
}

/** `date` in the numbers of a month/day/year form: ['07', '01', '2027']. */
export const mdy = (date: IsoDate): [string, string, string] => [date.slice(5, 7), date.slice(8, 10), date.slice(0, 4)];
