import { inject } from 'vitest';
import { californiaDate, type IsoDate } from '../../domain/index.js';
import { shiftedClock, type Clock } from '../lib/clock.js';

/**
 * The clock of this test run (src/db/testing/global-setup.ts): the machine's time, or PORTAL_TODAY's day.
 * Tests place themselves relative to it (`testToday()`, `testNow()`), never to a calendar date they type,
 * except in rules tables taken from published examples.
 */
export const testClock: Clock = shiftedClock(runOffset());

/** The run's offset; outside a vitest run (the benchmarks build the app with these helpers) the machine's time. */
function runOffset(): number {
  try {
    return inject('clockOffsetMs') ?? 0;
  } catch {
    return 0;
  }
}

export const testNow = (): Date => testClock.now();

/** The run's California day. */
export const testToday = (): IsoDate => californiaDate(testClock.now());
