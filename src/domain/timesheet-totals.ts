/**
 * A timesheet's running totals, as the provider sees them beside the days: the server computes them for the saved
 * days (and records the expected gross at submission), the web app again as the provider types, from the same rules
 * case, so both show the same figures.
 *
 * - Each workweek of the period: hours for all recipients against the provider's weekly cap (the recipient's weekly
 *   maximum, ACL 16-01; 66 hours for two or more recipients, WIC 12300.4(b)(2)), with its overtime (hours past 40,
 *   WIC 12300.4(c)); the engine's `workweeks` carry them.
 * - The recipient's month: authorised minutes, minutes claimed (the provider's earlier timesheets, this one, and the
 *   recipient's other providers), and the provider's assigned share; what remains of either is what can still be
 *   submitted (ACL 17-76). Travel does not use up authorised hours (DOMAIN.md, Hours), so only worked minutes count.
 * - Overtime on this timesheet and in the month, all recipients.
 * - The hourly rate in force on each day of the period and on its last day, the one the payment states (pay.ts); the
 *   expected gross is the engine's pay for this recipient's lines. With no wage rate on file both are unknown, not zero.
 */
import { monthOf, monthSpan, type IsoDate } from './calendar';
import type { ClaimEntry, PayPeriodLine, RecipientCase, WorkweekResult } from './claims';
import { rateOn, rateSpans, type RateSpan } from './pay';
import { assignedMinutesInMonth } from './recipient-case';

export interface TimesheetTotalsInput {
  /** The timesheet's recipient (`RecipientCase.id`) and pay period. */
  readonly caseNumber: string;
  readonly payPeriod: { readonly start: IsoDate; readonly end: IsoDate };
  /** The rules case the entries were evaluated in: its recipients and the provider's earlier claimed time. */
  readonly recipients: readonly RecipientCase[];
  readonly priorEntries: readonly ClaimEntry[];
  /** The timesheet's own entries. */
  readonly entries: readonly ClaimEntry[];
  /** `evaluateClaims` of those entries in that case. */
  readonly evaluation: { readonly workweeks: readonly WorkweekResult[]; readonly payPeriods: readonly PayPeriodLine[] };
  /** False when the county has no wage rate on file (`CountyRate.known`). */
  readonly rateKnown: boolean;
}

export interface TimesheetTotals {
  readonly workedMinutes: number;
  readonly travelMinutes: number;
  readonly weeks: { start: IsoDate; end: IsoDate; workedMinutes: number; travelMinutes: number; overtimeMinutes: number; capMinutes: number }[];
  readonly month: {
    readonly month: string;
    readonly authorizedMinutes: number;
    readonly claimedMinutes: number;
    readonly remainingMinutes: number;
    readonly assignedMinutes: number;
    readonly assignedRemainingMinutes: number;
  };
  readonly overtimeMinutes: number;
  readonly monthOvertimeMinutes: number;
  readonly rateCents: number | null;
  readonly rates: RateSpan[];
  readonly expectedGrossCents: number | null;
}

export function timesheetTotals({ caseNumber, payPeriod, recipients, priorEntries, entries, evaluation, rateKnown }: TimesheetTotalsInput): TimesheetTotals {
  const month = monthOf(payPeriod.start);
  const span = monthSpan(month);
  const inMonth = (date: string) => date >= span.start && date <= span.end;
  const mine = (list: readonly ClaimEntry[]) => list.filter((x) => x.recipientId === caseNumber && inMonth(x.date)).reduce((s, x) => s + x.workedMinutes, 0);
  const recipient = recipients.find((r) => r.id === caseNumber);
  const monthHours = recipient?.months?.find((m) => m.month === month);
  const authorized = monthHours?.authorizedMinutes ?? recipient?.monthlyAuthorizedMinutes ?? 0;
  const ownClaimed = mine(priorEntries) + mine(entries);
  const claimed = ownClaimed + (monthHours?.claimedByOtherProvidersMinutes ?? 0);
  const assigned = assignedMinutesInMonth(authorized, recipient?.assignedMonthlyMinutes);
  const weeks = evaluation.workweeks.filter((w) => w.end >= payPeriod.start && w.start <= payPeriod.end);
  const rate = rateKnown && recipient ? recipient : null;
  return {
    workedMinutes: entries.reduce((s, x) => s + x.workedMinutes, 0),
    travelMinutes: entries.reduce((s, x) => s + (x.travelMinutes ?? 0), 0),
    weeks: weeks.map((w) => ({ start: w.start, end: w.end, workedMinutes: w.workedMinutes, travelMinutes: w.travelMinutes, overtimeMinutes: w.overtimeMinutes, capMinutes: w.weeklyCapMinutes })),
    month: {
      month,
      authorizedMinutes: authorized,
      claimedMinutes: claimed,
      remainingMinutes: Math.max(0, authorized - claimed),
      assignedMinutes: assigned,
      assignedRemainingMinutes: Math.max(0, assigned - ownClaimed),
    },
    overtimeMinutes: evaluation.workweeks.reduce((s, w) => s + w.claimedOvertimeMinutes, 0),
    monthOvertimeMinutes: evaluation.workweeks.filter((w) => w.end >= span.start && w.start <= span.end).reduce((s, w) => s + w.overtimeMinutes, 0),
    // The rules window starts on the Sunday before the period (or the 1st of the month), so the rate in force
    // there may be an earlier one: the figure shown is the period's, as the payment states it (payments/service.ts).
    rateCents: rate ? rateOn(payPeriod.end, rate.rateCents, rate.rateChanges) : null,
    rates: rate ? rateSpans(payPeriod.start, payPeriod.end, rate.rateCents, rate.rateChanges) : [],
    expectedGrossCents: rateKnown ? evaluation.payPeriods.filter((p) => p.recipientId === caseNumber).reduce((s, p) => s + p.grossCents, 0) : null,
  };
}
