import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addDays, addMonths, californiaInstant, payPeriodOf, randomHoldPicks } from '../../../domain/index.js';
import { QUEUE_PAGE, type ReviewQueue } from '../../../contracts/claims.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../../testing/test-app.js';
import { assign, createCase } from '../cases/testing.js';
import { startPayRun } from '../payments/service.js';
import { RANDOM_HOLD_LIMITS } from '../../../contracts/county-settings.js';
import { escalationTime } from '../claim-life/service.js';
import { getItem } from './service.js';
import { testNow, testToday } from '../../testing/clock.js';

let db: TestDb;
let app: FastifyInstance;
const config = testConfig();
let n = 0;
const today = testToday();
/** The latest 1st-15th pay period wholly in the past: the "over 70 % in the first half" check applies to it. */
const periodStart = Number(today.slice(8)) > 15 ? `${today.slice(0, 8)}01` : `${addMonths(today, -1).slice(0, 8)}01`;
const workDays = [2, 3, 4, 5, 6].map((d) => addDays(periodStart, d));

let worker: TestClient;
let admin: TestClient;
let otherWorker: TestClient;
let workerId: number;

/** A provider with one recipient of `monthlyHours` (in Los Angeles unless said), and a submitted timesheet of `minutes` on each day. */
async function submitted(monthlyHours: number, minutes: number, dayCount = 5, countyId = 19) {
  n += 1;
  const loginId = `85100${String(n).padStart(4, '0')}`;
  const userId = await createUser(db.db, config, { loginId, countyId });
  const caseNumber = `851${String(n).padStart(3, '0')}0`;
  const { caseId } = await createCase(db.db, config, { caseNumber, monthlyMinutes: monthlyHours * 60, countyId });
  await assign(db.db, { providerId: userId, caseId });
  const p = new TestClient(app, `198.19.${n}.1`);
  expect((await p.signIn('provider', loginId)).statusCode).toBe(200);
  const r = new TestClient(app, `198.19.${n}.2`);
  expect((await r.signIn('recipient', caseNumber)).statusCode).toBe(200);
  const ts = (await p.post('/api/timesheets/open', { caseNumber, payPeriodStart: periodStart })).json();
  await p.post(`/api/timesheets/${ts.id}/days`, { days: workDays.slice(0, dayCount).map((date) => ({ date, workedMinutes: minutes })) });
  const sub = await p.post(`/api/timesheets/${ts.id}/submit`, { idempotencyKey: randomUUID(), acknowledgeScheduledVisits: true });
  expect(sub.statusCode).toBe(200);
  return { p, r, id: ts.id as number, userId, loginId, caseNumber };
}
const approveAsRecipient = (r: TestClient, id: number) => r.post(`/api/recipient/timesheets/${id}/decision`, { decision: 'approve' });
const decide = (c: TestClient, id: number, body: unknown) => c.post(`/api/staff/review/${id}/decision`, body);

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
  workerId = await createUser(db.db, config, { role: 'county_worker', loginId: 'payroll.worker', countyId: 19 });
  await createUser(db.db, config, { role: 'county_admin', loginId: 'payroll.admin', countyId: 19 });
  await createUser(db.db, config, { role: 'county_worker', loginId: 'other.worker', countyId: 1 });
  worker = new TestClient(app, '198.19.250.1');
  admin = new TestClient(app, '198.19.250.2');
  otherWorker = new TestClient(app, '198.19.250.3');
  expect((await worker.signIn('staff', 'payroll.worker')).statusCode).toBe(200);
  expect((await admin.signIn('staff', 'payroll.admin')).statusCode).toBe(200);
  expect((await otherWorker.signIn('staff', 'other.worker')).statusCode).toBe(200);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('routing', () => {
  it('approves a clean timesheet as soon as the recipient approves it, as a system decision', async () => {
    const t = await submitted(283, 180, 2);
    expect((await approveAsRecipient(t.r, t.id)).json()).toMatchObject({ status: 'approved' });
    const tl = (await t.p.get(`/api/claims/${t.id}/timeline`)).json();
    expect(tl.events.map((e: { action: string; actorKind: string; to: string }) => [e.action, e.actorKind, e.to])).toEqual([
      ['submit', 'provider', 'submitted'],
      ['recipient_approve', 'recipient', 'approved_by_recipient'],
      ['auto_approve', 'system', 'approved'],
    ]);
    expect((await worker.get('/api/staff/review')).json().items.some((i: { timesheetId: number }) => i.timesheetId === t.id)).toBe(false);
  });

  it("writes no note of its own on an automatic approval, and shows none written before: the action's words say it in the reader's language", async () => {
    const t = await submitted(283, 180, 2);
    await approveAsRecipient(t.r, t.id);
    const rows = await db.db.selectFrom('timesheet_events').select(['action', 'note']).where('timesheet_id', '=', t.id).where('action', '=', 'auto_approve').execute();
    expect(rows).toEqual([{ action: 'auto_approve', note: null }]);
    // The row an automatic approval wrote before, with its English note.
    const ts = await db.db.selectFrom('timesheets').select('county_id').where('id', '=', t.id).executeTakeFirstOrThrow();
    await db.db
      .insertInto('timesheet_events')
      .values({ timesheet_id: t.id, county_id: ts.county_id, action: 'auto_approve', from_status: 'approved_by_recipient', to_status: 'approved', actor_kind: 'system', note: 'No exception findings: approved without county review' })
      .execute();
    const tl = (await t.p.get(`/api/claims/${t.id}/timeline`, { 'accept-language': 'es' })).json();
    expect(tl.events.filter((e: { action: string }) => e.action === 'auto_approve').map((e: { note: string | null }) => e.note)).toEqual([null, null]);
  });

  it('sends a timesheet with an exception finding to the county queue after the recipient approves it', async () => {
    const t = await submitted(20, 180); // 15 h of 20 authorised in the first half: over 70 %
    expect((await worker.get('/api/staff/review')).json().items.some((i: { timesheetId: number }) => i.timesheetId === t.id)).toBe(false);
    expect((await approveAsRecipient(t.r, t.id)).json()).toMatchObject({ status: 'in_county_review' });
    const queue = (await worker.get('/api/staff/review')).json().items;
    expect(queue.find((i: { timesheetId: number }) => i.timesheetId === t.id)).toMatchObject({
      reasonCodes: ['OVER_70_PERCENT_FIRST_HALF'],
      onHold: false,
      provider: { providerId: t.loginId },
      workedMinutes: 5 * 180,
      travelMinutes: 0,
    });
  });

  describe("the random signature check at the county's rate", () => {
    const setRate = async (rate: number) => {
      const res = await admin.post('/api/staff/counties/los-angeles/settings', { randomHoldPerMille: rate });
      expect(res.statusCode).toBe(200);
      expect(res.json().randomHoldPerMille).toBe(rate);
    };
    /** Moves the timesheets' id sequence to the next id that the check holds (or lets through) at `rate`. */
    const nextVersionId = async (rate: number, held: boolean) => {
      const { max } = await db.db.selectFrom('timesheets').select(sql<string>`coalesce(max(id), 0)`.as('max')).executeTakeFirstOrThrow();
      let id = Number(max) + 1;
      while (randomHoldPicks(id, rate) !== held) id += 1;
      await sql`SELECT setval(pg_get_serial_sequence('timesheets', 'id'), ${id}, false)`.execute(db.db);
      return id;
    };
    afterEach(() => setRate(0));

    it('sends a clean timesheet the check picks at the highest rate to the queue with RANDOM_HOLD, and tells the provider in words why', async () => {
      await setRate(RANDOM_HOLD_LIMITS.max);
      const id = await nextVersionId(RANDOM_HOLD_LIMITS.max, true);
      const t = await submitted(283, 120, 1);
      expect(t.id).toBe(id);
      expect((await approveAsRecipient(t.r, t.id)).json()).toMatchObject({ status: 'in_county_review' });
      expect((await worker.get(`/api/staff/review/${t.id}`)).json().reasonCodes).toEqual(['RANDOM_HOLD']);
      const routed = await db.db.selectFrom('timesheet_events').select(['action', 'actor_kind', 'reason_codes']).where('timesheet_id', '=', t.id).where('action', '=', 'route_to_county').execute();
      expect(routed).toEqual([{ action: 'route_to_county', actor_kind: 'system', reason_codes: ['RANDOM_HOLD'] }]);
      const tl = (await t.p.get(`/api/claims/${t.id}/timeline`, { 'accept-language': 'es' })).json();
      const routedStep = tl.events.find((e: { action: string }) => e.action === 'route_to_county');
      expect(routedStep.reasons).toEqual([
        {
          code: 'RANDOM_HOLD',
          title: 'Esta hoja de horas fue elegida al azar para la verificación de firmas del condado.',
          howToFix: expect.stringContaining('No tiene que hacer nada.'),
        },
      ]);
    });

    it('approves a clean timesheet the check does not pick at that rate', async () => {
      await setRate(RANDOM_HOLD_LIMITS.max);
      await nextVersionId(RANDOM_HOLD_LIMITS.max, false);
      const t = await submitted(283, 120, 1);
      expect((await approveAsRecipient(t.r, t.id)).json()).toMatchObject({ status: 'approved' });
    });

    it('approves every clean timesheet at a rate of 0, even one the check would pick at a higher rate', async () => {
      await setRate(0);
      await nextVersionId(RANDOM_HOLD_LIMITS.max, true);
      const t = await submitted(283, 120, 1);
      expect((await approveAsRecipient(t.r, t.id)).json()).toMatchObject({ status: 'approved' });
    });

    it("reads the rate of the timesheet's own county: Los Angeles at the highest rate leaves Alameda's off", async () => {
      await setRate(RANDOM_HOLD_LIMITS.max);
      await nextVersionId(RANDOM_HOLD_LIMITS.max, true);
      const t = await submitted(283, 120, 1, 1);
      expect((await approveAsRecipient(t.r, t.id)).json()).toMatchObject({ status: 'approved' });
    });
  });
});

