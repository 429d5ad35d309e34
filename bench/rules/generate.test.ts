import { describe, expect, it } from 'vitest';
import { rulesCase } from '../../src/contracts/rules';
import { generateProviderMonths, seededRandom } from './generate';
import { measure, measureAllCores } from './run';

describe('the statewide-shaped data generator', () => {
  it('makes the same data from the same seed, and different data from another', () => {
    const a = generateProviderMonths({ seed: 7, count: 50, month: '2026-03' });
    expect(generateProviderMonths({ seed: 7, count: 50, month: '2026-03' })).toEqual(a);
    expect(generateProviderMonths({ seed: 8, count: 50, month: '2026-03' })).not.toEqual(a);
  });

  it('draws numbers in [0, 1)', () => {
    const random = seededRandom(1);
    for (let i = 0; i < 1000; i++) {
      const x = random();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });

  it('makes valid cases in the month asked for, mostly one recipient per provider', () => {
    const cases = generateProviderMonths({ seed: 1, count: 500, month: '2024-02' });
    for (const c of cases) {
      expect(rulesCase.safeParse(c).success).toBe(true);
      for (const e of c.entries) expect(e.date.slice(0, 7)).toBe('2024-02');
    }
    const single = cases.filter((c) => c.recipients.length === 1).length;
    expect(single / cases.length).toBeGreaterThan(0.75);
    expect(cases.some((c) => c.recipients.length > 1)).toBe(true);
  });
});

describe('the benchmark', () => {
  it('reports rates, a statewide projection and a ratio to its bare-loop baseline', () => {
    const result = measure({ count: 30, seed: 1, minMs: 1 });
    expect(result.providerMonths).toBe(30);
    expect(result.evaluatePerSecond).toBeGreaterThan(0);
    expect(result.projectedStatewideSeconds).toBeCloseTo(716_000 / result.evaluatePerSecond);
    expect(result.ratioToBaseline).toBeCloseTo(result.baselinePerSecond / result.evaluatePerSecond);
  });
});

describe('the benchmark on every core', () => {
  it('gives each worker a slice and finds their results equal to one core', async () => {
    const result = await measureAllCores({ count: 40, seed: 1, workers: 2, minMs: 1, oneCorePerSecond: 40 });
    expect(result).toMatchObject({ workers: 2, rounds: 1, sameResults: true });
    expect(result.projectedStatewideSeconds).toBeCloseTo(716_000 / result.perSecond);
    expect(result.ratioToGoal).toBeCloseTo(result.projectedStatewideSeconds / 10);
  });
});
