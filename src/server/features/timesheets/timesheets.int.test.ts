import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import type { TimesheetView } from '../../../contracts/timesheets.js';
import { addDays, californiaInstant, evaluateClaims, payPeriodOf, timesheetTotals, toCaliforniaDateTime, weekday } from '../../../domain/index.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../../testing/test-app.js';
import { assign, createCase } from '../cases/testing.js';
import { testNow, testToday } from '../../testing/clock.js';

let db: TestDb;
let app: FastifyInstance;
const config = testConfig();
let n = 0;
const today = testToday();
/** The previous pay period: wholly in the past, so no time in it is future time. */
const period = payPeriodOf(addDays(payPeriodOf(today).start, -1));
/** The first whole Sunday-Saturday week inside that period. */
let sunday = period.start;
while (weekday(sunday) !== 0) sunday = addDays(sunday, 1);
const weekDays = [1, 2, 3, 4, 5].map((d) => addDays(sunday, d));
const at = (date: string, hh: number, mm = 0) => new Date(californiaInstant(date, hh * 60 + mm)).toISOString();

async function provider(caseCount = 1, opts: { liveIn?: boolean } = {}) {
  n += 1;
  const loginId = `84000${String(n).padStart(4, '0')}`;
  const userId = await createUser(db.db, config, { loginId });
  const caseNumbers: string[] = [];
  const recipients: TestClient[] = [];
  for (let i = 0; i < caseCount; i++) {
    const caseNumber = `84${String(n).padStart(3, '0')}${i}0`;
    const { caseId } = await createCase(db.db, config, { caseNumber });
    await assign(db.db, { providerId: userId, caseId, liveIn: opts.liveIn ?? false, travel: caseCount > 1 });
    caseNumbers.push(caseNumber);
    const r = new TestClient(app, `198.18.${n}.${10 + i}`);
    expect((await r.signIn('recipient', caseNumber)).statusCode).toBe(200);
    recipients.push(r);
  }
  const c = new TestClient(app, `198.18.${n}.1`);
  expect((await c.signIn('provider', loginId)).statusCode).toBe(200);
  return { c, userId, caseNumbers, recipients };
}

