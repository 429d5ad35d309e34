import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  californiaDate,
  californiaDayMinutes,
  californiaInstant,
  elapsedCaliforniaMinutes,
  toCaliforniaDateTime,
} from './california-time';

describe('California time (America/Los_Angeles)', () => {
  it('gives the California date of an instant, not the UTC one', () => {
    expect(californiaDate('2026-01-01T07:59:00Z')).toBe('2025-12-31');
    expect(californiaDate('2026-01-01T08:00:00Z')).toBe('2026-01-01');
    expect(californiaDate(Date.parse('2026-07-04T06:59:00Z'))).toBe('2026-07-03');
    expect(californiaDate(new Date('2026-07-04T07:00:00Z'))).toBe('2026-07-04');
  });

  it('has a 23-hour day when clocks spring forward (2026-03-08) and a 25-hour day when they fall back (2026-11-01)', () => {
    expect(californiaDayMinutes('2026-03-08')).toBe(23 * 60);
    expect(californiaDayMinutes('2026-11-01')).toBe(25 * 60);
    expect(californiaDayMinutes('2026-03-09')).toBe(24 * 60);
    expect(californiaDayMinutes('2026-12-31')).toBe(24 * 60);
  });

  it('measures elapsed time across a clock change', () => {
    expect(elapsedCaliforniaMinutes('2026-03-08', 0, 6 * 60)).toBe(5 * 60);
    expect(elapsedCaliforniaMinutes('2026-11-01', 0, 6 * 60)).toBe(7 * 60);
    expect(elapsedCaliforniaMinutes('2026-07-01', 8 * 60, 17 * 60)).toBe(9 * 60);
  });

  it('reads the repeated 1 a.m. hour of the fall-back day as daylight time, and the skipped 2 a.m. hour as standard time', () => {
    expect(new Date(californiaInstant('2026-11-01', 90)).toISOString()).toBe('2026-11-01T08:30:00.000Z');
    expect(new Date(californiaInstant('2026-03-08', 150)).toISOString()).toBe('2026-03-08T10:30:00.000Z');
  });

  it('reports the local minute of the day and the UTC offset on both sides of a change', () => {
    expect(toCaliforniaDateTime('2026-11-01T08:30:00Z')).toEqual({ date: '2026-11-01', minuteOfDay: 90, offsetMinutes: -420 });
    expect(toCaliforniaDateTime('2026-11-01T09:30:00Z')).toEqual({ date: '2026-11-01', minuteOfDay: 90, offsetMinutes: -480 });
  });

  /** What a clock on the wall in Los Angeles shows at `ms`, read from Intl's own words. */
  const wallClock = (ms: number) => {
    const f = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Los_Angeles', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    const p = Object.fromEntries(f.formatToParts(ms).map((x) => [x.type, x.value]));
    return { date: `${p.year}-${p.month}-${p.day}`, minuteOfDay: Number(p.hour) * 60 + Number(p.minute) };
  };

  it('reads every minute around both clock changes of 2026 as the wall clock shows it', () => {
    for (const change of ['2026-03-08T10:00:00Z', '2026-11-01T09:00:00Z']) {
      for (let m = -180; m <= 180; m++) {
        const ms = Date.parse(change) + m * 60_000 + 59_999;
        expect({ ms, ...toCaliforniaDateTime(ms) }).toMatchObject({ ms, ...wallClock(ms) });
      }
    }
  });

  it('reads any instant from 1900 to 2100 as the wall clock shows it', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('1900-01-01T00:00:00Z'), max: Date.parse('2100-01-01T00:00:00Z') }), (ms) => {
        const read = toCaliforniaDateTime(ms);
        expect(read).toMatchObject(wallClock(ms));
        expect(read.offsetMinutes === -480 || read.offsetMinutes === -420).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('rejects what is not an instant', () => {
    expect(() => californiaDate('yesterday')).toThrow(RangeError);
  });
});
