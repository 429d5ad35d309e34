import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addDays, californiaInstant, payPeriodOf } from '../../../domain/index.js';
import { testClock, testToday } from '../../testing/clock.js';
import { buildTestApp, createUser, TEST_PASSWORD, testConfig, TestClient } from '../../testing/test-app.js';
import { electionAppliesFrom } from './rules.js';
import { changeElection, withholdingView } from './service.js';

/** The provider's W-4 and DE 4 elections: the date each applies from, re-authentication, the audit and the notice. */
let db: TestDb;
let app: FastifyInstance;
const config = testConfig();
const today = testToday();
let provider: TestClient;
let providerId: number;

const W4 = { filingStatus: 'married_jointly', multipleJobs: true, dependentsCents: 400_000, otherIncomeCents: 0, deductionsCents: 1_250_000, extraCents: 2_550, exempt: false } as const;
const DE4 = { filingStatus: 'married', allowances: 3, estimatedDeductionAllowances: 1, extraCents: 0, exempt: false } as const;

/** Moves the provider's last proof of identity `minutes` back. */
const authenticatedAgo = (userId: number, minutes: number) =>
  db.db.updateTable('sessions').set({ authenticated_at: new Date(testClock.now().getTime() - minutes * 60_000) }).where('user_id', '=', userId).execute();

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
  providerId = await createUser(db.db, config, { loginId: '876000001' });
  provider = new TestClient(app, '198.51.105.1');
  expect((await provider.signIn('provider', '876000001')).statusCode).toBe(200);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('a withholding election', () => {
  it('made by a provider never paid applies from the first pay period after 90 days from the change, and is pending until then', async () => {
    const before = (await provider.get('/api/withholding')).json();
    expect(before).toMatchObject({ today, waitingDays: 90, firstPaidOn: null, federal: { inForce: null, pending: [] }, state: { inForce: null, pending: [] } });
    const applies = addDays(payPeriodOf(addDays(today, 90)).end, 1);
    expect(before.changeAppliesFrom).toBe(applies);

    const res = await provider.post('/api/withholding/federal', { election: W4 });
    expect(res.statusCode).toBe(200);
    expect(res.json().federal).toEqual({ inForce: null, pending: [{ effectiveFrom: applies, madeAt: expect.any(String), election: W4, exemption: null }] });
  });

  it('is audited with the election before and after, and tells the provider by a notice that cannot be switched off', async () => {
    await provider.post('/api/withholding/federal', { election: null });
    const audit = await db.db.selectFrom('audit_events').select(['actor_user_id', 'subject_user_id', 'details']).where('action', '=', 'withholding.election_changed').orderBy('id').execute();
    const applies = addDays(payPeriodOf(addDays(today, 90)).end, 1);
    expect(audit).toEqual([
      { actor_user_id: providerId, subject_user_id: providerId, details: { tax: 'federal', before: null, after: { effectiveFrom: applies, election: W4 } } },
      { actor_user_id: providerId, subject_user_id: providerId, details: { tax: 'federal', before: { effectiveFrom: applies, election: W4 }, after: { effectiveFrom: applies, election: null } } },
    ]);
    const notices = await db.db.selectFrom('notifications').select(['event', 'data']).where('user_id', '=', providerId).orderBy('id').execute();
    expect(notices).toEqual([
      { event: 'withholding_changed', data: { tax: 'federal', effectiveFrom: applies } },
      { event: 'withholding_changed', data: { tax: 'federal', effectiveFrom: applies } },
    ]);
    // The last change made for a date is the one that applies from it.
    expect((await provider.get('/api/withholding')).json().federal.pending).toEqual([{ effectiveFrom: applies, madeAt: expect.any(String), election: null, exemption: null }]);
  });

  it('asks a session whose last password or code is older than 5 minutes to confirm it is them first (403 reauthRequired), and writes nothing', async () => {
    await authenticatedAgo(providerId, 6);
    const count = async () => (await db.db.selectFrom('withholding_elections').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    const rows = await count();
    const refused = await provider.post('/api/withholding/state', { election: DE4 });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('reauthRequired');
    expect(await count()).toBe(rows);
    expect((await provider.post('/api/me/reauthenticate', { method: 'password', password: TEST_PASSWORD })).statusCode).toBe(200);
    const res = await provider.post('/api/withholding/state', { election: DE4 });
    expect(res.statusCode).toBe(200);
    expect(res.json().state.pending).toEqual([{ effectiveFrom: expect.any(String), madeAt: expect.any(String), election: DE4, exemption: null }]);
  });

  it.each([
    ['allowances over 99', 'state', { ...DE4, allowances: 100 }, 'election.allowances', 'numberRange'],
    ['a fraction of an allowance', 'state', { ...DE4, estimatedDeductionAllowances: 1.5 }, 'election.estimatedDeductionAllowances', 'numberRange'],
    ['cents where the W-4 asks whole dollars', 'federal', { ...W4, dependentsCents: 200_050 }, 'election.dependentsCents', 'dollarsWhole'],
    ['a negative extra amount', 'federal', { ...W4, extraCents: -100 }, 'election.extraCents', 'dollarsAndCents'],
    ['an extra amount over $5,000 a pay period', 'state', { ...DE4, extraCents: 500_001 }, 'election.extraCents', 'dollarsAndCents'],
    ['an amount given as text', 'federal', { ...W4, otherIncomeCents: '100' }, 'election.otherIncomeCents', 'dollarsWhole'],
    ['no filing status', 'federal', { ...W4, filingStatus: undefined }, 'election.filingStatus', 'filingStatusRequired'],
    ["the other form's filing status", 'state', { ...DE4, filingStatus: 'married_jointly' }, 'election.filingStatus', 'filingStatusRequired'],
  ])('refuses %s beside the field', async (_, tax, election, path, code) => {
    const res = await provider.post(`/api/withholding/${tax}`, { election });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({ path, code });
  });

  it('is kept to its shape, its dates and the record by the database', async () => {
    const row = { provider_user_id: providerId, county_id: 19, made_by: providerId, effective_from: addDays(payPeriodOf(today).end, 1) };
    await expect(db.db.insertInto('withholding_elections').values({ ...row, tax: 'state', withhold: true, filing_status: 'married_jointly', allowances: 1, estimated_deduction_allowances: 0, extra_cents: 0, exempt: false }).execute()).rejects.toThrow(
      /withholding_elections_state_shape/,
    );
    await expect(db.db.insertInto('withholding_elections').values({ ...row, tax: 'federal', withhold: false, exempt: false }).execute()).rejects.toThrow(/withholding_elections_stop_is_empty/);
    await expect(db.db.insertInto('withholding_elections').values({ ...row, tax: 'federal', withhold: false, effective_from: payPeriodOf(today).start }).execute()).rejects.toThrow(/withholding_elections_after_made/);
    await expect(db.db.updateTable('withholding_elections').set({ extra_cents: 0 }).where('provider_user_id', '=', providerId).execute()).rejects.toThrow(/append-only/);
    await expect(db.db.deleteFrom('withholding_elections').where('provider_user_id', '=', providerId).execute()).rejects.toThrow(/append-only/);
  });

  it('is not for staff, nor for a visitor', async () => {
    await createUser(db.db, config, { loginId: 'elections.worker', role: 'county_worker' });
    const worker = new TestClient(app, '198.51.105.2');
    await worker.signIn('staff', 'elections.worker');
    expect((await worker.post('/api/withholding/federal', { election: W4 })).statusCode).toBe(403);
    expect((await new TestClient(app, '198.51.105.3').post('/api/withholding/federal', { election: W4 })).statusCode).toBe(401);
  });
});

describe('the waiting period of a provider already paid', () => {
  it('counts 90 days from the first payment: a change applies from the next period once they are over', async () => {
    const paidLongAgo = await createUser(db.db, config, { loginId: '876000002' });
    const viewer = { id: paidLongAgo, role: 'provider' as const, countyId: 19 };
    const client = { ip: null, userAgent: null, lang: 'en' as const };
    const firstPaid = addDays(today, -200);
    const view = await changeElection(db.db, viewer, { tax: 'state', election: DE4 }, client, async () => firstPaid);
    expect(view.firstPaidOn).toBe(firstPaid);
    expect(view.state.pending).toEqual([expect.objectContaining({ effectiveFrom: addDays(payPeriodOf(today).end, 1), election: DE4 })]);
    expect(view.state.pending[0]!.effectiveFrom).toBe(electionAppliesFrom(today, firstPaid));
  });

  it('waits for the period after the 90th day when the first payment was recent', async () => {
    const paidRecently = await createUser(db.db, config, { loginId: '876000003' });
    const viewer = { id: paidRecently, role: 'provider' as const, countyId: 19 };
    const firstPaid = addDays(today, -10);
    const view = await changeElection(db.db, viewer, { tax: 'federal', election: W4 }, { ip: null, userAgent: null, lang: 'en' }, async () => firstPaid);
    expect(view.federal.pending[0]!.effectiveFrom).toBe(addDays(payPeriodOf(addDays(firstPaid, 90)).end, 1));
    // Read later, with the same first payment, it is still pending: nothing applies before its date.
    expect((await withholdingView(db.db, viewer, async () => firstPaid)).federal.inForce).toBeNull();
  });
});

describe('an exempt claim on the Withholding page', () => {
  const thisYear = Number(today.slice(0, 4));
  const client = { ip: null, userAgent: null, lang: 'en' as const };

  it('says the last issue date it covers, February 15 of the year after it was made, and that a claim made today would cover until next February 15', async () => {
    const id = await createUser(db.db, config, { loginId: '876000004' });
    const viewer = { id, role: 'provider' as const, countyId: 19 };
    const firstPaid = addDays(today, -200);
    const view = await changeElection(db.db, viewer, { tax: 'federal', election: { ...W4, exempt: true } }, client, async () => firstPaid);
    expect(view.exemptClaimToday).toEqual({ lastPayDate: `${thisYear + 1}-02-15`, lapsed: false });
    expect(view.federal.pending).toEqual([expect.objectContaining({ election: { ...W4, exempt: true }, exemption: { lastPayDate: `${thisYear + 1}-02-15`, lapsed: false } })]);
    const withholds = await changeElection(db.db, viewer, { tax: 'state', election: DE4 }, client, async () => firstPaid);
    expect(withholds.state.pending[0]!.exemption).toBeNull();
  });

  it('says a claim made two years ago has lapsed, and a claim that would apply only after its February 15 lapses before it applies', async () => {
    const id = await createUser(db.db, config, { loginId: '876000005' });
    const made = (date: string) => ({ provider_user_id: id, county_id: 19, made_by: id, made_at: new Date(californiaInstant(date, 12 * 60)) });
    const exempt = { withhold: true, filing_status: 'single', allowances: 0, estimated_deduction_allowances: 0, extra_cents: 0, exempt: true } as const;
    await db.db
      .insertInto('withholding_elections')
      .values([
        { ...made(`${thisYear - 2}-06-01`), tax: 'state', effective_from: `${thisYear - 2}-06-16`, ...exempt },
        { ...made(today), tax: 'state', effective_from: `${thisYear + 1}-03-01`, ...exempt },
      ])
      .execute();
    const view = await withholdingView(db.db, { id, role: 'provider', countyId: 19 }, async () => null);
    expect(view.state.inForce).toMatchObject({ effectiveFrom: `${thisYear - 2}-06-16`, exemption: { lastPayDate: `${thisYear - 1}-02-15`, lapsed: true } });
    expect(view.state.pending).toEqual([expect.objectContaining({ effectiveFrom: `${thisYear + 1}-03-01`, exemption: { lastPayDate: `${thisYear + 1}-02-15`, lapsed: true } })]);
  });
});