const open = (c: TestClient, caseNumber: string, payPeriodStart = period.start) => c.post('/api/timesheets/open', { caseNumber, payPeriodStart });
const days = (dates: string[], minutes: number) => dates.map((date) => ({ date, workedMinutes: minutes, travelMinutes: 0 }));
const submit = (c: TestClient, id: number, key = randomUUID()) => c.post(`/api/timesheets/${id}/submit`, { idempotencyKey: key, acknowledgeScheduledVisits: true });

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('a timesheet filled from EVV', () => {
  it('takes each day from the check-ins of the period, marks the days the provider changes, and keeps what EVV said', async () => {
    const p = await provider();
    const [caseNumber] = p.caseNumbers as [string];
    for (const [i, d] of weekDays.slice(0, 2).entries()) {
      await p.c.post('/api/evv/check-in', { idempotencyKey: randomUUID(), caseNumber, tappedAt: at(d, 9), locationType: 'community' });
      await p.c.post('/api/evv/check-out', { idempotencyKey: randomUUID(), caseNumber, tappedAt: at(d, 13, i * 30) });
    }
    const ts = await open(p.c, caseNumber);
    expect(ts.statusCode).toBe(200);
    expect(ts.json().days).toEqual([
      { date: weekDays[0], workedMinutes: 240, travelMinutes: 0, startTime: '09:00', endTime: '13:00', location: 'community', fromEvv: true, evvMinutes: 240, edited: false },
      { date: weekDays[1], workedMinutes: 270, travelMinutes: 0, startTime: '09:00', endTime: '13:30', location: 'community', fromEvv: true, evvMinutes: 270, edited: false },
    ]);
    expect(ts.json()).toMatchObject({ status: 'draft', version: 1, editable: true, canSubmit: true });
    expect(ts.json().totals).toMatchObject({ workedMinutes: 510, rateCents: 1800, expectedGrossCents: 15300 });
    expect(ts.json().rulesContext.recipients[0].id).toBe(caseNumber);

    const saved = await p.c.post(`/api/timesheets/${ts.json().id}/days`, {
      days: [
        { date: weekDays[0], workedMinutes: 240, startTime: '09:00', endTime: '13:00' },
        { date: weekDays[1], workedMinutes: 180 },
        { date: weekDays[2], workedMinutes: 60 },
      ],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().days.map((d: { date: string; edited: boolean; fromEvv: boolean; evvMinutes: number | null }) => [d.date, d.fromEvv, d.edited, d.evvMinutes])).toEqual([
      [weekDays[0], true, false, 240],
      [weekDays[1], true, true, 270],
      [weekDays[2], false, false, null],
    ]);
    // Opening it again does not undo the provider's edit.
    const again = await open(p.c, caseNumber);
    expect(again.json().id).toBe(ts.json().id);
    expect(again.json().days[1].workedMinutes).toBe(180);
  });

  it('lets a live-in provider enter hours directly, with nothing from EVV', async () => {
    const p = await provider(1, { liveIn: true });
    const ts = await open(p.c, p.caseNumbers[0]!);
    expect(ts.json()).toMatchObject({ liveIn: true, days: [] });
    const saved = await p.c.post(`/api/timesheets/${ts.json().id}/days`, { days: days(weekDays, 600) });
    expect(saved.json().days.every((d: { fromEvv: boolean }) => !d.fromEvv)).toBe(true);
    expect((await submit(p.c, ts.json().id)).statusCode).toBe(200);
  });

  it('refuses a day outside the pay period beside that day', async () => {
    const p = await provider();
    const ts = await open(p.c, p.caseNumbers[0]!);
    const res = await p.c.post(`/api/timesheets/${ts.json().id}/days`, { days: [{ date: addDays(period.end, 1), workedMinutes: 60 }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({ path: 'days.0.date', code: 'timesheetDayOutsidePeriod' });
  });
});

describe('hours from what the provider gave', () => {
  it('computes the hours of a day given a start, an end and a place but no hours, and submits them', async () => {
    const p = await provider();
    const ts = await open(p.c, p.caseNumbers[0]!);
    const saved = await p.c.post(`/api/timesheets/${ts.json().id}/days`, { days: [{ date: weekDays[0], workedMinutes: null, startTime: '09:00', endTime: '13:00', location: 'home' }] });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().days).toEqual([{ date: weekDays[0], workedMinutes: 240, travelMinutes: 0, startTime: '09:00', endTime: '13:00', location: 'home', fromEvv: false, evvMinutes: null, edited: false }]);
    expect(saved.json()).toMatchObject({ canSubmit: true, totals: { workedMinutes: 240 } });
    const sent = await submit(p.c, ts.json().id);
    expect(sent.statusCode).toBe(200);
    expect(sent.json().days[0].workedMinutes).toBe(240);
  });

  it('keeps a day with a place but no hours and refuses to submit it, naming the date in English and Spanish', async () => {
    const p = await provider();
    const ts = await open(p.c, p.caseNumbers[0]!);
    const saved = await p.c.post(`/api/timesheets/${ts.json().id}/days`, {
      days: [
        { date: weekDays[0], workedMinutes: 240 },
        { date: weekDays[1], location: 'home' },
      ],
    });
    expect(saved.json().days.map((d: { date: string; workedMinutes: number }) => [d.date, d.workedMinutes])).toEqual([
      [weekDays[0], 240],
      [weekDays[1], 0],
    ]);
    expect(saved.json().canSubmit).toBe(false);
    expect(saved.json().findings).toMatchObject([{ code: 'DAY_WITHOUT_HOURS', kind: 'blocking', date: weekDays[1] }]);
    const month = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'long' }).format(new Date(`${weekDays[1]}T12:00:00Z`));
    const en = await submit(p.c, ts.json().id);
    expect(en.statusCode).toBe(422);
    expect(en.json().error.findings).toMatchObject([{ code: 'DAY_WITHOUT_HOURS', date: weekDays[1] }]);
    expect(en.json().error.findings[0].title).toContain(month);
    const es = await p.c.post(`/api/timesheets/${ts.json().id}/submit`, { idempotencyKey: randomUUID(), acknowledgeScheduledVisits: true }, { 'accept-language': 'es' });
    expect(es.json().error.findings[0].title).toContain('no tiene horas');
    expect(es.json().error.findings[0].title).toContain(String(Number(weekDays[1]!.slice(8))));
  });

  it('gives a day of check-ins the first check-in as its start, the last check-out as its end, and the visits added up', async () => {
    const p = await provider();
    const [caseNumber] = p.caseNumbers as [string];
    const d = weekDays[2]!;
    for (const [from, to] of [[9, 10], [11, 13]] as const) {
      await p.c.post('/api/evv/check-in', { idempotencyKey: randomUUID(), caseNumber, tappedAt: at(d, from), locationType: 'home' });
      await p.c.post('/api/evv/check-out', { idempotencyKey: randomUUID(), caseNumber, tappedAt: at(d, to) });
    }
    const ts = await open(p.c, caseNumber);
    expect(ts.json().days).toEqual([{ date: d, workedMinutes: 180, travelMinutes: 0, startTime: '09:00', endTime: '13:00', location: 'home', fromEvv: true, evvMinutes: 180, edited: false }]);
    // Saved back untouched (no hours typed), the day still follows its check-ins.
    const saved = await p.c.post(`/api/timesheets/${ts.json().id}/days`, { days: [{ date: d, workedMinutes: null, startTime: '09:00', endTime: '13:00', location: 'home' }] });
    expect(saved.json().days[0]).toMatchObject({ workedMinutes: 180, edited: false });
  });
});

describe('submitting', () => {
  it('refuses a week over 66 hours across two recipients, with the reason and how to fix it, in the request language', async () => {
    const p = await provider(2);
    const [a, b] = p.caseNumbers as [string, string];
    const first = await open(p.c, a);
    await p.c.post(`/api/timesheets/${first.json().id}/days`, { days: days(weekDays, 480) });
    expect((await submit(p.c, first.json().id)).statusCode).toBe(200);
    const second = await open(p.c, b);
    const saved = await p.c.post(`/api/timesheets/${second.json().id}/days`, { days: days(weekDays, 360) });
    expect(saved.json().canSubmit).toBe(false);
    expect(saved.json().findings.find((f: { code: string }) => f.code === 'OVER_66_HOURS')).toMatchObject({ kind: 'blocking' });
    expect(saved.json().totals.weeks.find((w: { start: string }) => w.start === sunday)).toMatchObject({ workedMinutes: 70 * 60, capMinutes: 66 * 60 });
    const refused = await p.c.post(`/api/timesheets/${second.json().id}/submit`, { idempotencyKey: randomUUID(), acknowledgeScheduledVisits: true }, { 'accept-language': 'es' });
    expect(refused.statusCode).toBe(422);
    const body = refused.json().error;
    expect(body.code).toBe('timesheetBlocked');
    expect(body.findings.map((f: { code: string }) => f.code)).toEqual(['OVER_66_HOURS']);
    expect(body.findings[0].title.length).toBeGreaterThan(10);
    expect(body.findings[0].howToFix.length).toBeGreaterThan(10);
    expect(body.message).toContain('no se puede enviar');
    const row = await db.db.selectFrom('timesheets').select('status').where('id', '=', second.json().id).executeTakeFirstOrThrow();
    expect(row.status).toBe('draft');
    expect(await db.db.selectFrom('audit_events').select('details').where('action', '=', 'timesheet.submit_refused').where('actor_user_id', '=', p.userId).executeTakeFirstOrThrow()).toMatchObject({ details: { codes: ['OVER_66_HOURS'] } });
    // Within the cap it goes through.
    await p.c.post(`/api/timesheets/${second.json().id}/days`, { days: days(weekDays, 300) });
    expect((await submit(p.c, second.json().id)).statusCode).toBe(200);
  });

  it('is idempotent: a retried submission returns the first result', async () => {
    const p = await provider();
    const ts = await open(p.c, p.caseNumbers[0]!);
    await p.c.post(`/api/timesheets/${ts.json().id}/days`, { days: days(weekDays.slice(0, 1), 120) });
    const key = randomUUID();
    const a = await submit(p.c, ts.json().id, key);
    const b = await submit(p.c, ts.json().id, key);
    expect(a.statusCode).toBe(200);
    expect(b.statusCode).toBe(200);
    expect(b.json().submittedAt).toBe(a.json().submittedAt);
    expect(await db.db.selectFrom('audit_events').select('id').where('action', '=', 'timesheet.submitted').where('actor_user_id', '=', p.userId).execute()).toHaveLength(1);
  });

  it('answers concurrent twins of a submission with the one saved result, never a conflict with itself', async () => {
    const p = await provider();
    const ts = await open(p.c, p.caseNumbers[0]!);
    await p.c.post(`/api/timesheets/${ts.json().id}/days`, { days: days(weekDays.slice(0, 1), 120) });
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 12 }, () => submit(p.c, ts.json().id, key)));
    expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 200));
    expect(new Set(answers.map((a) => a.json().submittedAt)).size).toBe(1);
    expect(await db.db.selectFrom('audit_events').select('id').where('action', '=', 'timesheet.submitted').where('actor_user_id', '=', p.userId).execute()).toHaveLength(1);
  });

  it('refuses a key reused for another timesheet with 422 and submits nothing', async () => {
    const p = await provider();
    const first = await open(p.c, p.caseNumbers[0]!);
    await p.c.post(`/api/timesheets/${first.json().id}/days`, { days: days(weekDays.slice(0, 1), 120) });
    const key = randomUUID();
    expect((await submit(p.c, first.json().id, key)).statusCode).toBe(200);
    const earlier = payPeriodOf(addDays(period.start, -1));
    const other = await open(p.c, p.caseNumbers[0]!, earlier.start);
    await p.c.post(`/api/timesheets/${other.json().id}/days`, { days: days([addDays(earlier.start, 2)], 120) });
    const reused = await submit(p.c, other.json().id, key);
    expect(reused.statusCode).toBe(422);
    expect(reused.json().error.code).toBe('idempotencyKeyReused');
    expect((await db.db.selectFrom('timesheets').select('status').where('id', '=', other.json().id).executeTakeFirstOrThrow()).status).toBe('draft');
    // Keys belong to their maker: another provider's identical key is a new request.
    const q = await provider();
    const theirs = await open(q.c, q.caseNumbers[0]!);
    await q.c.post(`/api/timesheets/${theirs.json().id}/days`, { days: days(weekDays.slice(0, 1), 120) });
    expect((await submit(q.c, theirs.json().id, key)).json().status).toBe('submitted');
  });

  it('refuses an empty timesheet', async () => {
    const p = await provider();
    const ts = await open(p.c, p.caseNumbers[0]!);
    const res = await submit(p.c, ts.json().id);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('timesheetEmpty');
  });

  it('makes a submitted timesheet read-only, in the API and in the database', async () => {
    const p = await provider();
    const ts = await open(p.c, p.caseNumbers[0]!);
    await p.c.post(`/api/timesheets/${ts.json().id}/days`, { days: days(weekDays.slice(0, 1), 120) });
    await submit(p.c, ts.json().id);
    const edit = await p.c.post(`/api/timesheets/${ts.json().id}/days`, { days: days(weekDays.slice(0, 1), 60) });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('timesheetReadOnly');
    await expect(db.db.updateTable('timesheet_days').set({ worked_minutes: 1 }).where('timesheet_id', '=', ts.json().id).execute()).rejects.toThrow(/read-only/);
  });

  it("keeps a version's minutes as its days summed when it left draft, which no writer can set apart from them", async () => {
    const p = await provider();
    const ts = await open(p.c, p.caseNumbers[0]!);
    const id = ts.json().id as number;
    await p.c.post(`/api/timesheets/${id}/days`, { days: days(weekDays.slice(0, 3), 150) });
    const minutes = () => db.db.selectFrom('timesheets').select(['status', 'worked_minutes', 'travel_minutes']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(await minutes()).toEqual({ status: 'draft', worked_minutes: null, travel_minutes: null });
    expect((await submit(p.c, id)).statusCode).toBe(200);
    expect(await minutes()).toEqual({ status: 'submitted', worked_minutes: 450, travel_minutes: 0 });
    await sql`UPDATE timesheets SET worked_minutes = 1, travel_minutes = 1 WHERE id = ${id}`.execute(db.db);
    await sql`UPDATE timesheets SET status = 'draft', submitted_at = NULL WHERE id = ${id}`.execute(db.db);
    await sql`UPDATE timesheets SET status = 'submitted', submitted_at = portal_now() WHERE id = ${id}`.execute(db.db);
    expect(await minutes()).toEqual({ status: 'submitted', worked_minutes: 450, travel_minutes: 0 });
  });

  it('warns before a mid-period submission while visits are still scheduled in the period', async () => {
    const p = await provider();
    const now = toCaliforniaDateTime(testNow());
    const current = payPeriodOf(now.date);
    const [caseNumber] = p.caseNumbers as [string];
    // A visit still ahead in the period: on its last day, later than now when that day is today. Only in the last
    // minutes of a period is there no time left for one (then nothing warns).
    const start = now.date < current.end ? 9 * 60 : Math.ceil((now.minuteOfDay + 10) / 5) * 5;
    const stillAhead = start <= 23 * 60 + 50;
    const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    if (stillAhead) {
      const planned = await p.c.post('/api/visits/plans', { caseNumber, startDate: current.end, startTime: hhmm(start), endTime: hhmm(Math.min(start + 60, 23 * 60 + 59)), repeat: 'none' });
      expect(planned.statusCode).toBe(200);
    }
    const ts = await open(p.c, caseNumber, current.start);
    expect(ts.json().remainingScheduledVisits).toBe(stillAhead ? 1 : 0);
    await p.c.post(`/api/timesheets/${ts.json().id}/days`, { days: [{ date: current.start, workedMinutes: 60 }] });
    const res = await p.c.post(`/api/timesheets/${ts.json().id}/submit`, { idempotencyKey: randomUUID() });
    if (stillAhead) {
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({ code: 'timesheetVisitsStillScheduled', params: { count: 1 } });
    }
    expect((await submit(p.c, ts.json().id)).statusCode).toBe(200);
  });
});

