/**
 * The web app's one clock (issue 17), and the only place in src/web that reads the device's time (the lint
 * rule `no-restricted-syntax` in eslint.config.js keeps it so).
 *
 * "Now" is the server's time, not the phone's: a phone whose clock is a day (or ten minutes) off must still
 * show the server's today, and stamp an offline tap with when it really happened; tests and demos run the
 * server on a California day they name (PORTAL_TODAY), which the browser cannot know by itself. So the clock
 * is the device's time plus a skew, learned from the HTTP `Date` header of every API answer (api.ts reports
 * each one); until an answer arrives the skew is 0, i.e. the device's own time.
 *
 * `deviceNow()` is the phone's own timer, for what never leaves the phone: the idle countdown measured
 * against deadlines already moved to device time (idle.ts), sequence numbers, the moment an answer arrived.
 */
import type { Clock } from '../domain/clock';
import type { IsoDate } from '../domain/calendar';
import { californiaDate } from '../domain/california-time';
import { DATE_HEADER_RESOLUTION_MS } from './idle';

export interface WebClock extends Clock {
  /** The server's California day now: what a person means by "today". */
  today(): IsoDate;
  /** The device's own time (epoch ms), uncorrected. */
  deviceNow(): number;
  /** An API answer stamped `serverMs` (its Date header) arrived at device time `receivedAtDeviceMs`. */
  learnServerTime(serverMs: number, receivedAtDeviceMs: number): void;
}

/** A clock over a device timer; `readDevice` is replaced only in tests. */
export function webClock(readDevice: () => number = () => Date.now()): WebClock {
  let skewMs = 0;
  return {
    get offsetMs() {
      return skewMs;
    },
    now: () => new Date(readDevice() + skewMs),
    today: () => californiaDate(readDevice() + skewMs),
    deviceNow: readDevice,
    learnServerTime(serverMs, receivedAtDeviceMs) {
      // The header counts whole seconds, so the server's clock read between it and a second later: take the
      // middle. One answer's reading differs from the next by up to that second; a change that small is
      // noise, and is ignored so that "now" does not step back and forth between answers.
      const estimate = serverMs + DATE_HEADER_RESOLUTION_MS / 2 - receivedAtDeviceMs;
      if (Math.abs(estimate - skewMs) > DATE_HEADER_RESOLUTION_MS) skewMs = estimate;
    },
  };
}

/** The one clock of this tab. */
export const clock: WebClock = webClock();
