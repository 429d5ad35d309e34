import { describe, expect, it } from 'vitest';
import type { ClaimEntry, RecipientCase } from './claims';
import { evaluateClaims } from './evaluate';
import { timesheetTotals, type TimesheetTotalsInput } from './timesheet-totals';

const period = { start: '2026-11-01', end: '2026-11-15' };
const week = ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06'];
const worked = (recipientId: string, dates: readonly string[], minutes: number, travelMinutes = 0): ClaimEntry[] =>
  dates.map((date) => ({ recipientId, date, workedMinutes: minutes, travelMinutes }));

function totals(recipients: RecipientCase[], entries: ClaimEntry[], rest: Partial<TimesheetTotalsInput> = {}) {
  const priorEntries = rest.priorEntries ?? [];
  const evaluation = evaluateClaims({ provider: { exemption: 'none' }, recipients, entries, priorEntries, today: '2026-11-24' });
  return timesheetTotals({ caseNumber: 'A', payPeriod: period, recipients, priorEntries, entries, evaluation, rateKnown: true, ...rest });
}

describe("a timesheet's running totals", () => {
  it('follow the hours: the week against the cap, the month against the authorised hours, overtime and pay', () => {
    const recipients = [{ id: 'A', monthlyAuthorizedMinutes: 195 * 60, months: [{ month: '2026-11', authorizedMinutes: 195 * 60, claimedByOtherProvidersMinutes: 600 }], rateCents: 2000 }];
    const t = totals(recipients, worked('A', week, 9 * 60));
    expect(t.weeks).toEqual([{ start: '2026-11-01', end: '2026-11-07', workedMinutes: 2700, travelMinutes: 0, overtimeMinutes: 300, capMinutes: expect.any(Number) }]);
    expect(t.month).toEqual({
      month: '2026-11',
      authorizedMinutes: 195 * 60,
      claimedMinutes: 600 + 2700,
      remainingMinutes: 195 * 60 - 3300,
      assignedMinutes: 195 * 60,
      assignedRemainingMinutes: 195 * 60 - 2700,
    });
    expect(t).toMatchObject({ workedMinutes: 2700, travelMinutes: 0, overtimeMinutes: 300, monthOvertimeMinutes: 300, rateCents: 2000 });
    // 40 h at $20 and 5 h at $30 (WIC 12300.4(c)).
    expect(t.expectedGrossCents).toBe(80_000 + 15_000);
    expect(t.rates).toEqual([{ start: period.start, end: period.end, rateCents: 2000 }]);
  });

  it("count this recipient's worked minutes of the month toward its hours, never travel, another recipient's or another month's (ACL 17-76)", () => {
    const recipients = [
      { id: 'A', monthlyAuthorizedMinutes: 100 * 60, assignedMonthlyMinutes: 50 * 60, rateCents: 2000 },
      { id: 'B', monthlyAuthorizedMinutes: 100 * 60, rateCents: 2000 },
    ];
    const priorEntries = [...worked('A', ['2026-10-30', '2026-11-16'], 60), ...worked('B', ['2026-11-03'], 120)];
    const t = totals(recipients, worked('A', week.slice(0, 2), 4 * 60, 30), { priorEntries });
    // 8 h on this timesheet and the earlier one's November hour; October's hour and B's time do not count.
    expect(t.month).toMatchObject({ claimedMinutes: 9 * 60, remainingMinutes: 91 * 60, assignedMinutes: 50 * 60, assignedRemainingMinutes: 41 * 60 });
    expect(t).toMatchObject({ workedMinutes: 8 * 60, travelMinutes: 60 });
  });

  it("never assigns a provider more than the month's authorised hours", () => {
    const t = totals([{ id: 'A', monthlyAuthorizedMinutes: 10 * 60, assignedMonthlyMinutes: 20 * 60, rateCents: 2000 }], worked('A', week.slice(0, 1), 60));
    expect(t.month).toMatchObject({ authorizedMinutes: 10 * 60, assignedMinutes: 10 * 60, assignedRemainingMinutes: 9 * 60 });
  });

  it('states each rate with its days when the county changes it inside the period, and the last day’s as the rate', () => {
    const recipients = [{ id: 'A', monthlyAuthorizedMinutes: 100 * 60, rateCents: 2000, rateChanges: [{ effective: '2026-11-10', rateCents: 2100 }] }];
    const t = totals(recipients, worked('A', week.slice(0, 1), 60));
    expect(t.rates).toEqual([
      { start: '2026-11-01', end: '2026-11-09', rateCents: 2000 },
      { start: '2026-11-10', end: '2026-11-15', rateCents: 2100 },
    ]);
    expect(t.rateCents).toBe(2100);
    expect(t.expectedGrossCents).toBe(2000);
  });

  it('leaves the pay unknown, not zero, when the county has no wage rate on file', () => {
    const t = totals([{ id: 'A', monthlyAuthorizedMinutes: 100 * 60, rateCents: 0 }], worked('A', week.slice(0, 1), 60), { rateKnown: false });
    expect(t).toMatchObject({ rateCents: null, rates: [], expectedGrossCents: null, workedMinutes: 60 });
  });
});
