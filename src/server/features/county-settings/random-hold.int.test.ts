import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { buildTestApp, testConfig } from '../../testing/test-app.js';
import { signInSettingsStaff, type SettingsStaff } from './testing.js';

/** The county's random signature check rate on the settings page (the routing itself: claims.int.test.ts). */
let db: TestDb;
let app: FastifyInstance;
const config = testConfig();
let staff: SettingsStaff;
const url = '/api/staff/counties/los-angeles/settings';

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
  staff = await signInSettingsStaff(app, db.db, config, 'hold', '198.51.103');
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe("the county's random signature check rate", () => {
  it('is off (0) until the county admin sets it; the change is audited with its old and new value', async () => {
    expect((await staff.laAdmin.get(url)).json().randomHoldPerMille).toBe(0);
    const res = await staff.laAdmin.post(url, { randomHoldPerMille: 25 });
    expect(res.statusCode).toBe(200);
    expect(res.json().randomHoldPerMille).toBe(25);
    expect((await staff.laAdmin.get(url)).json().randomHoldPerMille).toBe(25);
    const audit = await db.db.selectFrom('audit_events').select(['details', 'county_id']).where('action', '=', 'county.settings_changed').execute();
    expect(audit).toEqual([{ county_id: 19, details: { changes: { random_hold_per_mille: { from: 0, to: 25 } } } }]);
  });

  it.each([101, -1, 2.5, '10', null])('refuses %j beside the field, in the language of the request', async (value) => {
    const res = await staff.laAdmin.post(url, { randomHoldPerMille: value });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({ path: 'randomHoldPerMille', code: 'numberRange' });
    expect(res.json().error.fields[0].message).toBe('Enter a whole number from 0 to 100.');
    expect((await staff.laAdmin.get(url)).json().randomHoldPerMille).toBe(25);
  });

  it('is held to 0-100 by the database too', async () => {
    await expect(db.db.updateTable('counties').set({ random_hold_per_mille: 101 }).where('id', '=', 19).execute()).rejects.toThrow(/counties_random_hold_per_mille_check/);
    await expect(db.db.updateTable('counties').set({ random_hold_per_mille: -1 }).where('id', '=', 19).execute()).rejects.toThrow(/counties_random_hold_per_mille_check/);
  });

  it("is the county admin's (a state admin's for any county), not a worker's nor another county's", async () => {
    expect((await staff.laWorker.post(url, { randomHoldPerMille: 50 })).statusCode).toBe(403);
    expect((await staff.orangeAdmin.post(url, { randomHoldPerMille: 50 })).statusCode).toBe(404);
    const orange = await staff.state.post('/api/staff/counties/orange/settings', { randomHoldPerMille: 100 });
    expect(orange.json()).toMatchObject({ county: { slug: 'orange' }, randomHoldPerMille: 100 });
    expect((await staff.laAdmin.get(url)).json().randomHoldPerMille).toBe(25);
  });
});
