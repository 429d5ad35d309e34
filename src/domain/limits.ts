/**
 * The program's hour limits, each with its source. Durations are integer minutes.
 *
 * Travel time and the limits (settled from the statute, see docs/rules.md):
 * WIC 12300.4(b)(2): "The total number of hours worked within a workweek by a provider is defined as
 * the sum of ... (A) All hours worked providing authorized services ... (B) Travel time ... only if
 * federal financial participation is not available to compensate for that travel time. If federal
 * financial participation is available for travel time ... the travel time shall not be included in
 * the calculation of the total weekly hours worked within a workweek, except for purposes of overtime
 * compensation pursuant to subdivision (c)." IHSS travel time is paid with federal participation, so:
 * travel counts toward the 40-hour overtime threshold, and does not count toward the 66-hour cap or
 * the exemption limits (UDW "Travel time pay": "Travel time does NOT count towards a provider's
 * maximum weekly hours"; SOC 2255: 66 hours "exclusive of travel time"). Travel also does not use up
 * a recipient's authorised hours (DOMAIN.md, Hours).
 */

export type Exemption = 'none' | 'exemption1' | 'exemption2';

/** Hours past 40 in a workweek are overtime, paid at 1.5x; there is no daily overtime (WIC 12300.4(c); DRC). */
export const OVERTIME_THRESHOLD_MINUTES = 40 * 60;

/** A provider for two or more recipients works at most 66 hours a workweek (WIC 12300.4(b)(2); LA DPSS FLSA page). */
export const MULTIPLE_RECIPIENT_WEEKLY_CAP_MINUTES = 66 * 60;

/** With an exemption (SOC 2279 or SOC 2305): up to 90 hours a workweek and 360 a month (CDSS overtime exemption page). */
export const EXEMPTION_WEEKLY_CAP_MINUTES = 90 * 60;
export const EXEMPTION_MONTHLY_CAP_MINUTES = 360 * 60;

/** Travel between recipients is paid up to 7 hours a workweek; more is a violation (WIC 12300.4; ACL 16-36). */
export const TRAVEL_WEEKLY_CAP_MINUTES = 7 * 60;

/** More than 70% of the month's hours in the 1st-15th period goes to a county queue (LA DPSS timesheet exceptions). */
export const FIRST_HALF_SHARE_PERCENT = 70;

/** Weekly hours are monthly hours divided by 4, not 4.33 (ACL 16-01; DRC "New rules for IHSS overtime"). */
export const WEEKS_PER_MONTH_FOR_LIMITS = 4;

/**
 * A recipient's weekly maximum: monthly authorised / 4 (ACL 16-01), e.g. 283 h / 4 = 70 h 45 min.
 * A remainder of a minute is rounded up, so a provider is never flagged for a fraction of a minute
 * that no timesheet can show.
 */
export function recipientWeeklyMaximumMinutes(monthlyAuthorizedMinutes: number): number {
  return Math.ceil(monthlyAuthorizedMinutes / WEEKS_PER_MONTH_FOR_LIMITS);
}

/**
 * Overtime a recipient's authorisation allows in a normal workweek: weekly maximum - 40 h, never below
 * zero. 260 h a month -> 65 h a week -> 25 h of overtime (DRC "New rules for IHSS overtime").
 */
export function weeklyOvertimeAllowanceMinutes(monthlyAuthorizedMinutes: number): number {
  return Math.max(0, recipientWeeklyMaximumMinutes(monthlyAuthorizedMinutes) - OVERTIME_THRESHOLD_MINUTES);
}

/**
 * The provider's weekly cap on hours worked (travel excluded, see above):
 * one recipient -> that recipient's weekly maximum; two or more -> 66 h (WIC 12300.4(b)(2), (d));
 * with an exemption -> 90 h (CDSS exemption page).
 */
export function providerWeeklyCapMinutes(
  exemption: Exemption,
  recipientWeeklyMaximums: readonly number[],
): number {
  if (exemption !== 'none') return EXEMPTION_WEEKLY_CAP_MINUTES;
  if (recipientWeeklyMaximums.length === 1) return recipientWeeklyMaximums[0] ?? 0;
  return MULTIPLE_RECIPIENT_WEEKLY_CAP_MINUTES;
}

/**
 * The overtime a provider "normally" works in a month, the yardstick of ACL 16-01's second condition
 * for shifting hours between weeks ("does not result in the provider receiving more overtime hours than
 * normally worked during the month"). ACL 16-01 does not give a formula; we take four normal weeks
 * (the same /4 the weekly maximum uses) of the provider's usual week - the sum of their recipients'
 * weekly hours (the assigned share where the county set one), held to the weekly cap - less 40 h.
 * Working every authorised hour in four full weeks therefore never exceeds it.
 */
export function usualMonthlyOvertimeMinutes(
  exemption: Exemption,
  monthlyMinutesPerRecipient: readonly number[],
): number {
  const weekly = monthlyMinutesPerRecipient.map(recipientWeeklyMaximumMinutes);
  const usualWeek = Math.min(
    weekly.reduce((sum, m) => sum + m, 0),
    providerWeeklyCapMinutes(exemption, weekly),
  );
  return WEEKS_PER_MONTH_FOR_LIMITS * Math.max(0, usualWeek - OVERTIME_THRESHOLD_MINUTES);
}
