import { describe, expect, it } from 'vitest';
import { canSubmit, evaluateClaims, payPeriodOf } from '../../src/domain/index';
import { bookSize, generatePayRunBook, type BookProvider } from './generate';
import { queryShape } from './profile';
import { benchPeriodStart, countyGroupsOf, MONTHLY_PAYMENTS, PERIOD_TIMESHEETS, summarise } from './run';

const periodStart = '2026-03-01';
const book = generatePayRunBook({ seed: 1, count: 2000, periodStart });

/** The rules engine over the provider's whole period, as the pay run sees it (every timesheet, nothing paid before). */
function evaluate(p: BookProvider) {
  return evaluateClaims({
    provider: { exemption: 'none' },
    recipients: p.recipients.map((r) => ({ id: r.caseNumber, monthlyAuthorizedMinutes: r.monthlyAuthorizedMinutes, rateCents: 1800 })),
    entries: p.recipients.flatMap((r) => r.days.map((d) => ({ recipientId: r.caseNumber, date: d.date, workedMinutes: d.workedMinutes, travelMinutes: d.travelMinutes }))),
    today: '2026-04-20',
  });
}

describe("the pay-run benchmark's book", () => {
  it('is the same from the same seed, and different from another', () => {
    expect(generatePayRunBook({ seed: 1, count: 2000, periodStart })).toEqual(book);
    expect(generatePayRunBook({ seed: 2, count: 50, periodStart })).not.toEqual(book.slice(0, 50));
    expect(() => generatePayRunBook({ seed: 1, count: 1, periodStart: '2026-03-02' })).toThrow(RangeError);
  });

  it('has unique provider IDs and case numbers of the right shape, in real counties, with days in the period only', () => {
    const cases = book.flatMap((p) => p.recipients.map((r) => r.caseNumber));
    expect(new Set(book.map((p) => p.loginId)).size).toBe(book.length);
    expect(new Set(cases).size).toBe(cases.length);
    for (const p of book) {
      expect(p.loginId).toMatch(/^[0-9]{9}$/);
      expect(p.countyId >= 1 && p.countyId <= 58).toBe(true);
      for (const r of p.recipients) {
        expect(r.caseNumber).toMatch(/^[0-9]{7}$/);
        expect(r.days.length).toBeGreaterThan(0);
        for (const d of r.days) expect(payPeriodOf(d.date).start).toBe(periodStart);
      }
    }
  });

  it('mixes plain timesheets with overtime, two recipients with travel, and confirmed sick leave on days off', () => {
    const size = bookSize(book);
    expect(size.kinds.regular / size.providers).toBeGreaterThan(0.7);
    expect(size.kinds.overtime / size.providers).toBeGreaterThan(0.08);
    expect(size.kinds.two_recipients / size.providers).toBeGreaterThan(0.06);
    expect(size.timesheets).toBe(size.providers + size.kinds.two_recipients);
    expect(size.sickLeave / size.providers).toBeGreaterThan(0.05);
    for (const p of book) {
      for (const s of p.sickLeave) {
        expect(payPeriodOf(s.date).start).toBe(periodStart);
        expect(p.recipients[0]!.days.some((d) => d.date === s.date)).toBe(false);
        expect(s.minutes >= 60 && (s.minutes - 60) % 30 === 0).toBe(true);
      }
    }
  });

  it('is claimable, and only the overtime kind works past 40 hours a week', () => {
    for (const p of book) {
      const e = evaluate(p);
      expect(canSubmit(e.findings), `${p.loginId}: ${e.findings.map((f) => f.code).join(', ')}`).toBe(true);
      const overtime = e.payPeriods.reduce((s, l) => s + l.overtimeMinutes, 0);
      const travel = e.payPeriods.reduce((s, l) => s + l.travelMinutes, 0);
      expect(overtime > 0).toBe(p.kind === 'overtime');
      expect(travel > 0).toBe(p.kind === 'two_recipients');
    }
  });
});

describe("the pay-run benchmark's arithmetic", () => {
  it('takes the first pay period of the month before today', () => {
    expect(benchPeriodStart('2026-11-24')).toBe('2026-10-01');
    expect(benchPeriodStart('2026-01-01')).toBe('2025-12-01');
  });

  it('reports rates, the ratio to its baseline and the pay period and month projected', () => {
    const r = summarise({ payments: 1000, payRunSeconds: 5, baselineSeconds: 0.5 });
    expect(r.paymentsPerSecond).toBe(200);
    expect(r.baselinePerSecond).toBe(2000);
    expect(r.ratioToBaseline).toBeCloseTo(10);
    expect(r.projectedPeriodSeconds).toBeCloseTo(PERIOD_TIMESHEETS / 200);
    expect(r.projectedMonthSeconds).toBeCloseTo(MONTHLY_PAYMENTS / 200);
    expect([PERIOD_TIMESHEETS, MONTHLY_PAYMENTS]).toEqual([825_000, 1_432_000]);
  });

  it('splits the counties into groups of about as many timesheets, each county in one group', () => {
    const groups = countyGroupsOf(book, 3);
    const all = groups.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(all)).toEqual(new Set(book.map((p) => p.countyId)));
    const sizes = groups.map((g) => book.filter((p) => g.includes(p.countyId)).reduce((n, p) => n + p.recipients.length, 0));
    // Los Angeles alone is about 40% of the book: the others share the rest.
    expect(Math.max(...sizes)).toBeLessThan(0.5 * bookSize(book).timesheets);
  });

  it('folds a query to its shape, however many parameters it has', () => {
    expect(queryShape('select *\n  from "t" where "id" in ($1, $2, $3) and "x" = $4')).toBe('select * from "t" where "id" in (?) and "x" = ?');
    expect(queryShape('select * from "t" where "id" in ($1)')).toBe(queryShape('select * from "t" where "id" in ($7, $8)'));
  });
});
