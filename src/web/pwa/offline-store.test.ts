// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseStatusView } from '../../contracts/cases';
import type { EvvRecordView } from '../../contracts/evv';
import type { VisitOccurrence } from '../../contracts/visits';
import { addDays } from '../../domain';
import { clock } from '../clock';
import { activeCase } from '../testing/cases';
import { signedInSession } from '../testing/server';
import { forgetLastKnown, keepVisits, LAST_KNOWN_KEY, readLastKnown, saveLastKnown, type Keeper, type LastKnownVisits } from './offline-store';

const today = clock.today();
const session = signedInSession({ id: 7, firstName: 'Maria', lastName: 'Lopez' });
const provider = session.authenticated ? session.user : null!;
const keeper: Keeper = { user: provider, keepUntil: addDays(today, 1) + 'T00:00:00.000Z', receivedAt: clock.now(), skewMs: 0, today };

const visit = (date: string, startTime: string, over: Partial<VisitOccurrence> = {}): VisitOccurrence => ({
  planId: 3,
  caseNumber: '9000001',
  recipient: { firstName: 'Elena', lastName: 'Ramirez' },
  provider: { firstName: 'Maria', lastName: 'Lopez' },
  date,
  startTime,
  endTime: '12:00',
  startAt: `${date}T${startTime}:00-07:00`,
  endAt: `${date}T12:00:00-07:00`,
  today: date === today,
  checkedIn: false,
  checkedOut: false,
  ...over,
});

const aCase = (caseNumber: string, over: Partial<CaseStatusView> = {}): CaseStatusView =>
  activeCase(caseNumber, {
    claimedMinutes: 120,
    remainingAuthorizedMinutes: 5880,
    assignment: { startDate: today, endDate: null, assignedMinutes: 6000, claimedMinutes: 120, remainingAssignedMinutes: 5880, liveIn: false, travelAgreement: true },
    ...over,
  });

const openRecord: EvvRecordView = {
  id: 11,
  caseNumber: '9000001',
  recipient: { firstName: 'Elena', lastName: 'Ramirez' },
  serviceType: 'personal_care',
  date: today,
  checkInAt: clock.now().toISOString(),
  checkOutAt: null,
  locationType: 'home',
  locationStatus: 'captured',
  captureMethod: 'web',
  farFromHome: false,
  edit: null,
  discarded: false,
  overlapsWith: [],
  flags: [],
};

afterEach(() => localStorage.clear());

describe('the last known visits a provider keeps on the phone', () => {
  it('keeps only what check-in needs: names cut to a last initial, no county, hours, pay or the provider’s own name', () => {
    const kept = keepVisits(null, keeper, { occurrences: [visit(today, '09:00')], cases: [aCase('9000001')], open: openRecord })!;
    expect(kept).toEqual({
      version: 1,
      userId: 7,
      firstName: 'Maria',
      keepUntil: keeper.keepUntil,
      updatedAt: keeper.receivedAt.toISOString(),
      skewMs: 0,
      visits: [{ planId: 3, caseNumber: '9000001', date: today, startTime: '09:00', endTime: '12:00', name: 'Elena R.', checkedIn: false, checkedOut: false }],
      recipients: [{ caseNumber: '9000001', name: 'Elena R.' }],
      open: { caseNumber: '9000001', name: 'Elena R.', since: openRecord.checkInAt, locationType: 'home' },
    });
    expect(JSON.stringify(kept)).not.toMatch(/Ramirez|Lopez|Los Angeles|authorized|claimed|travel|latitude/);
  });

  it('keeps today’s and the next 7 days’ visits in time order, and only the recipients a provider checks in with', () => {
    const kept = keepVisits(null, keeper, {
      occurrences: [visit(addDays(today, 1), '08:00'), visit(today, '14:00'), visit(addDays(today, -1), '09:00'), visit(today, '09:00'), visit(addDays(today, 8), '09:00')],
      cases: [aCase('9000001'), aCase('9000002', { assignment: { ...aCase('x').assignment!, liveIn: true } }), aCase('9000003', { status: 'closed' as CaseStatusView['status'] })],
    })!;
    expect(kept.visits!.map((v) => [v.date, v.startTime])).toEqual([
      [today, '09:00'],
      [today, '14:00'],
      [addDays(today, 1), '08:00'],
    ]);
    expect(kept.recipients).toEqual([{ caseNumber: '9000001', name: 'Elena R.' }]);
  });

  it('keeps nothing for anyone but a provider', () => {
    const worker = signedInSession({ role: 'county_worker' });
    expect(keepVisits(null, { ...keeper, user: worker.authenticated ? worker.user : provider }, { occurrences: [visit(today, '09:00')] })).toBeNull();
  });

  it('never merges into another account’s copy, and keeps the parts not loaded this time', () => {
    const mine = keepVisits(null, keeper, { occurrences: [visit(today, '09:00')], cases: [aCase('9000001')] })!;
    const after = keepVisits(mine, keeper, { open: openRecord })!;
    expect(after.visits).toEqual(mine.visits);
    expect(after.recipients).toEqual(mine.recipients);
    expect(after.open?.caseNumber).toBe('9000001');

    const other = signedInSession({ id: 8, firstName: 'James' });
    const theirs = keepVisits(mine, { ...keeper, user: other.authenticated ? other.user : provider }, { open: null })!;
    expect(theirs).toEqual(expect.objectContaining({ userId: 8, firstName: 'James', open: null }));
    expect(theirs.visits).toBeUndefined();
    expect(theirs.recipients).toBeUndefined();
  });

  it('is read back only until the session’s absolute limit, in the server’s time, and is then dropped', () => {
    const kept: LastKnownVisits = { ...keepVisits(null, keeper, { occurrences: [] })!, keepUntil: new Date(clock.deviceNow() + 60_000).toISOString(), skewMs: 0 };
    saveLastKnown(kept);
    expect(readLastKnown(clock.deviceNow())).toEqual(kept);
    // The phone's clock is two minutes behind the server's: the limit has passed in the server's time.
    saveLastKnown({ ...kept, skewMs: 120_000 });
    expect(readLastKnown(clock.deviceNow())).toBeNull();
    expect(localStorage.getItem(LAST_KNOWN_KEY)).toBeNull();
  });

  it('ignores and drops a copy it cannot read, and forgets one on request', () => {
    localStorage.setItem(LAST_KNOWN_KEY, '{"version":0}');
    expect(readLastKnown(clock.deviceNow())).toBeNull();
    expect(localStorage.getItem(LAST_KNOWN_KEY)).toBeNull();
    localStorage.setItem(LAST_KNOWN_KEY, 'not json');
    expect(readLastKnown(clock.deviceNow())).toBeNull();
    saveLastKnown(keepVisits(null, keeper, { open: null })!);
    forgetLastKnown();
    expect(localStorage.getItem(LAST_KNOWN_KEY)).toBeNull();
  });
});
