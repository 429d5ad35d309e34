/**
 * Dollars as a person types them ("2,000", "$25.50"; blank for none, as a blank box on the W-4 or DE 4 means) in cents.
 * What is not an amount stays NaN, so the contract refuses it with its own words beside the field.
 */
export function typedCents(typed: string): number {
  const t = typed.trim().replace(/^\$\s*/, '').replace(/,/g, '');
  if (t === '') return 0;
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(t);
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : Number.NaN;
}

/** A count typed into a box (DE 4 allowances): blank is 0; what is not a whole number stays NaN for the contract to refuse. */
export function typedCount(typed: string): number {
  const t = typed.trim();
  if (t === '') return 0;
  return /^\d{1,3}$/.test(t) ? Number(t) : Number.NaN;
}

/** Cents as the amount field shows them again: whole dollars without ".00". */
export function centsText(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}
