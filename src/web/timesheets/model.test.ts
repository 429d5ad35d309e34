import { describe, expect, it } from 'vitest';
import { evaluateClaims } from '../../domain/index';
import { anchorOf, daysToSave, entriesOf, formDays, liveTotals, parseDay, placeOf, weekStarts } from './model';

const period = { start: '2026-11-01', end: '2026-11-15' };
const evvDay = { date: '2026-11-02', workedMinutes: 245, travelMinutes: 0, startTime: '09:00', endTime: '13:05', location: 'home' as const, fromEvv: true, evvMinutes: 245, edited: false };

describe('the timesheet form', () => {
  it('has a row for every day of the period, filled from the saved days', () => {
    const days = formDays({ payPeriod: period, days: [evvDay] });
    expect(days).toHaveLength(15);
    expect(days[1]).toEqual({ date: '2026-11-02', hours: '4', minutes: '5', start: '09:00', end: '13:05', location: 'home', travel: '' });
    expect(days[0]).toMatchObject({ hours: '', minutes: '', travel: '' });
  });

  it('reads hours and minutes, and says what is wrong with a field', () => {
    const base = { date: '2026-11-03', hours: '', minutes: '', start: '', end: '', location: '' as const, travel: '' };
    expect(parseDay({ ...base, hours: '7', minutes: '30', travel: '15' })).toMatchObject({ workedMinutes: 450, travelMinutes: 15, problems: {} });
    expect(parseDay({ ...base, hours: '7.5' }).problems).toEqual({ hours: 'hoursInvalid' });
    expect(parseDay({ ...base, minutes: '60' }).problems).toEqual({ minutes: 'minutesInvalid' });
    expect(parseDay({ ...base, hours: '24', travel: '90' }).problems).toEqual({ hours: 'tooLong' });
    expect(parseDay({ ...base, start: '09:00' }).problems).toEqual({ end: 'startEndTogether' });
  });

  it('claims only days with time, and saves emptied days the server knows', () => {
    const days = formDays({ payPeriod: period, days: [evvDay] }).map(parseDay);
    days[1] = { ...days[1]!, workedMinutes: 0, startTime: null, endTime: null };
    days[3] = { ...days[3]!, workedMinutes: 120 };
    expect(entriesOf('9000001', days)).toEqual([{ recipientId: '9000001', date: '2026-11-04', workedMinutes: 120, travelMinutes: 0 }]);
    expect(daysToSave(days, [evvDay]).map((d) => [d.date, d.workedMinutes])).toEqual([
      ['2026-11-02', 0],
      ['2026-11-04', 120],
    ]);
  });
});

describe('where a finding is shown', () => {
  it('beside its day, a weekly limit with its week, a monthly one with the whole timesheet', () => {
    expect(anchorOf(placeOf({ code: 'FUTURE_TIME', date: '2026-11-03', workweekStart: '2026-11-01' }, period))).toBe('day-2026-11-03');
    expect(anchorOf(placeOf({ code: 'OVER_66_HOURS', date: '2026-11-06', workweekStart: '2026-11-01' }, period))).toBe('week-2026-11-01');
    expect(anchorOf(placeOf({ code: 'OVER_MONTHLY_AUTHORIZED', date: '2026-11-06', workweekStart: '2026-11-01' }, period))).toBe('timesheet-findings');
    expect(anchorOf(placeOf({ code: 'OVERLAPPING_TIME', date: '2026-10-31', workweekStart: '2026-10-25' }, period))).toBe('timesheet-findings');
    expect(weekStarts({ start: '2026-11-16', end: '2026-11-30' })).toEqual(['2026-11-15', '2026-11-22', '2026-11-29']);
  });
});

describe('the running totals', () => {
  const rulesContext = {
    provider: { exemption: 'none' as const },
    recipients: [{ id: 'A', monthlyAuthorizedMinutes: 195 * 60, rateCents: 2000 }],
    // An earlier timesheet's day of the same month.
    priorEntries: [{ recipientId: 'A', date: '2026-11-20', workedMinutes: 600 }],
    today: '2026-11-24',
    now: '2026-11-24T18:00:00.000Z',
  };
  const entries = ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06'].map((date) => ({ recipientId: 'A', date, workedMinutes: 9 * 60, travelMinutes: 0 }));
  const evaluation = evaluateClaims({ ...rulesContext, entries });
  const saved = {
    workedMinutes: 0,
    travelMinutes: 0,
    weeks: [],
    month: { month: '2026-11', authorizedMinutes: 195 * 60, claimedMinutes: 600, remainingMinutes: 0, assignedMinutes: 195 * 60, assignedRemainingMinutes: 0 },
    overtimeMinutes: 0,
    monthOvertimeMinutes: 0,
    rateCents: 2000,
    rates: [{ start: period.start, end: period.end, rateCents: 2000 }],
    expectedGrossCents: 0,
  };

  it('follow the typed hours in the rules case the server sent: week against the cap, month against the authorised hours, overtime and pay', () => {
    const totals = liveTotals({ caseNumber: 'A', payPeriod: period, totals: saved, rulesContext }, evaluation, entries);
    expect(totals?.weeks).toEqual([{ start: '2026-11-01', end: '2026-11-07', workedMinutes: 2700, travelMinutes: 0, overtimeMinutes: 300, capMinutes: expect.any(Number) }]);
    expect(totals?.month.claimedMinutes).toBe(600 + 2700);
    expect(totals?.monthOvertimeMinutes).toBe(300);
    // 40 h at $20 and 5 h at $30.
    expect(totals?.expectedGrossCents).toBe(80_000 + 15_000);
    expect(totals?.rates).toEqual([{ start: period.start, end: period.end, rateCents: 2000 }]);
  });

  it('leave the pay unknown while the county has no wage rate, and are not shown to the recipient', () => {
    const unknown = liveTotals({ caseNumber: 'A', payPeriod: period, totals: { ...saved, rateCents: null, rates: [], expectedGrossCents: null }, rulesContext }, evaluation, entries);
    expect(unknown).toMatchObject({ rateCents: null, rates: [], expectedGrossCents: null });
    expect(liveTotals({ caseNumber: 'A', payPeriod: period, totals: null, rulesContext: null }, evaluation, entries)).toBeNull();
  });
});
