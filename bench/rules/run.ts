/**
 * `npm run bench:rules [-- --count N --seed S]`: how many provider-months the rules engine evaluates
 * per second on one core, the projected time for the whole state's month (716,000 provider-months),
 * and the ratio to a bare loop over the same entries measured in the same run, so results compare
 * across machines. It asserts nothing about wall-clock time.
 */
import { pathToFileURL } from 'node:url';
import { evaluateClaims, type EvaluationInput } from '../../src/domain/index';
import { generateProviderMonths } from './generate';

export const STATEWIDE_PROVIDER_MONTHS = 716_000;

export interface BenchResult {
  readonly providerMonths: number;
  readonly entries: number;
  readonly evaluatePerSecond: number;
  readonly baselinePerSecond: number;
  readonly projectedStatewideSeconds: number;
  /** How many times slower than summing the entries in a bare loop. */
  readonly ratioToBaseline: number;
}

/** The floor any evaluator must pay: touch every entry once. */
function bareLoop(cases: readonly EvaluationInput[]): number {
  let total = 0;
  for (const c of cases) {
    for (const e of c.entries) total += e.workedMinutes + (e.travelMinutes ?? 0);
  }
  return total;
}

function evaluateAll(cases: readonly EvaluationInput[]): number {
  let cents = 0;
  for (const c of cases) {
    for (const line of evaluateClaims(c).payPeriods) cents += line.grossCents;
  }
  return cents;
}

/** Runs `work` until at least `minMs` have passed and returns runs per second of the whole batch. */
function timeBatches(work: () => number, minMs: number): { perSecond: number; sink: number } {
  let runs = 0;
  let sink = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    sink += work();
    runs += 1;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return { perSecond: (runs * 1000) / elapsed, sink };
}

export function measure(options: { count: number; seed: number; month?: string; minMs?: number }): BenchResult {
  const cases = generateProviderMonths({ seed: options.seed, count: options.count, month: options.month ?? '2026-03' });
  const minMs = options.minMs ?? 1000;
  evaluateAll(cases.slice(0, Math.min(cases.length, 2000)));
  const evaluated = timeBatches(() => evaluateAll(cases), minMs);
  const baseline = timeBatches(() => bareLoop(cases), minMs);
  const evaluatePerSecond = evaluated.perSecond * cases.length;
  const baselinePerSecond = baseline.perSecond * cases.length;
  return {
    providerMonths: cases.length,
    entries: cases.reduce((s, c) => s + c.entries.length, 0),
    evaluatePerSecond,
    baselinePerSecond,
    projectedStatewideSeconds: STATEWIDE_PROVIDER_MONTHS / evaluatePerSecond,
    ratioToBaseline: baselinePerSecond / evaluatePerSecond,
  };
}

function option(argv: readonly string[], name: string, fallback: number): number {
  const i = argv.indexOf(name);
  const value = i >= 0 ? Number(argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number`);
  return value;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const argv = process.argv.slice(2);
  const count = option(argv, '--count', 20_000);
  const seed = option(argv, '--seed', 1);
  const r = measure({ count, seed });
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  console.log(`rules engine benchmark (seed ${seed}, one core, node ${process.version})`);
  console.log(`  data:        ${n(r.providerMonths)} provider-months, ${n(r.entries)} entries`);
  console.log(`  evaluate:    ${n(r.evaluatePerSecond)} provider-months/s`);
  console.log(`  statewide:   ${r.projectedStatewideSeconds.toFixed(1)} s projected for ${n(STATEWIDE_PROVIDER_MONTHS)} provider-months`);
  console.log(`  baseline:    ${n(r.baselinePerSecond)} provider-months/s (bare loop summing the same entries)`);
  console.log(`  ratio:       evaluate is ${r.ratioToBaseline.toFixed(0)}x the bare loop's time per provider-month`);
  console.log(JSON.stringify({ benchmark: 'rules', seed, ...r }));
}
