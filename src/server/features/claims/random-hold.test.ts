import { describe, expect, it } from 'vitest';
import { RANDOM_HOLD_LIMITS } from '../../../contracts/county-settings.js';
import { randomHoldPicks, randomHoldSlot } from './random-hold.js';

const ids = Array.from({ length: 20_000 }, (_, i) => i + 1);

describe('the random signature check', () => {
  it('picks the same way every time for the same version, so a retried approval routes the same', () => {
    for (const id of ids.slice(0, 200)) {
      expect(randomHoldSlot(id)).toBe(randomHoldSlot(id));
      expect(randomHoldSlot(id)).toBeGreaterThanOrEqual(0);
      expect(randomHoldSlot(id)).toBeLessThan(1000);
    }
  });

  it('never picks at 0 and picks about the rate out of 1,000 at the highest rate a county may set', () => {
    expect(ids.some((id) => randomHoldPicks(id, 0))).toBe(false);
    const held = ids.filter((id) => randomHoldPicks(id, RANDOM_HOLD_LIMITS.max)).length / ids.length;
    expect(held).toBeGreaterThan(0.09);
    expect(held).toBeLessThan(0.11);
  });

  it('holds at a higher rate every version it holds at a lower one', () => {
    for (const id of ids.slice(0, 2000)) {
      if (randomHoldPicks(id, 10)) expect(randomHoldPicks(id, 50)).toBe(true);
      expect(randomHoldPicks(id, 50)).toBe(randomHoldSlot(id) < 50);
    }
  });
});
