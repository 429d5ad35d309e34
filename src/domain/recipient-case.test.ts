import { describe, expect, it } from 'vitest';
import { assignedMinutesInMonth, authorizedMinutesInMonth, isCaseActiveOn, recipientEligibleWindows, type CaseEligibility } from './recipient-case';

const h = (hours: number): number => hours * 60;

describe("the recipient's case", () => {
  const open: CaseEligibility = { status: 'active', eligibleFrom: '2026-01-01', eligibleTo: null };

  it('makes a pending case or one on hold eligible on no day at all', () => {
    expect(recipientEligibleWindows({ ...open, status: 'pending' })).toEqual([]);
    expect(recipientEligibleWindows({ ...open, status: 'on_hold' })).toEqual([]);
  });

  it('keeps the eligible days of an active case, open-ended while no end is set', () => {
    expect(recipientEligibleWindows(open)).toEqual([{ start: '2026-01-01' }]);
    expect(recipientEligibleWindows({ ...open, eligibleTo: '2026-06-30' })).toEqual([{ start: '2026-01-01', end: '2026-06-30' }]);
  });

  it("keeps a terminated case's eligible days, so time worked before the end is still eligible", () => {
    expect(recipientEligibleWindows({ ...open, status: 'terminated', eligibleTo: '2026-03-15' })).toEqual([{ start: '2026-01-01', end: '2026-03-15' }]);
  });

  it('lets services be given only on an active case, on its eligible days, both ends included', () => {
    const c: CaseEligibility = { ...open, eligibleTo: '2026-03-31' };
    expect(isCaseActiveOn(c, '2026-01-01')).toBe(true);
    expect(isCaseActiveOn(c, '2026-03-31')).toBe(true);
    expect(isCaseActiveOn(c, '2025-12-31')).toBe(false);
    expect(isCaseActiveOn(c, '2026-04-01')).toBe(false);
    expect(isCaseActiveOn(open, '2099-12-31')).toBe(true);
    expect(isCaseActiveOn({ ...c, status: 'terminated' }, '2026-02-01')).toBe(false);
    expect(isCaseActiveOn({ ...c, status: 'on_hold' }, '2026-02-01')).toBe(false);
  });
});

describe('monthly authorised hours', () => {
  const auths = [
    { effectiveMonth: '2026-01', monthlyMinutes: h(100) },
    { effectiveMonth: '2026-04', monthlyMinutes: h(283) },
  ];

  it('takes the latest authorisation in force by the month, from its month on', () => {
    expect(authorizedMinutesInMonth(auths, '2026-01')).toBe(h(100));
    expect(authorizedMinutesInMonth(auths, '2026-03')).toBe(h(100));
    expect(authorizedMinutesInMonth(auths, '2026-04')).toBe(h(283));
    expect(authorizedMinutesInMonth(auths, '2027-01')).toBe(h(283));
  });

  it('authorises nothing before the first authorisation, or without any', () => {
    expect(authorizedMinutesInMonth(auths, '2025-12')).toBe(0);
    expect(authorizedMinutesInMonth([], '2026-01')).toBe(0);
  });

  it("gives a provider the county's share, all the month's hours without one, and never more than the month's (ACL 17-76)", () => {
    expect(assignedMinutesInMonth(h(100), h(40))).toBe(h(40));
    expect(assignedMinutesInMonth(h(100), null)).toBe(h(100));
    expect(assignedMinutesInMonth(h(100), undefined)).toBe(h(100));
    expect(assignedMinutesInMonth(h(30), h(40))).toBe(h(30));
  });
});
