import { describe, expect, it } from 'vitest';
import { evaluateClaims } from '../../domain/index';
import { anchorOf, daysToSave, entriesOf, fillFromLastWeek, formDays, liveTotals, parseDay, placeOf, weekStarts } from './model';

const period = { start: '2026-11-01', end: '2026-11-15' };
const evvDay = { date: '2026-11-02', workedMinutes: 245, travelMinutes: 0, startTime: '09:00', endTime: '13:05', location: 'home' as const, fromEvv: true, evvMinutes: 245, edited: false };

describe('the timesheet form', () => {
  it('has a row for every day of the period, filled from the saved days', () => {
    const days = formDays({ payPeriod: period, days: [evvDay] });
    expect(days).toHaveLength(15);
    // Hours from check-ins stay out of the hours fields, so they keep following the check-ins.
    expect(days[1]).toEqual({ date: '2026-11-02', hours: '', minutes: '', start: '09:00', end: '13:05', location: 'home', travel: '', checkIns: 245 });
    expect(parseDay(days[1]!)).toMatchObject({ workedMinutes: 245, typedMinutes: null, hours: { source: 'checkIns', mismatch: null } });
    expect(days[0]).toMatchObject({ hours: '', minutes: '', travel: '', checkIns: null });
  });

  it('shows typed hours as typed, and a day emptied of its check-in hours as 0', () => {
    const typed = { ...evvDay, date: '2026-11-03', workedMinutes: 180, fromEvv: false, evvMinutes: null, startTime: '09:00', endTime: '13:00' };
    const removed = { ...evvDay, date: '2026-11-04', workedMinutes: 0, startTime: null, endTime: null, location: null, edited: true };
    const days = formDays({ payPeriod: period, days: [typed, removed] });
    expect(days[2]).toMatchObject({ hours: '3', minutes: '' });
    expect(parseDay(days[2]!).hours).toMatchObject({ source: 'typed', mismatch: { against: 'span', minutes: 240 } });
    expect(days[3]).toMatchObject({ hours: '0', checkIns: 245 });
    expect(parseDay(days[3]!).workedMinutes).toBe(0);
  });

  it('reads hours and minutes, and says what is wrong with a field', () => {
    const base = { date: '2026-11-03', hours: '', minutes: '', start: '', end: '', location: '' as const, travel: '', checkIns: null };
    expect(parseDay({ ...base, hours: '7', minutes: '30', travel: '15' })).toMatchObject({ workedMinutes: 450, travelMinutes: 15, problems: {} });
    expect(parseDay({ ...base, hours: '7.5' }).problems).toEqual({ hours: 'hoursInvalid' });
    expect(parseDay({ ...base, minutes: '60' }).problems).toEqual({ minutes: 'minutesInvalid' });
    expect(parseDay({ ...base, hours: '24', travel: '90' }).problems).toEqual({ hours: 'tooLong' });
    expect(parseDay({ ...base, start: '09:00' }).problems).toEqual({ end: 'startEndTogether' });
  });

  it('computes the hours of a day with a start and an end, and claims and saves a day with a place but no hours', () => {
    const form = formDays({ payPeriod: period, days: [evvDay] });
    form[1] = { ...form[1]!, hours: '0', start: '', end: '', location: '' };
    form[3] = { ...form[3]!, start: '09:00', end: '13:00', location: 'home' };
    form[4] = { ...form[4]!, location: 'home' };
    const days = form.map(parseDay);
    expect(days[3]).toMatchObject({ workedMinutes: 240, typedMinutes: null, hours: { source: 'span' } });
    expect(entriesOf('9000001', days)).toEqual([
      { recipientId: '9000001', date: '2026-11-04', workedMinutes: 240, travelMinutes: 0, startTime: '09:00', endTime: '13:00' },
      { recipientId: '9000001', date: '2026-11-05', workedMinutes: 0, travelMinutes: 0 },
    ]);
    expect(daysToSave(days, [evvDay]).map((d) => [d.date, d.workedMinutes])).toEqual([
      ['2026-11-02', 0],
      ['2026-11-04', null],
      ['2026-11-05', null],
    ]);
  });

  it('fills the empty days of a week from the week before, in the form or in an earlier timesheet, and says nothing of filled days', () => {
    const form = formDays({ payPeriod: period, days: [evvDay] });
    form[9] = { ...form[9]!, hours: '6' }; // 2026-11-10, already filled: kept
    const dates = ['2026-11-01', '2026-11-09', '2026-11-10', '2026-11-11'];
    const prior = [
      { recipientId: '9000001', date: '2026-10-25', workedMinutes: 90, startTime: '10:00', endTime: '11:30' },
      { recipientId: '9000002', date: '2026-11-04', workedMinutes: 60 },
    ];
    expect(fillFromLastWeek(form, dates, '9000001', prior)).toEqual([
      { date: '2026-11-01', hours: '1', minutes: '30', start: '10:00', end: '11:30', location: '', travel: '', checkIns: null },
      { date: '2026-11-09', hours: '4', minutes: '5', start: '09:00', end: '13:05', location: 'home', travel: '', checkIns: null },
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
