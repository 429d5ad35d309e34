import { parseIsoDate } from '../calendar';
import { ficaOf } from './fica';
import { federalIncomeTaxCents } from './federal-income-tax';
import { PAY_PERIODS_PER_YEAR, taxYearFigures } from './figures';
import { divideHalfUp } from './money';
import { sdiOf } from './sdi';
import { stateIncomeTaxCents } from './state-income-tax';
import { DEDUCTION_KINDS, type DeductionKind, type NetPay, type NetPayInput } from './types';

function wholeCents(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be whole cents or minutes, not negative: ${value}`);
}

function checkInput(input: NetPayInput): number {
  const date = parseIsoDate(input.payDate);
  if (!date) throw new RangeError(`payDate is not a date: ${input.payDate}`);
  const amounts: Record<string, number | undefined> = {
    grossCents: input.grossCents,
    paidMinutes: input.paidMinutes,
    healthPremiumTakenThisMonthCents: input.healthPremiumTakenThisMonthCents,
    'federal.dependentsCents': input.federal?.dependentsCents,
    'federal.otherIncomeCents': input.federal?.otherIncomeCents,
    'federal.deductionsCents': input.federal?.deductionsCents,
    'federal.extraCents': input.federal?.extraCents,
    'state.allowances': input.state?.allowances,
    'state.estimatedDeductionAllowances': input.state?.estimatedDeductionAllowances,
    'state.extraCents': input.state?.extraCents,
    'unionDues.centsPerHour': input.unionDues?.centsPerHour,
    'cope.centsPerPayment': input.cope?.centsPerPayment,
    'healthPremium.monthlyCents': input.healthPremium?.monthlyCents,
    'shareOfCost.monthlyCents': input.shareOfCost?.monthlyCents,
    ...Object.fromEntries(Object.entries(input.earlier).map(([key, value]) => [`earlier.${key}`, value])),
  };
  for (const [name, value] of Object.entries(amounts)) if (value !== undefined) wholeCents(name, value);
  return date.year;
}

/**
 * From a payment's gross to its net (issue #15). Pure: the caller gives the sums of earlier payments.
 *
 * Order and cap: the taxes first (social security, Medicare, SDI, federal, state income tax), then Share of Cost,
 * the health premium, union dues and COPE, in DEDUCTION_KINDS order. Each is taken only as far as what is left
 * of the gross after the ones before it, so net pay is never negative and a deduction that does not fit is cut,
 * not carried to a later payment. The taxes are computed on the full gross: Share of Cost hours are still wages
 * (the recipient pays that part, and the State's payment is reduced by it). A tax that a small payment cannot
 * cover (a catch-up as a threshold is reached) is withheld only in part; its taxable wages are still reported.
 *
 * - Share of Cost (DOMAIN.md, "Deductions"): the part of the month's services the recipient pays the provider
 *   directly, deducted from the State's payment for that service month until the month's Share of Cost is met.
 * - Health premium (DOMAIN.md; San Bernardino PA: "$60 a month"): the month's premium from the month's first pay,
 *   and from the next ones as far as the first did not cover it.
 * - Union dues "by hours worked": cents an hour times the paid minutes / 60, to the cent, half up. COPE: a
 *   voluntary amount a payment.
 */
export function netPayOf(input: NetPayInput): NetPay {
  const payYear = checkInput(input);
  const figures = taxYearFigures(payYear);
  const gross = input.grossCents;
  const fica = ficaOf(
    {
      grossCents: gross,
      relationship: input.relationship,
      earlierYearGrossCents: input.earlier.yearGrossCents,
      earlierSocialSecurityWagesCents: input.earlier.yearSocialSecurityWagesCents,
      earlierMedicareWagesCents: input.earlier.yearMedicareWagesCents,
    },
    figures,
  );
  const sdi = sdiOf(
    {
      grossCents: gross,
      relationship: input.relationship,
      sdiElected: input.sdiElected,
      earlierQuarterGrossCents: input.earlier.quarterGrossCents,
      earlierQuarterSdiWagesCents: input.earlier.quarterSdiWagesCents,
    },
    figures,
  );
  // IRS Notice 2014-7 and, for California, R&TC 17131 (FTB): a live-in provider's wages are not income.
  const incomeWages = input.liveInExcluded ? 0 : gross;
  const wanted: Record<DeductionKind, number> = {
    social_security: fica.socialSecurityCents,
    medicare: fica.medicareCents,
    sdi: sdi.sdiCents,
    federal_income_tax: input.federal && incomeWages > 0 ? federalIncomeTaxCents(incomeWages, input.federal, figures.federal, PAY_PERIODS_PER_YEAR) : 0,
    state_income_tax: input.state && incomeWages > 0 ? stateIncomeTaxCents(incomeWages, input.state, figures.state, PAY_PERIODS_PER_YEAR) : 0,
    share_of_cost: input.shareOfCost ? Math.max(0, input.shareOfCost.monthlyCents - input.earlier.shareOfCostTakenCents) : 0,
    health_premium: input.healthPremium ? Math.max(0, input.healthPremium.monthlyCents - input.healthPremiumTakenThisMonthCents) : 0,
    union_dues: input.unionDues ? divideHalfUp(input.unionDues.centsPerHour * input.paidMinutes, 60) : 0,
    cope: input.cope ? input.cope.centsPerPayment : 0,
  };

  let left = gross;
  const deductions = DEDUCTION_KINDS.map((kind) => {
    const cents = Math.min(wanted[kind], left);
    left -= cents;
    return { kind, cents };
  });
  return {
    year: figures.year,
    deductions,
    wages: {
      federal: incomeWages,
      socialSecurity: fica.socialSecurityWagesCents,
      medicare: fica.medicareWagesCents,
      state: incomeWages,
      sdi: sdi.sdiWagesCents,
    },
    netCents: left,
  };
}
