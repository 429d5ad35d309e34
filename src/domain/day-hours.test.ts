import { describe, expect, it } from 'vitest';
import { evaluateClaims } from './evaluate';
import { dayHasData, dayHours, sameAsLastWeek, spanMinutes } from './day-hours';

const day = { date: '2026-03-03', typedMinutes: null, startTime: null, endTime: null, checkInMinutes: null };

describe('a day’s hours from what the provider gave', () => {
  it('computes the hours of a day with a start and an end and no hours typed', () => {
    expect(dayHours({ ...day, startTime: '09:00', endTime: '13:00' })).toEqual({ minutes: 240, source: 'span', spanMinutes: 240, mismatch: null });
  });

  it('counts the real length of a day the clocks change: 01:00 to 04:00 on the spring-forward Sunday is 2 hours', () => {
    expect(spanMinutes('2026-03-08', '01:00', '04:00')).toBe(120);
  });

  it('takes the check-ins’ minutes (the visits added up), not the span between the first and the last', () => {
    expect(dayHours({ ...day, startTime: '09:00', endTime: '14:00', checkInMinutes: 240 })).toMatchObject({ minutes: 240, source: 'checkIns', mismatch: null });
  });

  it('keeps typed hours and shows how they differ from the span or the check-ins', () => {
    expect(dayHours({ ...day, typedMinutes: 180, startTime: '09:00', endTime: '13:00' })).toMatchObject({ minutes: 180, source: 'typed', mismatch: { against: 'span', minutes: 240 } });
    expect(dayHours({ ...day, typedMinutes: 300, checkInMinutes: 240 })).toMatchObject({ minutes: 300, mismatch: { against: 'checkIns', minutes: 240 } });
    expect(dayHours({ ...day, typedMinutes: 240, startTime: '09:00', endTime: '13:00' }).mismatch).toBeNull();
  });

  it('gives no hours for an end not after the start, and none for nothing', () => {
    expect(dayHours({ ...day, startTime: '13:00', endTime: '09:00' })).toMatchObject({ minutes: 0, source: 'none', spanMinutes: 0 });
    expect(dayHours(day)).toMatchObject({ minutes: 0, source: 'none', spanMinutes: null });
  });

  it('counts a place alone as something given, so the day is kept', () => {
    expect(dayHasData({ workedMinutes: 0, travelMinutes: 0, startTime: null, endTime: null, location: 'home' })).toBe(true);
    expect(dayHasData({ workedMinutes: 0, travelMinutes: 0, startTime: null, endTime: null, location: null })).toBe(false);
  });
});

describe('DAY_WITHOUT_HOURS', () => {
  it('blocks a timesheet with a day that has something but no hours, naming the date', () => {
    const { findings } = evaluateClaims({
      provider: { exemption: 'none' },
      recipients: [{ id: 'R1', monthlyAuthorizedMinutes: 6000, rateCents: 1964, overtimeException: false }],
      entries: [
        { recipientId: 'R1', date: '2026-03-03', workedMinutes: 240 },
        { recipientId: 'R1', date: '2026-03-04', workedMinutes: 0 },
      ],
    });
    expect(findings).toEqual([{ code: 'DAY_WITHOUT_HOURS', kind: 'blocking', date: '2026-03-04', recipientId: 'R1', workweekStart: '2026-03-01', payPeriodStart: '2026-03-01', data: { date: '2026-03-04' } }]);
  });
});

describe('same as last week', () => {
  it('fills only the empty days, from the day seven days before', () => {
    const last = new Map([
      ['2026-03-02', { date: '2026-03-02', minutes: 240 }],
      ['2026-03-03', { date: '2026-03-03', minutes: 180 }],
    ]);
    const filled = sameAsLastWeek(['2026-03-09', '2026-03-10', '2026-03-11'], (d) => d !== '2026-03-10', (d) => last.get(d));
    expect(filled).toEqual([{ date: '2026-03-09', from: { date: '2026-03-02', minutes: 240 } }]);
  });
});
