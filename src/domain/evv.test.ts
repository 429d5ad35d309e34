import { describe, expect, it } from 'vitest';
import { checkEvvVisit, distanceMeters, type EvvVisit } from './evv';

const home = { latitude: 34.0522, longitude: -118.2437 };

const complete: EvvVisit = {
  serviceType: 'personal-care',
  recipientId: 'R1',
  providerId: 'P1',
  checkIn: '2026-03-02T16:00:00Z',
  checkOut: '2026-03-02T20:00:00Z',
  locationType: 'home',
  checkInLocation: { latitude: 34.0523, longitude: -118.2438, accuracyMeters: 20 },
};

describe('EVV visit records (21st Century Cures Act section 12006; CDSS EVV help; UDW)', () => {
  it('accepts a record with all six elements and keeps the home location', () => {
    const check = checkEvvVisit(complete, home);
    expect(check.findings).toEqual([]);
    expect(check.date).toBe('2026-03-02');
    expect(check.locationToStore).toEqual({ latitude: 34.0523, longitude: -118.2438 });
  });

  it('names each missing element', () => {
    const check = checkEvvVisit({ recipientId: 'R1', checkIn: '2026-03-02T16:00:00Z', locationType: 'home' });
    expect(check.findings.map((f) => f.data.element)).toEqual(['serviceType', 'location', 'provider', 'startAndEndTime']);
    expect(check.findings.every((f) => f.code === 'EVV_MISSING_ELEMENT' && f.kind === 'blocking')).toBe(true);
  });

  it('needs no coordinates for a community visit and never keeps any', () => {
    const community = { ...complete, locationType: 'community' as const };
    const check = checkEvvVisit(community, home);
    expect(check.findings).toEqual([]);
    expect(check).not.toHaveProperty('locationToStore');
  });

  it('flags a check-in far from home as a warning only, allowing for the phone’s reported accuracy', () => {
    const far = { ...complete, checkInLocation: { latitude: 34.0622, longitude: -118.2437, accuracyMeters: 30 } };
    const check = checkEvvVisit(far, home);
    expect(check.findings).toEqual([expect.objectContaining({ code: 'EVV_LOCATION_FAR_FROM_HOME', kind: 'warning', data: { date: '2026-03-02', distanceMeters: 1110 } })]);
    const fuzzy = { ...complete, checkInLocation: { latitude: 34.0622, longitude: -118.2437, accuracyMeters: 800 } };
    expect(checkEvvVisit(fuzzy, home).findings).toEqual([]);
  });

  it('dates a visit in California time: 11 p.m. on the fall-back day is still that day', () => {
    expect(checkEvvVisit({ ...complete, checkIn: '2026-11-02T07:00:00Z', checkOut: '2026-11-02T07:30:00Z' }, home).date).toBe('2026-11-01');
  });

  it('blocks a check-out before the check-in', () => {
    const check = checkEvvVisit({ ...complete, checkOut: '2026-03-02T15:00:00Z' }, home);
    expect(check.findings.map((f) => f.code)).toEqual(['EVV_CHECK_OUT_BEFORE_CHECK_IN']);
  });

  it('exempts live-in providers, who self-certify (SOC 2298)', () => {
    expect(checkEvvVisit({ liveIn: true }, home)).toEqual({ findings: [] });
  });

  it('measures distance on the globe', () => {
    expect(Math.round(distanceMeters({ latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 }) / 1000)).toBe(111);
  });
});
