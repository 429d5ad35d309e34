/**
 * A provider's work: which weekdays and how long they see each recipient, the days that gives in a pay period, and
 * what the rules engine (`evaluateClaims`, the portal's authority) makes of each period. Hours are cut until the
 * engine finds nothing that would stop a submission or send it to the county's queue, so every timesheet generated
 * as submitted is one the portal would have accepted.
 */
import {
  addDays,
  evaluateClaims,
  monthOf,
  monthSpan,
  recipientWeeklyMaximumMinutes,
  weekday,
  workweekOf,
  type ClaimEntry,
  type DateSpan,
  type Evaluation,
  type IsoDate,
  type RateChange,
  type RecipientCase,
} from '../../src/domain/index';
import { int, type Recipient, type Relationship } from './people';

const HOUR = 60;
/** Providers' visits of a day end by 23:00: the day starts by 10:00, with at most 12 hours of visits and two trips. */
const DAY_MINUTES_CAP = 12 * HOUR;
/** WIC 12300.4(b)(2): 66 hours a workweek for a provider of several recipients. */
const WEEK_MINUTES_CAP = 66 * HOUR;
/** A trip between two recipients the same day: claimed as travel (at most 7 hours a workweek: 2 trips x 7 days x 30). */
const TRIP_MINUTES = [15, 20, 30] as const;

const quarter = (minutes: number) => Math.floor(minutes / 15) * 15;

export interface Assignment {
  /** The recipient's index among the county's. */
  recipientIndex: number;
  caseNumber: string;
  recipient: Recipient;
  /** The provider's share of the recipient's monthly minutes when the recipient has two providers; null: all. */
  assignedMinutes: number | null;
  relationship: Relationship;
  liveIn: boolean;
  travelAgreement: boolean;
  weekdays: number[];
  dailyMinutes: number;
  tripMinutes: number;
}

export interface DayWork {
  assignment: number;
  date: IsoDate;
  /** Minutes after midnight, California time. */
  start: number;
  minutes: number;
  travel: number;
}

/** Weekdays and minutes a day for each assignment, within the monthly, weekly and daily limits above. */
export function planHours(random: () => number, assignments: Assignment[]): void {
  for (const a of assignments) {
    const monthly = a.assignedMinutes ?? a.recipient.monthlyMinutes;
    let days = a.liveIn ? int(random, 5, 7) : int(random, 2, 6);
    // Five of a weekday fit in a month: five weeks' worth stays within the month's minutes.
    while (days > 1 && quarter((monthly * 0.95) / (5 * days)) < HOUR) days -= 1;
    const all = [0, 1, 2, 3, 4, 5, 6];
    const weekdays = new Set<number>();
    while (weekdays.size < days) weekdays.add(all[int(random, 0, 6)]!);
    a.weekdays = [...weekdays].sort();
    a.dailyMinutes = Math.max(15, Math.min(10 * HOUR, quarter((monthly * 0.95) / (5 * days))));
    a.tripMinutes = TRIP_MINUTES[int(random, 0, TRIP_MINUTES.length - 1)]!;
    a.dailyMinutes = Math.min(a.dailyMinutes, quarter(recipientWeeklyMaximumMinutes(monthly) / days));
  }
  const dayTotal = assignments.reduce((s, a) => s + a.dailyMinutes, 0);
  if (dayTotal > DAY_MINUTES_CAP) for (const a of assignments) a.dailyMinutes = Math.max(15, quarter((a.dailyMinutes * DAY_MINUTES_CAP) / dayTotal));
  const week = () => assignments.reduce((s, a) => s + a.weekdays.length * a.dailyMinutes, 0);
  while (week() > WEEK_MINUTES_CAP) {
    const longest = assignments.reduce((x, a) => (a.weekdays.length > x.weekdays.length ? a : x));
    longest.weekdays.pop();
  }
}

