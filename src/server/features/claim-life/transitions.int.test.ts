import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addDays, payPeriodOf, type TimesheetStatus } from '../../../domain/index.js';
import { AppError } from '../../errors.js';
import { testToday } from '../../testing/clock.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../../testing/test-app.js';
import { assign, createCase } from '../cases/testing.js';
import { moveClaim } from './transitions.js';

/**
 * The one writer of a claim's status: it writes what the domain's table allows, with its event, and nothing else;
 * a refused move leaves the claim and its history as they were.
 */
let db: TestDb;
let app: FastifyInstance;
const config = testConfig();
const period = payPeriodOf(addDays(payPeriodOf(testToday()).start, -1));
let n = 0;
let countyWorkerId: number;

/** A provider's draft with three hours on it, made through the API as a provider would, and its recipient. */
async function draft() {
  n += 1;
  const loginId = `87500${String(n).padStart(4, '0')}`;
  const providerId = await createUser(db.db, config, { loginId });
  const caseNumber = `875${String(n).padStart(3, '0')}0`;
  const { caseId, recipientUserId } = await createCase(db.db, config, { caseNumber });
  await assign(db.db, { providerId, caseId });
  const p = new TestClient(app, `198.18.${n}.1`);
  expect((await p.signIn('provider', loginId)).statusCode).toBe(200);
  const ts = (await p.post('/api/timesheets/open', { caseNumber, payPeriodStart: period.start })).json();
  await p.post(`/api/timesheets/${ts.id}/days`, { days: [{ date: addDays(period.start, 2), workedMinutes: 180, travelMinutes: 0 }] });
  return { id: ts.id as number, p, recipientId: recipientUserId! };
}

/** A draft the provider submitted: it waits for the recipient. */
async function submitted() {
  const d = await draft();
  const res = await d.p.post(`/api/timesheets/${d.id}/submit`, { idempotencyKey: randomUUID(), acknowledgeScheduledVisits: true });
  expect(res.statusCode).toBe(200);
  return d;
}

const claimOf = (id: number) => db.db.selectFrom('timesheets').select(['id', 'county_id', 'status']).where('id', '=', id).executeTakeFirstOrThrow();
const eventsOf = (id: number) =>
  db.db.selectFrom('timesheet_events').select(['action', 'from_status', 'to_status', 'actor_kind', 'actor_user_id', 'reason_codes']).where('timesheet_id', '=', id).orderBy('id').execute();

async function refusal(move: () => Promise<unknown>): Promise<AppError> {
  const error = await move().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
  countyWorkerId = await createUser(db.db, config, { role: 'county_worker', loginId: 'cl.worker', countyId: 19 });
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('moveClaim', () => {
  it('refuses a move the table does not allow from the claim state, with the state, and writes nothing', async () => {
    const { id } = await draft();
    const claim = await claimOf(id);
    const error = await refusal(() => db.db.transaction().execute((trx) => moveClaim(trx, claim, 'county_approve', { kind: 'county', userId: countyWorkerId })));
    expect(error.statusCode).toBe(409);
    expect(error.code).toBe('claimWrongState');
    expect(error.params).toEqual({ status: 'draft' });
    expect((await claimOf(id)).status).toBe('draft');
    expect(await eventsOf(id)).toEqual([]);
  });

  it('answers "not found" to an actor who may never take the move, so a claim is not confirmed to exist', async () => {
    const { id } = await draft();
    const claim = await claimOf(id);
    const error = await refusal(() => db.db.transaction().execute((trx) => moveClaim(trx, claim, 'recipient_approve', { kind: 'county', userId: countyWorkerId })));
    expect(error.statusCode).toBe(404);
    expect(await eventsOf(id)).toEqual([]);
  });

  it('refuses a county denial without a reason code', async () => {
    const { id } = await draft();
    const claim = { ...(await claimOf(id)), status: 'in_county_review' as TimesheetStatus };
    const error = await refusal(() => db.db.transaction().execute((trx) => moveClaim(trx, claim, 'county_deny', { kind: 'county', userId: countyWorkerId }, { reasonCodes: [] })));
    expect(error.code).toBe('denialReasonRequired');
  });

  it('loses to a move made first from the same state (compare-and-set): one status change, one event', async () => {
    const { id, recipientId } = await submitted();
    const seenByBoth = await claimOf(id);
    const recipient = { kind: 'recipient' as const, userId: recipientId };
    await db.db.transaction().execute((trx) => moveClaim(trx, { ...seenByBoth }, 'recipient_reject', recipient, { note: 'Not these hours' }));
    const error = await refusal(() => db.db.transaction().execute((trx) => moveClaim(trx, { ...seenByBoth }, 'recipient_approve', recipient)));
    expect(error.code).toBe('claimWrongState');
    expect((await claimOf(id)).status).toBe('rejected_by_recipient');
    expect((await eventsOf(id)).slice(1)).toEqual([
      { action: 'recipient_reject', from_status: 'submitted', to_status: 'rejected_by_recipient', actor_kind: 'recipient', actor_user_id: recipientId, reason_codes: [] },
    ]);
  });

  it("records the system's moves without a person", async () => {
    const { id, recipientId } = await submitted();
    await db.db.transaction().execute(async (trx) => moveClaim(trx, await claimOf(id), 'recipient_approve', { kind: 'recipient', userId: recipientId }));
    const to = await db.db.transaction().execute(async (trx) => moveClaim(trx, await claimOf(id), 'route_to_county', { kind: 'system', userId: countyWorkerId }));
    expect(to).toBe('in_county_review');
    expect((await eventsOf(id)).at(-1)).toMatchObject({ action: 'route_to_county', actor_kind: 'system', actor_user_id: null });
  });
});
