import { describe, expect, it } from 'vitest';
import type { ClaimEntry, EvaluationInput, RecipientCase } from './claims';
import { evaluateClaims } from './evaluate';
import type { Finding } from './findings';

const h = (hours: number, minutes = 0): number => hours * 60 + minutes;

function recipient(id: string, monthlyHours: number, extra: Partial<RecipientCase> = {}): RecipientCase {
  return { id, monthlyAuthorizedMinutes: h(monthlyHours), rateCents: 2000, ...extra };
}

/** Entries of `minutes` for `recipientId` on each date. */
function days(recipientId: string, dates: string[], minutes: number, travelMinutes = 0): ClaimEntry[] {
  return dates.map((date) => ({ recipientId, date, workedMinutes: minutes, travelMinutes }));
}

const MON_FRI_MAR_2 = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'];

function codes(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.code);
}

function evaluate(input: Partial<EvaluationInput> & Pick<EvaluationInput, 'recipients' | 'entries'>) {
  return evaluateClaims({ provider: { exemption: 'none' }, ...input });
}

describe('the case table from DOMAIN.md and the published examples', () => {
  it("gives a 283-hour case a weekly maximum of 70 h 45 min (ACL 16-01; DRC 'New rules for IHSS overtime')", () => {
    const result = evaluate({ recipients: [recipient('R1', 283)], entries: days('R1', ['2026-03-02'], h(8)) });
    expect(result.workweeks[0]?.recipients[0]?.weeklyMaximumMinutes).toBe(h(70, 45));
    expect(result.workweeks[0]?.weeklyCapMinutes).toBe(h(70, 45));
  });

  it('pays a 45-hour week as 40 regular hours and 5 hours at 1.5x (WIC 12300.4(c); DRC)', () => {
    const result = evaluate({ recipients: [recipient('R1', 283)], entries: days('R1', MON_FRI_MAR_2, h(9)) });
    expect(result.workweeks[0]).toMatchObject({ workedMinutes: h(45), regularMinutes: h(40), overtimeMinutes: h(5) });
    expect(result.payPeriods).toEqual([
      expect.objectContaining({ start: '2026-03-01', end: '2026-03-15', recipientId: 'R1', grossCents: 40 * 2000 + 5 * 3000 }),
    ]);
    expect(result.findings).toEqual([]);
  });

  it("reproduces the issue's example: 2700 minutes at $19.64 pay 93290 cents with 300 overtime minutes", () => {
    const result = evaluateClaims({
      provider: { exemption: 'none' },
      recipients: [{ id: 'R1', monthlyAuthorizedMinutes: 16980, rateCents: 1964, overtimeException: false }],
      entries: days('R1', MON_FRI_MAR_2, 540),
    });
    expect(result.workweeks[0]).toMatchObject({ start: '2026-03-01', workedMinutes: 2700, overtimeMinutes: 300 });
    expect(result.payPeriods[0]?.grossCents).toBe(93290);
  });

  it('lets 260 monthly hours carry 25 overtime hours in a 65-hour week with no finding (DRC)', () => {
    const result = evaluate({ recipients: [recipient('R1', 260)], entries: days('R1', MON_FRI_MAR_2, h(13)) });
    expect(result.workweeks[0]?.overtimeMinutes).toBe(h(25));
    expect(result.findings).toEqual([]);
  });

  it('refuses a week over 66 hours for a provider of two recipients, while still computing its pay (WIC 12300.4(b)(2); ACL 17-76)', () => {
    const recipients = [recipient('R1', 200), recipient('R2', 200)];
    const atCap = evaluate({ recipients, entries: [...days('R1', MON_FRI_MAR_2, h(6, 36)), ...days('R2', MON_FRI_MAR_2, h(6, 36))] });
    expect(atCap.workweeks[0]?.workedMinutes).toBe(h(66));
    expect(codes(atCap.findings)).not.toContain('OVER_66_HOURS');

    const over = evaluate({ recipients, entries: [...days('R1', MON_FRI_MAR_2, h(7)), ...days('R2', MON_FRI_MAR_2, h(7))] });
    const finding = over.findings.find((f) => f.code === 'OVER_66_HOURS');
    expect(finding).toMatchObject({ kind: 'blocking', workweekStart: '2026-03-01', data: { workedMinutes: h(70), overMinutes: h(4) } });
    expect(over.payPeriods.reduce((sum, l) => sum + l.regularMinutes + l.overtimeMinutes, 0)).toBe(h(70));
  });

  it('counts travel toward overtime but not toward the 66-hour cap (WIC 12300.4(b)(2)(B))', () => {
    const recipients = [recipient('R1', 200), recipient('R2', 200)];
    const entries = [...days('R1', MON_FRI_MAR_2, h(6, 36)), ...days('R2', MON_FRI_MAR_2, h(6, 36), 24)];
    const result = evaluate({ recipients, entries });
    expect(result.workweeks[0]).toMatchObject({ workedMinutes: h(66), travelMinutes: h(2), overtimeMinutes: h(28) });
    expect(codes(result.findings)).toEqual([]);
  });

  it('pays travel over 7 hours a week and records a violation (WIC 12300.4; ACL 16-36)', () => {
    const recipients = [recipient('R1', 100), recipient('R2', 100)];
    const entries = [...days('R1', MON_FRI_MAR_2, h(2)), ...days('R2', MON_FRI_MAR_2, h(2), 90)];
    const result = evaluate({ recipients, entries });
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'OVER_TRAVEL_LIMIT', kind: 'violation', date: '2026-03-06', data: { limitMinutes: 420, travelMinutes: 450, overMinutes: 30 } }),
    ]);
    expect(result.payPeriods.find((l) => l.recipientId === 'R2')?.travelMinutes).toBe(450);
  });

  it('records overtime on a case of 40 weekly hours or less as a violation unless the county granted an exception (ACL 16-01; ACL 16-36)', () => {
    const entries = [...days('R1', MON_FRI_MAR_2, h(8)), ...days('R1', ['2026-03-07'], h(2))];
    const without = evaluate({ recipients: [recipient('R1', 160)], entries });
    expect(without.findings).toEqual([
      expect.objectContaining({ code: 'OVERTIME_WITHOUT_COUNTY_EXCEPTION', kind: 'violation', date: '2026-03-07', data: { weeklyMaximumMinutes: h(40), workedMinutes: h(42), overtimeMinutes: h(2) } }),
    ]);
    const withException = evaluate({ recipients: [recipient('R1', 160, { overtimeException: true })], entries });
    expect(withException.findings).toEqual([]);
    const windowed = evaluate({ recipients: [recipient('R1', 160, { overtimeException: [{ start: '2026-03-07', end: '2026-03-07' }] })], entries });
    expect(windowed.findings).toEqual([]);
  });

  it('only warns when a recipient shifts hours into one week beyond their weekly maximum (ACL 16-01)', () => {
    const result = evaluate({ recipients: [recipient('R1', 283)], entries: days('R1', [...MON_FRI_MAR_2, '2026-03-07'], h(12, 30)) });
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'OVER_WEEKLY_MAXIMUM', kind: 'warning', data: { weeklyMaximumMinutes: h(70, 45), workedMinutes: h(75), overMinutes: h(4, 15) } }),
    ]);
  });

  it("blocks hours past the recipient's remaining monthly authorisation, counting other providers' claims (ACL 17-76)", () => {
    const recipients = [recipient('R1', 40, { months: [{ month: '2026-03', claimedByOtherProvidersMinutes: h(10) }] })];
    const result = evaluate({ recipients, entries: days('R1', ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23'], h(8)) });
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        code: 'OVER_MONTHLY_AUTHORIZED',
        kind: 'blocking',
        month: '2026-03',
        date: '2026-03-23',
        data: { authorizedMinutes: h(40), remainingMinutes: h(30), claimedMinutes: h(32), overMinutes: h(2) },
      }),
    );
  });

  it("blocks hours past the provider's assigned share of the month (ACL 17-76)", () => {
    const result = evaluate({ recipients: [recipient('R1', 100, { assignedMonthlyMinutes: h(20) })], entries: days('R1', ['2026-03-02', '2026-03-20', '2026-03-27'], h(8)) });
    expect(result.findings).toContainEqual(expect.objectContaining({ code: 'OVER_ASSIGNED_HOURS', kind: 'blocking', date: '2026-03-27', data: expect.objectContaining({ overMinutes: h(4) }) }));
  });

  it("sends a timesheet with over 70% of the month's hours in the 1st-15th to the county queue (LA DPSS)", () => {
    const result = evaluate({ recipients: [recipient('R1', 50)], entries: days('R1', ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-09'], h(8)) });
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'OVER_70_PERCENT_FIRST_HALF', kind: 'exception', date: '2026-03-09', data: { monthlyMinutes: h(50), firstHalfMinutes: h(40), limitMinutes: h(35) } }),
    );
  });

  it('records more overtime in a month than usual as a violation (ACL 16-01 condition 2; ACL 16-36)', () => {
    const sundays = ['2026-03-01', '2026-03-08', '2026-03-15', '2026-03-22'];
    // Four full March weeks: 39 h for R1 (Mon-Wed) and 20 h for R2 (Thu-Fri), 19 h of overtime a week.
    const entries = sundays.flatMap((sunday) => [
      ...days('R1', [1, 2, 3].map((i) => addDays(sunday, i)), h(13)),
      ...days('R2', [4, 5].map((i) => addDays(sunday, i)), h(10)),
    ]);
    // Usual week 40 h + 20 h = 60 h: 4 x 20 h = 80 h of overtime is usual, 76 h is within it.
    const usual = evaluate({ recipients: [recipient('R1', 160), recipient('R2', 80)], entries });
    expect(codes(usual.findings)).toEqual([]);
    // With R2 at 60 h a month the usual week is 55 h: 4 x 15 h = 60 h of overtime is usual, 76 h is 16 h over.
    const over = evaluate({ recipients: [recipient('R1', 160), recipient('R2', 60)], entries });
    expect(over.findings).toContainEqual(
      expect.objectContaining({ code: 'OVER_USUAL_MONTHLY_OVERTIME', kind: 'violation', month: '2026-03', data: { usualOvertimeMinutes: h(60), overtimeMinutes: h(76), overMinutes: h(16) } }),
    );
  });

  it('lets an exempt provider work up to 90 hours a week, blocks more, and never applies 66 (CDSS exemption page)', () => {
    const recipients = [recipient('R1', 283), recipient('R2', 283)];
    const eightyFive = [...days('R1', MON_FRI_MAR_2, h(8, 30)), ...days('R2', MON_FRI_MAR_2, h(8, 30))];
    expect(evaluateClaims({ provider: { exemption: 'exemption1' }, recipients, entries: eightyFive }).findings).toEqual([]);
    const ninetyTwo = [...eightyFive, ...days('R1', ['2026-03-07'], h(7))];
    const result = evaluateClaims({ provider: { exemption: 'exemption2' }, recipients, entries: ninetyTwo });
    expect(result.findings).toContainEqual(expect.objectContaining({ code: 'OVER_EXEMPTION_WEEKLY_LIMIT', kind: 'blocking', data: { limitMinutes: h(90), workedMinutes: h(92), overMinutes: h(2) } }));
    expect(codes(result.findings)).not.toContain('OVER_66_HOURS');
  });

  it('blocks an exempt provider past 360 hours in a month (CDSS exemption page)', () => {
    const recipients = [recipient('R1', 283), recipient('R2', 283)];
    const march = Array.from({ length: 31 }, (_, i) => `2026-03-${String(i + 1).padStart(2, '0')}`);
    const entries = [...days('R1', march, h(6)), ...days('R2', march, h(6))];
    const result = evaluateClaims({ provider: { exemption: 'exemption1' }, recipients, entries });
    expect(result.findings).toContainEqual(expect.objectContaining({ code: 'OVER_EXEMPTION_MONTHLY_LIMIT', date: '2026-03-31', data: { limitMinutes: h(360), workedMinutes: h(372), overMinutes: h(12) } }));
  });
});

