/**
 * Money: integer cents, from integer minutes and a county's hourly rate in integer cents.
 *
 * Rounding rule. A minute of regular time is worth rate/60 cents and a minute of overtime
 * 1.5 * rate/60 cents (WIC 12300.4(c)), so every amount is exact in units of 1/120 of a cent:
 * regular 2 * rate units a minute, overtime 3 * rate units a minute. Exact units are added up per
 * provider and calendar month, across all their recipients: earlier timesheets first, then each pay
 * line (pay period and recipient) in order, and each line is paid the difference between the rounded
 * running total after it and before it, rounding half a cent up. The lines of a month therefore always
 * add up to the provider's exact pay for the month rounded once: splitting a month into pay periods,
 * timesheets, recipients or rate changes never gains or loses a cent, and no line is a cent or more from
 * its own exact value. (The property tests rejected two other designs: a running total per recipient
 * loses a cent when overtime moves from one recipient's timesheet to another's, and rounding each entry
 * in time order lets a line drift several cents from its exact value.)
 */
import { addDays } from './calendar';

/** 1/120 of a cent: the smallest unit in which regular and overtime pay are both whole. */
export const UNITS_PER_CENT = 120;

export function regularUnits(minutes: number, rateCents: number): number {
  return 2 * minutes * rateCents;
}

export function overtimeUnits(minutes: number, rateCents: number): number {
  return 3 * minutes * rateCents;
}

/** Units to cents, half a cent rounding up. */
export function roundUnitsToCents(units: number): number {
  return Math.floor((units + UNITS_PER_CENT / 2) / UNITS_PER_CENT);
}

/** Exact pay for whole minutes, rounded once: what a single line would pay on its own. */
export function grossCents(regularMinutes: number, overtimeMinutes: number, rateCents: number): number {
  return roundUnitsToCents(regularUnits(regularMinutes, rateCents) + overtimeUnits(overtimeMinutes, rateCents));
}

/**
 * Pays the lines of one provider-month in order, carrying the sub-cent remainder from each line to the
 * next. It starts from the exact units of earlier timesheets, which were paid their own rounded total.
 */
export class MonthPayAccumulator {
  private units: number;

  constructor(alreadyPaidUnits = 0) {
    this.units = alreadyPaidUnits;
  }

  /** Adds exact units and returns the whole cents this line is paid. */
  pay(units: number): number {
    const before = roundUnitsToCents(this.units);
    this.units += units;
    return roundUnitsToCents(this.units) - before;
  }
}

export interface RateChange {
  readonly effective: string;
  readonly rateCents: number;
}

/** The rate in effect on a date: the latest change on or before it, else the base rate. */
export function rateOn(date: string, baseRateCents: number, changes: readonly RateChange[] | undefined): number {
  let rate = baseRateCents;
  let effective = '';
  if (changes) {
    for (const change of changes) {
      if (change.effective <= date && change.effective >= effective) {
        rate = change.rateCents;
        effective = change.effective;
      }
    }
  }
  return rate;
}

/** A county's wage as the engine takes it from a day on: the rate in force that day and every later change. */
export interface CountyRate {
  readonly rateCents: number;
  readonly rateChanges: RateChange[];
  /** False when the county has no rate at all (the pay shown is then unknown, not zero). */
  readonly known: boolean;
}

/**
 * A county's wage from `from` on, from all its rates in order of effective date (wages are set per county and change
 * over time: DOMAIN.md, "Payment"): the latest rate in force on `from`, and every change after it. Days before the
 * county's first rate take that first rate, so time is never valued at zero while the county has a rate.
 */
export function countyRateFrom(rates: readonly RateChange[], from: string): CountyRate {
  const base = rates.filter((r) => r.effective <= from).at(-1) ?? rates[0];
  return {
    rateCents: base?.rateCents ?? 0,
    rateChanges: rates.filter((r) => r.effective > from),
    known: base !== undefined,
  };
}

export interface RateSpan {
  readonly start: string;
  readonly end: string;
  readonly rateCents: number;
}

/** The days of [start, end] grouped by the rate in effect on them, in order: one span unless a rate changes inside. */
export function rateSpans(start: string, end: string, baseRateCents: number, changes: readonly RateChange[] | undefined): RateSpan[] {
  const spans: RateSpan[] = [];
  for (let date = start; date <= end; date = addDays(date, 1)) {
    const rateCents = rateOn(date, baseRateCents, changes);
    const last = spans.at(-1);
    if (last && last.rateCents === rateCents) spans[spans.length - 1] = { ...last, end: date };
    else spans.push({ start: date, end: date, rateCents });
  }
  return spans;
}
