import { offsetToReach, type Clock } from '../../domain/clock.js';

export type { Clock } from '../../domain/clock.js';

/**
 * The only place on the server that reads the machine's time (the lint rule `no-restricted-syntax` in
 * eslint.config.js keeps it so): the machine's time moved by `offsetMs`. The app, its jobs and its database
 * connections are each handed the same clock.
 */
export function shiftedClock(offsetMs: number): Clock {
  return { offsetMs, now: () => new Date(Date.now() + offsetMs) };
}

export const systemClock: Clock = shiftedClock(0);

/** The portal's clock for a configuration: the machine's time, or PORTAL_TODAY's day from this moment on. */
export function clockFor(today: string | undefined): Clock {
  return today ? shiftedClock(offsetToReach(today, Date.now())) : systemClock;
}
