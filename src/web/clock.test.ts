import { describe, expect, it } from 'vitest';
import { webClock } from './clock';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A device timer the test moves by hand: no wall clock is read. */
function device(startMs: number) {
  let ms = startMs;
  return { read: () => ms, advance: (byMs: number) => (ms += byMs) };
}

// 10:00 in California (PST) on 24 November 2026.
const SERVER = Date.parse('2026-11-24T18:00:00Z');

describe('the web clock', () => {
  it("is the device's time until the server has answered", () => {
    const d = device(SERVER);
    const clock = webClock(d.read);
    expect(clock.offsetMs).toBe(0);
    expect(clock.now().getTime()).toBe(SERVER);
    expect(clock.today()).toBe('2026-11-24');
  });

  it("reads the server's day when the phone's clock is a day behind", () => {
    const d = device(SERVER - DAY);
    const clock = webClock(d.read);
    expect(clock.today()).toBe('2026-11-23');
    clock.learnServerTime(SERVER, d.read());
    expect(clock.today()).toBe('2026-11-24');
    d.advance(HOUR);
    expect(Math.abs(clock.now().getTime() - (SERVER + HOUR))).toBeLessThanOrEqual(500);
  });

  it("reads the server's day when the phone's clock is ahead, e.g. past midnight already", () => {
    const lateEvening = Date.parse('2026-11-25T07:30:00Z'); // 23:30 in California
    const d = device(lateEvening + HOUR);
    const clock = webClock(d.read);
    clock.learnServerTime(lateEvening, d.read());
    expect(clock.today()).toBe('2026-11-24');
    expect(clock.offsetMs).toBe(-HOUR + 500);
  });

  it("keeps the skew it learned, so a tap made offline hours later is stamped in the server's time", () => {
    const d = device(SERVER - 10 * 60_000);
    const clock = webClock(d.read);
    clock.learnServerTime(SERVER, d.read());
    d.advance(2 * HOUR);
    const reading = clock.now().getTime();
    expect(reading).toBeGreaterThanOrEqual(SERVER + 2 * HOUR);
    expect(reading).toBeLessThan(SERVER + 2 * HOUR + 1000);
  });

  it("places the server's time within the Date header's second, which counts whole seconds", () => {
    const d = device(SERVER + 700);
    const clock = webClock(d.read);
    // The server read 18:00:00.000 to 18:00:00.999 and wrote 18:00:00; the middle is the best guess.
    clock.learnServerTime(SERVER - 3 * HOUR, d.read());
    expect(clock.now().getTime()).toBe(SERVER - 3 * HOUR + 500);
  });

  it("does not step back and forth by the header's rounding from one answer to the next", () => {
    const d = device(SERVER);
    const clock = webClock(d.read);
    clock.learnServerTime(SERVER + DAY, d.read());
    const learned = clock.offsetMs;
    d.advance(900);
    clock.learnServerTime(SERVER + DAY, d.read()); // same second on the server: a reading 900 ms lower
    expect(clock.offsetMs).toBe(learned);
  });

  it('follows the server when its clock moves, e.g. a demo restarted on another day', () => {
    const d = device(SERVER);
    const clock = webClock(d.read);
    clock.learnServerTime(SERVER, d.read());
    clock.learnServerTime(SERVER - 3 * DAY, d.read());
    expect(clock.today()).toBe('2026-11-21');
  });

  it("leaves the device's own timer alone, for countdowns measured in device time", () => {
    const d = device(SERVER);
    const clock = webClock(d.read);
    clock.learnServerTime(SERVER + DAY, d.read());
    expect(clock.deviceNow()).toBe(SERVER);
  });
});
