import { describe, expect, it } from 'vitest';
import { newProviderId } from './service.js';

describe('Provider ID issue', () => {
  it('draws 9 digits that never start with 0', () => {
    for (let i = 0; i < 1000; i++) expect(newProviderId()).toMatch(/^[1-9]\d{8}$/);
  });

  it('draws again when it lands in the demo range 900000000-900000099', () => {
    const draws = [900_000_000, 900_000_042, 900_000_099, 900_000_100];
    expect(newProviderId(() => draws.shift()!)).toBe('900000100');
  });

  it('asks for numbers from 100000000 to 999999999', () => {
    let bounds: number[] = [];
    newProviderId((min, max) => ((bounds = [min, max]), 123_456_789));
    expect(bounds).toEqual([100_000_000, 1_000_000_000]);
  });
});
