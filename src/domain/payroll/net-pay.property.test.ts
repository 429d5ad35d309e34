import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { taxYearFigures } from './figures';
import { netPayOf } from './net-pay';
import { DEDUCTION_KINDS, FEDERAL_FILING_STATUSES, RELATIONSHIPS, STATE_FILING_STATUSES, type NetPayInput } from './types';

const cents = (max: number) => fc.integer({ min: 0, max });

const federal = fc.record({
  filingStatus: fc.constantFrom(...FEDERAL_FILING_STATUSES),
  multipleJobs: fc.boolean(),
  dependentsCents: cents(1_000_000),
  otherIncomeCents: cents(5_000_000),
  deductionsCents: cents(5_000_000),
  extraCents: cents(50_000),
  exempt: fc.boolean(),
});

const state = fc.record({
  filingStatus: fc.constantFrom(...STATE_FILING_STATUSES),
  allowances: fc.integer({ min: 0, max: 15 }),
  estimatedDeductionAllowances: fc.integer({ min: 0, max: 15 }),
  extraCents: cents(50_000),
  exempt: fc.boolean(),
});

/** Earlier sums that could have come from earlier payments: taxed wages never above the wages paid. */
const earlier = fc
  .record({ year: cents(25_000_000), ss: fc.double({ min: 0, max: 1, noNaN: true }), medicare: fc.double({ min: 0, max: 1, noNaN: true }), quarter: fc.double({ min: 0, max: 1, noNaN: true }), sdi: fc.double({ min: 0, max: 1, noNaN: true }), soc: cents(50_000) })
  .map(({ year, ss, medicare, quarter, sdi, soc }) => {
    const quarterGross = Math.floor(year * quarter);
    return {
      yearGrossCents: year,
      yearSocialSecurityWagesCents: Math.min(Math.floor(year * ss), 18_450_000),
      yearMedicareWagesCents: Math.floor(year * medicare),
      quarterGrossCents: quarterGross,
      quarterSdiWagesCents: Math.floor(quarterGross * sdi),
      shareOfCostTakenCents: soc,
    };
  });

const anyPayment: fc.Arbitrary<NetPayInput> = fc.record({
  payDate: fc.constantFrom('2025-01-15', '2025-07-31', '2025-12-16', '2026-03-01', '2026-12-16', '2027-02-01'),
  grossCents: fc.oneof(cents(20_000), cents(1_000_000)),
  paidMinutes: fc.integer({ min: 0, max: 30_000 }),
  relationship: fc.constantFrom(...RELATIONSHIPS),
  sdiElected: fc.boolean(),
  liveInExcluded: fc.boolean(),
  federal: fc.option(federal, { nil: null }),
  state: fc.option(state, { nil: null }),
  unionDues: fc.option(fc.record({ centsPerHour: cents(500) }), { nil: null }),
  cope: fc.option(fc.record({ centsPerPayment: cents(2_000) }), { nil: null }),
  healthPremium: fc.option(fc.record({ monthlyCents: cents(20_000) }), { nil: null }),
  shareOfCost: fc.option(fc.record({ monthlyCents: cents(200_000) }), { nil: null }),
  earlier,
  healthPremiumTakenThisMonthCents: cents(20_000),
});

