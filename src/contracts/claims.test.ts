import { describe, expect, it } from 'vitest';
import { reviewQueueQuery } from './claims.js';

describe("the county review queue's filters", () => {
  it('take a whole number of business days from the address, with spaces around it', () => {
    expect(reviewQueueQuery.parse({ minAgeDays: ' 2 ' })).toEqual({ minAgeDays: 2 });
    expect(reviewQueueQuery.parse({})).toEqual({});
  });

  it.each(['abc', '2.5', '-1', '366', '1e2'])('refuse %s as a number outside 0 to 365, with the limits the message names', (value) => {
    const result = reviewQueueQuery.safeParse({ minAgeDays: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['minAgeDays'], message: 'numberRange', params: { min: 0, max: 365 } });
  });
});
