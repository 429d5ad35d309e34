/** The pure arithmetic of bench:load: rounds into figures, figures against issue #16's goals, and the printed table. */

/** One timed round of a scenario or a baseline: operations completed, the seconds they took, their latencies. */
export interface Round {
  readonly ops: number;
  readonly seconds: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Answers that were not the expected success (non-2xx, errors, timeouts). */
  readonly failures: number;
}

export interface Figures {
  readonly perSecond: number;
  /** The median of the rounds' medians. */
  readonly p50Ms: number;
  /** The worst round's p99: a goal on p99 must hold in every round. */
  readonly p99Ms: number;
  readonly failures: number;
}

/** Nearest-rank percentile (p in 0..100) of unsorted samples; NaN for none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** Every round's operations over every round's seconds, so a short round weighs less than a long one. */
export function combine(rounds: readonly Round[]): Figures {
  const seconds = rounds.reduce((s, r) => s + r.seconds, 0);
  const ops = rounds.reduce((s, r) => s + r.ops, 0);
  return {
    perSecond: seconds > 0 ? ops / seconds : 0,
    p50Ms: percentile(rounds.map((r) => r.p50Ms), 50),
    p99Ms: rounds.length === 0 ? Number.NaN : Math.max(...rounds.map((r) => r.p99Ms)),
    failures: rounds.reduce((s, r) => s + r.failures, 0),
  };
}

export const ratio = (scenario: number, baseline: number) => (baseline > 0 ? scenario / baseline : Number.NaN);

export interface Goal {
  /** The scenario's rate over its baseline's, at least. */
  readonly minRatio?: number;
  /** The scenario's p99 below this. */
  readonly maxP99Ms?: number;
}

export interface Row {
  readonly scenario: string;
  readonly baseline: string;
  readonly measured: Figures;
  readonly base: Figures;
  readonly goal: Goal;
  /** The server process's peak resident memory while this scenario ran, in bytes. */
  readonly peakRssBytes?: number;
}

/** Which parts of the goal the row misses, in words; none when it is met. A run with failed answers never meets it. */
export function misses(row: Row): string[] {
  const out: string[] = [];
  const r = ratio(row.measured.perSecond, row.base.perSecond);
  if (row.goal.minRatio !== undefined && !(r >= row.goal.minRatio)) out.push(`ratio ${r.toFixed(3)} < ${row.goal.minRatio}`);
  if (row.goal.maxP99Ms !== undefined && !(row.measured.p99Ms < row.goal.maxP99Ms)) out.push(`p99 ${row.measured.p99Ms.toFixed(0)} ms >= ${row.goal.maxP99Ms} ms`);
  if (row.measured.failures > 0) out.push(`${row.measured.failures} failed answers`);
  return out;
}

export function goalText(goal: Goal): string {
  return [goal.minRatio !== undefined && `>= ${goal.minRatio.toFixed(2)}`, goal.maxP99Ms !== undefined && `p99 < ${goal.maxP99Ms} ms`].filter(Boolean).join(', ');
}

const MIB = 1024 * 1024;
const rate = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const ms = (x: number) => (Number.isNaN(x) ? '-' : x < 10 ? x.toFixed(1) : x.toFixed(0));

/** The table: each scenario beside its baseline, their ratio, latencies, the server's peak memory and the verdict. */
export function table(rows: readonly Row[], memory: { peakBytes: number; limitBytes: number; idleBytes: number }): string {
  const header = ['scenario', '/s', 'p50 ms', 'p99 ms', 'baseline', '/s', 'p50 ms', 'p99 ms', 'ratio', 'peak RSS', 'goal', 'verdict'];
  const body = rows.map((row) => {
    const missed = misses(row);
    return [
      row.scenario,
      rate(row.measured.perSecond),
      ms(row.measured.p50Ms),
      ms(row.measured.p99Ms),
      row.baseline,
      rate(row.base.perSecond),
      ms(row.base.p50Ms),
      ms(row.base.p99Ms),
      ratio(row.measured.perSecond, row.base.perSecond).toFixed(3),
      row.peakRssBytes === undefined ? '-' : `${Math.round(row.peakRssBytes / MIB)} MB`,
      goalText(row.goal),
      missed.length === 0 ? 'met' : `NOT MET (${missed.join('; ')})`,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 || i === 4 || i >= 10 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  const memoryMet = memory.peakBytes <= memory.limitBytes;
  return [
    line(header),
    ...body.map(line),
    '',
    `server process memory: ${Math.round(memory.idleBytes / MIB)} MB idle, peak ${Math.round(memory.peakBytes / MIB)} MB under load (goal <= ${Math.round(memory.limitBytes / MIB)} MB): ${memoryMet ? 'met' : 'NOT MET'}`,
  ].join('\n');
}
