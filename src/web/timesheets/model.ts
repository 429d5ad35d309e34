/**
 * The timesheet editor's arithmetic, kept free of React so it can be tested on its own: the form's days,
 * the entries the rules engine reads, where each finding belongs on the page, and the running totals.
 * The server runs the same engine on submit and is the authority; this only gives the provider the same
 * answer while typing.
 */
import type { DAY_LOCATIONS, TimesheetView } from '../../contracts/timesheets';
import { addDays, MAX_DAY_MINUTES, timesheetTotals, workweekOf, type ClaimEntry, type Evaluation, type Finding, type FindingCode, type TimesheetTotals } from '../../domain/index';

export type DayLocation = (typeof DAY_LOCATIONS)[number];
type ViewDay = TimesheetView['days'][number];

/** One day of the form, as typed: strings, so a half-typed value is kept as it is. */
export interface DayForm {
  date: string;
  hours: string;
  minutes: string;
  start: string;
  end: string;
  location: DayLocation | '';
  travel: string;
}

/** What is wrong with a day's fields, as catalogue keys; the web app words them. */
export type DayProblem = 'hoursInvalid' | 'minutesInvalid' | 'travelInvalid' | 'tooLong' | 'startEndTogether';
export type DayProblems = Partial<Record<'hours' | 'minutes' | 'travel' | 'end', DayProblem>>;

/** Every date of the pay period, first to last. */
export function periodDates(start: string, end: string): string[] {
  const dates: string[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) dates.push(d);
  return dates;
}

/** One form row per day of the period, filled from the saved days (EVV or typed). */
export function formDays(view: Pick<TimesheetView, 'payPeriod' | 'days'>): DayForm[] {
  const saved = new Map(view.days.map((d) => [d.date, d]));
  return periodDates(view.payPeriod.start, view.payPeriod.end).map((date) => {
    const d = saved.get(date);
    return {
      date,
      hours: d && d.workedMinutes > 0 ? String(Math.floor(d.workedMinutes / 60)) : '',
      minutes: d && d.workedMinutes % 60 > 0 ? String(d.workedMinutes % 60) : '',
      start: d?.startTime ?? '',
      end: d?.endTime ?? '',
      location: d?.location ?? '',
      travel: d && d.travelMinutes > 0 ? String(d.travelMinutes) : '',
    };
  });
}

/** A whole number in [0, max], or undefined; an empty field is 0. */
function wholeNumber(text: string, max: number): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  if (!/^\d{1,4}$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return n <= max ? n : undefined;
}

export interface ParsedDay {
  date: string;
  workedMinutes: number;
  travelMinutes: number;
  startTime: string | null;
  endTime: string | null;
  location: DayLocation | null;
  problems: DayProblems;
}

export function parseDay(day: DayForm): ParsedDay {
  const problems: DayProblems = {};
  const hours = wholeNumber(day.hours, 24);
  const minutes = wholeNumber(day.minutes, 59);
  const travel = wholeNumber(day.travel, MAX_DAY_MINUTES);
  if (hours === undefined) problems.hours = 'hoursInvalid';
  if (minutes === undefined) problems.minutes = 'minutesInvalid';
  if (travel === undefined) problems.travel = 'travelInvalid';
  const worked = (hours ?? 0) * 60 + (minutes ?? 0);
  if (hours !== undefined && minutes !== undefined && worked + (travel ?? 0) > MAX_DAY_MINUTES) problems.hours = 'tooLong';
  if ((day.start === '') !== (day.end === '')) problems.end = 'startEndTogether';
  const times = day.start !== '' && day.end !== '';
  return {
    date: day.date,
    workedMinutes: worked,
    travelMinutes: travel ?? 0,
    startTime: times ? day.start : null,
    endTime: times ? day.end : null,
    location: day.location === '' ? null : day.location,
    problems,
  };
}

export const hasProblems = (day: ParsedDay) => Object.keys(day.problems).length > 0;

