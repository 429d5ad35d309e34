import { describe, expect, it } from 'vitest';
import { fingerprintOf } from './idempotency.js';

describe('the fingerprint of a keyed request', () => {
  it('ignores the key itself, field order and absent optional fields', () => {
    const a = fingerprintOf('timesheet.submit', { idempotencyKey: 'k-aaaaaaaa', timesheetId: 7, acknowledgeScheduledVisits: true, note: undefined });
    const b = fingerprintOf('timesheet.submit', { acknowledgeScheduledVisits: true, timesheetId: 7, idempotencyKey: 'k-bbbbbbbb' });
    expect(a).toBe(b);
  });

  it('tells apart another operation, another target and another body', () => {
    const base = fingerprintOf('evv.check_in', { caseNumber: '1234567', tappedAt: '2026-01-01T17:00:00.000Z' });
    expect(fingerprintOf('evv.check_out', { caseNumber: '1234567', tappedAt: '2026-01-01T17:00:00.000Z' })).not.toBe(base);
    expect(fingerprintOf('evv.check_in', { caseNumber: '7654321', tappedAt: '2026-01-01T17:00:00.000Z' })).not.toBe(base);
    expect(fingerprintOf('evv.check_in', { caseNumber: '1234567', tappedAt: '2026-01-01T17:00:00.000Z', location: { latitude: 1, longitude: 2 } })).not.toBe(base);
  });

  it('compares nested objects by content, not by key order', () => {
    expect(fingerprintOf('x', { location: { latitude: 1, longitude: 2 } })).toBe(fingerprintOf('x', { location: { longitude: 2, latitude: 1 } }));
  });
});
