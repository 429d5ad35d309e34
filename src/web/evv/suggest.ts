import type { EvvRecordView } from '../../contracts/evv';
import type { VisitOccurrence } from '../../contracts/visits';
import { californiaInstant, parseClockTime, toCaliforniaDateTime } from '../../domain';

/** A time offered for a correction, in California: the day, `HH:MM`, and where it came from (said beside it). */
export interface SuggestedTime {
  date: string;
  time: string;
  source: 'plannedEnd' | 'plannedLength' | 'endOfDay' | 'plannedStart' | 'otherStart' | 'otherEnd';
}

const pad = (n: number) => String(n).padStart(2, '0');

function inCalifornia(ms: number): Pick<SuggestedTime, 'date' | 'time'> {
  const { date, minuteOfDay } = toCaliforniaDateTime(ms);
  return { date, time: `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}` };
}

/**
 * The missing time most likely right, so the provider can confirm it with one tap. An open check-in ends at
 * the planned visit's end that day, else after a planned visit's length with this recipient, else at the
 * last minute of the day. A check-out without
 * a check-in starts at the planned visit's start. Null when nothing planned tells, or when what it tells is still
 * to come (after `nowMs`): the server refuses a time in the future, so offering one would only lead to a refusal.
 * `occurrences` are the planned visits of the record's day, sorted by start; `plans` the running plans.
 */
export function suggestedTime(
  record: Pick<EvvRecordView, 'caseNumber' | 'date' | 'checkInAt' | 'checkOutAt'>,
  occurrences: readonly Pick<VisitOccurrence, 'caseNumber' | 'date' | 'startAt' | 'endAt'>[],
  plans: readonly { caseNumber: string; startTime: string; endTime: string }[],
  nowMs: number,
): SuggestedTime | null {
  const suggestion = plannedTime(record, occurrences, plans);
  if (suggestion === null) return null;
  return californiaInstant(suggestion.date, parseClockTime(suggestion.time) ?? 0) > nowMs ? null : suggestion;
}

function plannedTime(
  record: Pick<EvvRecordView, 'caseNumber' | 'date' | 'checkInAt' | 'checkOutAt'>,
  occurrences: readonly Pick<VisitOccurrence, 'caseNumber' | 'date' | 'startAt' | 'endAt'>[],
  plans: readonly { caseNumber: string; startTime: string; endTime: string }[],
): SuggestedTime | null {
  const planned = occurrences.filter((o) => o.caseNumber === record.caseNumber && o.date === record.date);
  if (record.checkInAt === null) {
    if (record.checkOutAt === null) return null;
    const out = Date.parse(record.checkOutAt);
    const visit = planned.filter((o) => Date.parse(o.startAt) <= out).at(-1);
    return visit ? { ...inCalifornia(Date.parse(visit.startAt)), source: 'plannedStart' } : null;
  }
  const checkIn = Date.parse(record.checkInAt);
  const visit = planned.find((o) => Date.parse(o.endAt) > checkIn);
  if (visit) return { ...inCalifornia(Date.parse(visit.endAt)), source: 'plannedEnd' };
  const plan = plans.find((p) => p.caseNumber === record.caseNumber);
  const length = plan ? (parseClockTime(plan.endTime) ?? 0) - (parseClockTime(plan.startTime) ?? 0) : 0;
  if (length > 0) return { ...inCalifornia(checkIn + length * 60_000), source: 'plannedLength' };
  return { date: record.date, time: '23:59', source: 'endOfDay' };
}

type Times = Pick<EvvRecordView, 'checkInAt' | 'checkOutAt'>;

/**
 * The fix of two overlapping visits most likely right, to confirm with one tap: the visit that began first ends
 * when the other began; the one that began later starts when the other ended, if that is before it ends. Null
 * when neither fits (a visit inside the other: one of them was probably not a visit).
 */
export function overlapFix(record: Times, other: Times): { field: 'checkInAt' | 'checkOutAt'; suggestion: SuggestedTime } | null {
  if (record.checkInAt === null || other.checkInAt === null) return null;
  const start = Date.parse(record.checkInAt);
  const otherStart = Date.parse(other.checkInAt);
  if (start < otherStart) return { field: 'checkOutAt', suggestion: { ...inCalifornia(otherStart), source: 'otherStart' } };
  if (other.checkOutAt === null) return null;
  const otherEnd = Date.parse(other.checkOutAt);
  if (record.checkOutAt !== null && otherEnd >= Date.parse(record.checkOutAt)) return null;
  return { field: 'checkInAt', suggestion: { ...inCalifornia(otherEnd), source: 'otherEnd' } };
}
