import { expect, it } from 'vitest';
import { createTestDb } from '../../../db/testing/test-db.js';
import { buildTestApp } from '../../testing/test-app.js';

it('describes every workday route in the OpenAPI document', async () => {
  const db = await createTestDb();
  const app = await buildTestApp(db.db);
  const res = await app.inject({ method: 'GET', url: '/api/docs/json' });
  expect(res.statusCode).toBe(200);
  const paths = Object.keys(res.json().paths);
  for (const p of ['/api/timesheets/{timesheetId}/submit', '/api/evv/check-in', '/api/dashboard', '/api/calendar/{token}.ics', '/api/profile/email']) expect(paths).toContain(p);
  await app.close();
  await db.drop();
});
