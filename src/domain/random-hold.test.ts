import { describe, expect, it } from 'vitest';
import { randomHoldPicks, randomHoldSlot, sha256FirstWord } from './random-hold';

const ids = Array.from({ length: 20_000 }, (_, i) => i + 1);

describe('the random signature check', () => {
  it('hashes with SHA-256 (FIPS 180-4 examples: "abc" in one block, 56 letters over two)', () => {
    expect(sha256FirstWord('abc')).toBe(0xba7816bf);
    expect(sha256FirstWord('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(0x248d6a61);
    expect(sha256FirstWord('')).toBe(0xe3b0c442);
  });

  it('gives each version the slot it has always had, so no approval routes differently after the move into the domain', () => {
    expect(ids.slice(0, 12).map(randomHoldSlot)).toEqual([460, 691, 563, 594, 34, 336, 418, 522, 30, 137, 651, 303]);
    expect(ids.reduce((s, id) => s + randomHoldSlot(id), 0)).toBe(9_996_791);
  });

  it('picks the same way every time for the same version, so a retried approval routes the same', () => {
    for (const id of ids.slice(0, 200)) {
      expect(randomHoldSlot(id)).toBe(randomHoldSlot(id));
      expect(randomHoldSlot(id)).toBeGreaterThanOrEqual(0);
      expect(randomHoldSlot(id)).toBeLessThan(1000);
    }
  });

  it('never picks at 0 and picks about the rate out of 1,000 at 100 (1 in 10, the highest rate a county may set)', () => {
    expect(ids.some((id) => randomHoldPicks(id, 0))).toBe(false);
    const held = ids.filter((id) => randomHoldPicks(id, 100)).length / ids.length;
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
