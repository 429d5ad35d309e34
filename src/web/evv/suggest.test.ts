import { describe, expect, it } from 'vitest';
import { californiaInstant } from '../../domain';
import { overlapFix, suggestedTime } from './suggest';

const at = (date: string, hh: number, mm = 0) => new Date(californiaInstant(date, hh * 60 + mm)).toISOString();
const DAY = '2026-11-18';
const visit = (startH: number, endH: number, caseNumber = '9000001') => ({ caseNumber, date: DAY, startAt: at(DAY, startH), endAt: at(DAY, endH) });
/** A "now" long after the day, so no suggestion is still to come. */
const LATER = californiaInstant('2026-11-25', 0);
const open = { caseNumber: '9000001', date: DAY, checkInAt: at(DAY, 9, 5), checkOutAt: null };

describe('the time suggested for a correction', () => {
  it('ends an open check-in at the planned visit’s end that day', () => {
    expect(suggestedTime(open, [visit(6, 8), visit(9, 13), visit(14, 16)], [], LATER)).toEqual({ date: DAY, time: '13:00', source: 'plannedEnd' });
  });

  it('else after a planned visit’s length with that recipient, on the next day when it runs past midnight', () => {
    const plans = [{ caseNumber: '9000002', startTime: '08:00', endTime: '09:00' }, { caseNumber: '9000001', startTime: '10:00', endTime: '14:30' }];
    expect(suggestedTime(open, [visit(9, 13, '9000002')], plans, LATER)).toEqual({ date: DAY, time: '13:35', source: 'plannedLength' });
    expect(suggestedTime({ ...open, checkInAt: at(DAY, 22) }, [], plans, LATER)).toEqual({ date: '2026-11-19', time: '02:30', source: 'plannedLength' });
  });

  it('else at 11:59 p.m. of the check-in’s day', () => {
    expect(suggestedTime(open, [visit(6, 8)], [], LATER)).toEqual({ date: DAY, time: '23:59', source: 'endOfDay' });
  });

  it('starts a check-out without a check-in at the planned visit’s start, or suggests nothing without one', () => {
    const lone = { caseNumber: '9000001', date: DAY, checkInAt: null, checkOutAt: at(DAY, 15, 10) };
    expect(suggestedTime(lone, [visit(9, 13), visit(14, 16), visit(18, 20)], [], LATER)).toEqual({ date: DAY, time: '14:00', source: 'plannedStart' });
    expect(suggestedTime(lone, [visit(18, 20)], [], LATER)).toBeNull();
  });

  it('suggests nothing that is still to come: the server would refuse a time in the future', () => {
    expect(suggestedTime(open, [visit(9, 13)], [], californiaInstant(DAY, 12 * 60))).toBeNull();
    expect(suggestedTime(open, [visit(9, 13)], [], californiaInstant(DAY, 13 * 60))).toEqual({ date: DAY, time: '13:00', source: 'plannedEnd' });
  });
});

describe('the fix suggested for two overlapping visits', () => {
  const span = (fromH: number, toH: number | null, fromM = 0, toM = 0) => ({ checkInAt: at(DAY, fromH, fromM), checkOutAt: toH === null ? null : at(DAY, toH, toM) });

  it('ends the visit that began first when the other began, also when it has no check-out', () => {
    expect(overlapFix(span(9, 11), span(10, 12))).toEqual({ field: 'checkOutAt', suggestion: { date: DAY, time: '10:00', source: 'otherStart' } });
    expect(overlapFix(span(9, null), span(13, 15))).toEqual({ field: 'checkOutAt', suggestion: { date: DAY, time: '13:00', source: 'otherStart' } });
  });

  it('starts the visit that began later when the other ended', () => {
    expect(overlapFix(span(10, 12), span(9, 11, 0, 15))).toEqual({ field: 'checkInAt', suggestion: { date: DAY, time: '11:15', source: 'otherEnd' } });
  });

  it('suggests nothing for a visit inside the other, or beside one still open', () => {
    expect(overlapFix(span(10, 11), span(9, 12))).toBeNull();
    expect(overlapFix(span(10, 11), span(9, null))).toBeNull();
  });
});
