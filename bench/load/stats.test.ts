import { describe, expect, it } from 'vitest';
import { ticksBetween } from './cpu';
import { addCpu, combine, cpuTable, misses, NO_CPU, percentile, ratio, sessionCeilings, table, type Row } from './stats';

const figures = (perSecond: number, p99Ms = 10, failures = 0) => ({ perSecond, p50Ms: 1, p99Ms, failures });

describe('bench:load arithmetic', () => {
  it('takes the nearest-rank percentile of unsorted samples', () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(samples, 50)).toBe(5);
    expect(percentile(samples, 99)).toBe(10);
    expect(percentile(samples, 0)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
  });

  it('weighs rounds by their seconds and keeps the worst p99', () => {
    const c = combine([
      { ops: 100, seconds: 10, p50Ms: 3, p99Ms: 20, failures: 0 },
      { ops: 300, seconds: 10, p50Ms: 5, p99Ms: 90, failures: 1 },
      { ops: 200, seconds: 20, p50Ms: 4, p99Ms: 40, failures: 0 },
    ]);
    expect(c.perSecond).toBe(15);
    expect(c.p50Ms).toBe(4);
    expect(c.p99Ms).toBe(90);
    expect(c.failures).toBe(1);
  });

  it('meets a goal only when the ratio, the p99 and every answer hold', () => {
    const row = (measured: Row['measured']): Row => ({ scenario: 's', baseline: 'b', measured, base: figures(100), goal: { minRatio: 0.4, maxP99Ms: 50 } });
    expect(misses(row(figures(40)))).toEqual([]);
    expect(misses(row(figures(39)))).toEqual(['ratio 0.390 < 0.4']);
    expect(misses(row(figures(50, 50)))).toEqual(['p99 50 ms >= 50 ms']);
    expect(misses(row(figures(50, 10, 2)))).toEqual(['2 failed answers']);
    expect(ratio(1, 0)).toBeNaN();
  });

  it('prints each scenario beside its baseline with the verdict and the memory goal', () => {
    const text = table([{ scenario: 'Sign-in', baseline: 'argon2id verifies', measured: figures(80), base: figures(100), goal: { minRatio: 0.8 }, peakRssBytes: 200 * 1024 * 1024 }], {
      peakBytes: 300 * 1024 * 1024,
      limitBytes: 250 * 1024 * 1024,
      idleBytes: 150 * 1024 * 1024,
    });
    expect(text).toMatch(/Sign-in\s+80\.0 .*argon2id verifies\s+100 .*0\.800\s+200 MB\s+>= 0\.80\s+met/);
    expect(text).toContain('peak 300 MB under load (goal <= 250 MB): NOT MET');
  });

  it('splits the CPU of an operation by part, with the rest of the machine as other and the idle share of the cores', () => {
    const measured = { ticks: { loop: 50, threads: 10, database: 30, generator: 5, busy: 100, idle: 100 }, ops: 1000 };
    const base = addCpu(NO_CPU, { ticks: { loop: 0, threads: 0, database: 0, generator: 200, busy: 200, idle: 0 }, ops: 4000 });
    const text = cpuTable([{ scenario: 'Sign-in', baseline: 'argon2id verifies', measured: figures(80), base: figures(100), goal: {}, cpu: { measured, base } }], 100);
    expect(text).toMatch(/Sign-in\s+0\.50\s+0\.10\s+0\.30\s+0\.05\s+0\.05\s+1\.00\s+50%\s+argon2id verifies\s+0\.50\s+0%$/m);
    expect(cpuTable([{ scenario: 's', baseline: 'b', measured: figures(1), base: figures(1), goal: {} }], 100)).toBe('');
  });

  it("counts a database backend that started between two readings from nothing, and one that ended not at all", () => {
    const reading = (database: [number, number][], busy: number) => ({ loop: busy, threads: 0, database: new Map(database), generator: 0, busy, idle: 0 });
    const used = ticksBetween(reading([[10, 100], [11, 40]], 5), reading([[10, 130], [12, 7]], 9));
    expect(used).toEqual({ loop: 4, threads: 0, database: 37, generator: 0, busy: 4, idle: 0 });
  });

  it("caps each scenario of signed-in requests at the session check's rate over its requests, and says when the goal is above the cap", () => {
    const row = (scenario: string, signedInRequests: number | undefined, base: number, minRatio?: number): Row => ({
      scenario,
      baseline: 'b',
      measured: figures(1),
      base: figures(base),
      goal: minRatio === undefined ? {} : { minRatio },
      ...(signedInRequests === undefined ? {} : { signedInRequests }),
    });
    const text = sessionCeilings([row('Dashboard', 1, 40_000, 0.1), row('Pair', 2, 4_000, 0.3), row('Submission', 1, 2_000, 0.4), row('Sign-in', undefined, 100, 0.8), row('Queue', 1, 2_000)], 2_000);
    expect(text.split('\n')).toEqual([
      "the session check's ceiling (2000/s, the least a signed-in request does): the most each scenario could reach",
      'Dashboard: at most 0.050 of b (1 signed-in request an operation; goal >= 0.10, out of reach)',
      'Pair: at most 0.250 of b (2 signed-in requests an operation; goal >= 0.30, out of reach)',
      'Submission: at most 1.000 of b (1 signed-in request an operation; goal >= 0.40)',
    ]);
    expect(sessionCeilings([row('Sign-in', undefined, 100, 0.8)], 2_000)).toBe('');
  });
});
