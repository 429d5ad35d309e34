/**
 * Money: integer cents, from integer minutes and a county's hourly rate in integer cents.
 *
 * Rounding rule. A minute of regular time is worth rate/60 cents and a minute of overtime
 * 1.5 * rate/60 cents (WIC 12300.4(c)), so every amount is exact in units of 1/120 of a cent:
 * regular 2 * rate units a minute, overtime 3 * rate units a minute. Exact units are added up per
 * provider, recipient and calendar month in attribution order (earlier timesheets, then time order),
 * and each piece of time is paid the difference between the rounded running total after it and before
 * it, rounding half a cent up. The pieces of a month therefore always add up to the month's exact pay
 * rounded once: splitting a month into pay periods, timesheets or rate changes never gains or loses a
 * cent, and no line is more than a cent from its own exact value.
 */

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
 * Pays pieces of one provider-recipient-month in order, carrying the sub-cent remainder from each piece
 * to the next. Feed it earlier timesheets' pieces first, as `evaluateClaims` does.
 */
export class MonthPayAccumulator {
  private units = 0;

  /** Adds exact units and returns the whole cents this piece is paid. */
  pay(units: number): number {
    const before = roundUnitsToCents(this.units);
    this.units += units;
    return roundUnitsToCents(this.units) - before;
  }
}

/** The rate in effect on a date: the latest change on or before it, else the base rate. */
export interface RateChange {
  readonly effective: string;
  readonly rateCents: number;
}

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
