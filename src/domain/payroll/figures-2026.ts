import type { TaxYearFigures } from './figures';
import { dollars, printedRows } from './money';

/**
 * 2026. Sources, as found with the stored-document search (December 2026):
 * - FICA: IRS Pub 926 (2026), "Household Employer's Tax Guide": social security and Medicare apply to a household
 *   employee paid cash wages of $3,000 or more in 2026; the social security wage base is $184,500 (IRS Pub 15
 *   (2026); SSA). Medicare 1.45%, and "Additional Medicare Tax withholding" of 0.9% on wages paid to an employee
 *   "in excess of $200,000 in a calendar year" (Pub 15).
 * - SDI: EDD "Contribution Rates, Withholding Schedules, and Meals and Lodging Values" (2026): 1.3%, no taxable
 *   wage limit (removed from 2024 by SB 951). Household employers withhold it once they pay "$750 or more in a
 *   calendar quarter" (EDD, Household Employer; DE 8829).
 * - Federal income tax: IRS Pub 15-T (2026), "2026 Percentage Method Tables for Automated Payroll Systems",
 *   revised 2025-12-03, page 12, transcribed in two public payroll engines that agree figure for figure, and
 *   checked against the 2026 brackets (Rev. Proc. 2025-32 as amended by P.L. 119-21: single 10% to $12,400 ...)
 *   and standard deductions ($16,100 / $32,200 / $24,150) by figures.test.ts.
 * - State income tax: EDD "California Withholding Schedules for 2026", Method B (26methb.pdf; DE 44 Rev. 52),
 *   semimonthly Tables 1-4 and 17-19.
 */
export const FIGURES_2026: TaxYearFigures = {
  year: 2026,
  householdThresholdCents: dollars(3_000),
  socialSecurity: { rateBp: 620, wageBaseCents: dollars(184_500) },
  medicare: { rateBp: 145, additionalRateBp: 90, additionalOverCents: dollars(200_000) },
  sdi: { rateBp: 130, quarterThresholdCents: dollars(750) },
  federal: {
    line1gCents: { single: dollars(8_600), married_jointly: dollars(12_900), head_of_household: dollars(8_600) },
    standard: {
      married_jointly: printedRows([
        [0, 0, 0], [19_300, 0, 10], [44_100, 2_480, 12], [120_100, 11_600, 22], [230_700, 35_932, 24],
        [422_850, 82_048, 32], [531_750, 116_896, 35], [788_000, 206_583.5, 37],
      ]),
      single: printedRows([
        [0, 0, 0], [7_500, 0, 10], [19_900, 1_240, 12], [57_900, 5_800, 22], [113_200, 17_966, 24],
        [209_275, 41_024, 32], [263_725, 58_448, 35], [648_100, 192_979.25, 37],
      ]),
      head_of_household: printedRows([
        [0, 0, 0], [15_550, 0, 10], [33_250, 1_770, 12], [83_000, 7_740, 22], [121_250, 16_155, 24],
        [217_300, 39_207, 32], [271_750, 56_631, 35], [656_150, 191_171, 37],
      ]),
    },
    multipleJobs: {
      married_jointly: printedRows([
        [0, 0, 0], [16_100, 0, 10], [28_500, 1_240, 12], [66_500, 5_800, 22], [121_800, 17_966, 24],
        [217_875, 41_024, 32], [272_325, 58_448, 35], [400_450, 103_291.75, 37],
      ]),
      single: printedRows([
        [0, 0, 0], [8_050, 0, 10], [14_250, 620, 12], [33_250, 2_900, 22], [60_900, 8_983, 24],
        [108_938, 20_512, 32], [136_163, 29_224, 35], [328_350, 96_489.63, 37],
      ]),
      head_of_household: printedRows([
        [0, 0, 0], [12_075, 0, 10], [20_925, 885, 12], [45_800, 3_870, 22], [64_925, 8_077.5, 24],
        [112_950, 19_603.5, 32], [140_175, 28_315.5, 35], [332_375, 95_585.5, 37],
      ]),
    },
  },
  state: {
    lowIncomeCents: { single: dollars(787), marriedZeroOrOne: dollars(787), marriedTwoOrMore: dollars(1_575), headOfHousehold: dollars(1_575) },
    estimatedDeductionCents: [0, 42, 83, 125, 167, 208, 250, 292, 333, 375, 417].map(dollars),
    standardDeductionCents: { single: dollars(238), marriedZeroOrOne: dollars(238), marriedTwoOrMore: dollars(476), headOfHousehold: dollars(476) },
    exemptionAllowanceCents: [0, 7.01, 14.03, 21.04, 28.05, 35.06, 42.08, 49.09, 56.1, 63.11, 70.13].map(dollars),
    rates: {
      per: 'payPeriod',
      brackets: {
        single: printedRows([
          [0, 0, 1.1], [462, 5.08, 2.2], [1_094, 18.98, 4.4], [1_727, 46.83, 6.6], [2_398, 91.12, 8.8],
          [3_030, 146.74, 10.23], [15_478, 1_420.17, 11.33], [18_574, 1_770.95, 12.43], [30_956, 3_310.03, 13.53],
          [41_667, 4_759.23, 14.63],
        ]),
        married: printedRows([
          [0, 0, 1.1], [924, 10.16, 2.2], [2_188, 37.97, 4.4], [3_454, 93.67, 6.6], [4_796, 182.24, 8.8],
          [6_060, 293.47, 10.23], [30_956, 2_840.33, 11.33], [37_148, 3_541.88, 12.43], [41_667, 4_103.59, 13.53],
          [61_913, 6_842.87, 14.63],
        ]),
        head_of_household: printedRows([
          [0, 0, 1.1], [924, 10.16, 2.2], [2_189, 37.99, 4.4], [2_822, 65.84, 6.6], [3_492, 110.06, 8.8],
          [4_125, 165.76, 10.23], [21_050, 1_897.19, 11.33], [25_260, 2_374.18, 12.43], [41_667, 4_413.57, 13.53],
          [42_101, 4_472.29, 14.63],
        ]),
      },
    },
  },
};
