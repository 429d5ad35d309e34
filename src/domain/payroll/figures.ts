import { FIGURES_2025 } from './figures-2025';
import { FIGURES_2026 } from './figures-2026';
import type { Bracket, RateBp } from './money';
import type { FederalFilingStatus, StateFilingStatus } from './types';

export type { Bracket, RateBp } from './money';

/**
 * IHSS pays for two pay periods a month, the 1st to the 15th and the 16th to the month's end (CDSS, "IHSS
 * Timesheet Processing"; `payPeriodOf`), so withholding uses the semimonthly period: 24 a year.
 */
export const PAY_PERIODS_PER_YEAR = 24;

/** DE 44 Tables 1 and 3 print four columns; a married employee's column turns on the regular allowances. */
export interface StateColumns {
  /** "Single, Dual Income Married or Married with Multiple Employers". */
  single: number;
  /** "Married - Allowances on DE 4 '0' or '1'". */
  marriedZeroOrOne: number;
  /** "Married - Allowances on DE 4 '2' or more". */
  marriedTwoOrMore: number;
  /** "Unmarried Head of Household". */
  headOfHousehold: number;
}

/** EDD DE 44, Method B (exact calculation), for the semimonthly payroll period. */
export interface StateWithholdingFigures {
  /** Table 1, Low Income Exemption: gross at or below it withholds nothing. */
  lowIncomeCents: StateColumns;
  /** Table 2, Estimated Deduction, by DE 4 line 1b allowances 0 to 10 (more: the one-allowance amount times the count). */
  estimatedDeductionCents: readonly number[];
  /** Table 3, Standard Deduction. */
  standardDeductionCents: StateColumns;
  /** Table 4, Exemption Allowance, a credit against the tax, by regular allowances 0 to 10 (more: as Table 2). */
  exemptionAllowanceCents: readonly number[];
  /**
   * The tax rate tables for single, married and head of household. `per: 'payPeriod'` is DE 44's semimonthly
   * table (Tables 17-19); `per: 'year'` is its annual table (Tables 5-7), applied to the taxable income times 24
   * and divided back, as DE 44's annualized computation does (Examples E and F).
   */
  rates: { per: 'payPeriod' | 'year'; brackets: Record<StateFilingStatus, readonly Bracket[]> };
}

/** Everything that changes by calendar year. A new year is a new file like figures-2026.ts and a line below. */
export interface TaxYearFigures {
  year: number;
  /** IRS Pub 926: cash wages a year from one household employer at which FICA applies. */
  householdThresholdCents: number;
  socialSecurity: { rateBp: RateBp; wageBaseCents: number };
  /** The additional rate applies to the year's wages from one employer over `additionalOverCents`. */
  medicare: { rateBp: RateBp; additionalRateBp: RateBp; additionalOverCents: number };
  /** EDD: no taxable wage limit since 2024 (SB 951), so none is kept. */
  sdi: { rateBp: RateBp; quarterThresholdCents: number };
  /** IRS Pub 15-T, Worksheet 1A and the Annual Percentage Method tables for automated payroll systems. */
  federal: {
    /** Worksheet 1A line 1g, used when the Step 2 box is not checked. */
    line1gCents: Record<FederalFilingStatus, number>;
    /** "STANDARD Withholding Rate Schedules". */
    standard: Record<FederalFilingStatus, readonly Bracket[]>;
    /** "Form W-4, Step 2, Checkbox, Withholding Rate Schedules". */
    multipleJobs: Record<FederalFilingStatus, readonly Bracket[]>;
  };
  state: StateWithholdingFigures;
}

export const TAX_YEARS: readonly TaxYearFigures[] = [FIGURES_2025, FIGURES_2026];

/** The figures for a year: its own table, or the latest earlier one until the new year's are entered. */
export function taxYearFigures(year: number): TaxYearFigures {
  let found: TaxYearFigures | undefined;
  for (const figures of TAX_YEARS) {
    if (figures.year <= year && (!found || figures.year > found.year)) found = figures;
  }
  if (!found) throw new RangeError(`no payroll figures on file for ${year} or any earlier year`);
  return found;
}
