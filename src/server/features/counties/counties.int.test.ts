import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATEWIDE_HELP_DESK } from '../../../contracts/counties.js';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { buildTestApp } from '../../testing/test-app.js';

/** The counties' public facts: the list behind the county picker and each county's entry page. */
let db: TestDb;
let app: FastifyInstance;
const get = (url: string) => app.inject({ method: 'GET', url });

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('the list of counties', () => {
  it('answers anyone, signed in or not, with all 58 counties in name order', async () => {
    const res = await get('/api/counties');
    expect(res.statusCode).toBe(200);
    const { counties } = res.json() as { counties: { code: number; slug: string; name: string }[] };
    expect(counties).toHaveLength(58);
    expect(counties.map((c) => c.name)).toEqual(counties.map((c) => c.name).sort((a, b) => (a < b ? -1 : 1)));
    expect(counties.find((c) => c.slug === 'los-angeles')).toEqual({ code: 19, slug: 'los-angeles', name: 'Los Angeles' });
  });
});

describe("a county's entry page", () => {
  it("sends people to the statewide service desk while the county has no help desk of its own, with the default policy", async () => {
    const res = await get('/api/counties/alameda');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      code: 1,
      slug: 'alameda',
      name: 'Alameda',
      helpDesk: { ...STATEWIDE_HELP_DESK, statewide: true },
      languages: ['en', 'es'],
      policy: { lockoutThreshold: 5, lockoutMinutes: 1440, idleTimeoutMinutes: 15, absoluteTimeoutMinutes: 720, securityQuestionsAllowed: true },
    });
  });

  it("shows the county's own help desk and sign-in policy once it has them", async () => {
    await db.db
      .updateTable('counties')
      .set({ help_phone: '(555) 010-0142', help_email: 'ihss@example.gov', help_hours: 'Mon-Fri 8-5', idle_timeout_minutes: 5, security_questions_allowed: false, languages: ['en', 'es', 'zh'] })
      .where('slug', '=', 'fresno')
      .execute();
    const res = (await get('/api/counties/fresno')).json();
    expect(res.helpDesk).toEqual({ phone: '(555) 010-0142', email: 'ihss@example.gov', hours: 'Mon-Fri 8-5', statewide: false });
    expect(res.policy).toMatchObject({ idleTimeoutMinutes: 5, securityQuestionsAllowed: false });
    expect(res.languages).toEqual(['en', 'es', 'zh']);
  });

  it('answers "not found" for a county that does not exist, and refuses an address that cannot be a county', async () => {
    const unknown = await get('/api/counties/atlantis');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('notFound');
    expect((await get('/api/counties/Los-Angeles')).statusCode).toBe(400);
    expect((await get(`/api/counties/${'a'.repeat(60)}`)).statusCode).toBe(400);
  });
});
