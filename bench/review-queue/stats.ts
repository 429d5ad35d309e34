/** Latency figures of one measured request: the median and the 95th percentile, in milliseconds. */
export interface Latency {
  readonly medianMs: number;
  readonly p95Ms: number;
}

/** The value at quantile `q` (0-1) of the samples, nearest rank: no interpolation between two requests. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new RangeError('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function latency(samples: readonly number[]): Latency {
  return { medianMs: quantile(samples, 0.5), p95Ms: quantile(samples, 0.95) };
}
