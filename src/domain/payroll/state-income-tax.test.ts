import { describe, expect, it } from 'vitest';
import { PAY_PERIODS_PER_YEAR, taxYearFigures, type StateWithholdingFigures } from './figures';
import { dollars, printedRows } from './money';
import { stateIncomeTaxCents } from './state-income-tax';
import type { StateElection } from './types';

const de4 = (over: Partial<StateElection> = {}): StateElection => ({
  filingStatus: 'single',
  allowances: 0,
  estimatedDeductionAllowances: 0,
  extraCents: 0,
  exempt: false,
  ...over,
});

type Row = readonly [number, number, number];

/**
 * One payroll period's Method B tables from "California Withholding Schedules for 2026" (26methb.pdf), for the
 * published examples, which are weekly, biweekly, monthly and annual. Only the example's own rate table is given;
 * it stands for all three statuses.
 */
function periodTables(t: { low: [number, number]; standard: [number, number]; estimated: number[]; credit: number[]; rates: Row[] }): StateWithholdingFigures {
  const rows = printedRows(t.rates);
  return {
    lowIncomeCents: { single: dollars(t.low[0]), marriedZeroOrOne: dollars(t.low[0]), marriedTwoOrMore: dollars(t.low[1]), headOfHousehold: dollars(t.low[1]) },
    estimatedDeductionCents: t.estimated.map(dollars),
    standardDeductionCents: { single: dollars(t.standard[0]), marriedZeroOrOne: dollars(t.standard[0]), marriedTwoOrMore: dollars(t.standard[1]), headOfHousehold: dollars(t.standard[1]) },
    exemptionAllowanceCents: t.credit.map(dollars),
    rates: { per: 'payPeriod', brackets: { single: rows, married: rows, head_of_household: rows } },
  };
}

const WEEKLY = {
  low: [363, 727] as [number, number],
  standard: [110, 219] as [number, number],
  estimated: [0, 19, 38, 58, 77, 96, 115, 135, 154, 173, 192],
  credit: [0, 3.24, 6.47, 9.71, 12.95, 16.18, 19.42, 22.66, 25.89, 29.13, 32.37],
};
/** Table 23, weekly, single. */
const WEEKLY_SINGLE = periodTables({ ...WEEKLY, rates: [[0, 0, 1.1], [213, 2.34, 2.2], [505, 8.76, 4.4], [797, 21.61, 6.6], [1_107, 42.07, 8.8], [1_399, 67.77, 10.23], [7_144, 655.48, 11.33], [8_573, 817.39, 12.43], [14_288, 1_527.76, 13.53], [19_231, 2_196.55, 14.63]] });
/** Table 25, weekly, unmarried head of household. */
const WEEKLY_HEAD = periodTables({ ...WEEKLY, rates: [[0, 0, 1.1], [426, 4.69, 2.2], [1_010, 17.54, 4.4], [1_302, 30.39, 6.6], [1_612, 50.85, 8.8], [1_904, 76.55, 10.23], [9_716, 875.72, 11.33], [11_659, 1_095.86, 12.43], [19_231, 2_037.06, 13.53], [19_431, 2_064.12, 14.63]] });
/** Table 27, biweekly, married. */
const BIWEEKLY_MARRIED = periodTables({
  low: [727, 1_454],
  standard: [219, 439],
  estimated: [0, 38, 77, 115, 154, 192, 231, 269, 308, 346, 385],
  credit: [0, 6.47, 12.95, 19.42, 25.89, 32.37, 38.84, 45.31, 51.78, 58.26, 64.73],
  rates: [[0, 0, 1.1], [852, 9.37, 2.2], [2_020, 35.07, 4.4], [3_188, 86.46, 6.6], [4_428, 168.3, 8.8], [5_596, 271.08, 10.23], [28_576, 2_621.93, 11.33], [34_292, 3_269.55, 12.43], [38_462, 3_787.88, 13.53], [57_150, 6_316.37, 14.63]],
});
/** Table 21, monthly, married. */
const MONTHLY_MARRIED = periodTables({
  low: [1_575, 3_149],
  standard: [476, 951],
  estimated: [0, 83, 167, 250, 333, 417, 500, 583, 667, 750, 833],
  credit: [0, 14.03, 28.05, 42.08, 56.1, 70.13, 84.15, 98.18, 112.2, 126.23, 140.25],
  rates: [[0, 0, 1.1], [1_848, 20.33, 2.2], [4_376, 75.95, 4.4], [6_908, 187.36, 6.6], [9_592, 364.5, 8.8], [12_120, 586.96, 10.23], [61_912, 5_680.68, 11.33], [74_296, 7_083.79, 12.43], [83_334, 8_207.21, 13.53], [123_826, 13_685.78, 14.63]],
});
/** Table 6, annual, married. */
const ANNUAL_MARRIED = periodTables({
  low: [18_896, 37_791],
  standard: [5_706, 11_412],
  estimated: [0, 1_000, 2_000, 3_000, 4_000, 5_000, 6_000, 7_000, 8_000, 9_000, 10_000],
  credit: [0, 168.3, 336.6, 504.9, 673.2, 841.5, 1_009.8, 1_178.1, 1_346.4, 1_514.7, 1_683],
  rates: [[0, 0, 1.1], [22_158, 243.74, 2.2], [52_528, 911.88, 4.4], [82_904, 2_248.42, 6.6], [115_084, 4_372.3, 8.8], [145_448, 7_044.33, 10.23], [742_958, 68_169.6, 11.33], [891_542, 85_004.17, 12.43], [1_000_000, 98_485.5, 13.53], [1_485_906, 164_228.58, 14.63]],
});

