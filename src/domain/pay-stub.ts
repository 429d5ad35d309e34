/**
 * What one payment pays, split as its pay stub shows it: regular time, overtime, travel and sick leave, in
 * integer minutes and cents, from the engine's pay lines (`evaluateClaims`), which stay the authority on the gross.
 *
 * - Overtime: every overtime minute at 1.5x its day's rate (WIC 12300.4(c)).
 * - Travel: the travel minutes, up to the lines' regular minutes, at their day's rate. Travel counts toward the
 *   40-hour overtime threshold (WIC 12300.4(b)(2), see limits.ts), so when the payment's time is mostly past the
 *   40th hour the travel beyond its regular minutes is paid inside overtime; the travel amount is the claimed
 *   travel's exact pay in the share that stays on the travel line.
 * - Regular: the engine's gross less overtime and travel, so regular + overtime + travel is the engine's gross to
 *   the cent, whatever the rounding of each part.
 * - Sick leave the recipient confirmed is paid at the rate of its day, rounded once, and never counts toward
 *   overtime (ACL 18-01; SB 616).
 * - The rate the stub states is the one in force on the pay period's last day.
 */
import type { IsoDate } from './calendar';
import type { PayPeriodLine } from './claims';
import { overtimeUnits, rateOn, regularUnits, roundUnitsToCents, type RateChange } from './pay';

/** Minutes on one day: travel claimed, or sick leave taken. */
export interface DayMinutes {
  readonly date: IsoDate;
  readonly minutes: number;
}

export interface PayStubInput {
  /** The engine's pay lines for the payment's recipient and pay period (`Evaluation.payPeriods`); none for sick leave alone. */
  readonly lines: readonly PayPeriodLine[];
  /** The travel claimed on the timesheet, day by day. */
  readonly travel: readonly DayMinutes[];
  /** The confirmed sick leave the payment carries, day by day. */
  readonly sickLeave: readonly DayMinutes[];
  /** The county's rate from the start of the evaluated days, and its later changes. */
  readonly rateCents: number;
  readonly rateChanges?: readonly RateChange[] | undefined;
  readonly periodEnd: IsoDate;
}

export interface PayStub {
  readonly rateCents: number;
  readonly minutes: { readonly regular: number; readonly overtime: number; readonly travel: number; readonly sick: number };
  readonly cents: { readonly regular: number; readonly overtime: number; readonly travel: number; readonly sick: number; readonly gross: number };
}

const sum = <T>(list: readonly T[], of: (x: T) => number): number => list.reduce((s, x) => s + of(x), 0);

/** Sick leave at its day's rate, rounded once (ACL 18-01: it is not time worked, so never overtime). */
function sickLeavePay(days: readonly DayMinutes[], baseRateCents: number, changes: readonly RateChange[] | undefined): { minutes: number; cents: number } {
  return {
    minutes: sum(days, (d) => d.minutes),
    cents: roundUnitsToCents(sum(days, (d) => regularUnits(d.minutes, rateOn(d.date, baseRateCents, changes)))),
  };
}

/** The payment's split into regular time, overtime, travel and sick leave (see the module comment). */
export function payStubOf(input: PayStubInput): PayStub {
  const { lines, rateCents: base, rateChanges: changes } = input;
  const byRate = lines.flatMap((l) => l.byRate);
  const engineGross = sum(lines, (l) => l.grossCents);
  const overtimeMinutes = sum(lines, (l) => l.overtimeMinutes);
  const regularMinutes = sum(lines, (l) => l.regularMinutes);
  const claimedTravelMinutes = sum(lines, (l) => l.travelMinutes);
  const regularUnitsAll = sum(byRate, (r) => regularUnits(r.regularMinutes, r.rateCents));
  const claimedTravelUnits = sum(input.travel, (d) => regularUnits(d.minutes, rateOn(d.date, base, changes)));
  const travelMinutes = Math.min(claimedTravelMinutes, regularMinutes);
  const travelUnits = claimedTravelMinutes === 0 ? 0 : Math.min(regularUnitsAll, Math.round((claimedTravelUnits * travelMinutes) / claimedTravelMinutes));
  const overtime = Math.min(engineGross, roundUnitsToCents(sum(byRate, (r) => overtimeUnits(r.overtimeMinutes, r.rateCents))));
  const travel = Math.min(engineGross - overtime, roundUnitsToCents(travelUnits));
  const regular = engineGross - overtime - travel;
  const sick = sickLeavePay(input.sickLeave, base, changes);
  return {
    rateCents: rateOn(input.periodEnd, base, changes),
    minutes: { regular: regularMinutes - travelMinutes, overtime: overtimeMinutes, travel: travelMinutes, sick: sick.minutes },
    cents: { regular, overtime, travel, sick: sick.cents, gross: regular + overtime + travel + sick.cents },
  };
}