describe("the county's queue", () => {
  it("shows its own county's items only, oldest first, with filters; another county's staff get 404", async () => {
    const a = await submitted(20, 180);
    await approveAsRecipient(a.r, a.id);
    const b = await submitted(20, 180);
    await approveAsRecipient(b.r, b.id);
    const ids = (await worker.get('/api/staff/review')).json().items.map((i: { timesheetId: number }) => i.timesheetId);
    expect(ids.indexOf(a.id)).toBeLessThan(ids.indexOf(b.id));
    expect((await worker.get(`/api/staff/review?provider=${b.loginId}`)).json().items.map((i: { timesheetId: number }) => i.timesheetId)).toEqual([b.id]);
    expect((await worker.get('/api/staff/review?reason=DUPLICATE_CLAIM')).json().items).toEqual([]);
    expect((await worker.get('/api/staff/review?minAgeDays=30')).json().items).toEqual([]);
    expect((await otherWorker.get('/api/staff/review')).json().items).toEqual([]);
    expect((await otherWorker.get(`/api/staff/review/${a.id}`)).statusCode).toBe(404);
    expect((await decide(otherWorker, a.id, { decision: 'approve' })).statusCode).toBe(404);
    expect((await a.p.get(`/api/staff/review/${a.id}`)).statusCode).toBe(403);
    expect((await b.p.get(`/api/claims/${a.id}/timeline`)).statusCode).toBe(404);
  });

  it(`pages a long queue ${QUEUE_PAGE} at a time, oldest first, with how many match in all, the minimum age counted on every page`, async () => {
    const t = await submitted(20, 180);
    await approveAsRecipient(t.r, t.id);
    const { pay_period_start: start, ...own } = await db.db.selectFrom('timesheets').select(['provider_user_id', 'case_id', 'county_id', 'pay_period_start']).where('id', '=', t.id).executeTakeFirstOrThrow();
    // The same provider's claims of the 60 half-months before, each waiting since further back (11 days apart).
    const earlier = [payPeriodOf(addDays(start, -1))];
    while (earlier.length < 60) earlier.push(payPeriodOf(addDays(earlier.at(-1)!.start, -1)));
    const ids = await db.db
      .insertInto('timesheets')
      .values(earlier.map((p) => ({ ...own, pay_period_start: p.start, pay_period_end: p.end, status: 'in_county_review' as const, submitted_at: testNow() })))
      .returning('id')
      .execute();
    const daysAgo = (i: number) => new Date(testNow().getTime() - (i + 1) * 11 * 86_400_000);
    await db.db
      .insertInto('county_review_items')
      .values(ids.map(({ id }, i) => ({ timesheet_id: id, county_id: own.county_id, provider_user_id: own.provider_user_id, reason_codes: ['RANDOM_HOLD'], entered_at: daysAgo(i), touched_at: daysAgo(i), escalate_at: daysAgo(i) })))
      .execute();
    // Decided afterwards, so the other tests' queues are as they were.
    onTestFinished(async () => {
      await db.db.updateTable('county_review_items').set({ resolved_at: testNow(), resolution: 'superseded' }).where('timesheet_id', 'in', ids.map((r) => r.id)).execute();
    });
    const page = async (query: string) => (await worker.get(`/api/staff/review?provider=${t.loginId}${query}`)).json() as ReviewQueue;

    const first = await page('');
    expect(first.total).toBe(61);
    expect(first.items).toHaveLength(QUEUE_PAGE);
    expect(first.items[0]!.timesheetId).toBe(ids.at(-1)!.id); // the longest waiting
    const second = await page(`&after=${first.next}`);
    expect(second).toMatchObject({ total: 61, next: null });
    expect(second.items.map((i) => i.timesheetId).at(-1)).toBe(t.id); // the newest, last
    expect([...first.items, ...second.items].map((i) => i.timesheetId)).toEqual([...ids.map((r) => r.id).reverse(), t.id]);
    // Past the last item the page is empty, and still says how many there are.
    expect(await page(`&after=${t.id}`)).toEqual({ items: [], total: 61, next: null });

    // 11 days apart: all but the youngest few have waited 30 business days or more, more than a page of them.
    const old = await page('&minAgeDays=30');
    expect(old.total).toBe([...first.items, ...second.items].filter((i) => i.ageBusinessDays >= 30).length);
    expect(old.total).toBeGreaterThan(QUEUE_PAGE - 10);
    const oldRest = old.next === null ? [] : (await page(`&minAgeDays=30&after=${old.next}`)).items;
    expect([...old.items, ...oldRest].every((i) => i.ageBusinessDays >= 30)).toBe(true);
    expect(old.items.length + oldRest.length).toBe(old.total);
  });

  it('shows the findings, the EVV records beside the claimed days, and the provider\'s recent claims', async () => {
    const t = await submitted(20, 180);
    await approveAsRecipient(t.r, t.id);
    const item = (await worker.get(`/api/staff/review/${t.id}`)).json();
    expect(item.findings.map((f: { code: string }) => f.code)).toContain('OVER_70_PERCENT_FIRST_HALF');
    expect(item.findings[0].title.length).toBeGreaterThan(10);
    expect(item.days.map((d: { date: string; workedMinutes: number; evv: unknown[] }) => [d.date, d.workedMinutes, d.evv])).toEqual(workDays.map((d) => [d, 180, []]));
    expect(item.history).toEqual([]);
    expect(item.denialCodes).toContain('DUPLICATE_CLAIM');
  });

  it('denies with two reasons and a note; the provider reads them in plain words, corrects and resubmits, and the fix is approved', async () => {
    const t = await submitted(20, 180);
    await approveAsRecipient(t.r, t.id);
    expect((await decide(worker, t.id, { decision: 'deny', reasonCodes: [], note: 'Check your hours' })).statusCode).toBe(400);
    expect((await decide(worker, t.id, { decision: 'deny', reasonCodes: ['PROVIDER_IS_A_CAT'], note: 'Check your hours' })).statusCode).toBe(400);
    expect((await decide(worker, t.id, { decision: 'deny', reasonCodes: ['OVER_70_PERCENT_FIRST_HALF'] })).statusCode).toBe(400);
    const body = { decision: 'deny', reasonCodes: ['OVER_70_PERCENT_FIRST_HALF', 'HOURS_NOT_SUPPORTED_BY_EVV'], note: 'Your EVV shows 2 hours on these days.' };
    const denied = await decide(worker, t.id, body);
    expect(denied.statusCode).toBe(200);
    expect((await t.p.get(`/api/timesheets/${t.id}`)).json().status).toBe('denied');
    expect((await decide(worker, t.id, body)).statusCode).toBe(200); // a retry changes nothing
    expect((await decide(worker, t.id, { decision: 'approve' })).json().error.code).toBe('claimNotInReview');
    const es = (await t.p.get(`/api/claims/${t.id}/timeline`, { 'accept-language': 'es' })).json();
    expect(es.denialReasons.map((r: { code: string }) => r.code)).toEqual(body.reasonCodes);
    expect(es.denialReasons.every((r: { title: string; howToFix: string }) => r.title.length > 5 && r.howToFix.length > 5 && !r.title.includes('{{'))).toBe(true);
    expect(es.events.filter((e: { action: string }) => e.action === 'county_deny')).toHaveLength(1);
    // Denied for the over-70 % finding: its figures, and what to change in the correction, not "the county will review it".
    const en = (await t.p.get(`/api/claims/${t.id}/timeline`)).json();
    const [over70] = en.denialReasons;
    expect(over70.title).toMatch(/^You entered 15 hours for .+ from the 1st to the 15th: more than 70% of the month's 20 hours\.$/);
    expect(over70.howToFix).toMatch(/^The county did not accept these hours\. In the corrected version, /);
    // The timeline's step gives the same reasons; the story also places each on its day or week (none here: a month's finding).
    expect(en.denialReasons.map((r: { date: string | null; weekStart: string | null }) => [r.date, r.weekStart])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(en.events.find((e: { action: string }) => e.action === 'county_deny').reasons).toEqual(
      en.denialReasons.map(({ code, title, howToFix }: { code: string; title: string; howToFix: string }) => ({ code, title, howToFix })),
    );
    expect(en.events.find((e: { action: string }) => e.action === 'route_to_county').reasons[0].howToFix).toMatch(/^The county will review this timesheet/);
    expect(es.denialReasons[0].howToFix).toMatch(/^El condado no aceptó estas horas\./);
    expect(es.canCorrect).toBe(true);
    const attention = (await t.p.get('/api/dashboard')).json().attention;
    expect(attention.find((a: { timesheetId: number }) => a.timesheetId === t.id)).toMatchObject({ kind: 'timesheet_rejected', reason: body.note });
    const notes = (await t.p.get('/api/notifications')).json().notifications;
    expect(notes.some((x: { event: string; data: { by?: string } }) => x.event === 'timesheet_rejected' && x.data.by === 'county')).toBe(true);
    const audit = await db.db.selectFrom('audit_events').select(['action']).where('action', '=', 'claim.county_deny').execute();
    expect(audit.length).toBeGreaterThanOrEqual(1);

    // Correct and resubmit: a new version filled from the denied one; the rules say whether the fix works.
    const v2 = (await t.p.post(`/api/timesheets/${t.id}/correct`)).json();
    expect(v2).toMatchObject({ version: 2, status: 'draft', supersedesId: t.id });
    expect(v2.days.map((d: { workedMinutes: number }) => d.workedMinutes)).toEqual([180, 180, 180, 180, 180]);
    const fixed = (await t.p.post(`/api/timesheets/${v2.id}/days`, { days: workDays.slice(0, 3).map((date) => ({ date, workedMinutes: 120 })) })).json();
    expect(fixed.findings.some((f: { kind: string }) => f.kind === 'exception')).toBe(false);
    expect((await t.p.post(`/api/timesheets/${v2.id}/submit`, { idempotencyKey: randomUUID(), acknowledgeScheduledVisits: true })).statusCode).toBe(200);
    expect((await t.p.get(`/api/timesheets/${t.id}`)).json().status).toBe('superseded');
    expect((await t.p.get('/api/dashboard')).json().attention.some((a: { timesheetId: number }) => a.timesheetId === t.id)).toBe(false);
    expect((await approveAsRecipient(t.r, v2.id)).json().status).toBe('approved');
    const tl = (await t.p.get(`/api/claims/${v2.id}/timeline`)).json();
    expect(tl.versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [1, 'superseded'],
      [2, 'approved'],
    ]);
    expect(tl.events.map((e: { version: number; action: string }) => `${e.version}:${e.action}`)).toEqual([
      '1:submit',
      '1:recipient_approve',
      '1:route_to_county',
      '1:county_deny',
      '2:submit',
      '1:supersede',
      '2:recipient_approve',
      '2:auto_approve',
    ]);
    const list = (await t.p.get('/api/claims?status=approved')).json().claims;
    expect(list.map((c: { id: number }) => c.id)).toEqual([v2.id]);
    // Version 1 says which version replaced it, as a number the screen words, not the portal's own note.
    expect(tl.events.find((e: { action: string }) => e.action === 'supersede')).toMatchObject({ version: 1, replacedByVersion: 2, note: null, paymentNumber: null });

    // Paid: the payment's number, as a field the screen words, not as a note.
    await startPayRun(db.db, { id: workerId, role: 'county_worker', countyId: 19 }, { ip: null, userAgent: null }, undefined, testNow());
    const paid = (await t.p.get(`/api/claims/${v2.id}/timeline`)).json();
    const number = (await db.db.selectFrom('payments').select('payment_number').where('timesheet_id', '=', v2.id).executeTakeFirstOrThrow()).payment_number;
    expect(paid.events.at(-1)).toMatchObject({ version: 2, action: 'issue_payment', paymentNumber: number, note: null, replacedByVersion: null });
  });

  it('holds with a note, then approves; each decision is an event and an audit row', async () => {
    const t = await submitted(20, 180);
    await approveAsRecipient(t.r, t.id);
    expect((await decide(worker, t.id, { decision: 'hold', note: '' })).statusCode).toBe(400);
    const held = (await decide(worker, t.id, { decision: 'hold', note: 'Calling the recipient to confirm' })).json();
    expect(held).toMatchObject({ onHold: true, holdNote: 'Calling the recipient to confirm' });
    expect((await decide(worker, t.id, { decision: 'hold', note: 'Calling the recipient to confirm' })).statusCode).toBe(200);
    expect((await worker.get('/api/staff/review?onHold=true')).json().items.map((i: { timesheetId: number }) => i.timesheetId)).toContain(t.id);
    const ok = (await decide(admin, t.id, { decision: 'approve', note: 'Recipient confirmed' })).json();
    expect(ok.events.map((e: { action: string; actorKind: string }) => `${e.action}:${e.actorKind}`).slice(-2)).toEqual(['hold:county', 'county_approve:county']);
    expect((await t.p.get(`/api/timesheets/${t.id}`)).json().status).toBe('approved');
    expect((await decide(worker, t.id, { decision: 'approve' })).statusCode).toBe(200);
    const rows = await db.db.selectFrom('timesheet_events').select('action').where('timesheet_id', '=', t.id).execute();
    expect(rows.filter((r) => r.action === 'county_approve')).toHaveLength(1);
    expect(rows.filter((r) => r.action === 'hold')).toHaveLength(1);
    const notes = (await t.p.get('/api/notifications')).json().notifications;
    expect(notes.filter((x: { event: string }) => x.event === 'timesheet_approved')).toHaveLength(2); // the recipient's, then the county's
    // The hold note is the county staff's own; the approval's note is for the provider.
    const noteOf = (events: { action: string; note: string | null }[]) => Object.fromEntries(events.filter((e) => ['hold', 'county_approve'].includes(e.action)).map((e) => [e.action, e.note]));
    expect(noteOf(ok.events)).toEqual({ hold: 'Calling the recipient to confirm', county_approve: 'Recipient confirmed' });
    expect(noteOf((await t.p.get(`/api/claims/${t.id}/timeline`)).json().events)).toEqual({ hold: null, county_approve: 'Recipient confirmed' });
  });

  it('releases a hold (and resets the escalation clock); a recipient rejection is an event too; only payroll staff decide', async () => {
    const t = await submitted(20, 180);
    await approveAsRecipient(t.r, t.id);
    await decide(worker, t.id, { decision: 'hold', note: 'Waiting for the signature check' });
    const released = (await decide(admin, t.id, { decision: 'release', note: 'Signature matches' })).json();
    expect(released).toMatchObject({ onHold: false, holdNote: null, escalated: false });
    expect(released.events.map((e: { action: string }) => e.action).slice(-2)).toEqual(['hold', 'release']);
    expect((await decide(admin, t.id, { decision: 'release' })).statusCode).toBe(200); // nothing to release: no new event
    expect((await db.db.selectFrom('timesheet_events').select('id').where('timesheet_id', '=', t.id).where('action', '=', 'release').execute()).length).toBe(1);
    for (const c of [t.p, t.r]) expect((await decide(c, t.id, { decision: 'approve' })).statusCode).toBe(403);
    expect((await t.p.get(`/api/timesheets/${t.id}`)).json().status).toBe('in_county_review');

    const u = await submitted(283, 120, 1);
    await u.r.post(`/api/recipient/timesheets/${u.id}/decision`, { decision: 'reject', reason: 'I was away that day' });
    const tl = (await u.p.get(`/api/claims/${u.id}/timeline`)).json();
    expect(tl.events.at(-1)).toMatchObject({ action: 'recipient_reject', actorKind: 'recipient', to: 'rejected_by_recipient', note: 'I was away that day' });
    expect(tl.canCorrect).toBe(true);
    expect((await decide(worker, u.id, { decision: 'approve' })).statusCode).toBe(404); // never in the county's queue
  });

  it('escalates an item untouched for 1 business day to the supervisor view', async () => {
    const t = await submitted(20, 180);
    await approveAsRecipient(t.r, t.id);
    expect((await admin.get('/api/staff/review/escalated')).json().items.map((i: { timesheetId: number }) => i.timesheetId)).not.toContain(t.id);
    const past = new Date(testNow().getTime() - 14 * 86_400_000); // two weeks: at least 3 business days whatever holidays fall in them
    await db.db.updateTable('county_review_items').set({ entered_at: past, touched_at: past, escalate_at: escalationTime(past) }).where('timesheet_id', '=', t.id).execute();
    const esc = (await admin.get('/api/staff/review/escalated')).json().items;
    expect(esc.find((i: { timesheetId: number }) => i.timesheetId === t.id)).toMatchObject({ escalated: true });
    expect(esc.find((i: { timesheetId: number }) => i.timesheetId === t.id).ageBusinessDays).toBeGreaterThanOrEqual(3);
    expect((await worker.get('/api/staff/review/escalated')).statusCode).toBe(403);
    expect((await otherWorker.get('/api/staff/review')).json().items).toEqual([]);
  });
});

describe('business days in California time', () => {
  const at = (date: string, hh: number) => new Date(californiaInstant(date, hh * 60));
  it('escalates one business day later at the same wall-clock time, skipping weekends and state holidays', () => {
    expect(escalationTime(at('2026-03-05', 10)).toISOString()).toBe(at('2026-03-06', 10).toISOString()); // Thu -> Fri
    expect(escalationTime(at('2026-03-07', 10)).toISOString()).toBe(at('2026-03-10', 0).toISOString()); // Sat -> end of Mon
    expect(escalationTime(at('2026-11-25', 10)).toISOString()).toBe(at('2026-11-30', 10).toISOString()); // Wed -> Mon: Thanksgiving and the day after
    expect(escalationTime(at('2026-11-26', 10)).toISOString()).toBe(at('2026-12-01', 0).toISOString()); // Thanksgiving -> end of Mon
  });

  it('ages a queue item in business days and escalates it on the Monday after Thanksgiving, not before', async () => {
    const t = await submitted(20, 180);
    await approveAsRecipient(t.r, t.id);
    const wednesday = at('2026-11-25', 10);
    await db.db.updateTable('county_review_items').set({ entered_at: wednesday, touched_at: wednesday, escalate_at: escalationTime(wednesday) }).where('timesheet_id', '=', t.id).execute();
    const viewer = { id: workerId, role: 'county_worker' as const, countyId: 19 };
    const seen = async (now: Date) => {
      const item = await getItem(db.db, viewer, t.id, 'en', now);
      return [item.ageBusinessDays, item.escalated];
    };
    expect(await seen(at('2026-11-27', 17))).toEqual([0, false]); // the day after Thanksgiving
    expect(await seen(new Date(at('2026-11-30', 10).getTime() - 60_000))).toEqual([1, false]); // Mon 9:59
    expect(await seen(at('2026-11-30', 10))).toEqual([1, true]);
    expect(await seen(at('2026-12-01', 9))).toEqual([2, true]);
  });
});
