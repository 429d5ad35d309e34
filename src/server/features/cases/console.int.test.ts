import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addDays, monthOf } from '../../../domain/index.js';
import { createJobWorker } from '../../../jobs/start.js';
import type { JobWorker } from '../../../jobs/worker.js';
import { startTestSmtp } from '../../testing/smtp.js';
import { buildTestApp, createUser, testConfig, TestClient, TEST_PASSWORD } from '../../testing/test-app.js';
import { testToday } from '../../testing/clock.js';

/** The county's cases console (issue #6): cases, authorised hours by month, assignments, the recipient's account. */
let db: TestDb;
let app: FastifyInstance;
let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
let worker: JobWorker;
const config = testConfig();
let ip = 0;
const client = () => new TestClient(app, `198.51.101.${++ip}`);
const staff = {} as Record<'la' | 'laAdmin' | 'orange' | 'state', TestClient>;
const DIAGNOSIS = 'Fictional: multiple sclerosis';
const thisMonth = monthOf(testToday());
const nextMonth = monthOf(addDays(`${thisMonth}-28`, 7));

const newCase = (over: Record<string, unknown> = {}) => ({
  caseNumber: '7300001',
  firstName: 'Rosa',
  lastName: 'Quintero',
  eligibleFrom: '2024-01-01',
  address: { street: '12 Console Ave', city: 'Los Angeles', state: 'ca', zip: '90012' },
  phone: '(555) 010-7777',
  home: { latitude: 34.05, longitude: -118.24 },
  diagnoses: DIAGNOSIS,
  authorization: { effectiveMonth: '2024-01', monthlyMinutes: 120 * 60 },
  ...over,
});
const audit = (action: string) => db.db.selectFrom('audit_events').select(['actor_user_id', 'county_id', 'details', 'outcome']).where('action', '=', action).orderBy('id').execute();

beforeAll(async () => {
  db = await createTestDb();
  smtp = await startTestSmtp();
  app = await buildTestApp(db.db, { smtpUrl: smtp.url });
  worker = createJobWorker(app, { pollMs: 30 });
  await worker.start();
  for (const [key, role, loginId, countyId] of [
    ['la', 'county_worker', 'console.la', 19],
    ['laAdmin', 'county_admin', 'console.la.admin', 19],
    ['orange', 'county_worker', 'console.orange', 30],
    ['state', 'state_admin', 'console.state', null],
  ] as const) {
    await createUser(db.db, config, { role, loginId, countyId });
    staff[key] = client();
    expect((await staff[key].signIn('staff', loginId)).statusCode).toBe(200);
  }
  await createUser(db.db, config, { loginId: '873000001', email: 'p1@example.com' });
  await createUser(db.db, config, { loginId: '873000002', countyId: 30 });
  expect((await staff.la.post('/api/staff/cases', newCase())).statusCode).toBe(200);
});
afterAll(async () => {
  await worker.stop();
  await app.close();
  await smtp.close();
  await db.drop();
});

describe('creating and editing a case', () => {
  it("creates the case in the worker's own county, with its hours, nothing sensitive in the view, diagnoses encrypted, audited", async () => {
    const res = await staff.la.post('/api/staff/cases', newCase({ caseNumber: '7300002', county: 'orange' }));
    expect(res.statusCode).toBe(200);
    const view = res.json();
    expect(view).toMatchObject({ caseNumber: '7300002', county: { slug: 'los-angeles' }, status: 'active', authorizations: [{ effectiveMonth: '2024-01', monthlyMinutes: 7200 }], assignments: [], recipientAccount: null });
    expect(JSON.stringify(view)).not.toMatch(/Console Ave|5550107777|sclerosis/);
    const row = await db.db.selectFrom('cases').select(['diagnoses_encrypted', 'phone']).where('case_number', '=', '7300002').executeTakeFirstOrThrow();
    expect(row.phone).toBe('5550107777');
    expect(row.diagnoses_encrypted!.toString('latin1')).not.toContain('sclerosis');
    const created = (await audit('case.created')).find((a) => (a.details as { caseNumber: string }).caseNumber === '7300002')!;
    expect(created.county_id).toBe(19);
    expect(JSON.stringify(created.details)).not.toContain('sclerosis');
  });

  it('refuses a case number already in use, beside the field', async () => {
    const res = await staff.laAdmin.post('/api/staff/cases', newCase());
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({ path: 'caseNumber', code: 'caseNumberTaken' });
  });

  it('asks a state admin which county, and lets them create in any', async () => {
    expect((await staff.state.post('/api/staff/cases', newCase({ caseNumber: '7300003' }))).json().error.fields[0]).toMatchObject({ path: 'county', code: 'required' });
    const res = await staff.state.post('/api/staff/cases', newCase({ caseNumber: '7300003', county: 'orange' }));
    expect(res.json().county.slug).toBe('orange');
  });

  it('edits names, eligibility and diagnoses; the audit row names the changed fields without the diagnosis', async () => {
    expect((await staff.la.post('/api/staff/cases/7300001', { eligibleTo: '2023-12-31' })).json().error.fields[0]).toMatchObject({ path: 'eligibleTo', code: 'endBeforeStart' });
    const res = await staff.la.post('/api/staff/cases/7300001', { lastName: 'Quintero Díaz', diagnoses: 'Fictional: updated', phone: null });
    expect(res.json().recipient.lastName).toBe('Quintero Díaz');
    const sensitive = (await staff.la.get('/api/staff/cases/7300001/sensitive')).json();
    expect(sensitive).toMatchObject({ diagnoses: 'Fictional: updated', phone: null, home: { latitude: 34.05 } });
    const [update] = await audit('case.updated');
    expect(update!.details).toMatchObject({ changes: { last_name: { from: 'Quintero', to: 'Quintero Díaz' } }, sensitiveFields: ['phone', 'diagnoses_encrypted'] });
    expect(JSON.stringify(update!.details)).not.toContain('updated');
  });

  it('reads address, phone and diagnoses only through the audited sensitive view, not cached', async () => {
    const res = await staff.laAdmin.get('/api/staff/cases/7300002/sensitive');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toMatchObject({ diagnoses: DIAGNOSIS, phone: '5550107777', address: { street: '12 Console Ave', state: 'CA' } });
    expect((await audit('case.sensitive_read')).filter((a) => a.outcome === 'success' && (a.details as { caseNumber: string }).caseNumber === '7300002')).toHaveLength(1);
  });
});

