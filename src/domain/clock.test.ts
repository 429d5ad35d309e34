import { describe, expect, it } from 'vitest';
import { californiaInstant, toCaliforniaDateTime } from './california-time';
import { offsetToReach } from './clock';

const machineNow = Date.UTC(2026, 11, 3, 17, 28, 39, 250); // 09:28:39.250 in California

const reading = (spec: string) => toCaliforniaDateTime(machineNow + offsetToReach(spec, machineNow));

describe('the clock moved to a named California day', () => {
  it('reads the named day and time', () => {
    expect(reading('2026-11-16T10:00')).toEqual({ date: '2026-11-16', minuteOfDay: 600, offsetMinutes: -480 });
    expect(machineNow + offsetToReach('2028-02-29T23:30', machineNow)).toBe(californiaInstant('2028-02-29', 23 * 60 + 30));
  });

  it("keeps the machine's California time of day, to the millisecond, when only a day is named", () => {
    expect(reading('2026-07-04')).toMatchObject({ date: '2026-07-04', minuteOfDay: 9 * 60 + 28, offsetMinutes: -420 });
    expect((machineNow + offsetToReach('2026-07-04', machineNow)) % 60_000).toBe(39_250);
  });

  it('lands an hour later for a time the spring change skips, and on the first 1:30 of the autumn change', () => {
    expect(reading('2026-03-08T02:30')).toEqual({ date: '2026-03-08', minuteOfDay: 3 * 60 + 30, offsetMinutes: -420 });
    expect(reading('2026-11-01T01:30')).toEqual({ date: '2026-11-01', minuteOfDay: 90, offsetMinutes: -420 });
  });

  it('refuses what is not a day, or a day that does not exist, saying what it expects', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-03-08T24:00', '2026-03-08 10:00', 'tomorrow', '']) {
      expect(() => offsetToReach(bad, machineNow), bad).toThrow(/YYYY-MM-DD/);
    }
  });
});
