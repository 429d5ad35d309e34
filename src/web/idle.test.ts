import { describe, expect, it } from 'vitest';
import {
  afterActivity,
  deadlinesFromSession,
  endsAt,
  endsByAbsoluteLimit,
  idlePhase,
  msUntilWarning,
  secondsLeft,
  TOUCH_SLACK_MS,
  WARNING_LEAD_MS,
} from './idle';

const T0 = Date.parse('2026-11-24T20:00:00Z');
const MIN = 60_000;

describe('msUntilWarning', () => {
  it('is the time left minus the one-minute lead', () => {
    expect(msUntilWarning(T0 + 15 * MIN, T0)).toBe(14 * MIN);
    expect(WARNING_LEAD_MS).toBe(MIN);
  });

  it('is zero once the warning is due, and stays zero after the end', () => {
    expect(msUntilWarning(T0 + 30_000, T0)).toBe(0);
    expect(msUntilWarning(T0, T0 + 5 * MIN)).toBe(0);
  });
});

describe('idlePhase', () => {
  const end = T0 + 15 * MIN;
  it('is active until a minute before the end', () => {
    expect(idlePhase(end, T0)).toBe('active');
    expect(idlePhase(end, end - WARNING_LEAD_MS - 1)).toBe('active');
  });
  it('warns during the last minute', () => {
    expect(idlePhase(end, end - WARNING_LEAD_MS)).toBe('warning');
    expect(idlePhase(end, end - 1)).toBe('warning');
  });
  it('has ended at the deadline, and long after it when a phone wakes from sleep', () => {
    expect(idlePhase(end, end)).toBe('ended');
    expect(idlePhase(end, end + 3 * 60 * MIN)).toBe('ended');
  });
});

describe('secondsLeft', () => {
  it('rounds up, so the countdown shows 1 until the very end', () => {
    expect(secondsLeft(T0 + 59_001, T0)).toBe(60);
    expect(secondsLeft(T0 + 1, T0)).toBe(1);
    expect(secondsLeft(T0, T0 + 10)).toBe(0);
  });
});

describe('deadlines', () => {
  const state = {
    authenticated: true as const,
    csrfToken: 'x',
    demo: false,
    user: {
      id: 1,
      role: 'provider' as const,
      loginId: '900000001',
      firstName: 'Maria',
      lastName: 'Gonzalez',
      county: null,
      helpDesk: { phone: '(866) 376-7066', email: null, hours: null, statewide: true },
      language: 'en' as const,
    },
    idleTimeoutSeconds: 15 * 60,
    idleExpiresAt: new Date(T0 + 15 * MIN).toISOString(),
    absoluteExpiresAt: new Date(T0 + 12 * 60 * MIN).toISOString(),
    security: { mustAddFactor: false, inviteToAddFactor: false },
  };

  it("move the server's deadlines onto a phone clock that is five minutes slow", () => {
    const phoneNow = T0 - 5 * MIN;
    const d = deadlinesFromSession(state, T0, phoneNow);
    // A second early at most, for the whole seconds of the Date header; never late.
    expect(d.idleAt).toBeLessThanOrEqual(phoneNow + 15 * MIN);
    expect(d.idleAt).toBeGreaterThanOrEqual(phoneNow + 15 * MIN - 1000);
    expect(endsAt(d)).toBe(d.idleAt);
    expect(endsByAbsoluteLimit(d)).toBe(false);
  });

  it('take the server times as they are without a Date header', () => {
    const d = deadlinesFromSession(state, null, T0);
    expect(d.idleAt).toBe(T0 + 15 * MIN);
  });

  it('move the idle deadline forward after activity, erring early by the server touch interval', () => {
    const d = deadlinesFromSession(state, null, T0);
    const later = afterActivity(d, T0 + 5 * MIN);
    expect(later.idleAt).toBe(T0 + 20 * MIN - TOUCH_SLACK_MS);
    expect(afterActivity(later, T0).idleAt).toBe(later.idleAt);
  });

  it('end at the absolute limit when it comes first, which "Stay signed in" cannot move', () => {
    const d = deadlinesFromSession({ ...state, absoluteExpiresAt: new Date(T0 + 5 * MIN).toISOString() }, null, T0);
    expect(endsAt(d)).toBe(T0 + 5 * MIN);
    expect(endsByAbsoluteLimit(d)).toBe(true);
  });
});