describe("another county's case", () => {
  it('answers "not found" to another county\'s staff for every read and write, exactly as an unknown case', async () => {
    const unknown = await staff.orange.get('/api/staff/cases/7399999');
    for (const res of [
      await staff.orange.get('/api/staff/cases/7300001'),
      await staff.orange.get('/api/staff/cases/7300001/sensitive'),
      await staff.orange.post('/api/staff/cases/7300001', { firstName: 'X' }),
      await staff.orange.post('/api/staff/cases/7300001/authorizations', { effectiveMonth: thisMonth, monthlyMinutes: 60 }),
      await staff.orange.post('/api/staff/cases/7300001/assignments', { providerId: '873000002', startDate: '2025-01-01' }),
      await staff.orange.post('/api/staff/cases/7300001/recipient-account', { email: 'x@example.com' }),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual(unknown.json());
    }
    expect((await staff.orange.get('/api/staff/cases?q=73000')).json().cases.map((c: { caseNumber: string }) => c.caseNumber)).toEqual(['7300003']);
    const denied = (await audit('case.sensitive_read')).filter((a) => a.outcome === 'denied');
    expect(denied.map((a) => (a.details as { caseNumber: string }).caseNumber)).toContain('7300001');
    expect((await db.db.selectFrom('cases').select('first_name').where('case_number', '=', '7300001').executeTakeFirstOrThrow()).first_name).toBe('Rosa');
  });

  it("lists and searches only the worker's county; a state admin sees all or one county", async () => {
    const la = (await staff.la.get('/api/staff/cases?county=orange')).json();
    expect(la.cases.map((c: { caseNumber: string }) => c.caseNumber)).toEqual(['7300001', '7300002']);
    expect((await staff.la.get('/api/staff/cases?q=quintero%20d')).json().cases.map((c: { caseNumber: string }) => c.caseNumber)).toEqual(['7300001']);
    const page = (await staff.state.get('/api/staff/cases?limit=2')).json();
    expect(page).toMatchObject({ cases: [{ caseNumber: '7300001' }, { caseNumber: '7300002' }], next: '7300002' });
    expect((await staff.state.get(`/api/staff/cases?limit=2&after=${page.next}`)).json()).toMatchObject({ cases: [{ caseNumber: '7300003' }], next: null });
  });
});

describe('assignments', () => {
  it('assigns a provider by Provider ID, refuses an overlapping second assignment with a clear error, and allows one after the first ends', async () => {
    const first = await staff.la.post('/api/staff/cases/7300001/assignments', { providerId: '873-000-001', startDate: '2024-01-01', assignedMonthlyMinutes: 60 * 60, travelAgreement: true });
    expect(first.statusCode).toBe(200);
    const [a] = first.json().assignments;
    expect(a).toMatchObject({ provider: { providerId: '873000001' }, startDate: '2024-01-01', endDate: null, assignedMonthlyMinutes: 3600, liveIn: false, travelAgreement: true });

    const overlap = await staff.la.post('/api/staff/cases/7300001/assignments', { providerId: '873000001', startDate: '2025-06-01' });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().error).toMatchObject({ code: 'assignmentOverlaps', params: { providerId: '873000001' } });
    expect(overlap.json().error.message).toContain('already assigned to this recipient');

    const ended = await staff.la.post(`/api/staff/cases/7300001/assignments/${a.id}/end`, { endDate: '2025-05-31' });
    expect(ended.json().assignments[0].endDate).toBe('2025-05-31');
    expect((await staff.la.post('/api/staff/cases/7300001/assignments', { providerId: '873000001', startDate: '2025-06-01', liveIn: true })).statusCode).toBe(200);
    // Moving the old one's end back over the new one is refused the same way.
    expect((await staff.la.post(`/api/staff/cases/7300001/assignments/${a.id}`, { endDate: null })).json().error.code).toBe('assignmentOverlaps');
    expect((await audit('assignment.created')).length).toBe(2);
    expect((await audit('assignment.ended'))[0]!.details).toMatchObject({ changes: { end_date: { from: null, to: '2025-05-31' } } });
  });

  it('refuses an unknown Provider ID and an assignment of another case', async () => {
    expect((await staff.la.post('/api/staff/cases/7300002/assignments', { providerId: '873000099', startDate: '2025-01-01' })).json().error.fields[0]).toMatchObject({ path: 'providerId', code: 'providerNotFound' });
    const other = (await staff.la.get('/api/staff/cases/7300001')).json().assignments[0].id;
    expect((await staff.la.post(`/api/staff/cases/7300002/assignments/${other}/end`, { endDate: '2025-01-01' })).json().error.code).toBe('assignmentNotFound');
  });
});

