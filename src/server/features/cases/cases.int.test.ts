import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../../testing/test-app.js';
import { assign, createCase } from './testing.js';

let db: TestDb;
let app: FastifyInstance;
const config = testConfig();
const DIAGNOSIS = 'Fictional: chronic obstructive pulmonary disease';
const clients = {} as Record<'provider' | 'other' | 'recipient' | 'otherRecipient' | 'staff' | 'otherStaff', TestClient>;
let providerId: number;
let recipientId: number;

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
  providerId = await createUser(db.db, config, { loginId: '850000001' });
  const formerId = await createUser(db.db, config, { loginId: '850000002', lastName: 'Former' });
  await createUser(db.db, config, { role: 'county_worker', loginId: 'cases.worker', countyId: 19 });
  await createUser(db.db, config, { role: 'county_worker', loginId: 'cases.orange', countyId: 30 });
  const a = await createCase(db.db, config, { caseNumber: '8500001', monthlyMinutes: 160 * 60, diagnoses: DIAGNOSIS });
  recipientId = a.recipientUserId!;
  await createCase(db.db, config, { caseNumber: '8500002', countyId: 30 });
  await assign(db.db, { providerId, caseId: a.caseId, assignedMinutes: 100 * 60 });
  await assign(db.db, { providerId: formerId, caseId: a.caseId, start: '2020-01-01', end: '2021-12-31' });
  const logins = { provider: ['provider', '850000001'], other: ['provider', '850000002'], recipient: ['recipient', '8500001'], otherRecipient: ['recipient', '8500002'], staff: ['staff', 'cases.worker'], otherStaff: ['staff', 'cases.orange'] } as const;
  let i = 0;
  for (const [k, [type, id]] of Object.entries(logins)) {
    const c = new TestClient(app, `192.0.2.${++i}`);
    expect((await c.signIn(type, id)).statusCode).toBe(200);
    clients[k as keyof typeof clients] = c;
  }
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('case status', () => {
  it('shows a provider only their assigned cases, with authorised, assigned and remaining hours and nothing sensitive', async () => {
    const body = (await clients.provider.get('/api/cases')).json();
    expect(body.cases).toHaveLength(1);
    expect(body.cases[0]).toMatchObject({
      caseNumber: '8500001',
      status: 'active',
      authorizedMinutes: 9600,
      remainingAuthorizedMinutes: 9600,
      weeklyMaximumMinutes: 2400,
      assignment: { assignedMinutes: 6000, remainingAssignedMinutes: 6000, liveIn: false },
    });
    expect(JSON.stringify(body)).not.toMatch(/Test St|5550109999|pulmonary/);
    expect((await clients.other.get('/api/cases')).json().cases).toEqual([]);
  });

  it('shows a recipient their own case only, and county staff none of these routes', async () => {
    expect((await clients.recipient.get('/api/cases')).json().cases.map((c: { caseNumber: string }) => c.caseNumber)).toEqual(['8500001']);
    expect((await clients.otherRecipient.get('/api/cases')).json().cases.map((c: { caseNumber: string }) => c.caseNumber)).toEqual(['8500002']);
    expect((await clients.staff.get('/api/cases')).statusCode).toBe(403);
    expect((await clients.otherStaff.get('/api/cases/8500001/sensitive')).statusCode).toBe(403);
  });
});

describe("a recipient's providers, to plan visits with", () => {
  it('lists only the names and Provider IDs of those assigned today or later, to the recipient of that case only', async () => {
    const res = await clients.recipient.get('/api/cases/8500001/providers');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ providers: [{ providerId: '850000001', firstName: 'Test', lastName: 'Person' }] });
    const denied = await clients.otherRecipient.get('/api/cases/8500001/providers');
    expect(denied.statusCode).toBe(404);
    expect(denied.json()).toEqual((await clients.otherRecipient.get('/api/cases/8599999/providers')).json());
    expect((await clients.otherRecipient.get('/api/cases/8500002/providers')).json()).toEqual({ providers: [] });
    expect((await clients.provider.get('/api/cases/8500001/providers')).statusCode).toBe(403);
    expect((await clients.staff.get('/api/cases/8500001/providers')).statusCode).toBe(403);
  });
});

describe('sensitive recipient data', () => {
  it('keeps diagnoses encrypted in the table: the raw bytes do not contain the plain text', async () => {
    const row = await db.db.selectFrom('cases').select('diagnoses_encrypted').where('case_number', '=', '8500001').executeTakeFirstOrThrow();
    expect(row.diagnoses_encrypted!.includes(Buffer.from('pulmonary'))).toBe(false);
    expect(row.diagnoses_encrypted!.toString('latin1')).not.toContain('pulmonary');
  });

  it('decrypts for an assigned provider and the recipient, and audits every read', async () => {
    const res = await clients.provider.get('/api/cases/8500001/sensitive');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toMatchObject({ caseNumber: '8500001', diagnoses: DIAGNOSIS, phone: '5550109999', address: { city: 'Los Angeles' } });
    expect((await clients.recipient.get('/api/cases/8500001/sensitive')).json().diagnoses).toBe(DIAGNOSIS);
    const reads = await db.db.selectFrom('audit_events').select(['actor_user_id', 'subject_user_id', 'outcome']).where('action', '=', 'case.sensitive_read').where('outcome', '=', 'success').execute();
    expect(reads).toEqual(expect.arrayContaining([{ actor_user_id: providerId, subject_user_id: recipientId, outcome: 'success' }]));
    expect(reads.length).toBeGreaterThanOrEqual(2);
  });

  it('answers "not found" to anyone not assigned, exactly as for an unknown case, and audits the refusal', async () => {
    const denied = await clients.other.get('/api/cases/8500001/sensitive');
    const unknown = await clients.other.get('/api/cases/8599999/sensitive');
    expect(denied.statusCode).toBe(404);
    expect(denied.json()).toEqual(unknown.json());
    expect((await clients.otherRecipient.get('/api/cases/8500001/sensitive')).statusCode).toBe(404);
    const refusals = await db.db.selectFrom('audit_events').select('details').where('action', '=', 'case.sensitive_read').where('outcome', '=', 'denied').execute();
    expect(refusals.map((r) => (r.details as { caseNumber: string }).caseNumber)).toEqual(expect.arrayContaining(['8500001', '8599999']));
  });
});

describe('the database keeps assignments apart', () => {
  it('refuses a second assignment of the same provider and case over overlapping dates', async () => {
    const c = await db.db.selectFrom('cases').select('id').where('case_number', '=', '8500001').executeTakeFirstOrThrow();
    await expect(assign(db.db, { providerId, caseId: c.id, start: '2024-01-01' })).rejects.toThrow(/exclusion|conflicting/);
  });
});
