import { describe, expect, it } from 'vitest';
import { netPayOf } from './net-pay';
import { DEDUCTION_KINDS, type DeductionKind, type NetPay, type NetPayInput } from './types';

/** A provider well into the year and the quarter with this recipient, taxes already running, no elections. */
function input(over: Partial<NetPayInput> = {}): NetPayInput {
  return {
    payDate: '2026-03-05',
    grossCents: 100_000,
    paidMinutes: 3_000,
    relationship: 'other',
    sdiElected: false,
    liveInExcluded: false,
    federal: null,
    state: null,
    unionDues: null,
    cope: null,
    healthPremium: null,
    shareOfCost: null,
    earlier: {
      yearGrossCents: 500_000,
      yearSocialSecurityWagesCents: 500_000,
      yearMedicareWagesCents: 500_000,
      quarterGrossCents: 500_000,
      quarterSdiWagesCents: 500_000,
      shareOfCostTakenCents: 0,
    },
    healthPremiumTakenThisMonthCents: 0,
    ...over,
  };
}

const amounts = (pay: NetPay): Record<DeductionKind, number> =>
  Object.fromEntries(pay.deductions.map((d) => [d.kind, d.cents])) as Record<DeductionKind, number>;

const SINGLE_W4 = { filingStatus: 'single', multipleJobs: false, dependentsCents: 0, otherIncomeCents: 0, deductionsCents: 0, extraCents: 0, exempt: false } as const;
const SINGLE_DE4 = { filingStatus: 'single', allowances: 1, estimatedDeductionAllowances: 0, extraCents: 0, exempt: false } as const;