describe('the running totals', () => {
  it("are what the browser computes from the view's rules case, so its live totals start from the server's", async () => {
    const p = await provider(2);
    const [a, b] = p.caseNumbers as [string, string];
    const first = await open(p.c, a);
    await p.c.post(`/api/timesheets/${first.json().id}/days`, { days: days(weekDays, 9 * 60) });
    expect((await submit(p.c, first.json().id)).statusCode).toBe(200);
    const second = await open(p.c, b);
    const view = (await p.c.post(`/api/timesheets/${second.json().id}/days`, { days: days(weekDays.slice(0, 2), 3 * 60) })).json<TimesheetView>();

    const { totals, rulesContext } = view as TimesheetView & { totals: NonNullable<TimesheetView['totals']>; rulesContext: NonNullable<TimesheetView['rulesContext']> };
    const entries = view.days.map((d) => ({ recipientId: b, date: d.date, workedMinutes: d.workedMinutes, travelMinutes: d.travelMinutes }));
    const evaluation = evaluateClaims({ ...rulesContext, entries });
    const { recipients, priorEntries } = rulesContext;
    expect(timesheetTotals({ caseNumber: b, payPeriod: view.payPeriod, recipients, priorEntries, entries, evaluation, rateKnown: totals.expectedGrossCents !== null })).toEqual(totals);
    // The first timesheet's 45 hours come first in the week: all 6 hours of this one are overtime, and none count on this recipient's month.
    expect(totals).toMatchObject({ workedMinutes: 360, overtimeMinutes: 360, expectedGrossCents: 6 * 2700, month: { claimedMinutes: 360 } });
  });
});