describe('authorised hours by month', () => {
  it("changes from a month on, and the provider's case status shows it for that month and not before", async () => {
    const p = client();
    expect((await p.signIn('provider', '873000001')).statusCode).toBe(200);
    const minutes = async (month: string) => (await p.get(`/api/cases?month=${month}`)).json().cases[0];
    expect(await minutes(thisMonth)).toMatchObject({ caseNumber: '7300001', authorizedMinutes: 7200 });
    const res = await staff.la.post('/api/staff/cases/7300001/authorizations', { effectiveMonth: nextMonth, monthlyMinutes: 150 * 60 });
    expect(res.json().authorizations).toEqual([{ effectiveMonth: '2024-01', monthlyMinutes: 7200 }, { effectiveMonth: nextMonth, monthlyMinutes: 9000 }]);
    expect(await minutes(thisMonth)).toMatchObject({ authorizedMinutes: 7200, weeklyMaximumMinutes: 1800 });
    expect(await minutes(nextMonth)).toMatchObject({ authorizedMinutes: 9000, weeklyMaximumMinutes: 2250 });
    expect((await audit('case.authorization_set')).at(-1)!.details).toMatchObject({ caseNumber: '7300001', effectiveMonth: nextMonth, monthlyMinutes: 9000, previous: null });
    expect((await staff.la.post('/api/staff/cases/7300001/authorizations', { effectiveMonth: thisMonth, monthlyMinutes: 283 * 60 + 1 })).statusCode).toBe(400);
  });
});

describe("the recipient's portal account", () => {
  it('is created with the case number as sign-in; the recipient chooses a password with "Forgot password?" and signs in', async () => {
    const since = smtp.mark();
    const res = await staff.la.post('/api/staff/cases/7300002/recipient-account', { email: 'rosa.q@example.com' });
    expect(res.json().recipientAccount).toMatchObject({ loginId: '7300002', setUp: false, status: 'active' });
    const welcome = await smtp.latestTo('rosa.q@example.com', since);
    expect(welcome.text).toContain('Forgot password?');
    expect(welcome.text).toContain('7300002');
    expect(welcome.text).not.toMatch(/https?:\/\//);
    expect((await client().signIn('recipient', '7300002')).statusCode).toBe(401);

    const c = client();
    // Marked once the welcome is in: any other mail sent between the two would shift a count.
    const beforeCode = smtp.mark();
    const start = await c.post('/api/auth/reset/start', { accountType: 'recipient', loginId: '7300002', method: 'email' });
    const code = /\b(\d{6})\b/.exec((await smtp.latestTo('rosa.q@example.com', beforeCode)).text)![1]!;
    expect((await c.post('/api/auth/reset/verify-code', { flowToken: start.json().flowToken, code })).statusCode).toBe(200);
    expect((await c.post('/api/auth/reset/complete', { flowToken: start.json().flowToken, password: TEST_PASSWORD })).statusCode).toBe(200);
    const r = client();
    expect((await r.signIn('recipient', '7300002')).statusCode).toBe(200);
    expect((await r.get('/api/cases')).json().cases.map((x: { caseNumber: string }) => x.caseNumber)).toEqual(['7300002']);
    expect((await staff.la.get('/api/staff/cases/7300002')).json().recipientAccount.setUp).toBe(true);
    expect((await staff.la.post('/api/staff/cases/7300002/recipient-account', { email: 'rosa.q@example.com' })).json().error.code).toBe('recipientAccountExists');
    expect(await audit('case.recipient_account_created')).toHaveLength(1);
  });
});
