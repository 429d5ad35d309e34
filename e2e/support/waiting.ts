/**
 * For waiting on the database: expect.poll gives up after 1 second by default, a wall-clock limit a busy machine can
 * pass. This is setTimeout's longest delay, so the test's own timeout is the only limit.
 */
export const untilTheTestTimesOut = { timeout: 2 ** 31 - 1 };
