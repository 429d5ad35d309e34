import { describe, expect, it } from 'vitest';
import { addDays } from './calendar';
import { checkSickLeaveClaim, fiscalYearOf, sickLeaveStatus, yearlySickLeaveMinutes, type WorkedDay } from './sick-leave';

const h = (hours: number): number => hours * 60;

function daily(start: string, count: number, minutes: number, every = 1): WorkedDay[] {
  return Array.from({ length: count }, (_, i) => ({ date: addDays(start, i * every), workedMinutes: minutes }));
}

describe('paid sick leave (ACL 18-01; SB 616; CDSS sick leave page)', () => {
  it.each([
    ['2018-06-30', 0],
    ['2018-07-01', h(8)],
    ['2020-07-01', h(16)],
    ['2022-07-01', h(24)],
    ['2024-06-30', h(24)],
    ['2024-07-01', h(40)],
    ['2026-03-01', h(40)],
  ])('grants the yearly amount in force on %s: %i minutes', (date, minutes) => {
    expect(yearlySickLeaveMinutes(date)).toBe(minutes);
  });

  it('runs the year from July 1 to June 30', () => {
    expect(fiscalYearOf('2026-06-30')).toEqual({ start: '2025-07-01', end: '2026-06-30' });
    expect(fiscalYearOf('2026-07-01')).toEqual({ start: '2026-07-01', end: '2027-06-30' });
  });

  it('is earned on the day the 100th hour is worked and usable 60 days later when 200 more hours take longer', () => {
    const worked = daily('2025-09-01', 40, h(4), 2);
    const status = sickLeaveStatus({ worked, asOf: '2025-12-01' });
    expect(status).toMatchObject({ earnedOn: '2025-10-19', usableOn: '2025-12-18', usable: false, balanceMinutes: h(40) });
  });

  it('is usable as soon as 200 more hours are worked, if that comes before 60 days', () => {
    const worked = daily('2025-09-01', 40, h(10));
    expect(sickLeaveStatus({ worked, asOf: '2025-10-10' })).toMatchObject({ earnedOn: '2025-09-10', usableOn: '2025-09-30', usable: true });
  });

  it('lapses on June 30 and is granted again on July 1 for an active provider', () => {
    const worked = daily('2025-07-01', 200, h(5), 2);
    const used = [{ date: '2026-02-02', minutes: h(30) }];
    expect(sickLeaveStatus({ worked, used, asOf: '2026-06-30' }).balanceMinutes).toBe(h(10));
    expect(sickLeaveStatus({ worked, used, asOf: '2026-07-01' }).balanceMinutes).toBe(h(40));
  });

  it('starts over after more than a year without work', () => {
    const worked = [...daily('2023-01-02', 30, h(8)), ...daily('2025-03-01', 5, h(8))];
    expect(sickLeaveStatus({ worked, asOf: '2025-03-10' })).toMatchObject({ workedTowardEarningMinutes: h(40), balanceMinutes: 0, usable: false });
  });
});

describe('the valid shapes of a sick leave claim', () => {
  const worked = daily('2025-09-01', 60, h(8));

  it('accepts 1 hour and then 30-minute steps up to the balance', () => {
    expect(checkSickLeaveClaim({ claim: { date: '2026-01-05', minutes: 90 }, worked })).toEqual([]);
  });

  it('rejects less than an hour, and steps other than 30 minutes', () => {
    expect(checkSickLeaveClaim({ claim: { date: '2026-01-05', minutes: 45 }, worked }).map((f) => f.code)).toEqual(['SICK_LEAVE_UNDER_ONE_HOUR']);
    expect(checkSickLeaveClaim({ claim: { date: '2026-01-05', minutes: 80 }, worked }).map((f) => f.code)).toEqual(['SICK_LEAVE_NOT_HALF_HOURS']);
  });

  it('rejects leave not yet earned, not yet usable, or more than the balance', () => {
    const few = daily('2025-09-01', 5, h(8));
    expect(checkSickLeaveClaim({ claim: { date: '2025-09-10', minutes: 60 }, worked: few })[0]).toMatchObject({
      code: 'SICK_LEAVE_NOT_EARNED_YET',
      data: { workedMinutes: h(40), neededMinutes: h(100) },
    });
    const slow = daily('2025-09-01', 13, h(8));
    expect(checkSickLeaveClaim({ claim: { date: '2025-09-20', minutes: 60 }, worked: slow })[0]).toMatchObject({
      code: 'SICK_LEAVE_NOT_USABLE_YET',
      data: { usableDate: '2025-11-12' },
    });
    expect(checkSickLeaveClaim({ claim: { date: '2026-01-05', minutes: h(41) }, worked })[0]).toMatchObject({
      code: 'SICK_LEAVE_OVER_BALANCE',
      data: { balanceMinutes: h(40), requestedMinutes: h(41) },
    });
  });

  it("warns, without blocking, when notice was under 48 hours, or under 2 hours in an emergency (DST-aware shift start)", () => {
    // The shift starts 2026-03-09 08:00 PDT = 15:00Z; notice 2026-03-08 16:00Z is 23 hours before.
    const claim = { date: '2026-03-09', minutes: 120, startTime: '08:00', noticeGivenAt: '2026-03-08T16:00:00Z' };
    expect(checkSickLeaveClaim({ claim, worked })).toEqual([
      expect.objectContaining({ code: 'SICK_LEAVE_SHORT_NOTICE', kind: 'warning', data: { noticeMinutes: h(23), requiredMinutes: h(48) } }),
    ]);
    expect(checkSickLeaveClaim({ claim: { ...claim, emergency: true }, worked })).toEqual([]);
  });
});
