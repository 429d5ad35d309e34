/**
 * Idempotency keys of the EVV writes (IETF httpapi Idempotency-Key draft; issue #10): concurrent twins of a tap or a
 * correction get the one record, the key reused for another request is a 422 that changes nothing, and a key
 * belongs to the person who made it.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addDays } from '../../../domain/index.js';
import { testToday } from '../../testing/clock.js';
import { buildTestApp, testConfig } from '../../testing/test-app.js';
import { at, evvProvider, send, tapIn, tapOut } from './testing.js';

let db: TestDb;
let app: FastifyInstance;
const config = testConfig();
const yesterday = addDays(testToday(), -1);
const TWINS = 20;

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

/** Everything EVV holds for a provider: a 422 must leave it as it was. */
async function holdings(userId: number) {
  const [taps, records, audits, keys] = await Promise.all([
    db.db.selectFrom('evv_taps').selectAll().where('provider_user_id', '=', userId).orderBy('id').execute(),
    db.db.selectFrom('evv_records').selectAll().where('provider_user_id', '=', userId).orderBy('id').execute(),
    db.db.selectFrom('audit_events').select(['action', 'details']).where('actor_user_id', '=', userId).where('action', 'like', 'evv.%').orderBy('id').execute(),
    db.db.selectFrom('idempotency_keys').select(['key', 'operation']).where('user_id', '=', userId).orderBy('key').execute(),
  ]);
  return { taps, records, audits, keys };
}

const reused = (res: { statusCode: number; json: () => unknown }) => {
  expect(res.statusCode).toBe(422);
  expect((res.json() as { error: { code: string } }).error.code).toBe('idempotencyKeyReused');
};

describe('EVV idempotency keys', () => {
  it(`answers ${TWINS} concurrent twins of a check-in, then of a check-out, with the one record, stored once`, async () => {
    const p = await evvProvider(db.db, app, config, '61');
    const [c] = p.caseNumbers as [string];
    const checkIn = tapIn(c, at(yesterday, 9));
    const ins = await Promise.all(Array.from({ length: TWINS }, () => send(p.c, checkIn)));
    expect(ins.map((r) => r.statusCode)).toEqual(Array(TWINS).fill(200));
    expect(new Set(ins.map((r) => JSON.stringify(r.json()))).size).toBe(1);
    const checkOut = tapOut(c, at(yesterday, 12));
    const outs = await Promise.all(Array.from({ length: TWINS }, () => send(p.c, checkOut)));
    expect(outs.map((r) => r.statusCode)).toEqual(Array(TWINS).fill(200));
    expect(new Set(outs.map((r) => JSON.stringify(r.json()))).size).toBe(1);
    expect(outs[0]!.json()).toMatchObject({ id: ins[0]!.json().id, checkInAt: at(yesterday, 9), checkOutAt: at(yesterday, 12), flags: [] });
    const held = await holdings(p.userId);
    expect(held.taps.map((t) => t.key)).toEqual([checkIn.idempotencyKey, checkOut.idempotencyKey]);
    expect(held.records).toHaveLength(1);
    expect(held.audits.map((a) => a.action)).toEqual(['evv.check_in', 'evv.check_out']);
    // A retry after the check-out answers with the visit as it is now.
    expect((await send(p.c, checkIn)).json()).toEqual(outs[0]!.json());
  });

  it('refuses the same key with another body, another kind of tap or for a correction with 422, changing nothing', async () => {
    const p = await evvProvider(db.db, app, config, '62', 2);
    const [a, b] = p.caseNumbers as [string, string];
    const checkIn = tapIn(a, at(yesterday, 9));
    const first = await send(p.c, checkIn);
    expect(first.statusCode).toBe(200);
    const before = await holdings(p.userId);
    reused(await send(p.c, { ...checkIn, caseNumber: b }));
    reused(await send(p.c, { ...checkIn, tappedAt: at(yesterday, 9, 5) }));
    reused(await send(p.c, { ...checkIn, locationType: 'home' }));
    reused(await send(p.c, { kind: 'out', idempotencyKey: checkIn.idempotencyKey, caseNumber: a, tappedAt: checkIn.tappedAt }));
    reused(await p.c.post(`/api/evv/records/${first.json().id}/correct`, { checkOutAt: at(yesterday, 12), reason: 'I forgot to check out', idempotencyKey: checkIn.idempotencyKey }));
    expect(await holdings(p.userId)).toEqual(before);
    // The same instant written with another offset is the same request.
    const sameInstant = await send(p.c, { ...checkIn, tappedAt: new Date(checkIn.tappedAt).toISOString().replace('Z', '+00:00') });
    expect(sameInstant.json()).toEqual(first.json());
  });

  it('keeps keys per person: another provider sending the same key records their own tap', async () => {
    const p = await evvProvider(db.db, app, config, '63');
    const q = await evvProvider(db.db, app, config, '63');
    const key = randomUUID();
    const mine = await send(p.c, { ...tapIn(p.caseNumbers[0]!, at(yesterday, 9)), idempotencyKey: key });
    const theirs = await send(q.c, { ...tapIn(q.caseNumbers[0]!, at(yesterday, 10)), idempotencyKey: key });
    expect([mine.statusCode, theirs.statusCode]).toEqual([200, 200]);
    expect(theirs.json()).toMatchObject({ caseNumber: q.caseNumbers[0], checkInAt: at(yesterday, 10) });
    expect(theirs.json().id).not.toBe(mine.json().id);
    const theirOut = await send(q.c, { ...tapOut(q.caseNumbers[0]!, at(yesterday, 11)) });
    expect(theirOut.json()).toMatchObject({ id: theirs.json().id, checkOutAt: at(yesterday, 11) });
    expect((await holdings(p.userId)).records).toEqual([expect.objectContaining({ check_in_key: key, check_out_at: null })]);
  });

  it(`answers ${TWINS} concurrent twins of a correction with one correction, audited once; another body with its key is a 422`, async () => {
    const p = await evvProvider(db.db, app, config, '64');
    const [c] = p.caseNumbers as [string];
    const open = (await send(p.c, tapIn(c, at(yesterday, 20)))).json() as { id: number };
    const body = { checkOutAt: at(yesterday, 23), reason: 'I forgot to check out', idempotencyKey: randomUUID() };
    const answers = await Promise.all(Array.from({ length: TWINS }, () => p.c.post(`/api/evv/records/${open.id}/correct`, body)));
    expect(answers.map((r) => r.statusCode)).toEqual(Array(TWINS).fill(200));
    expect(new Set(answers.map((r) => JSON.stringify(r.json()))).size).toBe(1);
    expect(answers[0]!.json()).toMatchObject({ checkOutAt: at(yesterday, 23), flags: [], edit: { reason: 'I forgot to check out' } });
    const before = await holdings(p.userId);
    expect(before.audits.filter((a) => a.action === 'evv.corrected')).toHaveLength(1);
    reused(await p.c.post(`/api/evv/records/${open.id}/correct`, { ...body, checkOutAt: at(yesterday, 22) }));
    reused(await p.c.post(`/api/evv/records/${open.id}/correct`, { ...body, checkOutAt: undefined, discard: true }));
    expect(await holdings(p.userId)).toEqual(before);
  });
});
