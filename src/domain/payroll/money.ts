/** A rate in hundredths of a percent (620 = 6.2%, 1023 = 10.23%), so every published rate is a whole number. */
export type RateBp = number;

export const BP_PER_WHOLE = 10_000;

/**
 * numerator / denominator (both whole, numerator not negative) to the nearest whole number, a half rounding up.
 * In BigInt, so a product such as annual wages times a rate stays exact whatever its size.
 */
export function divideHalfUp(numerator: number, denominator: number): number {
  if (numerator < 0 || denominator <= 0) throw new RangeError(`divideHalfUp(${numerator}, ${denominator})`);
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  return Number((2n * n + d) / (2n * d));
}

/** cents * rate, to the cent, a half cent rounding up. */
export function centsAtRate(cents: number, rateBp: RateBp): number {
  return divideHalfUp(cents * rateBp, BP_PER_WHOLE);
}

/** A whole-dollar or dollars-and-cents amount as printed in a publication, in cents. */
export function dollars(amount: number): number {
  return Math.round(amount * 100);
}

/**
 * One row of a percentage-method table, as the publications print it: on an amount at least `overCents`
 * (and less than the next row's), `baseCents` plus `rateBp` of the amount over `overCents`.
 */
export interface Bracket {
  overCents: number;
  baseCents: number;
  rateBp: RateBp;
}

/** Rows as printed, [over $, base $, rate %], into cents and hundredths of a percent. */
export function printedRows(rows: readonly (readonly [number, number, number])[]): readonly Bracket[] {
  return rows.map(([over, base, percent]) => ({ overCents: dollars(over), baseCents: dollars(base), rateBp: Math.round(percent * 100) }));
}

/**
 * The row an amount falls in. Pub 15-T reads a row as "at least" its first column; DE 44 as "over" it, so an
 * amount exactly on a boundary stays in the lower row there.
 */
export function bracketFor(brackets: readonly Bracket[], amountCents: number, boundary: 'atLeast' | 'over'): Bracket {
  let found = brackets[0];
  for (const bracket of brackets) {
    if (amountCents > bracket.overCents || (boundary === 'atLeast' && amountCents === bracket.overCents)) found = bracket;
  }
  if (!found) throw new RangeError('an empty rate table');
  return found;
}