function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

describe('workweeks across pay periods, months and timesheets', () => {
  const recipients = [recipient('R1', 283)];
  // Sunday 2026-03-29 to Saturday 2026-04-04: a workweek across a month end and two pay periods.
  const week = days('R1', ['2026-03-29', '2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02', '2026-04-03'], h(8));

  it('counts all the hours of a workweek that spans two months together (WIC 12300.4(b)(1))', () => {
    const result = evaluate({ recipients, entries: week });
    expect(result.workweeks).toEqual([expect.objectContaining({ start: '2026-03-29', end: '2026-04-04', workedMinutes: h(48), overtimeMinutes: h(8) })]);
    expect(result.payPeriods.map((l) => [l.start, l.overtimeMinutes])).toEqual([
      ['2026-03-16', 0],
      ['2026-04-01', h(8)],
    ]);
  });

  it('pays the same overtime when the second pay period is evaluated after the first, with the first as prior entries', () => {
    const march = week.filter((e) => e.date < '2026-04-01');
    const april = week.filter((e) => e.date >= '2026-04-01');
    const first = evaluate({ recipients, entries: march });
    const second = evaluate({ recipients, entries: april, priorEntries: march });
    expect(first.workweeks[0]?.overtimeMinutes).toBe(0);
    expect(second.workweeks[0]).toMatchObject({ workedMinutes: h(48), overtimeMinutes: h(8), claimedOvertimeMinutes: h(8) });
    const whole = evaluate({ recipients, entries: week });
    const total = (r: ReturnType<typeof evaluate>) => r.payPeriods.reduce((s, l) => s + l.grossCents, 0);
    expect(total(first) + total(second)).toBe(total(whole));
  });

  it('pays the same overtime in total when one week is claimed on two timesheets, one per recipient', () => {
    const two = [recipient('R1', 150), recipient('R2', 150)];
    const r1 = days('R1', MON_FRI_MAR_2, h(5));
    const r2 = days('R2', MON_FRI_MAR_2, h(5));
    const first = evaluate({ recipients: two, entries: r2 });
    const second = evaluate({ recipients: two, entries: r1, priorEntries: r2 });
    const whole = evaluate({ recipients: two, entries: [...r1, ...r2] });
    expect((first.workweeks[0]?.claimedOvertimeMinutes ?? 0) + (second.workweeks[0]?.claimedOvertimeMinutes ?? 0)).toBe(h(10));
    expect(whole.workweeks[0]?.overtimeMinutes).toBe(h(10));
    const total = (r: ReturnType<typeof evaluate>) => r.payPeriods.reduce((s, l) => s + l.grossCents, 0);
    expect(total(first) + total(second)).toBe(total(whole));
  });

  it('pays each day at the rate in effect that day, with one pay line per rate', () => {
    const rated = [recipient('R1', 283, { rateCents: 2000, rateChanges: [{ effective: '2026-03-04', rateCents: 2200 }] })];
    const result = evaluate({ recipients: rated, entries: days('R1', MON_FRI_MAR_2, h(9)) });
    expect(result.payPeriods[0]?.byRate).toEqual([
      { rateCents: 2000, regularMinutes: h(18), overtimeMinutes: 0 },
      { rateCents: 2200, regularMinutes: h(22), overtimeMinutes: h(5) },
    ]);
    expect(result.payPeriods[0]?.grossCents).toBe(18 * 2000 + 22 * 2200 + 5 * 3300);
  });
});