/** The entries the rules engine reads: days with time on them, as the server builds them. */
export function entriesOf(caseNumber: string, days: readonly ParsedDay[]): ClaimEntry[] {
  return days
    .filter((d) => d.workedMinutes > 0 || d.travelMinutes > 0)
    .map((d) => ({
      recipientId: caseNumber,
      date: d.date,
      workedMinutes: d.workedMinutes,
      travelMinutes: d.travelMinutes,
      ...(d.startTime && d.endTime ? { startTime: d.startTime, endTime: d.endTime } : {}),
    }));
}

/**
 * The days to save (the server wants the whole list): every day with time, and every day the server has,
 * so a day emptied by the provider is saved as empty rather than left as it was.
 */
export function daysToSave(days: readonly ParsedDay[], saved: readonly ViewDay[]) {
  const known = new Set(saved.map((d) => d.date));
  return days
    .filter((d) => d.workedMinutes > 0 || d.travelMinutes > 0 || known.has(d.date))
    .map(({ date, workedMinutes, travelMinutes, startTime, endTime, location }) => ({ date, workedMinutes, travelMinutes, startTime, endTime, location }));
}

/** Where on the page a finding is shown: beside its day, its workweek, or with the whole timesheet. */
export type Place = { kind: 'day'; date: string } | { kind: 'week'; start: string } | { kind: 'general' };

/**
 * Every finding carries the day a limit was crossed, but a weekly or monthly limit concerns the whole week or
 * month: the provider fixes it by looking at all its days, so it is shown there rather than on one day.
 */
const WEEK_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>(['OVER_66_HOURS', 'OVER_WEEKLY_MAXIMUM', 'OVER_EXEMPTION_WEEKLY_LIMIT', 'OVER_TRAVEL_LIMIT', 'OVERTIME_WITHOUT_COUNTY_EXCEPTION']);
const MONTH_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>(['OVER_MONTHLY_AUTHORIZED', 'OVER_ASSIGNED_HOURS', 'OVER_EXEMPTION_MONTHLY_LIMIT', 'OVER_USUAL_MONTHLY_OVERTIME', 'OVER_70_PERCENT_FIRST_HALF']);

export function placeOf(finding: Pick<Finding, 'code' | 'date' | 'workweekStart'>, period: { start: string; end: string }): Place {
  const week = finding.workweekStart ?? (finding.date ? workweekOf(finding.date).start : undefined);
  const weekShown = week !== undefined && weekStarts(period).includes(week);
  if (MONTH_CODES.has(finding.code)) return { kind: 'general' };
  if (WEEK_CODES.has(finding.code) && weekShown) return { kind: 'week', start: week };
  if (finding.date && finding.date >= period.start && finding.date <= period.end) return { kind: 'day', date: finding.date };
  if (weekShown) return { kind: 'week', start: week };
  return { kind: 'general' };
}

/** The id of the element a finding is shown in, for links from the summary at the top. */
export function anchorOf(place: Place): string {
  return place.kind === 'day' ? `day-${place.date}` : place.kind === 'week' ? `week-${place.start}` : 'timesheet-findings';
}

/** The Sundays of the workweeks that touch the period (a workweek can start in the period before). */
export function weekStarts(period: { start: string; end: string }): string[] {
  const starts: string[] = [];
  for (let s = workweekOf(period.start).start; s <= period.end; s = addDays(s, 7)) starts.push(s);
  return starts;
}

/**
 * The totals as the provider types: the server's own computation (`timesheetTotals`) over the typed entries, in the
 * rules case the server sent; null for a view without them (the recipient's).
 */
export function liveTotals(view: Pick<TimesheetView, 'caseNumber' | 'payPeriod' | 'totals' | 'rulesContext'>, evaluation: Evaluation, entries: readonly ClaimEntry[]): TimesheetTotals | null {
  if (!view.totals || !view.rulesContext) return null;
  const { recipients, priorEntries } = view.rulesContext;
  // The server sends the pay as null exactly when the county has no wage rate on file.
  return timesheetTotals({ caseNumber: view.caseNumber, payPeriod: view.payPeriod, recipients, priorEntries, entries, evaluation, rateKnown: view.totals.expectedGrossCents !== null });
}
