import type { FederalFilingStatus, StateFilingStatus } from './types';

/** A rate in hundredths of a percent (620 = 6.2%), so every published rate is an integer. */
export type RateBp = number;

/** One row of a percentage-method table: on the amount over `overCents`, `baseCents` plus `rateBp`. */
export interface Bracket {
  overCents: number;
  baseCents: number;
  rateBp: RateBp;
}

export interface TaxYearFigures {
  year: number;
  householdThresholdCents: number;
  socialSecurity: { rateBp: RateBp; wageBaseCents: number };
  medicare: { rateBp: RateBp; additionalRateBp: RateBp; additionalOverCents: number };
  sdi: { rateBp: RateBp; wageLimitCents: number | null; quarterThresholdCents: number };
  federal: {
    standard: Record<FederalFilingStatus, Bracket[]>;
    multipleJobs: Record<FederalFilingStatus, Bracket[]>;
    line1gCents: Record<FederalFilingStatus, number>;
  };
  state: {
    lowIncomeCents: { single: number; marriedZeroOrOne: number; marriedTwoOrMore: number; headOfHousehold: number };
    estimatedDeductionPerAllowanceCents: number;
    standardDeductionCents: { single: number; marriedZeroOrOne: number; marriedTwoOrMore: number; headOfHousehold: number };
    exemptionAllowancePerAllowanceCents: number;
    rates: Record<StateFilingStatus, Bracket[]>;
  };
}

export const TAX_YEARS: Readonly<Record<number, TaxYearFigures>> = {};

export function taxYearFigures(year: number): TaxYearFigures {
  const years = Object.keys(TAX_YEARS).map(Number).filter((y) => y <= year);
  if (years.length === 0) throw new RangeError(`no payroll figures on file for ${year} or earlier`);
  return TAX_YEARS[Math.max(...years)]!;
}
