import { describe, expect, it } from 'vitest';
import { latency, quantile } from './stats';

describe('the review-queue benchmark figures', () => {
  it('takes the nearest-rank quantile of unsorted samples', () => {
    expect(quantile([5, 1, 4, 2, 3], 0.5)).toBe(3);
    expect(quantile([5, 1, 4, 2, 3], 1)).toBe(5);
    expect(quantile([5, 1, 4, 2, 3], 0)).toBe(1);
  });

  it('reports the median and the 95th percentile', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(latency(samples)).toEqual({ medianMs: 50, p95Ms: 95 });
  });

  it('refuses an empty measurement rather than reporting zero', () => {
    expect(() => quantile([], 0.5)).toThrow(RangeError);
  });
});
