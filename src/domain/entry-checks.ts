/**
 * Checks of single entries and single days: assignment, eligibility, clock times, overlaps, travel,
 * future time, days without hours. Only new entries are reported; earlier timesheets only serve as what they overlap.
 */
import { inWindows, type IsoDate } from './calendar';
import { californiaDayMinutes, elapsedCaliforniaMinutes, toCaliforniaDateTime, toEpochMs } from './california-time';
import { placeOf, type ClaimBook, type Piece } from './claim-book';
import { makeFinding, type Finding } from './findings';

const SHORTEST_DAY_MINUTES = 23 * 60;

function clock(minute: number): string {
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

/** Today and, when an instant was given, the minute of the day it is now, in California. */
function present(book: ClaimBook): { today: IsoDate; minuteNow: number | undefined } | undefined {
  const { now, today } = book.input;
  if (now !== undefined) {
    const local = toCaliforniaDateTime(toEpochMs(now));
    return { today: local.date, minuteNow: local.minuteOfDay };
  }
  return today === undefined ? undefined : { today, minuteNow: undefined };
}

function pieceFindings(book: ClaimBook, p: Piece, time: ReturnType<typeof present>, out: Finding[]): void {
  if (!p.recipient || !inWindows(p.date, p.recipient.assigned)) {
    out.push(makeFinding('NOT_ASSIGNED_TO_RECIPIENT', placeOf(p), { date: p.date }));
  }
  if (!inWindows(p.date, book.input.provider.eligible)) {
    out.push(makeFinding('PROVIDER_NOT_ELIGIBLE', placeOf(p), { date: p.date }));
  }
  if (p.recipient && !inWindows(p.date, p.recipient.eligible)) {
    out.push(makeFinding('RECIPIENT_NOT_ELIGIBLE', placeOf(p), { date: p.date }));
  }
  if (time) {
    const laterToday = time.minuteNow !== undefined && p.date === time.today && p.endMinute > time.minuteNow;
    if (p.date > time.today || laterToday) out.push(makeFinding('FUTURE_TIME', placeOf(p), { date: p.date, today: time.today }));
  }
  // The caller gives an entry for every day the provider put something on, so one without time has no hours.
  if (p.worked === 0 && p.travel === 0) out.push(makeFinding('DAY_WITHOUT_HOURS', placeOf(p), { date: p.date }));
  if (p.startMinute >= 0) {
    const span = p.endMinute > p.startMinute ? elapsedCaliforniaMinutes(p.date, p.startMinute, p.endMinute) : 0;
    if (p.worked > span) {
      out.push(
        makeFinding('IMPOSSIBLE_TIME', placeOf(p), {
          date: p.date,
          startTime: clock(p.startMinute),
          endTime: clock(p.endMinute),
          claimedMinutes: p.worked,
          spanMinutes: span,
        }),
      );
    }
  }
}

/**
 * Travel is paid only for going directly from one recipient to another the same day, and is claimed
 * on the timesheet of the recipient travelled to (ACL 16-01; ACIN I-18-19; DOMAIN.md, Travel time).
 */
function travelFindings(day: readonly Piece[], out: Finding[]): void {
  for (const p of day) {
    if (p.prior || p.travel === 0) continue;
    const workedHere = day.some((q) => q.recipientId === p.recipientId && q.worked > 0);
    const workedElsewhere = day.some((q) => q.recipientId !== p.recipientId && q.worked > 0);
    if (!workedHere || !workedElsewhere) {
      out.push(makeFinding('TRAVEL_NOT_BETWEEN_RECIPIENTS', placeOf(p), { date: p.date, travelMinutes: p.travel }));
    }
  }
}

function overlapFindings(day: readonly Piece[], out: Finding[]): void {
  if (day.length < 2) return;
  const timed = day.filter((p) => p.startMinute >= 0 && p.endMinute > p.startMinute);
  for (let i = 0; i < timed.length; i++) {
    for (let j = i + 1; j < timed.length; j++) {
      const a = timed[i] as Piece;
      const b = timed[j] as Piece;
      if (a.prior && b.prior) continue;
      if (a.startMinute < b.endMinute && b.startMinute < a.endMinute) {
        const [mine, other] = a.prior ? [b, a] : [a, b];
        out.push(
          makeFinding('OVERLAPPING_TIME', placeOf(mine), {
            date: mine.date,
            startTime: clock(mine.startMinute),
            endTime: clock(mine.endMinute),
            otherRecipientId: other.recipientId,
            otherStartTime: clock(other.startMinute),
            otherEndTime: clock(other.endMinute),
          }),
        );
      }
    }
  }
}

/** A day holds 23, 24 or 25 hours in California: the clocks change twice a year. */
function dayLengthFindings(day: readonly Piece[], out: Finding[]): void {
  let claimed = 0;
  for (const p of day) claimed += p.worked + p.travel;
  if (claimed <= SHORTEST_DAY_MINUTES) return;
  const first = day.find((p) => !p.prior);
  if (!first) return;
  const dayMinutes = californiaDayMinutes(first.date);
  if (claimed <= dayMinutes) return;
  out.push(makeFinding('MORE_HOURS_THAN_IN_DAY', placeOf(first), { date: first.date, claimedMinutes: claimed, dayMinutes }));
}

export function entryFindings(book: ClaimBook): Finding[] {
  const time = present(book);
  const out: Finding[] = [];
  for (const p of book.pieces) {
    if (!p.prior) pieceFindings(book, p, time, out);
  }
  for (const day of book.byDay.values()) {
    if (day.every((p) => p.prior)) continue;
    travelFindings(day, out);
    overlapFindings(day, out);
    dayLengthFindings(day, out);
  }
  return out;
}
