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
  /** Signed-in requests an operation makes, each passing the session check; none for a scenario signed out. */
  readonly signedInRequests?: number;
  /** The CPU the scenario's rounds and the baseline's rounds used, each with the operations it completed. */
  readonly cpu?: { readonly measured: CpuUse; readonly base: CpuUse };
}

/** Clock ticks of CPU each part of the machine used over some rounds (bench/load/cpu.ts reads them from /proc). */
export interface CpuTicks {
  /** The server's main thread: its event loop. */
  readonly loop: number;
  /** The server's other threads: password hashing, garbage collection, libuv. */
  readonly threads: number;
  readonly database: number;
  /** bench:load's own process: the load generator, and the baselines that run in it. */
  readonly generator: number;
  /** Every core of the machine, busy and idle. */
  readonly busy: number;
  readonly idle: number;
}

export interface CpuUse {
  readonly ticks: CpuTicks;
  readonly ops: number;
}

export const NO_CPU: CpuUse = { ticks: { loop: 0, threads: 0, database: 0, generator: 0, busy: 0, idle: 0 }, ops: 0 };

export function addCpu(a: CpuUse, b: CpuUse): CpuUse {
  const t = (k: keyof CpuTicks) => a.ticks[k] + b.ticks[k];
  return { ticks: { loop: t('loop'), threads: t('threads'), database: t('database'), generator: t('generator'), busy: t('busy'), idle: t('idle') }, ops: a.ops + b.ops };
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

/** A header and its rows in columns as wide as their widest cell: words (`left`) aligned left, figures right. */
function columns(header: readonly string[], body: readonly (readonly string[])[], left: (column: number) => boolean): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (left(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [header, ...body].map(line);
}

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
  const memoryMet = memory.peakBytes <= memory.limitBytes;
  return [
    ...columns(header, body, (i) => i === 0 || i === 4 || i >= 10),
    '',
    `server process memory: ${Math.round(memory.idleBytes / MIB)} MB idle, peak ${Math.round(memory.peakBytes / MIB)} MB under load (goal <= ${Math.round(memory.limitBytes / MIB)} MB): ${memoryMet ? 'met' : 'NOT MET'}`,
  ].join('\n');
}

/**
 * Where the CPU went: milliseconds of CPU for each operation, by part of the machine (other: the rest of the
 * machine, such as the bare Fastify hello's process), and the share of the cores nobody used. A scenario that waits
 * with idle cores waits on something other than CPU; one whose server loop is near a whole core waits on the loop.
 */
export function cpuTable(rows: readonly Row[], ticksPerSecond: number): string {
  const header = ['scenario', 'server loop', 'server threads', 'PostgreSQL', 'load generator', 'other', 'all', 'idle', 'baseline', 'all', 'idle'];
  const perOp = (ticks: number, use: CpuUse) => (use.ops > 0 ? ((ticks / ticksPerSecond) * 1000) / use.ops : Number.NaN);
  const idle = (use: CpuUse) => {
    const all = use.ticks.busy + use.ticks.idle;
    return all > 0 ? `${Math.round((use.ticks.idle / all) * 100)}%` : '-';
  };
  const cpuMs = (x: number) => (Number.isNaN(x) ? '-' : x.toFixed(2));
  const body = rows.flatMap((row) => {
    if (!row.cpu) return [];
    const { measured: m, base: b } = row.cpu;
    const parts = m.ticks.loop + m.ticks.threads + m.ticks.database + m.ticks.generator;
    return [
      [
        row.scenario,
        cpuMs(perOp(m.ticks.loop, m)),
        cpuMs(perOp(m.ticks.threads, m)),
        cpuMs(perOp(m.ticks.database, m)),
        cpuMs(perOp(m.ticks.generator, m)),
        cpuMs(perOp(Math.max(0, m.ticks.busy - parts), m)),
        cpuMs(perOp(m.ticks.busy, m)),
        idle(m),
        row.baseline,
        cpuMs(perOp(b.ticks.busy, b)),
        idle(b),
      ],
    ];
  });
  if (body.length === 0) return '';
  return ['where the CPU went: ms of CPU an operation, by part, and the cores left idle', ...columns(header, body, (i) => i === 0 || i === 8)].join('\n');
}

/**
 * The most each scenario of signed-in requests could reach of its baseline if its requests did nothing but pass the
 * session check, the least a signed-in request does (measured in the same run): the session check's rate over the
 * requests an operation makes, over the baseline's rate. A ratio goal above it cannot be met on this machine.
 */
export function sessionCeilings(rows: readonly Row[], sessionChecksPerSecond: number): string {
  const lines = rows.flatMap((row) => {
    if (!row.signedInRequests || row.goal.minRatio === undefined) return [];
    const ceiling = ratio(sessionChecksPerSecond / row.signedInRequests, row.base.perSecond);
    const requests = `${row.signedInRequests} signed-in request${row.signedInRequests > 1 ? 's' : ''} an operation`;
    return [`${row.scenario}: at most ${ceiling.toFixed(3)} of ${row.baseline} (${requests}; goal >= ${row.goal.minRatio.toFixed(2)}${ceiling < row.goal.minRatio ? ', out of reach' : ''})`];
  });
  if (lines.length === 0) return '';
  return [`the session check's ceiling (${rate(sessionChecksPerSecond)}/s, the least a signed-in request does): the most each scenario could reach`, ...lines].join('\n');
}
