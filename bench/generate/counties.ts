/**
 * How the state's IHSS population splits over its 58 counties.
 *
 * Per-county counts of IHSS recipients and providers are published monthly by CDSS ("IHSS Program Data",
 * cdss.ca.gov/inforesources/ihss/program-data) as files that the stored sources reachable here do not hold, so the
 * shares are derived instead, and say so:
 * - Los Angeles: 40% of providers and of recipients. Issue #16 ("Los Angeles about 40%"); IHSS concentrates there
 *   far more than people do (26% of Californians live in Los Angeles County, below). DOMAIN.md's 2022 figures for
 *   Los Angeles (about 196,000 providers, 246,000 recipients) are of that order against the state's caseload of the
 *   same year.
 * - The other 57 counties: the remaining 60%, in proportion to their population. Population: the California
 *   Department of Finance estimates as the California Department of Public Health published them per county with its
 *   2022 case counts (the `population` column of cdph-county-cases-deaths.csv, datadesk/california-coronavirus-data).
 * The statewide totals are DOMAIN.md's (CMIPS public page): 716,000 providers, 815,000 recipients, 1.65 million
 * timesheets a month.
 */

export const LOS_ANGELES = 19;
export const LOS_ANGELES_SHARE = 0.4;

/** Population of counties 1..58 (the state's alphabetical county code order of src/db/seed/counties.json). */
export const COUNTY_POPULATION: readonly number[] = [
  1643700, 1148, 37829, 227075, 45235, 21464, 1133247, 27424, 186661, 978130, 27897, 135768, 180216, 18085, 883053, 150075, 64148, 31185, 10098052,
  155013, 260295, 17540, 87422, 269075, 8938, 14174, 433212, 140530, 99092, 3164182, 380077, 18699, 2383286, 1510023, 59416, 2135413, 3302833, 870044,
  732212, 281455, 765935, 443738, 1922200, 273765, 179085, 2930, 43540, 438530, 501317, 539301, 95872, 63373, 12862, 460477, 53932, 848112, 214977,
  75493,
];

/** Each county's share of the state's IHSS population, by county code (index 0 is county 1); they add up to 1. */
export function countyShares(): number[] {
  const othersPopulation = COUNTY_POPULATION.reduce((s, p, i) => (i + 1 === LOS_ANGELES ? s : s + p), 0);
  return COUNTY_POPULATION.map((p, i) => (i + 1 === LOS_ANGELES ? LOS_ANGELES_SHARE : ((1 - LOS_ANGELES_SHARE) * p) / othersPopulation));
}

/**
 * `total` split by `shares` into whole numbers that add up to `total` (largest remainders), each at least `floor`
 * so that every county has someone even at a tiny scale.
 */
export function apportion(total: number, shares: readonly number[], floor = 1): number[] {
  if (total < floor * shares.length) throw new RangeError(`${total} is too few to give each of ${shares.length} counties ${floor}`);
  const free = total - floor * shares.length;
  const exact = shares.map((s) => s * free);
  const counts = exact.map((x) => Math.floor(x));
  let left = free - counts.reduce((s, n) => s + n, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k++, left--) counts[order[k % order.length]!.i]! += 1;
  return counts.map((n) => n + floor);
}
