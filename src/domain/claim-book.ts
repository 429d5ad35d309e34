/**
 * The claimed time of one evaluation, in attribution order and indexed by week, month and day, with
 * the county's facts for each recipient at hand. Shared by the evaluator and its checks.
 */
import {
  fromDayNumber,
  inWindows,
  overlapsWindows,
  parseClockTime,
  toDayNumber,
  workweekStartDayNumber,
  type DateSpan,
  type IsoDate,
  type IsoMonth,
  monthSpan,
} from './calendar';
import type { ClaimEntry, EvaluationInput, RecipientCase } from './claims';
import type { FindingPlace } from './findings';
import { recipientWeeklyMaximumMinutes } from './limits';

export interface Piece {
  readonly entry: ClaimEntry;
  /** From an earlier timesheet: counted, attributed first, not paid again, not re-reported alone. */
  readonly prior: boolean;
  readonly recipient: RecipientCase | undefined;
  readonly recipientId: string;
  readonly date: IsoDate;
  readonly day: number;
  readonly week: number;
  readonly month: IsoMonth;
  readonly payPeriodStart: IsoDate;
  readonly worked: number;
  readonly travel: number;
  /** Minutes after midnight, or -1 when the entry has no clock times. */
  readonly startMinute: number;
  readonly endMinute: number;
  regularTravel: number;
  overtimeTravel: number;
  regularWorked: number;
  overtimeWorked: number;
}

export interface MonthFacts {
  readonly authorizedMinutes: number;
  /** The provider's share; equals `authorizedMinutes` when the county set none. */
  readonly assignedMinutes: number;
  readonly assignedIsSet: boolean;
  readonly claimedByOthersMinutes: number;
}

function makePiece(entry: ClaimEntry, prior: boolean, recipients: ReadonlyMap<string, RecipientCase>): Piece {
  const day = toDayNumber(entry.date);
  const month = entry.date.slice(0, 7);
  const start = entry.startTime === undefined ? undefined : parseClockTime(entry.startTime);
  const end = entry.endTime === undefined ? undefined : parseClockTime(entry.endTime);
  const timed = start !== undefined && end !== undefined;
  return {
    entry,
    prior,
    recipient: recipients.get(entry.recipientId),
    recipientId: entry.recipientId,
    date: entry.date,
    day,
    week: workweekStartDayNumber(day),
    month,
    payPeriodStart: entry.date.slice(8) <= '15' ? `${month}-01` : `${month}-16`,
    worked: entry.workedMinutes,
    travel: entry.travelMinutes ?? 0,
    startMinute: timed ? start : -1,
    endMinute: timed ? end : -1,
    regularTravel: 0,
    overtimeTravel: 0,
    regularWorked: 0,
    overtimeWorked: 0,
  };
}

/**
 * Time order that depends only on what an entry says, never on where it sits in the input, so the
 * order of entries cannot change the result.
 */
function compareInTime(a: Piece, b: Piece): number {
  return (
    a.day - b.day ||
    a.startMinute - b.startMinute ||
    (a.recipientId < b.recipientId ? -1 : a.recipientId > b.recipientId ? 1 : 0) ||
    a.worked - b.worked ||
    a.travel - b.travel ||
    a.endMinute - b.endMinute
  );
}

function groupIn<K>(groups: Map<K, Piece[]>, key: K): Piece[] {
  let group = groups.get(key);
  if (group === undefined) {
    group = [];
    groups.set(key, group);
  }
  return group;
}

export class ClaimBook {
  readonly input: EvaluationInput;
  readonly recipients: ReadonlyMap<string, RecipientCase>;
  /** Earlier timesheets first, then the new entries, each in time order: the attribution order. */
  readonly pieces: readonly Piece[];
  readonly byWeek: ReadonlyMap<number, Piece[]>;
  readonly byMonth: ReadonlyMap<IsoMonth, Piece[]>;
  readonly byDay: ReadonlyMap<number, Piece[]>;
  // A week's dates and each recipient's weekly maximum are asked for by the summary and by several checks.
  private readonly weekSpans = new Map<number, DateSpan>();
  private readonly weeklyMaximums = new Map<RecipientCase, Map<number, number>>();