describe('the recipient and corrections', () => {
  it('lets the recipient approve; the provider sees it at once', async () => {
    const p = await provider();
    const ts = await open(p.c, p.caseNumbers[0]!);
    await p.c.post(`/api/timesheets/${ts.json().id}/days`, { days: days(weekDays.slice(0, 2), 180) });
    await submit(p.c, ts.json().id);
    const r = p.recipients[0]!;
    const list = (await r.get('/api/recipient/timesheets')).json().timesheets;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: ts.json().id, status: 'submitted', workedMinutes: 360 });
    const view = (await r.get(`/api/timesheets/${ts.json().id}`)).json();
    expect(view).toMatchObject({ findings: [], totals: null, rulesContext: null, editable: false });
    expect(view.days).toHaveLength(2);
    const ok = await r.post(`/api/recipient/timesheets/${ts.json().id}/decision`, { decision: 'approve' });
    expect(ok.json()).toMatchObject({ status: 'approved', decision: { decision: 'approved' } });
    expect((await r.post(`/api/recipient/timesheets/${ts.json().id}/decision`, { decision: 'approve' })).statusCode).toBe(200);
    expect((await r.post(`/api/recipient/timesheets/${ts.json().id}/decision`, { decision: 'reject', reason: 'changed my mind' })).json().error.code).toBe('timesheetAlreadyDecided');
    expect((await p.c.get('/api/dashboard')).json().timekeeping.timesheets).toEqual([]); // previous period: not this one's
    const own = (await p.c.get(`/api/timesheets/${ts.json().id}`)).json();
    expect(own.status).toBe('approved') // a clean timesheet approved by its recipient needs no county review (issue #5);
  });

  it('shows a rejection with its reason on the dashboard; a correction is a new version that keeps the old one', async () => {
    const p = await provider();
    const ts = await open(p.c, p.caseNumbers[0]!);
    await p.c.post(`/api/timesheets/${ts.json().id}/days`, { days: days(weekDays.slice(0, 2), 180) });
    await submit(p.c, ts.json().id);
    const r = p.recipients[0]!;
    expect((await r.post(`/api/recipient/timesheets/${ts.json().id}/decision`, { decision: 'reject' })).statusCode).toBe(400);
    const rejected = await r.post(`/api/recipient/timesheets/${ts.json().id}/decision`, { decision: 'reject', reason: 'Tuesday was 2 hours, not 3' });
    expect(rejected.json().status).toBe('rejected_by_recipient');
    const item = (await p.c.get('/api/dashboard')).json().attention.find((a: { kind: string }) => a.kind === 'timesheet_rejected');
    expect(item).toMatchObject({ timesheetId: ts.json().id, reason: 'Tuesday was 2 hours, not 3' });

    const v2 = await p.c.post(`/api/timesheets/${ts.json().id}/correct`);
    expect(v2.json()).toMatchObject({ version: 2, status: 'draft', supersedesId: ts.json().id });
    expect((await p.c.post(`/api/timesheets/${ts.json().id}/correct`)).json().id).toBe(v2.json().id);
    await p.c.post(`/api/timesheets/${v2.json().id}/days`, { days: [{ date: weekDays[0], workedMinutes: 180 }, { date: weekDays[1], workedMinutes: 120 }] });
    expect((await submit(p.c, v2.json().id)).statusCode).toBe(200);
    const old = (await p.c.get(`/api/timesheets/${ts.json().id}`)).json();
    expect(old).toMatchObject({ status: 'superseded', supersededById: v2.json().id });
    expect(old.days.map((d: { workedMinutes: number }) => d.workedMinutes)).toEqual([180, 180]);
    expect((await p.c.get('/api/dashboard')).json().attention.filter((a: { kind: string }) => a.kind === 'timesheet_rejected')).toEqual([]);
    expect((await r.get('/api/recipient/timesheets')).json().timesheets.map((t: { version: number; status: string }) => [t.version, t.status])).toEqual([
      [2, 'submitted'],
      [1, 'superseded'],
    ]);
  });

  it('flags a timesheet left without the recipient\'s decision for 2 days', async () => {
    const p = await provider();
    const ts = await open(p.c, p.caseNumbers[0]!);
    await p.c.post(`/api/timesheets/${ts.json().id}/days`, { days: days(weekDays.slice(0, 1), 60) });
    await submit(p.c, ts.json().id);
    const kinds = async () => (await p.c.get('/api/dashboard')).json().attention.map((a: { kind: string }) => a.kind);
    expect(await kinds()).not.toContain('awaiting_recipient');
    await db.db.updateTable('timesheets').set({ submitted_at: new Date(testNow().getTime() - 49 * 3_600_000) }).where('id', '=', ts.json().id).execute();
    expect(await kinds()).toContain('awaiting_recipient');
    expect((await p.recipients[0]!.get('/api/dashboard')).json()).toMatchObject({ role: 'recipient', timesheetsToReview: 1 });
  });

  it('keeps timesheets to their people: another provider, another recipient and county staff see nothing', async () => {
    const p = await provider();
    const other = await provider();
    const ts = await open(p.c, p.caseNumbers[0]!);
    expect((await other.c.get(`/api/timesheets/${ts.json().id}`)).statusCode).toBe(404);
    expect((await other.c.post(`/api/timesheets/${ts.json().id}/days`, { days: [] })).statusCode).toBe(404);
    expect((await p.recipients[0]!.get(`/api/timesheets/${ts.json().id}`)).statusCode).toBe(404); // a draft is the provider's
    expect((await other.recipients[0]!.get('/api/recipient/timesheets')).json().timesheets).toEqual([]);
    expect((await open(other.c, p.caseNumbers[0]!)).json().error.code).toBe('notAssignedToCase');
  });
});
