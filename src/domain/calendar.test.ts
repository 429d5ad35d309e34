import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  fromDayNumber,
  inWindows,
  isIsoDate,
  parseClockTime,
  payPeriodOf,
  toDayNumber,
  weekday,
  workweekOf,
} from './calendar';

const anyDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('calendar dates', () => {
  it('accepts only real YYYY-MM-DD dates, including Feb 29 of leap years', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-3-01')).toBe(false);
    expect(isIsoDate(20260301)).toBe(false);
  });

  it('round-trips every date through its day number, agreeing with the JavaScript calendar', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        expect(fromDayNumber(toDayNumber(date))).toBe(date);
        expect(toDayNumber(date)).toBe(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
        expect(weekday(date)).toBe(new Date(`${date}T00:00:00Z`).getUTCDay());
      }),
    );
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2025-12-25', '2026-01-08')).toBe(14);
  });

  it('adds months clamping to the shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2025-06-30', 12)).toBe('2026-06-30');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });

  it('reads HH:MM clock times and rejects others', () => {
    expect(parseClockTime('00:00')).toBe(0);
    expect(parseClockTime('24:00')).toBe(1440);
    expect(parseClockTime('13:45')).toBe(825);
    expect(parseClockTime('24:01')).toBeUndefined();
    expect(parseClockTime('9:00')).toBeUndefined();
  });

  it('treats a window without an end as still open, and no windows as always', () => {
    expect(inWindows('2026-03-01', undefined)).toBe(true);
    expect(inWindows('2026-03-01', [])).toBe(false);
    expect(inWindows('2030-01-01', [{ start: '2026-01-01' }])).toBe(true);
    expect(inWindows('2026-03-02', [{ start: '2026-01-01', end: '2026-03-01' }])).toBe(false);
  });
});

describe('workweeks (WIC 12300.4(b)(1): Sunday 12:00 a.m. to Saturday 11:59 p.m.)', () => {
  it('starts every workweek on the Sunday on or before the date', () => {
    expect(workweekOf('2026-03-01')).toEqual({ start: '2026-03-01', end: '2026-03-07' });
    expect(workweekOf('2026-03-07')).toEqual({ start: '2026-03-01', end: '2026-03-07' });
    expect(workweekOf('2026-03-08')).toEqual({ start: '2026-03-08', end: '2026-03-14' });
  });

  it('lets a workweek span a month end and a year end', () => {
    expect(workweekOf('2026-04-01')).toEqual({ start: '2026-03-29', end: '2026-04-04' });
    expect(workweekOf('2026-01-01')).toEqual({ start: '2025-12-28', end: '2026-01-03' });
  });

  it('keeps the daylight-saving Sundays in their own week (dates are not instants)', () => {
    expect(workweekOf('2026-03-08').start).toBe('2026-03-08');
    expect(workweekOf('2026-11-01').start).toBe('2026-11-01');
    expect(workweekOf('2026-10-31').start).toBe('2026-10-25');
  });

  it('always gives a Sunday start within the six days before the date', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const { start, end } = workweekOf(date);
        expect(weekday(start)).toBe(0);
        expect(daysBetween(start, date)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(start, date)).toBeLessThanOrEqual(6);
        expect(daysBetween(start, end)).toBe(6);
      }),
    );
  });
});

describe('pay periods (Sonoma County PA handbook; SF HSA: 1st-15th and 16th-end of month)', () => {
  it('splits each month at the 15th, ending on the last day of any month length', () => {
    expect(payPeriodOf('2026-03-15')).toEqual({ start: '2026-03-01', end: '2026-03-15', half: 1 });
    expect(payPeriodOf('2026-03-16')).toEqual({ start: '2026-03-16', end: '2026-03-31', half: 2 });
    expect(payPeriodOf('2024-02-20').end).toBe('2024-02-29');
    expect(payPeriodOf('2026-02-20').end).toBe('2026-02-28');
    expect(payPeriodOf('2026-04-30').end).toBe('2026-04-30');
    expect(payPeriodOf('2026-12-31')).toEqual({ start: '2026-12-16', end: '2026-12-31', half: 2 });
  });
});
