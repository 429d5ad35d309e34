import type { TaxYearFigures } from './figures';
import { BP_PER_WHOLE, divideHalfUp } from './money';
import type { Relationship } from './types';

export interface FicaInput {
  grossCents: number;
  relationship: Relationship;
  /** This employer's (recipient's) sums for the year before this payment. */
  earlierYearGrossCents: number;
  earlierSocialSecurityWagesCents: number;
  earlierMedicareWagesCents: number;
}

export interface Fica {
  socialSecurityWagesCents: number;
  socialSecurityCents: number;
  medicareWagesCents: number;
  medicareCents: number;
}

const NONE: Fica = { socialSecurityWagesCents: 0, socialSecurityCents: 0, medicareWagesCents: 0, medicareCents: 0 };

/**
 * The family employment exception as CDSS applies it to IHSS (../shared/DOMAIN.md, "Deductions"): "Social Security
 * and Medicare (FICA) are withheld, except for a provider who is the recipient's parent or spouse". IRS Pub 926:
 * "Wages not counted. Don't count wages you pay to any of the following individuals as social security and
 * Medicare wages ... Your spouse ... Your child who is under the age of 21 ... Your parent". CDSS names only the
 * parent and the spouse, and the input carries no age, so a child provider pays FICA.
 */
export function isFicaExempt(relationship: Relationship): boolean {
  return relationship === 'parent' || relationship === 'spouse';
}

/**
 * Social security and Medicare on one payment, per employer (the recipient is the household employer).
 *
 * IRS Pub 926: "If you pay a household employee cash wages of $2,800 or more in 2025 [$3,000 in 2026], you
 * generally must withhold 7.65% of social security and Medicare taxes from all cash wages you pay to that
 * employee." All of the year's wages count once the threshold is reached, so the payment that reaches it also
 * carries the year's earlier untaxed wages (catch-up): the year's tax is the rule applied to the year's wages.
 * Social security (6.2%) stops at the year's wage base. Pub 15: "You're required to begin withholding Additional
 * Medicare Tax [0.9%] in the pay period in which you pay wages in excess of $200,000 to an employee and continue
 * to withhold it each pay period until the end of the calendar year"; it is withheld with, and shown as, Medicare.
 * Each tax is rounded to the cent once, half a cent up.
 */
export function ficaOf(input: FicaInput, figures: TaxYearFigures): Fica {
  if (isFicaExempt(input.relationship)) return NONE;
  const yearWages = input.earlierYearGrossCents + input.grossCents;
  if (yearWages < figures.householdThresholdCents) return NONE;

  const base = figures.socialSecurity.wageBaseCents;
  const socialSecurityWagesCents = Math.max(0, Math.min(yearWages, base) - Math.min(input.earlierSocialSecurityWagesCents, base));
  const medicareWagesCents = Math.max(0, yearWages - input.earlierMedicareWagesCents);
  const over = figures.medicare.additionalOverCents;
  const additionalWages = Math.max(0, input.earlierMedicareWagesCents + medicareWagesCents - Math.max(over, input.earlierMedicareWagesCents));

  return {
    socialSecurityWagesCents,
    socialSecurityCents: divideHalfUp(socialSecurityWagesCents * figures.socialSecurity.rateBp, BP_PER_WHOLE),
    medicareWagesCents,
    medicareCents: divideHalfUp(medicareWagesCents * figures.medicare.rateBp + additionalWages * figures.medicare.additionalRateBp, BP_PER_WHOLE),
  };
}