/** The days of `span` (before `until`, when given) that the provider works, visits one after another. */
export function workDays(assignments: readonly Assignment[], dayStart: number, span: DateSpan, until?: IsoDate): DayWork[] {
  const out: DayWork[] = [];
  for (let date = span.start; date <= span.end && (until === undefined || date < until); date = addDays(date, 1)) {
    const wd = weekday(date);
    let at = dayStart;
    let first = true;
    assignments.forEach((a, i) => {
      if (!a.weekdays.includes(wd) || a.dailyMinutes === 0) return;
      const travel = !first && a.travelAgreement ? a.tripMinutes : 0;
      if (!first) at += a.tripMinutes;
      out.push({ assignment: i, date, start: at, minutes: a.dailyMinutes, travel });
      at += a.dailyMinutes;
      first = false;
    });
  }
  return out;
}

export const entriesOf = (assignments: readonly Assignment[], days: readonly DayWork[]): ClaimEntry[] =>
  days.map((d) => ({ recipientId: assignments[d.assignment]!.caseNumber, date: d.date, workedMinutes: d.minutes, travelMinutes: d.travel }));

export function casesOf(assignments: readonly Assignment[], rate: { rateCents: number; rateChanges: RateChange[] }): RecipientCase[] {
  return assignments.map((a) => ({
    id: a.caseNumber,
    monthlyAuthorizedMinutes: a.recipient.monthlyMinutes,
    ...(a.assignedMinutes !== null ? { assignedMonthlyMinutes: a.assignedMinutes } : {}),
    rateCents: rate.rateCents,
    rateChanges: rate.rateChanges,
  }));
}

/** The engine's view of each period, the earlier periods' days counted first (as earlier timesheets are). */
export function evaluatePeriods(assignments: readonly Assignment[], rate: { rateCents: number; rateChanges: RateChange[] }, periods: readonly DayWork[][], today: IsoDate): Evaluation[] {
  const recipients = casesOf(assignments, rate);
  const prior: ClaimEntry[] = [];
  return periods.map((days) => {
    const entries = entriesOf(assignments, days);
    const e = evaluateClaims({ provider: { exemption: 'none' }, recipients, entries, priorEntries: [...prior], today });
    prior.push(...entries);
    return e;
  });
}

/** Whether the engine would let every period be submitted and pass it without the county's queue. */
export const clean = (evaluations: readonly Evaluation[]) => evaluations.every((e) => e.findings.every((f) => f.kind === 'warning'));

/** A timesheet version's days as the engine's entries. */
export interface Claimed {
  assignment: number;
  span: DateSpan;
  days: readonly DayWork[];
}

/**
 * One version evaluated as the portal evaluates it (timesheets/rules-case.ts): its own days are the entries; the
 * provider's other claimed versions in the month and the workweeks around its period are the earlier entries, the
 * same recipient's same period left out. At submission the earlier ones are those claimed then; at the pay run,
 * those paid before (docs/rules.md, "Earlier timesheets first").
 */
export function evaluateVersion(assignments: readonly Assignment[], rate: { rateCents: number; rateChanges: RateChange[] }, v: Claimed, earlier: readonly Claimed[], today: IsoDate) {
  const month = monthSpan(monthOf(v.span.start));
  const from = workweekOf(v.span.start).start < month.start ? workweekOf(v.span.start).start : month.start;
  const to = workweekOf(v.span.end).end > month.end ? workweekOf(v.span.end).end : month.end;
  const priorEntries = entriesOf(
    assignments,
    earlier.filter((e) => !(e.assignment === v.assignment && e.span.start === v.span.start)).flatMap((e) => e.days.filter((d) => d.date >= from && d.date <= to)),
  );
  const recipients = casesOf(assignments, rate);
  const entries = entriesOf(assignments, v.days);
  const evaluation = evaluateClaims({ provider: { exemption: 'none' }, recipients, entries, priorEntries, today });
  return { evaluation, recipients, priorEntries, entries };
}
