/**
 * How a provider's taps for one case make visits, in the order they were tapped (never the order they arrived):
 * a check-in and the check-out right after it are a visit; a check-in followed by another check-in is a visit left
 * open; a check-out with no check-in right before it is a check-out alone. Every tap belongs to exactly one visit,
 * so none is lost, and the visits depend only on the set of taps.
 */

export interface TapLike {
  key: string;
  kind: 'in' | 'out';
  tapped_at: Date;
}

/** Tap order: the phone's time, then check-in before check-out, then the key (byte order, as the SQL column sorts). */
export function compareTaps(a: TapLike, b: TapLike): number {
  return a.tapped_at.getTime() - b.tapped_at.getTime() || (a.kind === b.kind ? 0 : a.kind === 'in' ? -1 : 1) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

export interface Pairing<T extends TapLike> {
  in: T | null;
  out: T | null;
  /** A check-in that another check-in of the same case followed before any check-out. */
  leftOpen: boolean;
}

/** The visits of a run of one case's taps; a check-out first in the run is taken as alone. */
export function pairTaps<T extends TapLike>(taps: readonly T[]): Pairing<T>[] {
  const sorted = [...taps].sort(compareTaps);
  const visits: Pairing<T>[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const tap = sorted[i]!;
    const next = sorted[i + 1];
    if (tap.kind === 'out') {
      visits.push({ in: null, out: tap, leftOpen: false });
    } else if (next?.kind === 'out') {
      visits.push({ in: tap, out: next, leftOpen: false });
      i += 1;
    } else {
      visits.push({ in: tap, out: null, leftOpen: next !== undefined });
    }
  }
  return visits;
}

export interface VisitRowKeys {
  id: number;
  check_in_key: string | null;
  check_out_key: string | null;
}

/**
 * Which stored visit each derived visit updates, so that a visit keeps its id, and what the provider said of it, as
 * long as its check-in stays (or, for a check-out alone, its check-out): first by check-in tap, then by check-out
 * tap. `unused` are stored visits none of the derived ones took.
 */
export function matchRows<T extends TapLike, R extends VisitRowKeys>(visits: readonly Pairing<T>[], rows: readonly R[]) {
  const used = new Set<number>();
  const byIn = new Map(rows.filter((r) => r.check_in_key !== null).map((r) => [r.check_in_key!, r]));
  const byOut = new Map(rows.filter((r) => r.check_out_key !== null).map((r) => [r.check_out_key!, r]));
  const take = (row: R | undefined) => {
    if (!row || used.has(row.id)) return null;
    used.add(row.id);
    return row;
  };
  const matched = visits.map((visit) => ({ visit, row: visit.in ? take(byIn.get(visit.in.key)) : null }));
  for (const m of matched) if (!m.row && m.visit.out) m.row = take(byOut.get(m.visit.out.key));
  return { matched, unused: rows.filter((r) => !used.has(r.id)) };
}
