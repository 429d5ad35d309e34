import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDb, type TestDb } from '../../db/testing/test-db.js';
import { addDays, californiaInstant } from '../../domain/index.js';
import { assign, createCase } from '../features/cases/testing.js';
import { testToday } from '../testing/clock.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../testing/test-app.js';

/**
 * Issue #10: what a stranger or a broken phone sends never reaches the database as a 500. Text with NUL is refused
 * by the contract with the field named; a value the contract lets through and the database refuses is a 400 or 409
 * in the person's language, logged as a defect; a body Fastify cannot read is a 4xx in words.
 */
let db: TestDb;
let app: FastifyInstance;
const config = testConfig();
const LA = 19;
const today = testToday();
const yesterday = addDays(today, -1);
const at = (date: string, hh: number) => new Date(californiaInstant(date, hh * 60)).toISOString();
let ip = 0;
const c = {} as Record<'worker' | 'admin' | 'state' | 'provider', TestClient>;
let evvRecordId: number;
let threadId: number;
const CASE = '8100001';

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
  const people = [
    ['worker', 'county_worker', 'err.worker', 'staff'],
    ['admin', 'county_admin', 'err.admin', 'staff'],
    ['state', 'state_admin', 'err.state', 'staff'],
    ['provider', 'provider', '810000001', 'provider'],
  ] as const;
  const ids = {} as Record<string, number>;
  for (const [key, role, loginId, type] of people) {
    ids[key] = await createUser(db.db, config, { role, loginId, countyId: LA });
    c[key] = new TestClient(app, `203.0.113.${++ip}`);
    expect((await c[key].signIn(type, loginId)).statusCode).toBe(200);
  }
  const { caseId } = await createCase(db.db, config, { caseNumber: CASE });
  await assign(db.db, { providerId: ids.provider!, caseId });
  await c.provider.post('/api/evv/check-in', { idempotencyKey: randomUUID(), caseNumber: CASE, tappedAt: at(yesterday, 9), locationType: 'community' });
  const out = await c.provider.post('/api/evv/check-out', { idempotencyKey: randomUUID(), caseNumber: CASE, tappedAt: at(yesterday, 11) });
  evvRecordId = out.json().id;
  const thread = await c.worker.post('/api/staff/messages', { audience: 'one', providerId: '810000001', subject: 'Your timesheet', body: 'Please check Monday.' });
  threadId = thread.json().threadId;
  expect([out.statusCode, thread.statusCode]).toEqual([200, 200]);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

/**
 * A digest of every table. Sessions and rate-limit counters are left out: each request, refused or not, touches them
 * by design (the idle timer, the per-network limits).
 */
