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
import { addDays, isFicaExempt, isSdiExempt, payPeriodOf, type IsoDate, type Relationship } from '../../../domain/index.js';

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
