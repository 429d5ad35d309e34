/**
 * The timesheet editor's arithmetic, kept free of React so it can be tested on its own: the form's days,
 * the entries the rules engine reads, where each finding belongs on the page, and the running totals.
 * The server runs the same engine on submit and is the authority; this only gives the provider the same
 * answer while typing.
 */
import type { DAY_LOCATIONS, TimesheetView } from '../../contracts/timesheets';
import { addDays, dayHasData, dayHours, MAX_DAY_MINUTES, sameAsLastWeek, timesheetTotals, workweekOf, type ClaimEntry, type DayHours, type Evaluation, type Finding, type FindingCode, type TimesheetTotals } from '../../domain/index';

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
  /** The day's check-ins added up (saved with the day by the server); null without check-ins. */
  checkIns: number | null;
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

/**
 * One form row per day of the period, filled from the saved days (EVV or typed). Hours the server computed (from the
 * check-ins, or from start and end) are left out of the hours fields, so they keep following what they came from;
 * hours the provider typed are shown as typed.
 */
export function formDays(view: Pick<TimesheetView, 'payPeriod' | 'days'>): DayForm[] {
  const saved = new Map(view.days.map((d) => [d.date, d]));
  return periodDates(view.payPeriod.start, view.payPeriod.end).map((date) => {
    const d = saved.get(date);
    const checkIns = d?.fromEvv ? d.evvMinutes : null;
    const computed = d && dayHours({ date, typedMinutes: null, startTime: d.startTime, endTime: d.endTime, checkInMinutes: checkIns }).minutes === d.workedMinutes;
    const typed = d && !computed ? d.workedMinutes : null;
    return {
      date,
      hours: typed === null ? '' : String(Math.floor(typed / 60)),
      minutes: typed !== null && typed % 60 > 0 ? String(typed % 60) : '',
      start: d?.startTime ?? '',
      end: d?.endTime ?? '',
      location: d?.location ?? '',
      travel: d && d.travelMinutes > 0 ? String(d.travelMinutes) : '',
      checkIns,
    };
  });
}

/** A day with nothing typed and no check-ins: shown folded, and the one "Same as last week" may fill. */
export const isEmptyDay = (d: DayForm) => d.checkIns === null && d.hours.trim() === '' && d.minutes.trim() === '' && d.start === '' && d.end === '' && d.location === '' && d.travel.trim() === '';

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
  /** The day's hours: typed, or else from the check-ins, or else from start and end (domain/day-hours.ts). */
  workedMinutes: number;
  /** What the provider typed in the hours fields; null when both are empty. */
  typedMinutes: number | null;
  hours: DayHours;
  /** The provider gave something for the day: it is saved, and judged, even without hours. */
  hasData: boolean;
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
  const typed = day.hours.trim() === '' && day.minutes.trim() === '' ? null : (hours ?? 0) * 60 + (minutes ?? 0);
  if ((day.start === '') !== (day.end === '')) problems.end = 'startEndTogether';
  const times = day.start !== '' && day.end !== '';
  const startTime = times ? day.start : null;
  const endTime = times ? day.end : null;
  const given = dayHours({ date: day.date, typedMinutes: typed, startTime, endTime, checkInMinutes: day.checkIns });
  if (hours !== undefined && minutes !== undefined && given.minutes + (travel ?? 0) > MAX_DAY_MINUTES) problems.hours = 'tooLong';
  const location = day.location === '' ? null : day.location;
  return {
    date: day.date,
    workedMinutes: given.minutes,
    typedMinutes: typed,
    hours: given,
    hasData: dayHasData({ workedMinutes: given.minutes, travelMinutes: travel ?? 0, startTime: day.start || null, endTime: day.end || null, location }),
    travelMinutes: travel ?? 0,
    startTime,
    endTime,
    location,
    problems,
  };
}

export const hasProblems = (day: ParsedDay) => Object.keys(day.problems).length > 0;

/** The entries the rules engine reads: every day with something on it, as the server builds them (a day without hours is refused). */
export function entriesOf(caseNumber: string, days: readonly ParsedDay[]): ClaimEntry[] {
  return days
    .filter((d) => d.hasData)
    .map((d) => ({
      recipientId: caseNumber,
      date: d.date,
      workedMinutes: d.workedMinutes,
      travelMinutes: d.travelMinutes,
      ...(d.startTime && d.endTime ? { startTime: d.startTime, endTime: d.endTime } : {}),
    }));
}

/**
 * The days to save (the server wants the whole list): every day with something on it, and every day the server has,
 * so a day emptied by the provider is saved as empty rather than left as it was. Hours go only as typed: the server
 * computes the others the same way (domain/day-hours.ts).
 */
export function daysToSave(days: readonly ParsedDay[], saved: readonly ViewDay[]) {
  const known = new Set(saved.map((d) => d.date));
  return days
    .filter((d) => d.hasData || known.has(d.date))
    .map(({ date, typedMinutes, travelMinutes, startTime, endTime, location }) => ({ date, workedMinutes: typedMinutes, travelMinutes, startTime, endTime, location }));
}

/**
 * "Same as last week": the empty days of a workweek filled from the days seven days before, from this form or, before
 * the period, from the provider's earlier timesheet of this recipient. Hours that came from check-ins are copied as
 * typed hours (the new day has no check-ins); hours from start and end follow the copied times.
 */
export function fillFromLastWeek(days: readonly DayForm[], weekDates: readonly string[], caseNumber: string, prior: readonly ClaimEntry[]): DayForm[] {
  const byDate = new Map(days.map((d) => [d.date, d]));
  const earlier = new Map(prior.filter((e) => e.recipientId === caseNumber).map((e) => [e.date, e]));
  const previous = (date: string): Omit<DayForm, 'date'> | undefined => {
    const form = byDate.get(date);
    if (form) {
      if (isEmptyDay(form)) return undefined;
      const p = parseDay(form);
      if (hasProblems(p) || !p.hasData) return undefined;
      const typed = p.hours.source === 'checkIns' ? p.workedMinutes : p.typedMinutes;
      return { ...toFields(typed, p.travelMinutes), start: form.start, end: form.end, location: form.location, checkIns: null };
    }
    const e = earlier.get(date);
    if (!e) return undefined;
    return { ...toFields(e.workedMinutes, e.travelMinutes ?? 0), start: e.startTime ?? '', end: e.endTime ?? '', location: '', checkIns: null };
  };
  const empty = (date: string) => {
    const d = byDate.get(date);
    return !!d && isEmptyDay(d);
  };
  return sameAsLastWeek(weekDates, empty, previous).map(({ date, from }) => ({ date, ...from }));
}

function toFields(minutes: number | null, travel: number) {
  return {
    hours: minutes === null ? '' : String(Math.floor(minutes / 60)),
    minutes: minutes !== null && minutes % 60 > 0 ? String(minutes % 60) : '',
    travel: travel > 0 ? String(travel) : '',
  };
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
