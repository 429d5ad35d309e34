import type { StateColumns, StateWithholdingFigures } from './figures';
import { BP_PER_WHOLE, bracketFor, divideHalfUp } from './money';
import type { StateElection } from './types';

/** DE 44 Tables 1 and 3: a married employee's column is chosen by the regular allowances on the DE 4. */
function columnOf(election: StateElection): keyof StateColumns {
  if (election.filingStatus === 'single') return 'single';
  if (election.filingStatus === 'head_of_household') return 'headOfHousehold';
  return election.allowances >= 2 ? 'marriedTwoOrMore' : 'marriedZeroOrOne';
}

/** Tables 2 and 4: "If the number of allowances claimed exceeds 10, ... multiply the amount for one allowance by the total number". */
function byAllowances(table: readonly number[], allowances: number): number {
  if (allowances <= 0) return 0;
  return table[allowances] ?? table[1]! * allowances;
}

/**
 * California income tax withheld from one payment: EDD DE 44 ("California Withholding Schedules"), "METHOD B -
 * EXACT CALCULATION METHOD", for the semimonthly payroll period:
 *
 * - "Step 1 Determine if the employee's gross wages are less than, or equal to, the amount shown in TABLE 1 - LOW
 *   INCOME EXEMPTION TABLE. If so, no income tax is required to be withheld."
 * - "Step 2 If the employee claims any additional withholding allowances for deductions, subtract the amount shown
 *   in TABLE 2 - ESTIMATED DEDUCTION TABLE from the gross wages." (DE 4 line 1b.)
 * - "Step 3 Subtract the standard deduction amount shown in TABLE 3 - STANDARD DEDUCTION TABLE to arrive at the
 *   employee's taxable income."
 * - "Step 4 Use TABLES 5-28 - TAX RATE TABLE for the payroll period and marital status to find the applicable line on
 *   which the taxable income is located. Perform the indicated calculations to arrive at the computed tax
 *   liability."
 * - "Step 5 Subtract the tax credit shown in TABLE 4 - EXEMPTION ALLOWANCE TABLE from the computed tax liability to
 *   arrive at the amount of tax to be withheld." The additional allowances for estimated deductions "must not be
 *   used in the determination of tax credits", so Table 4 takes the regular allowances (DE 4 line 1a) only.
 *
 * The rate's product is rounded to the cent, half up, before the table's "plus" amount is added, as DE 44's
 * worked examples print it. The DE 4 line 2 additional amount is what the employee asked to have withheld each
 * pay period, so it is added also when the low-income exemption leaves no tax. DE 4 "exempt" withholds nothing.
 */
export function stateIncomeTaxCents(
  taxableWagesCents: number,
  election: StateElection,
  state: StateWithholdingFigures,
  payPeriodsPerYear: number,
): number {
  if (election.exempt) return 0;
  const column = columnOf(election);
  if (taxableWagesCents <= state.lowIncomeCents[column]) return election.extraCents;

  const afterEstimated = taxableWagesCents - byAllowances(state.estimatedDeductionCents, election.estimatedDeductionAllowances);
  const taxable = Math.max(0, afterEstimated - state.standardDeductionCents[column]);
  const brackets = state.rates.brackets[election.filingStatus];
  let computed: number;
  if (state.rates.per === 'payPeriod') {
    const row = bracketFor(brackets, taxable, 'over');
    computed = row.baseCents + divideHalfUp((taxable - row.overCents) * row.rateBp, BP_PER_WHOLE);
  } else {
    const annualTaxable = taxable * payPeriodsPerYear;
    const row = bracketFor(brackets, annualTaxable, 'over');
    computed = divideHalfUp(row.baseCents * BP_PER_WHOLE + (annualTaxable - row.overCents) * row.rateBp, payPeriodsPerYear * BP_PER_WHOLE);
  }
  const credit = byAllowances(state.exemptionAllowanceCents, election.allowances);
  return Math.max(0, computed - credit) + election.extraCents;
}
