/**
 * Instants (check-in, check-out, "now") seen as California wall-clock time.
 *
 * All program times are America/Los_Angeles (DOMAIN.md, Calendar). `Intl.DateTimeFormat` carries the
 * time-zone rules in both node and the browser, so nothing here needs a library or the clock: every
 * instant is an argument.
 */
import { dayNumberFromParts, fromDayNumber, parseIsoDate, toDayNumber, type IsoDate } from './calendar';

export const CALIFORNIA_TIME_ZONE = 'America/Los_Angeles';

/** An instant: a `Date`, epoch milliseconds, or an ISO 8601 string with an offset or `Z`. */
export type Instant = Date | number | string;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

let formatter: Intl.DateTimeFormat | undefined;

function californiaFormatter(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: CALIFORNIA_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return formatter;
}

export function toEpochMs(instant: Instant): number {
  const ms = instant instanceof Date ? instant.getTime() : typeof instant === 'number' ? instant : Date.parse(instant);
  if (!Number.isFinite(ms)) throw new RangeError(`Not an instant: ${String(instant)}`);
  return ms;
}

export interface CaliforniaDateTime {
  readonly date: IsoDate;
  /** Minutes after local midnight, 0-1439. */
  readonly minuteOfDay: number;
  /** Local time minus UTC, in minutes: -480 (PST) or -420 (PDT). */
  readonly offsetMinutes: number;
}

/** California time read by `Intl`, the source of truth for the zone's rules; slow (a string format) and wasteful. */
function fromIntl(ms: number): CaliforniaDateTime {
  const parts: Record<string, number> = {};
  for (const part of californiaFormatter().formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const year = parts.year ?? 0;
  const month = parts.month ?? 1;
  const day = parts.day ?? 1;
  const minuteOfDay = (parts.hour ?? 0) * 60 + (parts.minute ?? 0);
  const dayNumber = dayNumberFromParts(year, month, day);
  const localMs = dayNumber * DAY_MS + minuteOfDay * MINUTE_MS + (parts.second ?? 0) * 1000;
  const wholeSecondMs = ms - (((ms % 1000) + 1000) % 1000);
  return {
    date: fromDayNumber(dayNumber),
    minuteOfDay,
    offsetMinutes: Math.round((localMs - wholeSecondMs) / MINUTE_MS),
  };
}

const HOUR_MS = 3_600_000;
/** UTC hour (epoch ms / 1 h) -> California's offset throughout that hour; null: the offset changes within it. */
const offsetOfHour = new Map<number, number | null>();
const HOURS_KEPT = 50_000;

/**
 * California's offset from UTC during the UTC hour starting at `hourMs`, when it is one offset all hour. The zone's
 * changes fall on whole UTC hours (2 a.m. local is 10:00 UTC in March and 09:00 UTC in November), so nearly every
 * hour has one offset; the hour's first and last second are both read from `Intl` to be sure, and an hour whose two
 * differ is read from `Intl` instant by instant.
 */
function hourOffset(hourMs: number): number | null {
  let offset = offsetOfHour.get(hourMs);
  if (offset === undefined) {
    const first = fromIntl(hourMs).offsetMinutes;
    offset = fromIntl(hourMs + HOUR_MS - 1000).offsetMinutes === first ? first : null;
    if (offsetOfHour.size >= HOURS_KEPT) offsetOfHour.clear();
    offsetOfHour.set(hourMs, offset);
  }
  return offset;
}

/**
 * An instant's California date, minute and offset. The screens and the rules read thousands of instants a request
 * (a review queue page, a month of check-ins): each is the instant shifted by its hour's offset, read from `Intl`
 * once an hour rather than formatted to a string every time.
 */
export function toCaliforniaDateTime(instant: Instant): CaliforniaDateTime {
  const ms = toEpochMs(instant);
  const offset = hourOffset(Math.floor(ms / HOUR_MS) * HOUR_MS);
  if (offset === null) return fromIntl(ms);
  const localMs = ms + offset * MINUTE_MS;
  const dayNumber = Math.floor(localMs / DAY_MS);
  return { date: fromDayNumber(dayNumber), minuteOfDay: Math.floor((localMs - dayNumber * DAY_MS) / MINUTE_MS), offsetMinutes: offset };
}

/** The California calendar date of an instant: what a provider means by "today". */
export function californiaDate(instant: Instant): IsoDate {
  return toCaliforniaDateTime(instant).date;
}

/**
 * The instant at which California clocks show `date` and `minuteOfDay`.
 *
 * California only ever uses -8 h (PST) and -7 h (PDT), so both are tried. A time that happens twice
 * (1:00-1:59 a.m. on the November change) is read as the first, daylight-time occurrence; a time that
 * never happens (2:00-2:59 a.m. on the March change) is read as standard time, i.e. one hour later on
 * the clock, which is what a phone does when someone types it.
 */
export function californiaInstant(date: IsoDate, minuteOfDay: number): number {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const localMs = dayNumberFromParts(parts.year, parts.month, parts.day) * DAY_MS + minuteOfDay * MINUTE_MS;
  const daylight = localMs + 420 * MINUTE_MS;
  if (toCaliforniaDateTime(daylight).offsetMinutes === -420) return daylight;
  return localMs + 480 * MINUTE_MS;
}

/**
 * The longest California day, the one the clocks go back (25 hours): no day of work or travel can hold more, and
 * the timesheet_days CHECKs (0002_workday.sql) hold the same bound.
 */
export const MAX_DAY_MINUTES = 1500;

/** Minutes in a California day: 1440, or 1380 and MAX_DAY_MINUTES on the days the clocks change. */
export function californiaDayMinutes(date: IsoDate): number {
  const next = fromDayNumber(toDayNumber(date) + 1);
  return Math.round((californiaInstant(next, 0) - californiaInstant(date, 0)) / MINUTE_MS);
}

/** Elapsed minutes between two wall-clock times of one California day (a DST change shortens or lengthens it). */
export function elapsedCaliforniaMinutes(date: IsoDate, fromMinute: number, toMinute: number): number {
  return Math.round((californiaInstant(date, toMinute) - californiaInstant(date, fromMinute)) / MINUTE_MS);
}
