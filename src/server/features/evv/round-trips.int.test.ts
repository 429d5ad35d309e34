/**
 * What a check-in and its check-out cost the database in round trips (issue #16): every statement each request sends
 * on its connection is counted, the session check and the transaction's BEGIN and COMMIT included. The bound is
 * what the write path needs today (15 a tap before the tap, its neighbours and their visits were read in one
 * statement and the tap's visit written and read back in another; 11 before the locks, the key's first outcome and
 * the assignment were read in one, and the audit and key rows written with the visit), so a statement added to it
 * fails here.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../domain/index.js';
import { testToday } from '../../testing/clock.js';
import { commitsIn, recordingApp } from '../../testing/round-trips.js';
import { testConfig } from '../../testing/test-app.js';
import { at, evvProvider, send, tapIn, tapOut } from './testing.js';

/** A check-in's or a check-out's round trips at most: the session check, BEGIN, the tap's three statements, COMMIT. */
const MOST_A_TAP = 6;

const t = recordingApp();
const config = testConfig();

describe('an EVV check-in and check-out', () => {
  it(`each take at most ${MOST_A_TAP} round trips, one commit each`, async () => {
    const p = await evvProvider(t.db.db, t.app, config, '63');
    const [c] = p.caseNumbers as [string];
    const yesterday = addDays(testToday(), -1);
    const checkIn = await t.statementsOf(() => send(p.c, tapIn(c, at(yesterday, 9))));
    const checkOut = await t.statementsOf(() => send(p.c, tapOut(c, at(yesterday, 12))));
    console.log(`EVV round trips: check-in ${checkIn.length}, check-out ${checkOut.length}, the pair ${checkIn.length + checkOut.length}`);
    expect(commitsIn(checkIn)).toBe(1);
    expect(commitsIn(checkOut)).toBe(1);
    expect(checkIn.length).toBeLessThanOrEqual(MOST_A_TAP);
    expect(checkOut.length).toBeLessThanOrEqual(MOST_A_TAP);
  });
});
