/**
 * What a provider's password sign-in costs the database in round trips (issue #16: sign-ins must run near the speed
 * of the password hash itself, and every statement takes CPU from the hashes on the same cores): every statement the
 * request sends is counted, BEGIN and COMMIT included. The bound is what a sign-in needs today (the network's
 * rate-limit hit, BEGIN, the failures row with the account, the county, the account's factors, the session, the audit
 * row, the device and the session's device, COMMIT), so a statement added to it fails here.
 */
import { describe, expect, it } from 'vitest';
import { commitsIn, recordingApp } from '../../testing/round-trips.js';
import { createUser, TestClient, testConfig } from '../../testing/test-app.js';

const MOST_A_SIGN_IN = 10;

const t = recordingApp();

describe("a provider's sign-in from a phone used before", () => {
  it(`takes at most ${MOST_A_SIGN_IN} round trips and one transaction`, async () => {
    await createUser(t.db.db, testConfig(), { loginId: '700000001' });
    const phone = new TestClient(t.app);
    expect((await phone.signIn('provider', '700000001')).statusCode).toBe(200);
    await phone.post('/api/auth/sign-out');
    await phone.get('/api/session');
    const sent = await t.statementsOf(() => phone.signIn('provider', '700000001'));
    console.log(`sign-in round trips: ${sent.length}`);
    expect(commitsIn(sent)).toBe(1);
    expect(sent.length).toBeLessThanOrEqual(MOST_A_SIGN_IN);
  });
});
