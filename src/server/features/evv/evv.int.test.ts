import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addDays, californiaInstant } from '../../../domain/index.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../../testing/test-app.js';
import { assign, createCase } from '../cases/testing.js';
import { testNow, testToday } from '../../testing/clock.js';

let db: TestDb;
let app: FastifyInstance;
const config = testConfig();
let n = 0;
const today = testToday();
const yesterday = addDays(today, -1);
const at = (date: string, hh: number, mm = 0) => new Date(californiaInstant(date, hh * 60 + mm)).toISOString();

/** A provider assigned to one fresh case, signed in. */
async function provider(opts: { liveIn?: boolean } = {}) {
  n += 1;
  const loginId = `83000${String(n).padStart(4, '0')}`;
  const caseNumber = `83${String(n).padStart(5, '0')}`;
  const userId = await createUser(db.db, config, { loginId });
  const { caseId } = await createCase(db.db, config, { caseNumber, home: { latitude: 34.05, longitude: -118.24 } });
  await assign(db.db, { providerId: userId, caseId, liveIn: opts.liveIn ?? false });
  const c = new TestClient(app, `198.51.100.${n}`);
  expect((await c.signIn('provider', loginId)).statusCode).toBe(200);
  return { c, userId, caseNumber, caseId };
}

const checkIn = (c: TestClient, body: Record<string, unknown>) => c.post('/api/evv/check-in', { idempotencyKey: randomUUID(), locationType: 'community', ...body });
const checkOut = (c: TestClient, body: Record<string, unknown>) => c.post('/api/evv/check-out', { idempotencyKey: randomUUID(), ...body });

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('EVV check-in and check-out', () => {
  it('keeps the device time of the tap, and a retry with the same key returns the same record without a second one', async () => {
    const p = await provider();
    const key = randomUUID();
    const tappedAt = at(yesterday, 9, 2);
    const first = await p.c.post('/api/evv/check-in', { idempotencyKey: key, caseNumber: p.caseNumber, tappedAt, locationType: 'community' });
    expect(first.statusCode).toBe(200);
    expect(new Date(first.json().checkInAt).toISOString()).toBe(new Date(tappedAt).toISOString());
    const retry = await p.c.post('/api/evv/check-in', { idempotencyKey: key, caseNumber: p.caseNumber, tappedAt, locationType: 'community' });
    expect(retry.statusCode).toBe(200);
    expect(retry.json().id).toBe(first.json().id);
    const outKey = randomUUID();
    const out1 = await p.c.post('/api/evv/check-out', { idempotencyKey: outKey, caseNumber: p.caseNumber, tappedAt: at(yesterday, 12) });
    const out2 = await p.c.post('/api/evv/check-out', { idempotencyKey: outKey, caseNumber: p.caseNumber, tappedAt: at(yesterday, 12) });
    expect(out1.json()).toEqual(out2.json());
    expect(out1.json().checkOutAt).toBe(new Date(at(yesterday, 12)).toISOString());
    const rows = await db.db.selectFrom('evv_records').selectAll().where('provider_user_id', '=', p.userId).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.check_in_received_at!.getTime()).toBeGreaterThan(new Date(tappedAt).getTime());
    const audits = await db.db.selectFrom('audit_events').select('action').where('actor_user_id', '=', p.userId).where('action', 'like', 'evv.%').execute();
    expect(audits.map((a) => a.action).sort()).toEqual(['evv.check_in', 'evv.check_out']);
  });

  it('keeps a second check-in while one is open: the earlier is left open and flagged; a correction that overlaps is flagged, never refused', async () => {
    const p = await provider();
    const first = await checkIn(p.c, { caseNumber: p.caseNumber, tappedAt: at(yesterday, 9) });
    const second = await checkIn(p.c, { caseNumber: p.caseNumber, tappedAt: at(yesterday, 10) });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ checkInAt: at(yesterday, 10), flags: ['open_past_midnight'] });
    await checkOut(p.c, { caseNumber: p.caseNumber, tappedAt: at(yesterday, 11) });
    const state = (await p.c.get('/api/evv/state')).json();
    expect(state.open).toBeNull();
    expect(state.needsFix.map((r: { id: number; flags: string[] }) => [r.id, r.flags])).toEqual([[first.json().id, ['missing_check_out']]]);

    const overlapping = await p.c.post(`/api/evv/records/${first.json().id}/correct`, { checkOutAt: at(yesterday, 10, 30), reason: 'I forgot to check out' });
    expect(overlapping.statusCode).toBe(200);
    expect(overlapping.json()).toMatchObject({ checkOutAt: at(yesterday, 10, 30), flags: ['overlaps_another_visit'], overlapsWith: [second.json().id] });
    const fixed = await p.c.post(`/api/evv/records/${first.json().id}/correct`, { checkOutAt: at(yesterday, 10), reason: 'I left at ten' });
    expect(fixed.json()).toMatchObject({ flags: [], overlapsWith: [] });
    expect((await p.c.get('/api/evv/state')).json().needsFix).toEqual([]);
  });

  it('stores coordinates only for a "home" visit, and none for "community" even when sent', async () => {
    const p = await provider();
    const home = await checkIn(p.c, { caseNumber: p.caseNumber, tappedAt: at(yesterday, 8), locationType: 'home', locationStatus: 'captured', location: { latitude: 34.0501, longitude: -118.2401, accuracyMeters: 20 } });
    expect(home.json()).toMatchObject({ locationType: 'home', locationStatus: 'captured', farFromHome: false });
    await checkOut(p.c, { caseNumber: p.caseNumber, tappedAt: at(yesterday, 9) });
    const community = await checkIn(p.c, { caseNumber: p.caseNumber, tappedAt: at(yesterday, 10), locationType: 'community', location: { latitude: 34.1, longitude: -118.3 } });
    expect(community.json()).toMatchObject({ locationType: 'community', locationStatus: 'not_required' });
    const rows = await db.db.selectFrom('evv_records').selectAll().where('provider_user_id', '=', p.userId).orderBy('check_in_at').execute();
    expect([rows[0]!.check_in_latitude, rows[0]!.check_in_longitude]).toEqual([34.0501, -118.2401]);
    expect([rows[1]!.check_in_latitude, rows[1]!.check_in_longitude, rows[1]!.check_out_latitude]).toEqual([null, null, null]);
  });

  it('records a refused or unavailable location and still checks in; a far-away fix is flagged, never refused', async () => {
    const p = await provider();
    const refused = await checkIn(p.c, { caseNumber: p.caseNumber, tappedAt: at(yesterday, 7), locationType: 'home', locationStatus: 'refused' });
    expect(refused.statusCode).toBe(200);
    expect(refused.json().locationStatus).toBe('refused');
    await checkOut(p.c, { caseNumber: p.caseNumber, tappedAt: at(yesterday, 8) });
    const noFix = await checkIn(p.c, { caseNumber: p.caseNumber, tappedAt: at(yesterday, 9), locationType: 'home' });
    expect(noFix.json().locationStatus).toBe('unavailable');
    await checkOut(p.c, { caseNumber: p.caseNumber, tappedAt: at(yesterday, 10) });
    const far = await checkIn(p.c, { caseNumber: p.caseNumber, tappedAt: at(yesterday, 11), locationType: 'home', locationStatus: 'captured', location: { latitude: 34.2, longitude: -118.5, accuracyMeters: 30 } });
    expect(far.statusCode).toBe(200);
    expect(far.json().farFromHome).toBe(true);
  });

  it('flags a check-in left open past midnight, and fixes it with a one-tap correction that is audited with its reason', async () => {
    const p = await provider();
    const open = await checkIn(p.c, { caseNumber: p.caseNumber, tappedAt: at(yesterday, 20) });
    const state = (await p.c.get('/api/evv/state')).json();
    expect(state.needsFix.map((r: { id: number; flags: string[] }) => [r.id, r.flags])).toEqual([[open.json().id, ['open_past_midnight']]]);
    const dash = (await p.c.get('/api/dashboard')).json();
    expect(dash.attention.map((a: { kind: string }) => a.kind)).toContain('evv_needs_fix');
    const noReason = await p.c.post(`/api/evv/records/${open.json().id}/correct`, { checkOutAt: at(yesterday, 23) });
    expect(noReason.statusCode).toBe(400);
    const fixed = await p.c.post(`/api/evv/records/${open.json().id}/correct`, { checkOutAt: at(yesterday, 23), reason: 'Forgot to check out when I left' });
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json()).toMatchObject({ flags: [], edit: { reason: 'Forgot to check out when I left', byProvider: true } });
    const audit = await db.db.selectFrom('audit_events').select(['details']).where('action', '=', 'evv.corrected').where('actor_user_id', '=', p.userId).executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ reason: 'Forgot to check out when I left', before: { checkOutAt: null } });
    expect((await p.c.get('/api/evv/state')).json().needsFix).toEqual([]);
  });

  it('accepts a corrected check-out on the day after the check-in, and refuses one later than now on its own field', async () => {
    const p = await provider();
    const twoDaysAgo = addDays(today, -2);
    const open = await checkIn(p.c, { caseNumber: p.caseNumber, tappedAt: at(twoDaysAgo, 22) });
    const future = await p.c.post(`/api/evv/records/${open.json().id}/correct`, { checkOutAt: new Date(testNow().getTime() + 3_600_000).toISOString(), reason: 'I forgot to check out' });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields[0]).toMatchObject({ path: 'checkOutAt', code: 'evvTapInFuture' });
    const fixed = await p.c.post(`/api/evv/records/${open.json().id}/correct`, { checkOutAt: at(yesterday, 1, 30), reason: 'I forgot to check out' });
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json()).toMatchObject({ date: twoDaysAgo, checkInAt: at(twoDaysAgo, 22), checkOutAt: at(yesterday, 1, 30), flags: [] });
    expect((await p.c.get('/api/evv/state')).json().needsFix).toEqual([]);
  });

  it('keeps a check-out without a check-in, flagged, and joins it with its check-in when that arrives later', async () => {
    const p = await provider();
    const lone = await checkOut(p.c, { caseNumber: p.caseNumber, tappedAt: at(yesterday, 15) });
    expect(lone.statusCode).toBe(200);
    expect(lone.json()).toMatchObject({ checkInAt: null, flags: ['check_out_without_check_in'] });
    const late = await checkIn(p.c, { caseNumber: p.caseNumber, tappedAt: at(yesterday, 13) });
    expect(late.json()).toMatchObject({ id: lone.json().id, flags: [] });
    expect(await db.db.selectFrom('evv_records').select('id').where('provider_user_id', '=', p.userId).execute()).toHaveLength(1);
  });

  it('refuses a check-in for live-in providers with a message to enter hours directly', async () => {
    const p = await provider({ liveIn: true });
    const res = await checkIn(p.c, { caseNumber: p.caseNumber, tappedAt: at(yesterday, 9) });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'evvLiveInExempt', message: expect.stringContaining('Enter your hours directly') });
    expect((await p.c.get('/api/evv/state')).json().exemptCases).toEqual([p.caseNumber]);
  });

  it('refuses a case the provider is not assigned to, the same way as an unknown one', async () => {
    const p = await provider();
    const other = await provider();
    const theirs = await checkIn(p.c, { caseNumber: other.caseNumber, tappedAt: at(yesterday, 9) });
    const unknown = await checkIn(p.c, { caseNumber: '8999999', tappedAt: at(yesterday, 9) });
    expect(theirs.statusCode).toBe(400);
    expect(theirs.json().error.code).toBe('notAssignedToCase');
    expect(unknown.json().error.code).toBe('notAssignedToCase');
  });

  it('refuses a tap from a phone clock far in the future, with the hint to fix the clock', async () => {
    const p = await provider();
    const res = await checkIn(p.c, { caseNumber: p.caseNumber, tappedAt: new Date(testNow().getTime() + 3_600_000).toISOString() });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('evvTapInFuture');
  });
});
