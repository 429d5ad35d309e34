/**
 * The program's rules of what a payment is subject to, with their sources (San Bernardino County IHSS Public
 * Authority, paycheck FAQ, https://publicauthority.sbcounty.gov/faq-category/paycheck-customer-service/, and
 * DOMAIN.md "Deductions"). Pure: dates come in as arguments.
 * - "You must request that taxes be withheld by completing a W-4 Form ... Providers must be active in the payroll
 *   system for 90 days or more": no income tax is withheld unless asked, and an election waits out 90 days in payroll.
 * - Social Security and Medicare: "an automatic deduction ... If you are over 18 and NOT providing care for your child
 *   or spouse" (the IRS family employment exception, IRS Publication 15 section 3, "Family Employees", as CDSS applies
 *   it): exempt when the provider is the recipient's parent or spouse.
 * - SDI: "an automatic deduction for you if your quarterly wages are over $750, UNLESS you are a child, parent or
 *   spouse of the recipient you work for. If you are ..., you MUST request participation in the SDI program by
 *   completing an Elective SDI Coverage form".
 * - Union dues "calculated according to the hours you work", COPE voluntary, the health plan "a premium of $60 per
 *   month automatically deducted" (San Bernardino's example): each county's rates by effective date.
 * - Live-in: a provider who self-certified with SOC 2298 that they live with the recipient has those wages excluded
 *   from federal and state income tax (IRS Notice 2014-7), per recipient; the assignment's `live_in` is that record.
 */
import {
  addDays,
  isFicaExempt,
  isSdiExempt,
  payPeriodOf,
  type FederalElection,
  type IsoDate,
  type Relationship,
  type StateElection,
} from '../../../domain/index.js';

/** Days in payroll before a withholding election applies ("active in the payroll system for 90 days or more"). */
export const WAITING_DAYS = 90;

/**
 * The day a withholding election made on `changeDay` applies from: the start of the first pay period (the 1st or the
 * 16th) after both the day of the change and the end of the program's waiting period. The waiting period is 90 days
 * in payroll counted from the provider's first payment's issue date, the day they entered the payroll as paid; a
 * provider never paid counts from the day of the change, since the first payment can only come later. Starting at a
 * pay period keeps one payment from being withheld under two elections. Once the wait is over, a change applies from
 * the next period, within the IRS's limit for a new W-4: "no later than the start of the first payroll period ending
 * on or after the 30th day from the date when you received the replacement Form W-4" (IRS Publication 15, section 9).
 */
export function electionAppliesFrom(changeDay: IsoDate, firstPaidOn: IsoDate | null): IsoDate {
  const waitEnds = addDays(firstPaidOn ?? changeDay, WAITING_DAYS);
  const after = waitEnds > changeDay ? waitEnds : changeDay;
  return addDays(payPeriodOf(after).end, 1);
}

/** How the provider's page words a recipient's Social Security and Medicare: the domain's family employment rule. */
export const ficaStatus = (relationship: Relationship): 'withheld' | 'exempt' => (isFicaExempt(relationship) ? 'exempt' : 'withheld');

/** How the provider's page words a recipient's SDI: the domain's rule, and whether coverage was elected. */
export function sdiStatus(relationship: Relationship, elected: boolean): 'withheld' | 'exempt' | 'elected' {
  if (isSdiExempt(relationship, elected)) return 'exempt';
  return relationship === 'other' ? 'withheld' : 'elected';
}

/**
 * The last issue date an exempt claim made on `madeOn` covers: February 15 of the next year. An exempt W-4 or DE 4 is
 * good for the calendar year it was made in and must be made again each year:
 * - IRS Publication 15 (2025), section 9, "Exemption from federal income tax withholding": "A Form W-4 claiming
 *   exemption from withholding is effective when it is given to the employer and only for that calendar year. To
 *   continue to be exempt from withholding, an employee must give you a new Form W-4 by February 15. If the employee
 *   doesn't give you a new Form W-4 by February 15, begin withholding as if they had checked the box for Single or
 *   Married filing separately in Step 1(c) and made no entries in Step 2, Step 3, or Step 4 of the 2025 Form W-4. If
 *   the employee provides a new Form W-4 claiming exemption from withholding on February 16 or later, you may apply it
 *   to future wages but don't refund any taxes withheld while the exempt status wasn't in place."
 * - EDD Form DE 4 (Rev. 50 (1-21)), "EXEMPTION FROM WITHHOLDING": "The exemption is good for one year. If you
 *   continue to qualify for the exempt filing status, a new DE 4 designating EXEMPT must be submitted by February 15
 *   each year to continue your exemption." and "If you do not provide your employer with a withholding certificate,
 *   the employer must use Single with Zero withholding allowance."
 * The year is the California calendar year of the day the provider made the claim in the portal (the day the
 * employer was given it).
 */
export function exemptionLastPayDate(madeOn: IsoDate): IsoDate {
  return `${Number(madeOn.slice(0, 4)) + 1}-02-15`;
}

/**
 * An exempt claim made on `madeOn` that governs payments from `governsFrom` (today for the one in force, its own date
 * for one to come): the last issue date it covers, and whether it has lapsed by then.
 */
export function exemptionOf(madeOn: IsoDate, governsFrom: IsoDate) {
  const lastPayDate = exemptionLastPayDate(madeOn);
  return { lastPayDate, lapsed: governsFrom > lastPayDate };
}

/** Publication 15's W-4 once an exemption has lapsed: Single or Married filing separately, nothing in Steps 2 to 4. */
export const LAPSED_EXEMPTION_FEDERAL: FederalElection = Object.freeze({
  filingStatus: 'single',
  multipleJobs: false,
  dependentsCents: 0,
  otherIncomeCents: 0,
  deductionsCents: 0,
  extraCents: 0,
  exempt: false,
});

/** The DE 4's "Single with Zero withholding allowance" once an exemption has lapsed. */
export const LAPSED_EXEMPTION_STATE: StateElection = Object.freeze({ filingStatus: 'single', allowances: 0, estimatedDeductionAllowances: 0, extraCents: 0, exempt: false });

/**
 * What a payment issued on `payDate` is withheld by, given the election of one tax in force that day (the latest to
 * apply by then) and the day it was made: that election, unless it claims exemption and the payment is issued after
 * February 15 of the year after it was made; then `lapsed`, until a newer election applies. No election, or one that
 * stopped withholding: nothing withheld (null).
 */
export function electionForPayment<E extends { exempt: boolean }>(inForce: { election: E | null; madeOn: IsoDate } | null, payDate: IsoDate, lapsed: E): E | null {
  if (!inForce?.election) return null;
  return inForce.election.exempt && payDate > exemptionLastPayDate(inForce.madeOn) ? lapsed : inForce.election;
}
