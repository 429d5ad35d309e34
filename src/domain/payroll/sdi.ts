import type { TaxYearFigures } from './figures';
import { centsAtRate } from './money';
import type { Relationship } from './types';

export interface SdiInput {
  grossCents: number;
  relationship: Relationship;
  sdiElected: boolean;
  /** This employer's (recipient's) sums for the calendar quarter before this payment. */
  earlierQuarterGrossCents: number;
  earlierQuarterSdiWagesCents: number;
}

export interface Sdi {
  sdiWagesCents: number;
  sdiCents: number;
}

/**
 * ../shared/DOMAIN.md, "Deductions" (San Bernardino PA paycheck FAQ; AB 1930 fact sheet): "SDI is withheld when a
 * quarter's wages pass $750, unless the provider is the recipient's child, parent or spouse, who may elect SDI
 * coverage with the EDD's form."
 */
export function isSdiExempt(relationship: Relationship, sdiElected: boolean): boolean {
  return relationship !== 'other' && !sdiElected;
}

/**
 * SDI on one payment, per employer. EDD, Household Employer (DE 8829): "The amount of wages you pay in a calendar
 * quarter will determine the payroll taxes you are required to withhold ... $750 to $999.99: Withhold State
 * Disability Insurance"; a household employer "must report when he/she ... pays cash wages of $750 or more in a
 * calendar quarter". So the quarter's wages count from the payment that brings them to $750, earlier ones
 * included (catch-up, as for FICA). The rate is the year's DE 44 rate; since 2024 there is no wage limit (SB 951).
 * EDD also keeps a household employer liable in later quarters once it has paid $750 in one; that needs the
 * employer's history, which these per-quarter sums do not carry, so a later quarter under $750 withholds nothing.
 */
export function sdiOf(input: SdiInput, figures: TaxYearFigures): Sdi {
  if (isSdiExempt(input.relationship, input.sdiElected)) return { sdiWagesCents: 0, sdiCents: 0 };
  const quarterWages = input.earlierQuarterGrossCents + input.grossCents;
  if (quarterWages < figures.sdi.quarterThresholdCents) return { sdiWagesCents: 0, sdiCents: 0 };
  const sdiWagesCents = Math.max(0, quarterWages - input.earlierQuarterSdiWagesCents);
  return { sdiWagesCents, sdiCents: centsAtRate(sdiWagesCents, figures.sdi.rateBp) };
}
