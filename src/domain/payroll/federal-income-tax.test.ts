import { describe, expect, it } from 'vitest';
import { federalIncomeTaxCents } from './federal-income-tax';
import { PAY_PERIODS_PER_YEAR, taxYearFigures } from './figures';
import type { FederalElection } from './types';

const w4 = (over: Partial<FederalElection> = {}): FederalElection => ({
  filingStatus: 'single',
  multipleJobs: false,
  dependentsCents: 0,
  otherIncomeCents: 0,
  deductionsCents: 0,
  extraCents: 0,
  exempt: false,
  ...over,
});

const withheld = (year: number, wagesCents: number, election: FederalElection) =>
  federalIncomeTaxCents(wagesCents, election, taxYearFigures(year).federal, PAY_PERIODS_PER_YEAR);

/**
 * Pub 15-T prints no worked example for Worksheet 1A, so each case is the worksheet done by hand, line by line,
 * for a semimonthly payment (24 pay periods).
 */
describe('federal income tax withheld (Pub 15-T Worksheet 1A, semimonthly)', () => {
  it.each([
    // 1c $24,000 - 1g $8,600 = $15,400; 10% over $7,500 = $790.00; / 24 = $32.9166...
    ['2026 single, $1,000', 2026, 100_000, w4(), 3_292],
    // $48,000 - $8,600 = $39,400; $1,240 + 12% of $19,500 = $3,580; / 24 = $149.1666...
    ['2026 single, $2,000', 2026, 200_000, w4(), 14_917],
    // $48,000 - $12,900 = $35,100; 10% over $19,300 = $1,580; / 24 = $65.8333...
    ['2026 married filing jointly, $2,000', 2026, 200_000, w4({ filingStatus: 'married_jointly' }), 6_583],
    // $36,000 - $8,600 = $27,400; 10% over $15,550 = $1,185; / 24 = $49.375: half a cent rounds up
    ['2026 head of household, $1,500', 2026, 150_000, w4({ filingStatus: 'head_of_household' }), 4_938],
    // Step 2 checked: no line 1g; $36,000 on the checkbox table: $2,900 + 22% of $2,750 = $3,505; / 24 = $146.0416...
    ['2026 single, Step 2 checked, $1,500', 2026, 150_000, w4({ multipleJobs: true }), 14_604],
    // $24,000 + 4(a) $6,000 - (4(b) $2,000 + $8,600) = $19,400; 10% over $7,500 = $1,190; / 24 = $49.5833...
    ['2026 single, Step 4(a) and 4(b)', 2026, 100_000, w4({ otherIncomeCents: 600_000, deductionsCents: 200_000 }), 4_958],
    // $1,580 a year less the Step 3 credit of $2,200 is below zero: nothing, then 4(c) $25.00
    ['2026 married, Step 3 credit larger than the tax, Step 4(c) extra', 2026, 200_000, w4({ filingStatus: 'married_jointly', dependentsCents: 220_000, extraCents: 2_500 }), 2_500],
    // $3,580 - $1,000 credit = $2,580; / 24 = $107.50
    ['2026 single, $2,000 with a $1,000 Step 3 credit', 2026, 200_000, w4({ dependentsCents: 100_000 }), 10_750],
    // $7,200 - $8,600 is below zero: line 1i is 0
    ['2026 single, $300: under the line 1g amount', 2026, 30_000, w4(), 0],
    // $15,400 on the 2025 table: 10% over $6,400 = $900; / 24 = $37.50
    ['2025 single, $1,000', 2025, 100_000, w4(), 3_750],
    // $48,000 - $12,900 = $35,100 on 2025: $0 + 10% over $17,100 = $1,800; / 24 = $75.00
    ['2025 married filing jointly, $2,000', 2025, 200_000, w4({ filingStatus: 'married_jointly' }), 7_500],
  ])('%s', (_what, year, wages, election, expected) => {
    expect(withheld(year, wages, election)).toBe(expected);
  });

  it('reads a row from its first column on: exactly $19,900 is in the 12% row', () => {
    // 1c = $19,900 + $8,600 = $28,500, i.e. $1,187.50 a payment: $1,240 / 24 = $51.6666...
    expect(withheld(2026, 118_750, w4())).toBe(5_167);
  });

  it('withholds nothing, not even the Step 4(c) amount, for an employee who wrote "Exempt"', () => {
    expect(withheld(2026, 500_000, w4({ exempt: true, extraCents: 5_000 }))).toBe(0);
  });
});
