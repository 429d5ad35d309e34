import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchRows, pairTaps, type TapLike } from './pairing.js';

const tap = (key: string, kind: 'in' | 'out', minute: number): TapLike => ({ key, kind, tapped_at: new Date(Date.UTC(2026, 2, 2, 16, minute)) });
const keysOf = (visits: ReturnType<typeof pairTaps>) => visits.map((v) => [v.in?.key ?? null, v.out?.key ?? null, v.leftOpen]);

describe('pairing taps into visits', () => {
  it('pairs a check-in with the check-out right after it, keeps a check-out alone, and leaves a check-in open before another', () => {
    const taps = [tap('a-out', 'out', 0), tap('b-in1', 'in', 5), tap('c-in2', 'in', 10), tap('d-out', 'out', 20), tap('e-in3', 'in', 30)];
    expect(keysOf(pairTaps(taps))).toEqual([
      [null, 'a-out', false],
      ['b-in1', null, true],
      ['c-in2', 'd-out', false],
      ['e-in3', null, false],
    ]);
  });

  it('orders taps of the same instant check-in first, then by key, so a zero-length visit pairs', () => {
    expect(keysOf(pairTaps([tap('zz-out', 'out', 0), tap('aa-in', 'in', 0)]))).toEqual([['aa-in', 'zz-out', false]]);
    expect(keysOf(pairTaps([tap('b-in', 'in', 0), tap('a-in', 'in', 0)]))).toEqual([
      ['a-in', null, true],
      ['b-in', null, false],
    ]);
  });

  it('gives the same visits for any order of the same taps, each tap in exactly one visit', () => {
    const taps = fc.uniqueArray(fc.record({ key: fc.stringMatching(/^[A-Za-z0-9_-]{8}$/), kind: fc.constantFrom('in' as const, 'out' as const), minute: fc.integer({ min: 0, max: 30 }) }), {
      selector: (t) => t.key,
      maxLength: 25,
    });
    fc.assert(
      fc.property(
        taps.chain((ts) => fc.tuple(fc.constant(ts), fc.shuffledSubarray(ts, { minLength: ts.length, maxLength: ts.length }))),
        ([ts, shuffled]) => {
          const visits = pairTaps(ts.map((t) => tap(t.key, t.kind, t.minute)));
          expect(keysOf(pairTaps(shuffled.map((t) => tap(t.key, t.kind, t.minute))))).toEqual(keysOf(visits));
          expect(visits.flatMap((v) => [v.in?.key, v.out?.key]).filter(Boolean).sort()).toEqual(ts.map((t) => t.key).sort());
        },
      ),
    );
  });
});

describe('matching derived visits to stored ones', () => {
  it('keeps a visit by its check-in, then by its check-out, and leaves a new visit without a row', () => {
    const [in1, out1, out2, in3] = [tap('in1-key', 'in', 0), tap('out1-key', 'out', 10), tap('out2-key', 'out', 20), tap('in3-key', 'in', 30)];
    const rows = [
      { id: 7, check_in_key: 'in1-key', check_out_key: 'out2-key' },
      { id: 8, check_in_key: null, check_out_key: 'out9-key' },
    ];
    const { matched, unused } = matchRows(
      [
        { in: in1, out: out1, leftOpen: false },
        { in: null, out: out2, leftOpen: false },
        { in: in3, out: null, leftOpen: false },
      ],
      rows,
    );
    expect(matched.map((m) => m.row?.id ?? null)).toEqual([7, null, null]);
    expect(unused.map((r) => r.id)).toEqual([8]);
    const joined = matchRows([{ in: in1, out: out2, leftOpen: false }], [{ id: 9, check_in_key: null, check_out_key: 'out2-key' }]);
    expect(joined.matched.map((m) => m.row?.id)).toEqual([9]);
  });
});
