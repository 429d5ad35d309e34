/**
 * The counties split into at most `n` groups of about as much work each, for the workers of one pay run (ADR 0015):
 * the county with the most approved timesheets first, each to the group with the least so far. Los Angeles alone is
 * about 40% of the state, so two groups are Los Angeles with a few small counties, and the rest. Counties with no
 * work are left out; so are empty groups.
 */
export function countyGroups(work: ReadonlyMap<number, number>, n: number): number[][] {
  const groups = Array.from({ length: Math.max(1, n) }, () => ({ counties: [] as number[], work: 0 }));
  for (const [county, count] of [...work].filter(([, c]) => c > 0).sort((a, b) => b[1] - a[1] || a[0] - b[0])) {
    const g = groups.reduce((least, x) => (x.work < least.work ? x : least));
    g.counties.push(county);
    g.work += count;
  }
  return groups.map((g) => g.counties.sort((a, b) => a - b)).filter((g) => g.length > 0);
}
