import { describe, expect, it } from 'vitest';
import { addBusinessDays, businessDaysBetween, californiaBusinessDaysBetween, isBusinessDay, latestDateBusinessDaysBefore, oneBusinessDayAfter } from './business-days';
import { addDays } from './calendar';
import { californiaInstant } from './california-time';

const at = (date: string, hh: number, mm = 0) => new Date(californiaInstant(date, hh * 60 + mm)).toISOString();
const after = (date: string, hh: number, mm = 0) => new Date(oneBusinessDayAfter(at(date, hh, mm))).toISOString();

describe('business days: Monday to Friday less California state holidays', () => {
  it('skips weekends', () => {
    expect(addBusinessDays('2026-03-06', 1)).toBe('2026-03-09');
    expect(addBusinessDays('2026-03-02', 10)).toBe('2026-03-16');
    expect(addBusinessDays('2026-03-02', 0)).toBe('2026-03-02');
  });

  it('skips Thanksgiving 2026 and the day after', () => {
    expect(isBusinessDay('2026-11-25')).toBe(true);
    expect(isBusinessDay('2026-11-26')).toBe(false);
    expect(isBusinessDay('2026-11-27')).toBe(false);
    expect(addBusinessDays('2026-11-24', 1)).toBe('2026-11-25');
    expect(addBusinessDays('2026-11-24', 2)).toBe('2026-11-30');
    expect(addBusinessDays('2026-11-25', 1)).toBe('2026-11-30');
    expect(addBusinessDays('2026-11-26', 1)).toBe('2026-11-30');
  });

  it('skips a Sunday holiday observed on Monday, and keeps the Friday before a Saturday holiday', () => {
    expect(addBusinessDays('2027-07-02', 1)).toBe('2027-07-06'); // Fri -> Tue: Independence Day, Sun 4th, observed Mon 5th
    expect(addBusinessDays('2026-07-02', 1)).toBe('2026-07-03'); // Thu -> Fri: Independence Day is Sat 4th
    expect(addBusinessDays('2026-12-24', 1)).toBe('2026-12-28'); // Christmas, Fri 25th
    expect(addBusinessDays('2026-12-31', 1)).toBe('2027-01-04'); // New Year's Day, Fri 1st
  });

  it('counts the business days after one date up to another', () => {
    expect(businessDaysBetween('2026-11-24', '2026-11-30')).toBe(2); // Wed 25th, Mon 30th
    expect(businessDaysBetween('2026-11-20', '2026-11-30')).toBe(4); // Mon 23rd, Tue 24th, Wed 25th, Mon 30th
    expect(businessDaysBetween('2026-03-06', '2026-03-09')).toBe(1);
    expect(businessDaysBetween('2026-03-02', '2026-03-02')).toBe(0);
    expect(businessDaysBetween('2026-03-09', '2026-03-02')).toBe(0);
    expect(californiaBusinessDaysBetween(at('2026-11-25', 9), at('2026-11-30', 9))).toBe(1);
    expect(californiaBusinessDaysBetween(at('2026-11-26', 9), at('2026-11-27', 17))).toBe(0);
  });

  it('counts as many business days as a walk over each day of the range, across weekends, holidays and years', () => {
    const walked = (from: string, to: string) => {
      let n = 0;
      for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isBusinessDay(d)) n += 1;
      return n;
    };
    for (const from of ['2025-12-24', '2026-01-01', '2026-07-03', '2026-11-10', '2026-11-26', '2027-12-31']) {
      for (const length of [0, 1, 2, 3, 4, 5, 6, 7, 8, 13, 14, 15, 30, 45, 200, 366, 800]) {
        const to = addDays(from, length);
        expect(businessDaysBetween(from, to), `${from} to ${to}`).toBe(walked(from, to));
      }
    }
  });

  it('finds the latest date from which N business days have passed, the cut-off of "waiting N days or more"', () => {
    expect(latestDateBusinessDaysBefore('2026-11-30', 0)).toBe('2026-11-30');
    expect(latestDateBusinessDaysBefore('2026-11-30', 1)).toBe('2026-11-29');
    expect(latestDateBusinessDaysBefore('2026-11-30', 2)).toBe('2026-11-24'); // Thanksgiving and the day after, the weekend
    expect(latestDateBusinessDaysBefore('2026-03-11', 3)).toBe('2026-03-08'); // Wed: Mon 9th to Wed 11th; the Sunday before still counts 3
    for (const to of ['2026-11-30', '2026-12-28', '2027-01-04', '2026-07-06']) {
      for (let n = 0; n <= 12; n++) {
        const cutOff = latestDateBusinessDaysBefore(to, n);
        expect(businessDaysBetween(cutOff, to)).toBeGreaterThanOrEqual(n);
        expect(businessDaysBetween(addDays(cutOff, 1), to)).toBeLessThan(n === 0 ? 1 : n);
      }
    }
  });

  it('is due one business day later at the same California wall-clock time, skipping weekends', () => {
    expect(after('2026-03-05', 10)).toBe(at('2026-03-06', 10)); // Thu -> Fri
    expect(after('2026-03-06', 10)).toBe(at('2026-03-09', 10)); // Fri -> Mon (DST starts on Sun 8th)
    expect(after('2026-03-07', 10)).toBe(at('2026-03-10', 0)); // Sat -> end of Mon
    expect(new Date(oneBusinessDayAfter('2026-03-06T07:30:00Z')).toISOString()).toBe(at('2026-03-06', 23, 30)); // Thu 23:30 PT -> Fri 23:30
  });

  it('is due after Thanksgiving weekend for an item that came in before it, on it, or after it', () => {
    expect(after('2026-11-24', 10)).toBe(at('2026-11-25', 10)); // Tue -> Wed
    expect(after('2026-11-25', 10)).toBe(at('2026-11-30', 10)); // Wed -> Mon
    expect(after('2026-11-26', 10)).toBe(at('2026-12-01', 0)); // Thanksgiving -> end of Mon
    expect(after('2026-11-27', 16)).toBe(at('2026-12-01', 0)); // the day after -> end of Mon
    expect(after('2026-11-28', 8)).toBe(at('2026-12-01', 0)); // Sat -> end of Mon
  });

  it('ends the next business day at its own midnight even when a holiday follows it', () => {
    // Sat 2029-12-29: the next business day is Mon 31st; New Year's Day is Tue 1st.
    expect(after('2029-12-29', 9)).toBe(at('2030-01-01', 0));
  });
});
