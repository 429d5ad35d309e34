/**
 * The portal's clock, as the rules see it: an interface the server, the jobs and the web app are given,
 * never the machine's time read in a feature. Every clock is the machine's time shifted by a fixed offset (zero
 * in production), so the server, the database (`portal_now()`, migration 0011) and the browser (which learns
 * the offset from the server's `Date` header) all agree on one "now", and tests and demos can run on any
 * California day they name (`PORTAL_TODAY`).
 */
import { isIsoDate, type IsoDate } from './calendar';
import { californiaInstant, toCaliforniaDateTime } from './california-time';

export interface Clock {
  now(): Date;
  /** Milliseconds this clock runs ahead of the machine's (negative: behind). */
  readonly offsetMs: number;
}

/** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` in California time. */
const TODAY_SPEC = /^(\d{4}-\d{2}-\d{2})(?:T([01]\d|2[0-3]):([0-5]\d))?$/;

export const TODAY_SPEC_HINT = 'a California day as YYYY-MM-DD, or a day and time as YYYY-MM-DDTHH:MM (e.g. 2026-03-08T10:00)';

/**
 * The offset that makes a clock read `spec` at the machine instant `machineNowMs`: the named day at the
 * named California time, or at the machine's current California time of day when only a day is named
 * (a time that does not exist that day, in the spring-forward hour, lands an hour later, as on a phone).
 */
export function offsetToReach(spec: string, machineNowMs: number): number {
  const m = TODAY_SPEC.exec(spec);
  const date: IsoDate | undefined = m?.[1];
  if (!m || !date || !isIsoDate(date)) throw new RangeError(`Not ${TODAY_SPEC_HINT}: ${JSON.stringify(spec)}`);
  const minuteOfDay = m[2] !== undefined ? Number(m[2]) * 60 + Number(m[3]) : toCaliforniaDateTime(machineNowMs).minuteOfDay;
  const intoTheMinuteMs = m[2] !== undefined ? 0 : machineNowMs % 60_000;
  return californiaInstant(date, minuteOfDay) + intoTheMinuteMs - machineNowMs;
}
