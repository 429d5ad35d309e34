import type { SessionState } from '../contracts/auth';

/** The warning appears this long before the session ends: time to read it and press a button. */
export const WARNING_LEAD_MS = 60_000;

/**
 * The server moves its idle clock at most once every 10 seconds, so a request may have extended the session
 * by up to that much less than a full period; estimates after activity err on the early side by this much.
 */
export const TOUCH_SLACK_MS = 10_000;

/** The HTTP Date header counts whole seconds: the server's clock may be up to this much ahead of it. */
export const DATE_HEADER_RESOLUTION_MS = 1000;

/** When the session ends, in this device's clock (epoch ms). */
export interface Deadlines {
  idleAt: number;
  absoluteAt: number;
  idleTimeoutMs: number;
}

export type IdlePhase = 'active' | 'warning' | 'ended';

/** The session ends at whichever comes first: no activity for the idle period, or the absolute limit. */
export const endsAt = (d: Deadlines) => Math.min(d.idleAt, d.absoluteAt);

/** "Stay signed in" cannot move the absolute limit, so the warning says something else when that is what ends it. */
export const endsByAbsoluteLimit = (d: Deadlines) => d.absoluteAt <= d.idleAt;

export function msUntilWarning(sessionEndsAt: number, now: number): number {
  return Math.max(0, sessionEndsAt - WARNING_LEAD_MS - now);
}

export function secondsLeft(sessionEndsAt: number, now: number): number {
  return Math.max(0, Math.ceil((sessionEndsAt - now) / 1000));
}

/**
 * Compared against the wall clock on every check rather than counted down, so a phone that slept through
 * the deadline sees "ended" the moment it wakes.
 */
export function idlePhase(sessionEndsAt: number, now: number): IdlePhase {
  if (now >= sessionEndsAt) return 'ended';
  return msUntilWarning(sessionEndsAt, now) === 0 ? 'warning' : 'active';
}

/**
 * The server's deadlines moved to this device's clock: the phone's clock may be minutes off, so the
 * server's own time (from the Date header of the same answer) sets the offset.
 */
export function deadlinesFromSession(
  state: Extract<SessionState, { authenticated: true }>,
  serverNow: number | null,
  receivedAt: number,
): Deadlines {
  const skew = serverNow === null ? 0 : serverNow + DATE_HEADER_RESOLUTION_MS - receivedAt;
  return {
    idleAt: Date.parse(state.idleExpiresAt) - skew,
    absoluteAt: Date.parse(state.absoluteExpiresAt) - skew,
    idleTimeoutMs: state.idleTimeoutSeconds * 1000,
  };
}

/** Any answer from a route that reads the session has restarted its idle clock on the server. */
export function afterActivity(d: Deadlines, receivedAt: number): Deadlines {
  return { ...d, idleAt: Math.max(d.idleAt, receivedAt + d.idleTimeoutMs - TOUCH_SLACK_MS) };
}
