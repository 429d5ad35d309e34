import { describe, expect, it } from 'vitest';
import { backoffSeconds } from './queue.js';

describe('retry backoff', () => {
  it('doubles from the base at each attempt, up to the cap, with jitter of a quarter either way', () => {
    expect(backoffSeconds(1, 30, 3600, 0.5)).toBe(30);
    expect(backoffSeconds(2, 30, 3600, 0.5)).toBe(60);
    expect(backoffSeconds(5, 30, 3600, 0.5)).toBe(480);
    expect(backoffSeconds(20, 30, 3600, 0.5)).toBe(3600);
    expect(backoffSeconds(1, 30, 3600, 0)).toBe(22.5);
    expect(backoffSeconds(1, 30, 3600, 1)).toBe(37.5);
  });
});