  constructor(input: EvaluationInput) {
    this.input = input;
    const recipients = new Map<string, RecipientCase>();
    for (const r of input.recipients) recipients.set(r.id, r);
    this.recipients = recipients;
    const prior = (input.priorEntries ?? []).map((e) => makePiece(e, true, recipients)).sort(compareInTime);
    const fresh = input.entries.map((e) => makePiece(e, false, recipients)).sort(compareInTime);
    this.pieces = prior.concat(fresh);
    // One pass keeping each group's pieces in attribution order and the groups in the order of their first
    // piece. Pieces in time order put a day, a week and a month side by side, so only a new one is looked up.
    const byWeek = new Map<number, Piece[]>();
    const byMonth = new Map<IsoMonth, Piece[]>();
    const byDay = new Map<number, Piece[]>();
    let week: Piece[] = [];
    let month: Piece[] = [];
    let day: Piece[] = [];
    let last: Piece | undefined;
    for (const piece of this.pieces) {
      if (last === undefined || piece.week !== last.week) week = groupIn(byWeek, piece.week);
      if (last === undefined || piece.month !== last.month) month = groupIn(byMonth, piece.month);
      if (last === undefined || piece.day !== last.day) day = groupIn(byDay, piece.day);
      week.push(piece);
      month.push(piece);
      day.push(piece);
      last = piece;
    }
    this.byWeek = byWeek;
    this.byMonth = byMonth;
    this.byDay = byDay;
  }

  monthFacts(recipient: RecipientCase, month: IsoMonth): MonthFacts {
    const override = recipient.months?.find((m) => m.month === month);
    const authorizedMinutes = override?.authorizedMinutes ?? recipient.monthlyAuthorizedMinutes;
    const assigned = override?.assignedMinutes ?? recipient.assignedMonthlyMinutes;
    return {
      authorizedMinutes,
      assignedMinutes: assigned ?? authorizedMinutes,
      assignedIsSet: assigned !== undefined,
      claimedByOthersMinutes: override?.claimedByOtherProvidersMinutes ?? 0,
    };
  }

  /**
   * The recipient's weekly maximum for a workweek. A week that spans two months takes the larger of the
   * two months' maximums: ACL 16-01 does not say which month rules, and the larger one never flags a
   * provider for hours either month allowed.
   */
  weeklyMaximum(recipient: RecipientCase, week: number): number {
    let byWeek = this.weeklyMaximums.get(recipient);
    if (!byWeek) {
      byWeek = new Map();
      this.weeklyMaximums.set(recipient, byWeek);
    }
    let maximum = byWeek.get(week);
    if (maximum === undefined) {
      const span = this.weekSpan(week);
      const first = span.start.slice(0, 7);
      const last = span.end.slice(0, 7);
      maximum = recipientWeeklyMaximumMinutes(this.monthFacts(recipient, first).authorizedMinutes);
      if (first !== last) {
        maximum = Math.max(maximum, recipientWeeklyMaximumMinutes(this.monthFacts(recipient, last).authorizedMinutes));
      }
      byWeek.set(week, maximum);
    }
    return maximum;
  }

  /** Recipients this provider is assigned to at some point of the span (all of them without windows). */
  assignedRecipients(span: DateSpan): RecipientCase[] {
    return this.input.recipients.filter((r) => overlapsWindows(span, r.assigned));
  }

  weekSpan(week: number): DateSpan {
    let span = this.weekSpans.get(week);
    if (!span) {
      span = { start: fromDayNumber(week), end: fromDayNumber(week + 6) };
      this.weekSpans.set(week, span);
    }
    return span;
  }

  monthSpan(month: IsoMonth): DateSpan {
    return monthSpan(month);
  }

  hasOvertimeException(recipient: RecipientCase | undefined, date: IsoDate): boolean {
    const exception = recipient?.overtimeException;
    if (exception === undefined || exception === false) return false;
    if (exception === true) return true;
    return inWindows(date, exception);
  }
}

/** Pieces that are new (not from earlier timesheets). */
export function hasNew(pieces: readonly Piece[]): boolean {
  return pieces.some((p) => !p.prior);
}

/**
 * Walks pieces in attribution order adding `measure` to `start`, and returns the first new piece at
 * which the running total passes `limit`, with the group's full total: the place to report a limit.
 */
export function firstNewPieceOver(
  pieces: readonly Piece[],
  limit: number,
  measure: (p: Piece) => number,
  start = 0,
): { readonly piece: Piece; readonly total: number } | undefined {
  let running = start;
  let found: Piece | undefined;
  for (const piece of pieces) {
    const added = measure(piece);
    running += added;
    if (found === undefined && !piece.prior && added > 0 && running > limit) found = piece;
  }
  return found && { piece: found, total: running };
}

export function placeOf(p: Piece): FindingPlace {
  return { date: p.date, workweekStart: fromDayNumber(p.week), payPeriodStart: p.payPeriodStart, recipientId: p.recipientId };
}