describe("DE 44 Method B: the publication's worked examples (2026)", () => {
  it('Example A: weekly $210, single, 1 allowance: under the low income exemption ($363), nothing', () => {
    expect(stateIncomeTaxCents(21_000, de4({ allowances: 1 }), WEEKLY_SINGLE, 52)).toBe(0);
  });

  it('Example B: biweekly $1,600, married, 3 allowances of which 1 for estimated deductions: $2.38', () => {
    // $1,600 - $38 (Table 2, 1) - $439 = $1,123; $9.37 + 2.2% of $271 ($5.96) = $15.33; less $12.95 (Table 4, 2)
    expect(stateIncomeTaxCents(160_000, de4({ filingStatus: 'married', allowances: 2, estimatedDeductionAllowances: 1 }), BIWEEKLY_MARRIED, 26)).toBe(238);
  });

  it('Example C: monthly $5,100, married, 5 allowances: $0.82', () => {
    // $5,100 - $951 = $4,149; $20.33 + 2.2% of $2,301 ($50.62) = $70.95; less $70.13
    expect(stateIncomeTaxCents(510_000, de4({ filingStatus: 'married', allowances: 5 }), MONTHLY_MARRIED, 12)).toBe(82);
  });

  it('Example D: weekly $950, head of household, 3 allowances: $1.69', () => {
    // $950 - $219 = $731; $4.69 + 2.2% of $305 ($6.71) = $11.40; less $9.71
    expect(stateIncomeTaxCents(95_000, de4({ filingStatus: 'head_of_household', allowances: 3 }), WEEKLY_HEAD, 52)).toBe(169);
  });

  it('Examples E and F, on the annual tables: $99.20 and $86.00 a year, $4.13 semimonthly and $7.17 monthly', () => {
    // E: $2,400 semimonthly = $57,600; - $11,412 = $46,188; $243.74 + 2.2% of $24,030 ($528.66) = $772.40; less $673.20
    const e = stateIncomeTaxCents(5_760_000, de4({ filingStatus: 'married', allowances: 4 }), ANNUAL_MARRIED, 1);
    // F: $4,750 monthly = $57,000; - $11,412 = $45,588; $243.74 + 2.2% of $23,430 ($515.46) = $759.20; less $673.20
    const f = stateIncomeTaxCents(5_700_000, de4({ filingStatus: 'married', allowances: 4 }), ANNUAL_MARRIED, 1);
    expect([e, f]).toEqual([9_920, 8_600]);
    expect([Math.round(e / 24), Math.round(f / 12)]).toEqual([413, 717]);
  });
});