describe('net pay, for any payment', () => {
  it('gross - the sum of the deductions = net, and net and every deduction are whole cents, never negative', () => {
    fc.assert(
      fc.property(anyPayment, (input) => {
        const pay = netPayOf(input);
        const sum = pay.deductions.reduce((total, d) => total + d.cents, 0);
        expect(input.grossCents - sum).toBe(pay.netCents);
        expect(pay.netCents).toBeGreaterThanOrEqual(0);
        for (const d of pay.deductions) {
          expect(Number.isSafeInteger(d.cents), d.kind).toBe(true);
          expect(d.cents, d.kind).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('lists every kind once, in the order of DEDUCTION_KINDS', () => {
    fc.assert(
      fc.property(anyPayment, (input) => {
        expect(netPayOf(input).deductions.map((d) => d.kind)).toEqual([...DEDUCTION_KINDS]);
      }),
    );
  });

  it('reports no income-tax wages and withholds no income tax for a live-in provider', () => {
    fc.assert(
      fc.property(anyPayment, (input) => {
        const pay = netPayOf({ ...input, liveInExcluded: true });
        expect(pay.wages.federal + pay.wages.state).toBe(0);
        expect(pay.deductions.filter((d) => d.kind.endsWith('income_tax')).every((d) => d.cents === 0)).toBe(true);
      }),
    );
  });
});

/** A year of payments from one recipient, each told the sums of the ones before it, as the pay run does. */
function payYear(grosses: readonly number[]) {
  const earlier = { yearGrossCents: 0, yearSocialSecurityWagesCents: 0, yearMedicareWagesCents: 0, quarterGrossCents: 0, quarterSdiWagesCents: 0, shareOfCostTakenCents: 0 };
  const paid = { socialSecurity: 0, medicare: 0, socialSecurityWages: 0, medicareWages: 0, cut: false };
  for (const grossCents of grosses) {
    const pay = netPayOf({
      payDate: '2026-06-16', grossCents, paidMinutes: 0, relationship: 'other', sdiElected: false, liveInExcluded: false,
      federal: null, state: null, unionDues: null, cope: null, healthPremium: null, shareOfCost: null, earlier, healthPremiumTakenThisMonthCents: 0,
    });
    const taken = (kind: string) => pay.deductions.find((d) => d.kind === kind)!.cents;
    paid.socialSecurity += taken('social_security');
    paid.medicare += taken('medicare');
    paid.socialSecurityWages += pay.wages.socialSecurity;
    paid.medicareWages += pay.wages.medicare;
    paid.cut ||= pay.netCents === 0 && grossCents > 0;
    earlier.yearGrossCents += grossCents;
    earlier.quarterGrossCents += grossCents;
    earlier.yearSocialSecurityWagesCents += pay.wages.socialSecurity;
    earlier.yearMedicareWagesCents += pay.wages.medicare;
    earlier.quarterSdiWagesCents += pay.wages.sdi;
  }
  return paid;
}

describe("a year's wages split into payments", () => {
  const { householdThresholdCents: threshold, socialSecurity } = taxYearFigures(2026);
  const payments = fc.array(fc.oneof(cents(50_000), cents(3_000_000)), { minLength: 1, maxLength: 30 });

  it('never withholds more social security than 6.2% of min(wages, wage base), give or take a cent a payment', () => {
    fc.assert(
      fc.property(payments, (grosses) => {
        const total = grosses.reduce((a, b) => a + b, 0);
        const owed = total >= threshold ? (Math.min(total, socialSecurity.wageBaseCents) * 620) / 10_000 : 0;
        const paid = payYear(grosses);
        expect(paid.socialSecurity).toBeLessThanOrEqual(owed + grosses.length);
        // A payment too small for its catch-up withholds less; otherwise the year's tax is the rule on the year's wages.
        if (!paid.cut) expect(paid.socialSecurity).toBeGreaterThanOrEqual(owed - grosses.length);
      }),
      { numRuns: 300 },
    );
  });

  it("reports the year's social security and Medicare wages as the rule on the whole year: all or none, capped at the base", () => {
    fc.assert(
      fc.property(payments, (grosses) => {
        const total = grosses.reduce((a, b) => a + b, 0);
        const paid = payYear(grosses);
        expect(paid.socialSecurityWages).toBe(total >= threshold ? Math.min(total, socialSecurity.wageBaseCents) : 0);
        expect(paid.medicareWages).toBe(total >= threshold ? total : 0);
      }),
      { numRuns: 300 },
    );
  });
});