async function snapshot(): Promise<Record<string, string>> {
  const tables = await sql<{ name: string }>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('sessions', 'rate_limit_hits') ORDER BY tablename`.execute(db.db);
  const digest: Record<string, string> = {};
  for (const { name } of tables.rows) {
    const { rows } = await sql<{ h: string }>`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM ${sql.table(name)} t`.execute(db.db);
    digest[name] = rows[0]!.h;
  }
  return digest;
}

/** Posts a body with NUL in one text field: a 400 that names the field and where the character is; nothing changes. */
async function refusesNul(client: TestClient, url: string, body: unknown, field: string, position: number) {
  const before = await snapshot();
  const res = await client.post(url, body);
  expect(res.statusCode, res.body).toBe(400);
  expect(res.json().error.fields).toEqual([
    { path: field, code: 'textControlChar', message: expect.stringContaining(`position ${position} (U+0000)`), params: { position, character: 'U+0000' } },
  ]);
  expect(await snapshot()).toEqual(before);
}

describe('NUL in a text field', () => {
  const enrolment = (over: Record<string, unknown>) => ({
    firstName: 'Lucía',
    lastName: 'Hernández',
    dateOfBirth: addDays(today, -40 * 365),
    ssnLast4: '6789',
    orientationCompletedOn: addDays(today, -15),
    backgroundCheckClearedOn: today,
    ...over,
  });

  it('is refused by enrolment, naming the field', async () => {
    await refusesNul(c.worker, '/api/staff/enrolments', enrolment({ lastName: 'Her\u0000nández' }), 'lastName', 4);
    await refusesNul(c.worker, '/api/staff/enrolments', enrolment({ mailingAddress: { street: '100 Main St\u0000', city: 'Los Angeles', state: 'CA', zip: '90012' } }), 'mailingAddress.street', 12);
  });

  it('is refused by the cases console, on a new case and on a change', async () => {
    await refusesNul(c.worker, '/api/staff/cases', { caseNumber: '8100002', firstName: '\u0000Ana', lastName: 'Ruiz', eligibleFrom: today }, 'firstName', 1);
    await refusesNul(c.worker, `/api/staff/cases/${CASE}`, { diagnoses: 'Line one\nline\u0000two' }, 'diagnoses', 14);
  });

  it('is refused by the profile', async () => {
    await refusesNul(c.provider, '/api/profile', { mailingAddress: { street: '1 Elm St', unit: 'Apt\u00002', city: 'Fresno', state: 'CA', zip: '93701' } }, 'mailingAddress.unit', 4);
  });

  it('is refused in messages and replies, from either side', async () => {
    await refusesNul(c.worker, '/api/staff/messages', { audience: 'county', subject: 'Pay\u0000day', body: 'Hello' }, 'subject', 4);
    await refusesNul(c.provider, `/api/messages/${threadId}/reply`, { body: 'Thank you\u0000' }, 'body', 10);
    await refusesNul(c.worker, `/api/staff/messages/${threadId}/reply`, { body: '\u0000' }, 'body', 1);
  });

  it('is refused by the state admin’s county admins', async () => {
    await refusesNul(c.state, '/api/state/county-admins', { countyCode: LA, loginId: 'new.admin', firstName: 'Rosa\u0000', lastName: 'Park', email: 'rosa@example.com' }, 'firstName', 5);
  });

  it('is refused by the county settings and wage rates', async () => {
    await refusesNul(c.admin, '/api/staff/counties/los-angeles/settings', { helpDesk: { phone: null, email: null, hours: 'Mon\u0000Fri' } }, 'helpDesk.hours', 4);
    await refusesNul(c.admin, '/api/staff/counties/los-angeles/wage-rates', { effectiveFrom: today, rateCents: 2000, note: 'Resolution\u0000' }, 'note', 11);
  });

  it('is refused by an EVV correction', async () => {
    await refusesNul(c.provider, `/api/evv/records/${evvRecordId}/correct`, { checkOutAt: at(yesterday, 12), reason: 'Forgot\u0000' }, 'reason', 7);
  });

  it('is refused in a query string and a path, and said in the person’s language', async () => {
    const query = await c.worker.get('/api/staff/cases?q=Ru%00iz', { 'accept-language': 'es' });
    expect(query.statusCode).toBe(400);
    expect(query.json().error.fields[0]).toMatchObject({ path: 'q', code: 'textControlChar', message: expect.stringContaining('Quite el carácter oculto en la posición 3') });
    expect((await c.admin.get('/api/staff/accounts/err%00.worker')).statusCode).toBe(400);
  });
});

describe('numbers the columns cannot hold', () => {
  it('refuses an accuracy of 5e-324 m, which a `real` column cannot store, and records no tap', async () => {
    const before = await snapshot();
    const res = await c.provider.post('/api/evv/check-in', {
      idempotencyKey: randomUUID(),
      caseNumber: CASE,
      tappedAt: at(yesterday, 14),
      locationType: 'home',
      locationStatus: 'captured',
      location: { latitude: 34.05, longitude: -118.24, accuracyMeters: 5e-324 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([expect.objectContaining({ path: 'location.accuracyMeters', code: 'accuracyRange', params: { min: 0.01, max: 100_000 } })]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an id past int4 in a path', async () => {
    expect((await c.provider.get('/api/timesheets/2147483648')).statusCode).toBe(400);
    expect((await c.provider.get('/api/timesheets/1e400')).statusCode).toBe(400);
  });
});

describe('a database refusal the contracts let through', () => {
  it('is a 400 or 409 in words, logged as a defect, with nothing saved', async () => {
    // Tighter rules than the contracts know of stand for a contract that is wrong.
    await sql`ALTER TABLE counties ADD CONSTRAINT test_hours_short CHECK (length(help_hours) <= 5) NOT VALID`.execute(db.db);
    await sql`ALTER TABLE wage_rates ALTER COLUMN note TYPE varchar(5)`.execute(db.db);
    await sql`CREATE UNIQUE INDEX test_one_subject ON message_threads (subject)`.execute(db.db);
    const defects = vi.spyOn(app.log, 'error');
    try {
      const before = await snapshot();
      const rule = await c.admin.post('/api/staff/counties/los-angeles/settings', { helpDesk: { phone: null, email: null, hours: 'Mon to Fri' } }, { 'accept-language': 'es' });
      expect([rule.statusCode, rule.json().error.code]).toEqual([400, 'valueBreaksRule']);
      expect(rule.json().error.message).toContain('no se guardó nada');
      const data = await c.admin.post('/api/staff/counties/los-angeles/wage-rates', { effectiveFrom: today, rateCents: 2000, note: 'Resolution 14' });
      expect([data.statusCode, data.json().error.code]).toEqual([400, 'valueNotStorable']);
      expect(await snapshot()).toEqual(before);

      const subject = { audience: 'county', subject: 'Your timesheet', body: 'Again' } as const;
      const conflict = await c.worker.post('/api/staff/messages', subject);
      expect([conflict.statusCode, conflict.json().error.code]).toEqual([409, 'conflictWithRecord']);
      expect(conflict.json().error.message).toContain('nothing was saved');
      expect(await snapshot()).toEqual(before);

      const logged = defects.mock.calls.filter(([obj]) => typeof obj === 'object' && obj !== null && 'defect' in obj);
      expect(logged.map(([obj]) => (obj as { pg: { code: string } }).pg.code)).toEqual(['23514', '22001', '23505']);
      expect(JSON.stringify(logged)).not.toContain('Your timesheet');
    } finally {
      defects.mockRestore();
    }
  });
});

describe('a request Fastify cannot read', () => {
  it('answers bad JSON, an empty JSON body, a body too large and an unknown media type with their 4xx in words', async () => {
    const json = { 'content-type': 'application/json' };
    const bad = await c.provider.post('/api/profile', '{"preferredLanguage": "es"', json);
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, 'requestUnreadable']);
    const empty = await c.provider.post('/api/profile', '', json);
    expect([empty.statusCode, empty.json().error.code]).toEqual([400, 'requestUnreadable']);
    const large = await c.provider.post('/api/profile', JSON.stringify({ preferredLanguage: 'x'.repeat(300 * 1024) }), json);
    expect([large.statusCode, large.json().error]).toEqual([413, expect.objectContaining({ code: 'requestTooLarge', params: { limitKb: 256 } })]);
    const xml = await c.provider.post('/api/profile', '<profile/>', { 'content-type': 'application/xml' });
    expect([xml.statusCode, xml.json().error.code]).toEqual([415, 'mediaTypeNotSupported']);
  });

  it('answers a malformed address with a 400 in the person’s language', async () => {
    const res = await c.provider.get('/api/messages/%E0%A4%A', { 'accept-language': 'es' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'addressMalformed', message: expect.stringContaining('Esta dirección web no es correcta') });
  });
});
