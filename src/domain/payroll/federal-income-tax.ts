import type { TaxYearFigures } from './figures';
import { BP_PER_WHOLE, bracketFor, divideHalfUp } from './money';
import type { FederalElection } from './types';

/**
 * Federal income tax withheld from one payment: IRS Pub 15-T, "Worksheet 1A. Employer's Withholding Worksheet
 * for Percentage Method Tables for Automated Payroll Systems", for a Form W-4 from 2020 or later:
 *
 * - Step 1: "1a Enter the employee's total taxable wages this payroll period; 1b Enter the number of pay periods
 *   you have per year; 1c Multiply ... 1d Enter the amount from Step 4(a) of the employee's Form W-4; 1e Add lines
 *   1c and 1d; 1f Enter the amount from Step 4(b); 1g If the box in Step 2 of Form W-4 is checked, enter -0-. If
 *   the box is not checked, enter $12,900 if the taxpayer is married filing jointly or $8,600 otherwise; 1h Add
 *   lines 1f and 1g; 1i Subtract line 1h from line 1e. If zero or less, enter -0-. This is the Adjusted Annual
 *   Wage Amount."
 * - Step 2: "find the row in the appropriate Annual Percentage Method table ... in which the amount on line 2a is
 *   at least the amount in column A but less than the amount in column B", the STANDARD table, or the "Form W-4,
 *   Step 2, Checkbox" table when the box is checked; 2g is column C plus column D of the excess over column A;
 *   "2h Divide the amount on line 2g by the number of pay periods on line 1b. This is the Tentative Withholding
 *   Amount."
 * - Step 3: "3a Enter the amount from Step 3 of the employee's Form W-4; 3b Divide the amount on line 3a by the
 *   number of pay periods on line 1b; 3c Subtract line 3b from line 2h. If zero or less, enter -0-."
 * - Step 4: "4a Enter the additional amount to withhold from Step 4(c) of the employee's Form W-4; 4b Add lines 3c
 *   and 4a. This is the amount to withhold from the employee's wages this pay period."
 *
 * Lines 2h and 3c are kept exact and rounded once to the cent, half up. An employee who wrote "Exempt" on the
 * W-4 has nothing withheld (Pub 15-T: "If the employee claims exemption ... don't withhold federal income tax").
 */
export function federalIncomeTaxCents(
  taxableWagesCents: number,
  election: FederalElection,
  federal: TaxYearFigures['federal'],
  payPeriodsPerYear: number,
): number {
  if (election.exempt) return 0;
  const line1e = taxableWagesCents * payPeriodsPerYear + election.otherIncomeCents;
  const line1g = election.multipleJobs ? 0 : federal.line1gCents[election.filingStatus];
  const line1i = Math.max(0, line1e - (election.deductionsCents + line1g));
  const table = (election.multipleJobs ? federal.multipleJobs : federal.standard)[election.filingStatus];
  const row = bracketFor(table, line1i, 'atLeast');
  // Line 2g less line 3a, in hundredths of a percent of a cent; lines 2h and 3c divide it by the pay periods.
  const annual = row.baseCents * BP_PER_WHOLE + (line1i - row.overCents) * row.rateBp - election.dependentsCents * BP_PER_WHOLE;
  const line3c = annual > 0 ? divideHalfUp(annual, payPeriodsPerYear * BP_PER_WHOLE) : 0;
  return line3c + election.extraCents;
}
