import { describe, expect, it } from 'vitest';
import { countyGroups } from './county-groups.js';

describe('the county groups of a pay run', () => {
  it('balances the work, the biggest county first, and leaves out counties with none', () => {
    const work = new Map([
      [19, 400],
      [37, 120],
      [30, 100],
      [33, 90],
      [2, 1],
      [3, 0],
    ]);
    expect(countyGroups(work, 2)).toEqual([[19], [2, 30, 33, 37]]);
    expect(countyGroups(work, 1)).toEqual([[2, 19, 30, 33, 37]]);
  });

  it('makes no empty group when there are fewer counties with work than workers', () => {
    expect(countyGroups(new Map([[19, 5]]), 4)).toEqual([[19]]);
    expect(countyGroups(new Map(), 4)).toEqual([]);
  });
});
