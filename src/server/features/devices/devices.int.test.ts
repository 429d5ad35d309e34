import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { sha256 } from '../../lib/tokens.js';
import { DEFAULT_POLICY } from '../counties/service.js';
import { startSession } from '../sessions/service.js';
import { createUser, testConfig } from '../../testing/test-app.js';
import { noteSignInDevice } from './service.js';

/**
 * The browsers an account signs in from, as the sign-in routes note them: the first one sends no notice, a browser
 * not seen before sends `new_device_sign_in` (in the portal, and queued by email), the same browser again sends none.
 */
let db: TestDb;
let userId: number;
/** The first browser's cookie, as it would come back. */
const phone = { token: '', deviceId: null as number | null };
const PHONE = { ip: '203.0.113.77', userAgent: 'Mozilla/5.0 (Linux; Android 14; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36' };
const LAPTOP = { ip: '192.168.1.20', userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0' };

/** A sign-in's session, then its browser noted, as the sign-in routes do. */
async function signIn(client: { ip: string; userAgent: string }, deviceToken: string | undefined, who = userId) {
  const session = await startSession(db.db, who, DEFAULT_POLICY, client);
  const sessionIdHash = sha256(session.token);
  const noted = await noteSignInDevice(db.db, { userId: who, sessionIdHash, deviceToken, client });
  const row = await db.db.selectFrom('sessions').select('device_id').where('id_hash', '=', sessionIdHash).executeTakeFirstOrThrow();
  return { ...noted, deviceId: row.device_id };
}
const notices = (who = userId) => db.db.selectFrom('notifications').select(['event', 'data']).where('user_id', '=', who).where('event', '=', 'new_device_sign_in').execute();
const emails = (who = userId) =>
  db.db.selectFrom('jobs').select('payload').where('kind', '=', 'notification.deliver').where(({ ref }) => ref('payload', '->>').key('userId'), '=', String(who)).execute();

beforeAll(async () => {
  db = await createTestDb();
  userId = await createUser(db.db, testConfig(), { loginId: '877000001', countyId: 10 });
});
afterAll(async () => {
  await db.drop();
});

describe('noting the browser of a sign-in', () => {
  it('gives the first browser a token, keeps only its hash, and sends no notice: there is nothing to compare it with', async () => {
    const first = await signIn(PHONE, undefined);
    expect(first.isNew).toBe(true);
    expect(first.deviceToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const devices = await db.db.selectFrom('known_devices').selectAll().where('user_id', '=', userId).execute();
    expect(devices).toEqual([expect.objectContaining({ id: first.deviceId, token_hash: sha256(first.deviceToken) })]);
    expect(JSON.stringify(devices)).not.toContain(first.deviceToken);
    expect(await notices()).toEqual([]);
    Object.assign(phone, { token: first.deviceToken, deviceId: first.deviceId });
  });

  it('sends the notice, once, for a browser the account has not seen, with the device in codes each language words', async () => {
    const laptop = await signIn(LAPTOP, undefined);
    expect(laptop.isNew).toBe(true);
    expect(await notices()).toEqual([
      { event: 'new_device_sign_in', data: { device: 'computer', browser: 'Firefox', os: 'Windows', network: 'private', ipVersion: 4, address: null } },
    ]);
    // Security notices also go by email, whatever the preferences say.
    expect((await emails()).map((j) => (j.payload as { event: string }).event)).toContain('new_device_sign_in');
  });

  it('sends nothing for a browser seen before: its cookie comes back, the same row and token stay', async () => {
    const before = (await notices()).length;
    const same = await signIn(PHONE, phone.token);
    expect(same).toEqual({ deviceToken: phone.token, isNew: false, deviceId: phone.deviceId });
    expect(await notices()).toHaveLength(before);
  });

  it("ignores a cookie that cannot be a token, and treats another account's browser as new to this account", async () => {
    const odd = await signIn(PHONE, 'not a token');
    expect(odd.deviceToken).not.toBe('not a token');
    const otherId = await createUser(db.db, testConfig(), { loginId: '877000002', countyId: 10 });
    const shared = await signIn(PHONE, odd.deviceToken, otherId);
    // One browser, one token, a row for each account: the other account's first browser sends it no notice.
    expect(shared).toMatchObject({ deviceToken: odd.deviceToken, isNew: true });
    expect(shared.deviceId).not.toBe(odd.deviceId);
    expect(await notices(otherId)).toEqual([]);
  });

  it("works inside the caller's transaction: if the sign-in does not commit, neither do the device nor its notice", async () => {
    const [devicesBefore, noticesBefore] = [(await db.db.selectFrom('known_devices').select('id').execute()).length, (await notices()).length];
    const session = await startSession(db.db, userId, DEFAULT_POLICY, LAPTOP);
    await expect(
      db.db.transaction().execute(async (trx) => {
        const noted = await noteSignInDevice(trx, { userId, sessionIdHash: sha256(session.token), deviceToken: undefined, client: LAPTOP });
        expect(noted.isNew).toBe(true);
        expect((await trx.selectFrom('notifications').select('id').where('user_id', '=', userId).where('event', '=', 'new_device_sign_in').execute()).length).toBe(noticesBefore + 1);
        throw new Error('the sign-in failed after this');
      }),
    ).rejects.toThrow('the sign-in failed after this');
    expect((await db.db.selectFrom('known_devices').select('id').execute()).length).toBe(devicesBefore);
    expect(await notices()).toHaveLength(noticesBefore);
  });
});
