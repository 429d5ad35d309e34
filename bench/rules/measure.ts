/**
 * What the rules benchmark's main thread and its workers both run: the evaluation loop that is timed,
 * its bare-loop floor, and the digest of every result that shows the parallel run gave the same
 * results as one core.
 */
import { createHash } from 'node:crypto';
import { evaluateClaims, type EvaluationInput } from '../../src/domain/index';

/** What a worker is given: the data's seed, size and month, and its slice [from, to) of it. */
export interface WorkerTask {
  readonly seed: number;
  readonly count: number;
  readonly month: string;
  readonly from: number;
  readonly to: number;
}

export interface WorkerDone {
  /** Gross cents summed over every round, so the timed work cannot be skipped. */
  readonly sink: number;
  readonly digest: string;
}

/** The floor any evaluator must pay: touch every entry once. */
export function bareLoop(cases: readonly EvaluationInput[]): number {
  let total = 0;
  for (const c of cases) {
    for (const e of c.entries) total += e.workedMinutes + (e.travelMinutes ?? 0);
  }
  return total;
}

export function evaluateAll(cases: readonly EvaluationInput[]): number {
  let cents = 0;
  for (const c of cases) {
    for (const line of evaluateClaims(c).payPeriods) cents += line.grossCents;
  }
  return cents;
}

/** SHA-256 of every evaluation in order, workweeks, pay lines and findings: equal digests, equal results. */
export function resultsDigest(cases: readonly EvaluationInput[]): string {
  const hash = createHash('sha256');
  for (const c of cases) hash.update(JSON.stringify(evaluateClaims(c))).update('\n');
  return hash.digest('hex');
}

/** Runs `work` until at least `minMs` have passed and returns runs per second of the whole batch. */
export function timeBatches(work: () => number, minMs: number): { perSecond: number; runs: number; sink: number } {
  let runs = 0;
  let sink = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    sink += work();
    runs += 1;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return { perSecond: (runs * 1000) / elapsed, runs, sink };
}
