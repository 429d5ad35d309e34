import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addDays } from '../../../domain/index.js';
import { buildTestApp, testConfig } from '../../testing/test-app.js';
import { testToday } from '../../testing/clock.js';
import { at, evvProvider, send, tapIn, tapOut } from './testing.js';

let db: TestDb;
let app: FastifyInstance;
const config = testConfig();
const yesterday = addDays(testToday(), -1);

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

interface StateView {
  open: { id: number } | null;
  needsFix: { id: number; checkInAt: string; overlapsWith: number[]; flags: string[] }[];
}

describe('the EVV state', () => {
  it('finds every overlap, not only with the next visit: a long visit overlaps the two inside it, an open check-in the visit after it', async () => {
    const p = await evvProvider(db.db, app, config, '76', 3);
    const [a, b, c] = p.caseNumbers as [string, string, string];
    const visit = async (caseNumber: string, from: number, to: number | null) => {
      const res = await send(p.c, tapIn(caseNumber, at(yesterday, from)));
      expect(res.statusCode).toBe(200);
      if (to !== null) expect((await send(p.c, tapOut(caseNumber, at(yesterday, to)))).statusCode).toBe(200);
      return (res.json() as { id: number }).id;
    };
    const long = await visit(a, 8, 18);
    const inside1 = await visit(b, 9, 10);
    const inside2 = await visit(c, 12, 13);
    await visit(b, 19, 20);
    const open = await visit(c, 21, null);
    const afterOpen = await visit(a, 22, 23);

    const state = (await p.c.get('/api/evv/state')).json() as StateView;
    expect(state.open?.id).toBe(open);
    const overlaps = Object.fromEntries(state.needsFix.map((v) => [v.id, v.overlapsWith]));
    expect(overlaps).toEqual({ [long]: [inside1, inside2], [inside1]: [long], [inside2]: [long], [open]: [afterOpen], [afterOpen]: [open] });
    expect(state.needsFix.map((v) => v.id)).toEqual([long, inside1, inside2, open, afterOpen]);
    expect(state.needsFix.find((v) => v.id === open)?.flags).toEqual(['open_past_midnight', 'overlaps_another_visit']);
  });

  it('leaves a discarded visit out of the overlaps it caused', async () => {
    const p = await evvProvider(db.db, app, config, '77', 2);
    const [a, b] = p.caseNumbers as [string, string];
    const first = (await send(p.c, tapIn(a, at(yesterday, 8)))).json() as { id: number };
    await send(p.c, tapOut(a, at(yesterday, 12)));
    const second = (await send(p.c, tapIn(b, at(yesterday, 10)))).json() as { id: number };
    await send(p.c, tapOut(b, at(yesterday, 11)));
    expect(((await p.c.get('/api/evv/state')).json() as StateView).needsFix.map((v) => v.id)).toEqual([first.id, second.id]);

    expect((await p.c.post(`/api/evv/records/${second.id}/correct`, { discard: true, reason: 'Tapped the wrong recipient' })).statusCode).toBe(200);
    expect(((await p.c.get('/api/evv/state')).json() as StateView).needsFix).toEqual([]);
  });
});
