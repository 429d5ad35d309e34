import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekday } from './calendar';
import { californiaStateHolidays, isCaliforniaStateHoliday } from './holidays';

const observed = (year: number) => californiaStateHolidays(year).map((h) => h.observed);

describe('California state holidays (Government Code 19853; CalHR)', () => {
  it('lists 2026 with Thanksgiving on Nov 26 and the day after on Nov 27', () => {
    expect(californiaStateHolidays(2026).map((h) => [h.name, h.date, h.observed])).toEqual([
      ['new-years-day', '2026-01-01', '2026-01-01'],
      ['martin-luther-king-jr-day', '2026-01-19', '2026-01-19'],
      ['presidents-day', '2026-02-16', '2026-02-16'],
      ['cesar-chavez-day', '2026-03-31', '2026-03-31'],
      ['memorial-day', '2026-05-25', '2026-05-25'],
      ['independence-day', '2026-07-04', '2026-07-04'], // a Saturday: not moved, offices open on Friday the 3rd
      ['labor-day', '2026-09-07', '2026-09-07'],
      ['veterans-day', '2026-11-11', '2026-11-11'],
      ['thanksgiving-day', '2026-11-26', '2026-11-26'],
      ['day-after-thanksgiving', '2026-11-27', '2026-11-27'],
      ['christmas-day', '2026-12-25', '2026-12-25'],
    ]);
  });

  it("matches CalHR's published lists for 2013, 2014 and 2024 (a Sunday Cesar Chavez Day observed on Monday April 1)", () => {
    expect(observed(2013)).toEqual(['2013-01-01', '2013-01-21', '2013-02-18', '2013-04-01', '2013-05-27', '2013-07-04', '2013-09-02', '2013-11-11', '2013-11-28', '2013-11-29', '2013-12-25']);
    expect(observed(2014)).toEqual(['2014-01-01', '2014-01-20', '2014-02-17', '2014-03-31', '2014-05-26', '2014-07-04', '2014-09-01', '2014-11-11', '2014-11-27', '2014-11-28', '2014-12-25']);
    expect(observed(2024)).toEqual(['2024-01-01', '2024-01-15', '2024-02-19', '2024-04-01', '2024-05-27', '2024-07-04', '2024-09-02', '2024-11-11', '2024-11-28', '2024-11-29', '2024-12-25']);
  });

  it('moves a Sunday holiday to the Monday after', () => {
    expect(californiaStateHolidays(2027).find((h) => h.name === 'independence-day')).toEqual({ name: 'independence-day', date: '2027-07-04', observed: '2027-07-05' });
    expect(californiaStateHolidays(2022).find((h) => h.name === 'christmas-day')).toMatchObject({ date: '2022-12-25', observed: '2022-12-26' });
    expect(californiaStateHolidays(2023).find((h) => h.name === 'new-years-day')).toMatchObject({ date: '2023-01-01', observed: '2023-01-02' });
    expect(isCaliforniaStateHoliday('2027-07-05')).toBe(true);
    expect(isCaliforniaStateHoliday('2027-07-04')).toBe(false);
  });

  it('leaves a Saturday holiday on the Saturday, except Veterans Day, observed on the Friday before', () => {
    expect(californiaStateHolidays(2027).find((h) => h.name === 'christmas-day')).toMatchObject({ date: '2027-12-25', observed: '2027-12-25' });
    expect(isCaliforniaStateHoliday('2027-12-24')).toBe(false);
    expect(isCaliforniaStateHoliday('2026-07-03')).toBe(false);
    expect(californiaStateHolidays(2028).find((h) => h.name === 'veterans-day')).toMatchObject({ date: '2028-11-11', observed: '2028-11-10' });
    expect(isCaliforniaStateHoliday('2028-11-10')).toBe(true);
    expect(isCaliforniaStateHoliday('2028-11-11')).toBe(false);
  });

  it('does not count the days offices stay open: Lincoln Day, Juneteenth, Admission Day, Native American Day, Columbus Day', () => {
    for (const date of ['2026-02-12', '2026-06-19', '2026-09-09', '2026-09-25', '2026-10-12', '2026-04-24']) expect(isCaliforniaStateHoliday(date), date).toBe(false);
  });

  it('gives 11 holidays a year, in order, on the right weekdays, each observed on a weekday unless it falls on a Saturday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), (year) => {
        const list = californiaStateHolidays(year);
        expect(list).toHaveLength(11);
        expect([...observed(year)].sort()).toEqual(observed(year));
        for (const h of list) {
          expect(h.observed.slice(0, 4)).toBe(String(year));
          expect(weekday(h.observed)).not.toBe(0);
          if (weekday(h.observed) === 6) expect(h.observed).toBe(h.date);
          expect(isCaliforniaStateHoliday(h.observed)).toBe(true);
        }
        const byName = Object.fromEntries(list.map((h) => [h.name, h.date]));
        expect(weekday(byName['thanksgiving-day']!)).toBe(4);
        expect(Number(byName['thanksgiving-day']!.slice(8))).toBeGreaterThanOrEqual(22);
        expect(Number(byName['thanksgiving-day']!.slice(8))).toBeLessThanOrEqual(28);
        expect(weekday(byName['memorial-day']!)).toBe(1);
        expect(Number(byName['memorial-day']!.slice(8))).toBeGreaterThanOrEqual(25);
        expect(Number(byName['martin-luther-king-jr-day']!.slice(8))).toBeGreaterThanOrEqual(15);
        expect(Number(byName['labor-day']!.slice(8))).toBeLessThanOrEqual(7);
      }),
    );
  });

  it('refuses what is not a date', () => {
    expect(() => isCaliforniaStateHoliday('2026-11-31')).toThrow(RangeError);
  });
});
