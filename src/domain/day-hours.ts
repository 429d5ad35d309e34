/**
 * A day's hours, taken from what the provider already gave, the same way by the server (which saves them) and by the
 * browser (which shows them as the provider types):
 *
 * - hours the provider typed win: pay is for the hours entered, not the span between check-in and check-out (CDSS EVV
 *   help), so typed hours are kept even when they differ; the difference is shown beside the day;
 * - otherwise the day's check-ins: the minutes of its visits added up (the EVV record is the hours' evidence);
 * - otherwise a typed start and end: the time between them on that California day (a clock change counts);
 * - otherwise none. A day that has anything else (a start, an end, a place, travel) but no hours is incomplete: it is
 *   never dropped, and the rules engine refuses the timesheet until it is fixed (DAY_WITHOUT_HOURS, entry-checks.ts).
 */
import { addDays, parseClockTime, type IsoDate } from './calendar';
import { elapsedCaliforniaMinutes } from './california-time';

export interface DayGiven {
  readonly date: IsoDate;
  /** Hours and minutes the provider typed, in minutes; null when they typed none. */
  readonly typedMinutes: number | null;
  /** California wall-clock `HH:MM`, both or neither. */
  readonly startTime: string | null;
  readonly endTime: string | null;
  /** The day's visits added up; null when the day has no check-ins. */
  readonly checkInMinutes: number | null;
}

export type HoursSource = 'typed' | 'checkIns' | 'span' | 'none';

export interface DayHours {
  readonly minutes: number;
  readonly source: HoursSource;
  /** Minutes between start and end; null without both. */
  readonly spanMinutes: number | null;
  /** Typed hours that differ from the check-ins (or, without check-ins, from the span): shown, never corrected. */
  readonly mismatch: { readonly against: 'checkIns' | 'span'; readonly minutes: number } | null;
}

/** The minutes from start to end on the date; 0 when the end is not after the start. */
export function spanMinutes(date: IsoDate, startTime: string | null, endTime: string | null): number | null {
  if (startTime === null || endTime === null) return null;
  const start = parseClockTime(startTime);
  const end = parseClockTime(endTime);
  if (start === undefined || end === undefined) return null;
  return end > start ? elapsedCaliforniaMinutes(date, start, end) : 0;
}

export function dayHours(day: DayGiven): DayHours {
  const span = spanMinutes(day.date, day.startTime, day.endTime);
  if (day.typedMinutes !== null) {
    const [against, minutes] = day.checkInMinutes !== null ? (['checkIns', day.checkInMinutes] as const) : (['span', span] as const);
    const mismatch = minutes !== null && minutes !== day.typedMinutes ? { against, minutes } : null;
    return { minutes: day.typedMinutes, source: 'typed', spanMinutes: span, mismatch };
  }
  if (day.checkInMinutes !== null) return { minutes: day.checkInMinutes, source: 'checkIns', spanMinutes: span, mismatch: null };
  if (span !== null && span > 0) return { minutes: span, source: 'span', spanMinutes: span, mismatch: null };
  return { minutes: 0, source: 'none', spanMinutes: span, mismatch: null };
}

/** Whether the provider gave anything for the day: such a day is kept, with hours or as incomplete. */
export function dayHasData(day: { workedMinutes: number; travelMinutes: number; startTime: string | null; endTime: string | null; location: string | null }): boolean {
  return day.workedMinutes > 0 || day.travelMinutes > 0 || day.startTime !== null || day.endTime !== null || day.location !== null;
}

/**
 * The days a week can take from the week before ("Same as last week"): for each date of `dates` that has nothing,
 * the day seven days earlier when that one has something. Days already filled are never overwritten.
 */
export function sameAsLastWeek<D>(dates: readonly IsoDate[], isEmpty: (date: IsoDate) => boolean, previous: (date: IsoDate) => D | undefined): { date: IsoDate; from: D }[] {
  const out: { date: IsoDate; from: D }[] = [];
  for (const date of dates) {
    if (!isEmpty(date)) continue;
    const from = previous(addDays(date, -7));
    if (from) out.push({ date, from });
  }
  return out;
}