describe('checks of days and entries', () => {
  const recipients = [recipient('R1', 283), recipient('R2', 283)];

  it('allows 24 h 30 min on the 25-hour fall-back day but not on the 23-hour spring-forward day', () => {
    const fallBack = evaluate({ recipients, entries: [{ recipientId: 'R1', date: '2026-11-01', workedMinutes: h(12) }, { recipientId: 'R2', date: '2026-11-01', workedMinutes: h(12, 30) }] });
    expect(codes(fallBack.findings)).not.toContain('MORE_HOURS_THAN_IN_DAY');
    const springForward = evaluate({ recipients, entries: [{ recipientId: 'R1', date: '2026-03-08', workedMinutes: h(12) }, { recipientId: 'R2', date: '2026-03-08', workedMinutes: h(11, 30) }] });
    expect(springForward.findings).toContainEqual(
      expect.objectContaining({ code: 'MORE_HOURS_THAN_IN_DAY', kind: 'blocking', data: { date: '2026-03-08', claimedMinutes: h(23, 30), dayMinutes: h(23) } }),
    );
  });

  it('measures 1:00-3:00 a.m. on the spring-forward day as one hour of clock time', () => {
    const result = evaluate({ recipients, entries: [{ recipientId: 'R1', date: '2026-03-08', workedMinutes: h(2), startTime: '01:00', endTime: '03:00' }] });
    expect(result.findings).toContainEqual(expect.objectContaining({ code: 'IMPOSSIBLE_TIME', data: expect.objectContaining({ claimedMinutes: h(2), spanMinutes: h(1) }) }));
  });

  it('blocks overlapping shifts for two recipients, also against an earlier timesheet', () => {
    const result = evaluate({
      recipients,
      entries: [{ recipientId: 'R1', date: '2026-03-02', workedMinutes: h(3), startTime: '08:00', endTime: '11:00' }],
      priorEntries: [{ recipientId: 'R2', date: '2026-03-02', workedMinutes: h(2), startTime: '10:30', endTime: '12:30' }],
    });
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'OVERLAPPING_TIME', recipientId: 'R1', data: expect.objectContaining({ otherRecipientId: 'R2', otherStartTime: '10:30' }) }),
    );
  });

  it('blocks future time when "today" is given, and time later today when "now" is given', () => {
    const entries = [
      { recipientId: 'R1', date: '2026-03-02', workedMinutes: h(4), startTime: '08:00', endTime: '12:00' },
      { recipientId: 'R1', date: '2026-03-02', workedMinutes: h(4), startTime: '13:00', endTime: '17:00' },
      { recipientId: 'R1', date: '2026-03-03', workedMinutes: h(4) },
    ];
    expect(codes(evaluate({ recipients, entries }).findings)).not.toContain('FUTURE_TIME');
    const byDate = evaluate({ recipients, entries, today: '2026-03-02' });
    expect(byDate.findings.filter((f) => f.code === 'FUTURE_TIME').map((f) => f.date)).toEqual(['2026-03-03']);
    // 20:30 UTC is 12:30 in California (PST): the afternoon shift has not ended yet.
    const byInstant = evaluate({ recipients, entries, now: '2026-03-02T20:30:00Z' });
    expect(byInstant.findings.filter((f) => f.code === 'FUTURE_TIME').map((f) => f.date)).toEqual(['2026-03-02', '2026-03-03']);
  });

  it('flags days outside eligibility for the county queue and days outside the assignment as blocking', () => {
    const result = evaluateClaims({
      provider: { exemption: 'none', eligible: [{ start: '2026-03-03' }] },
      recipients: [recipient('R1', 100, { eligible: [{ start: '2026-01-01', end: '2026-03-03' }], assigned: [{ start: '2026-03-02', end: '2026-03-03' }] })],
      entries: days('R1', ['2026-03-02', '2026-03-03', '2026-03-04'], h(2)),
    });
    expect(result.findings.map((f) => [f.code, f.kind, f.date])).toEqual([
      ['NOT_ASSIGNED_TO_RECIPIENT', 'blocking', '2026-03-04'],
      ['PROVIDER_NOT_ELIGIBLE', 'exception', '2026-03-02'],
      ['RECIPIENT_NOT_ELIGIBLE', 'exception', '2026-03-04'],
    ]);
  });

  it('treats time for a recipient the county does not list as not assigned, and does not pay it', () => {
    const result = evaluate({ recipients, entries: days('R9', ['2026-03-02'], h(2)) });
    expect(codes(result.findings)).toEqual(['NOT_ASSIGNED_TO_RECIPIENT']);
    expect(result.payPeriods).toEqual([]);
  });

  it('blocks travel on a day without work for two recipients (ACIN I-18-19)', () => {
    const result = evaluate({ recipients, entries: days('R1', ['2026-03-02'], h(4), 30) });
    expect(result.findings).toEqual([expect.objectContaining({ code: 'TRAVEL_NOT_BETWEEN_RECIPIENTS', data: { date: '2026-03-02', travelMinutes: 30 } })]);
  });
});
