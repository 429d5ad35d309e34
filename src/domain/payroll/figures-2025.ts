import type { TaxYearFigures } from './figures';
import { dollars, printedRows } from './money';

/**
 * 2025. Sources, as found with the stored-document search (December 2026):
 * - FICA: IRS Pub 926 (2025): "If you pay a household employee cash wages of $2,800 or more in 2025, you generally
 *   must withhold 7.65% of social security and Medicare taxes from all cash wages"; wage base $176,100 (Pub 15
 *   (2025)). Medicare as in 2026.
 * - SDI: EDD, 2025: 1.2%, no taxable wage limit (SB 951); $750 a quarter as in 2026.
 * - Federal income tax: IRS Pub 15-T (2025), the Annual Percentage Method tables for automated payroll systems.
 *   The IRS kept these tables for all of 2025 after P.L. 119-21 raised the year's standard deduction, so they
 *   still follow the 2025 brackets (Rev. Proc. 2024-40) and the earlier standard deductions ($15,000 / $30,000 /
 *   $22,500); figures.test.ts checks that.
 * - State income tax: EDD "California Withholding Schedules for 2025", Method B (25methb.pdf): semimonthly Tables
 *   1-4 (standard deduction $5,540 / $11,080 a year and $163.90 an allowance, as the EDD announced in October
 *   2024). The semimonthly rate tables (Tables 17-19) of 2025 were not in the stored sources; the annual ones
 *   (Tables 5-7, two agreeing transcriptions) are kept instead and used as DE 44's annualized computation does,
 *   which can differ from the printed semimonthly table by a cent.
 */
export const FIGURES_2025: TaxYearFigures = {
  year: 2025,
  householdThresholdCents: dollars(2_800),
  socialSecurity: { rateBp: 620, wageBaseCents: dollars(176_100) },
  medicare: { rateBp: 145, additionalRateBp: 90, additionalOverCents: dollars(200_000) },
  sdi: { rateBp: 120, quarterThresholdCents: dollars(750) },
  federal: {
    line1gCents: { single: dollars(8_600), married_jointly: dollars(12_900), head_of_household: dollars(8_600) },
    standard: {
      married_jointly: printedRows([
        [0, 0, 0], [17_100, 0, 10], [40_950, 2_385, 12], [114_050, 11_157, 22], [223_800, 35_302, 24],
        [411_700, 80_398, 32], [518_150, 114_462, 35], [768_700, 202_154.5, 37],
      ]),
      single: printedRows([
        [0, 0, 0], [6_400, 0, 10], [18_325, 1_192.5, 12], [54_875, 5_578.5, 22], [109_750, 17_651, 24],
        [203_700, 40_199, 32], [256_925, 57_231, 35], [632_750, 188_769.75, 37],
      ]),
      head_of_household: printedRows([
        [0, 0, 0], [13_900, 0, 10], [30_900, 1_700, 12], [78_750, 7_442, 22], [117_250, 15_912, 24],
        [211_200, 38_460, 32], [264_400, 55_484, 35], [640_250, 187_031.5, 37],
      ]),
    },
    multipleJobs: {
      married_jointly: printedRows([
        [0, 0, 0], [15_000, 0, 10], [26_925, 1_192.5, 12], [63_475, 5_578.5, 22], [118_350, 17_651, 24],
        [212_300, 40_199, 32], [265_525, 57_231, 35], [390_800, 101_077.25, 37],
      ]),
      single: printedRows([
        [0, 0, 0], [7_500, 0, 10], [13_463, 596.25, 12], [31_738, 2_789.25, 22], [59_175, 8_825.5, 24],
        [106_150, 20_099.5, 32], [132_763, 28_615.5, 35], [320_675, 94_384.88, 37],
      ]),
      head_of_household: printedRows([
        [0, 0, 0], [11_250, 0, 10], [19_750, 850, 12], [43_675, 3_721, 22], [62_925, 7_956, 24],
        [109_900, 19_230, 32], [136_500, 27_742, 35], [324_425, 93_515.75, 37],
      ]),
    },
  },
  state: {
    lowIncomeCents: { single: dollars(765), marriedZeroOrOne: dollars(765), marriedTwoOrMore: dollars(1_531), headOfHousehold: dollars(1_531) },
    estimatedDeductionCents: [0, 42, 83, 125, 167, 208, 250, 292, 333, 375, 417].map(dollars),
    standardDeductionCents: { single: dollars(231), marriedZeroOrOne: dollars(231), marriedTwoOrMore: dollars(462), headOfHousehold: dollars(462) },
    exemptionAllowanceCents: [0, 6.83, 13.66, 20.49, 27.32, 34.15, 40.98, 47.8, 54.63, 61.46, 68.29].map(dollars),
    rates: {
      per: 'year',
      brackets: {
        single: printedRows([
          [0, 0, 1.1], [10_756, 118.32, 2.2], [25_499, 442.67, 4.4], [40_245, 1_091.49, 6.6], [55_866, 2_122.48, 8.8],
          [70_606, 3_419.6, 10.23], [360_659, 33_092.02, 11.33], [432_787, 41_264.12, 12.43], [721_314, 77_128.03, 13.53],
          [1_000_000, 114_834.25, 14.63],
        ]),
        married: printedRows([
          [0, 0, 1.1], [21_512, 236.63, 2.2], [50_998, 885.32, 4.4], [80_490, 2_182.97, 6.6], [111_732, 4_244.94, 8.8],
          [141_212, 6_839.18, 10.23], [721_318, 66_184.02, 11.33], [865_574, 82_528.22, 12.43], [1_000_000, 99_237.37, 13.53],
          [1_442_628, 159_124.94, 14.63],
        ]),
        head_of_household: printedRows([
          [0, 0, 1.1], [21_527, 236.8, 2.2], [51_000, 885.21, 4.4], [65_744, 1_533.95, 6.6], [81_364, 2_564.87, 8.8],
          [96_107, 3_862.25, 10.23], [490_493, 44_207.94, 11.33], [588_593, 55_322.67, 12.43], [980_987, 104_097.24, 13.53],
          [1_000_000, 106_669.7, 14.63],
        ]),
      },
    },
  },
};