describe('from gross to net', () => {
  it('lists every kind, in order, zeros included, and says which year it used', () => {
    const pay = netPayOf(input());
    expect(pay.deductions.map((d) => d.kind)).toEqual([...DEDUCTION_KINDS]);
    expect(pay.year).toBe(2026);
  });

  it('takes social security, Medicare and SDI from a non-family provider without elections', () => {
    const pay = netPayOf(input());
    expect(amounts(pay)).toMatchObject({ social_security: 6_200, medicare: 1_450, sdi: 1_300, federal_income_tax: 0, state_income_tax: 0 });
    expect(pay.netCents).toBe(100_000 - 8_950);
    expect(pay.wages).toEqual({ federal: 100_000, socialSecurity: 100_000, medicare: 100_000, state: 100_000, sdi: 100_000 });
  });

  it('takes neither FICA nor SDI from a parent provider, and SDI again once they elect it', () => {
    expect(netPayOf(input({ relationship: 'parent' })).netCents).toBe(100_000);
    expect(amounts(netPayOf(input({ relationship: 'parent', sdiElected: true })))).toMatchObject({ social_security: 0, medicare: 0, sdi: 1_300 });
    expect(amounts(netPayOf(input({ relationship: 'child' })))).toMatchObject({ social_security: 6_200, medicare: 1_450, sdi: 0 });
  });

  it('withholds income tax only when asked, by the W-4 and the DE 4', () => {
    const pay = netPayOf(input({ federal: SINGLE_W4, state: SINGLE_DE4 }));
    // Pub 15-T: $32.92; DE 44: $4.67 (federal-income-tax.test.ts, state-income-tax.test.ts)
    expect(amounts(pay)).toMatchObject({ federal_income_tax: 3_292, state_income_tax: 467 });
  });

  it("excludes a self-certified live-in provider's wages from income tax, not from FICA or SDI", () => {
    const pay = netPayOf(input({ liveInExcluded: true, federal: { ...SINGLE_W4, extraCents: 2_000 }, state: { ...SINGLE_DE4, extraCents: 1_000 } }));
    expect(amounts(pay)).toMatchObject({ social_security: 6_200, medicare: 1_450, sdi: 1_300, federal_income_tax: 0, state_income_tax: 0 });
    expect(pay.wages).toMatchObject({ federal: 0, state: 0, socialSecurity: 100_000, sdi: 100_000 });
  });

  it('the payment that reaches the year threshold carries the catch-up, and its wages say so', () => {
    const pay = netPayOf(input({
      payDate: '2026-04-05',
      grossCents: 60_000,
      earlier: { yearGrossCents: 250_000, yearSocialSecurityWagesCents: 0, yearMedicareWagesCents: 0, quarterGrossCents: 0, quarterSdiWagesCents: 0, shareOfCostTakenCents: 0 },
    }));
    expect(pay.wages).toMatchObject({ socialSecurity: 310_000, medicare: 310_000, sdi: 0 });
    expect(amounts(pay)).toMatchObject({ social_security: 19_220, medicare: 4_495, sdi: 0 });
  });

  it('takes the Share of Cost still owed for the service month, then the rest of the month\'s premium, then dues and COPE', () => {
    const pay = netPayOf(input({
      shareOfCost: { monthlyCents: 30_000 },
      earlier: { ...input().earlier, shareOfCostTakenCents: 10_000 },
      healthPremium: { monthlyCents: 6_000 },
      healthPremiumTakenThisMonthCents: 2_500,
      unionDues: { centsPerHour: 95 },
      cope: { centsPerPayment: 300 },
    }));
    // 50 hours at 95 cents
    expect(amounts(pay)).toMatchObject({ share_of_cost: 20_000, health_premium: 3_500, union_dues: 4_750, cope: 300 });
    expect(pay.netCents).toBe(100_000 - 8_950 - 20_000 - 3_500 - 4_750 - 300);
  });

  it('takes nothing more once the month\'s Share of Cost and premium are met', () => {
    const pay = netPayOf(input({
      shareOfCost: { monthlyCents: 30_000 },
      earlier: { ...input().earlier, shareOfCostTakenCents: 30_000 },
      healthPremium: { monthlyCents: 6_000 },
      healthPremiumTakenThisMonthCents: 6_000,
    }));
    expect(amounts(pay)).toMatchObject({ share_of_cost: 0, health_premium: 0 });
  });

  it('rounds union dues to the cent, half up, from the paid minutes', () => {
    // 1 minute at 30 cents an hour is half a cent; 7 minutes at 95 cents is 11.08 cents
    expect(amounts(netPayOf(input({ paidMinutes: 1, unionDues: { centsPerHour: 30 } }))).union_dues).toBe(1);
    expect(amounts(netPayOf(input({ paidMinutes: 7, unionDues: { centsPerHour: 95 } }))).union_dues).toBe(11);
  });

  it('caps each deduction at what is left, in order, so net pay is never negative', () => {
    const pay = netPayOf(input({
      grossCents: 20_000,
      shareOfCost: { monthlyCents: 15_000 },
      healthPremium: { monthlyCents: 6_000 },
      unionDues: { centsPerHour: 100 },
      cope: { centsPerPayment: 500 },
    }));
    // Taxes $17.90, Share of Cost $150 in full, then the premium gets the $32.10 left, and dues and COPE nothing.
    expect(amounts(pay)).toMatchObject({ social_security: 1_240, medicare: 290, sdi: 260, share_of_cost: 15_000, health_premium: 3_210, union_dues: 0, cope: 0 });
    expect(pay.netCents).toBe(0);
  });

  it('withholds a catch-up larger than a small payment only as far as the payment goes', () => {
    const pay = netPayOf(input({
      grossCents: 10_000,
      earlier: { yearGrossCents: 290_000, yearSocialSecurityWagesCents: 0, yearMedicareWagesCents: 0, quarterGrossCents: 0, quarterSdiWagesCents: 0, shareOfCostTakenCents: 0 },
    }));
    // $3,000 of wages owe $186 social security; the payment is $100.
    expect(pay.wages.socialSecurity).toBe(300_000);
    expect(amounts(pay)).toMatchObject({ social_security: 10_000, medicare: 0 });
    expect(pay.netCents).toBe(0);
  });

  it('uses the 2025 figures for a 2025 pay date and the 2026 ones for a year with no table yet', () => {
    expect(netPayOf(input({ payDate: '2025-12-31' }))).toMatchObject({ year: 2025 });
    expect(amounts(netPayOf(input({ payDate: '2025-12-31' }))).sdi).toBe(1_200);
    expect(netPayOf(input({ payDate: '2027-01-05' }))).toMatchObject({ year: 2026 });
  });

  it('refuses amounts that are not whole cents or are negative, and a pay date that is not a date', () => {
    expect(() => netPayOf(input({ grossCents: 10.5 }))).toThrow(RangeError);
    expect(() => netPayOf(input({ grossCents: -1 }))).toThrow(/grossCents/);
    expect(() => netPayOf(input({ earlier: { ...input().earlier, quarterGrossCents: -5 } }))).toThrow(/earlier.quarterGrossCents/);
    expect(() => netPayOf(input({ cope: { centsPerPayment: Number.NaN } }))).toThrow(/cope/);
    expect(() => netPayOf(input({ payDate: '2026-02-30' }))).toThrow(/payDate/);
  });
});