const withheld = (year: number, wagesCents: number, election: StateElection) =>
  stateIncomeTaxCents(wagesCents, election, taxYearFigures(year).state, PAY_PERIODS_PER_YEAR);

describe('DE 44 Method B, semimonthly, on the kept figures', () => {
  it.each([
    // $1,000 - $238 = $762; Table 17: $5.08 + 2.2% of $300 ($6.60) = $11.68; less $7.01
    ['2026 single, 1 allowance, $1,000', 2026, 100_000, de4({ allowances: 1 }), 467],
    // Example E read on the semimonthly Table 18 instead of annualized: $2,400 - $476 = $1,924; $10.16 + 2.2% of
    // $1,000 = $32.16; less $28.05. DE 44's annualized reading gives $4.13.
    ['2026 married, 4 allowances, $2,400 (Example E by the semimonthly tables)', 2026, 240_000, de4({ filingStatus: 'married', allowances: 4 }), 411],
    // A married employee with 1 allowance takes the single columns of Tables 1 and 3 but the married rates:
    // $1,000 - $238 = $762; Table 18: 1.1% of $762 = $8.38; less $7.01
    ['2026 married, 1 allowance, $1,000', 2026, 100_000, de4({ filingStatus: 'married', allowances: 1 }), 137],
    // 12 allowances: Table 4 gives 12 x $7.01 = $84.12. $5,000 - $476 = $4,524; $93.67 + 6.6% of $1,070 ($70.62)
    ['2026 married, 12 allowances, $5,000', 2026, 500_000, de4({ filingStatus: 'married', allowances: 12 }), 8_017],
    // 12 estimated-deduction allowances: 12 x $42 = $504. $2,000 - $504 - $238 = $1,258; $18.98 + 4.4% of $164 ($7.22)
    ['2026 single, 12 estimated-deduction allowances, $2,000', 2026, 200_000, de4({ estimatedDeductionAllowances: 12 }), 2_620],
    // 2025, annual Tables 5-7: ($1,000 - $231) x 24 = $18,456; $118.32 + 2.2% of $7,700 = $287.72; / 24 = $11.988
    ['2025 single, no allowances, $1,000', 2025, 100_000, de4(), 1_199],
    // 2025 Table 4: $287.72 / 24 = $11.99, less $6.83
    ['2025 single, 1 allowance, $1,000', 2025, 100_000, de4({ allowances: 1 }), 516],
  ])('%s', (_what, year, wages, election, expected) => {
    expect(withheld(year, wages, election)).toBe(expected);
  });

  it('withholds nothing at the low income exemption and the full computation one cent above it', () => {
    expect(withheld(2026, 78_700, de4())).toBe(0);
    // $787.01 - $238 = $549.01; $5.08 + 2.2% of $87.01 ($1.91) = $6.99
    expect(withheld(2026, 78_701, de4())).toBe(699);
  });

  it('reads a row as "over" its start: exactly $1,094 taxable stays in the 2.2% row', () => {
    // $1,332 - $238 = $1,094; $5.08 + 2.2% of $632 ($13.90) = $18.98
    expect(withheld(2026, 133_200, de4())).toBe(1_898);
  });

  it('adds the DE 4 additional amount, also under the low income exemption, and withholds nothing when exempt', () => {
    expect(withheld(2026, 100_000, de4({ allowances: 1, extraCents: 1_000 }))).toBe(1_467);
    expect(withheld(2026, 50_000, de4({ extraCents: 1_000 }))).toBe(1_000);
    expect(withheld(2026, 500_000, de4({ exempt: true, extraCents: 1_000 }))).toBe(0);
  });

  it('never withholds less than nothing when the credit is larger than the tax', () => {
    expect(withheld(2026, 100_000, de4({ allowances: 5 }))).toBe(0);
  });
});
