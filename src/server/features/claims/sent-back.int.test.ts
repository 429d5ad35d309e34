import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addDays, addMonths, recipientDecisionDue } from '../../../domain/index.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../../testing/test-app.js';
import { testToday } from '../../testing/clock.js';
import { assign, createCase } from '../cases/testing.js';

/**
 * Issue #12, "sent back, fixed, resent": every message about a returned timesheet names who returned it and why, and
 * the timesheet and the claim tell one story (who decided, why, the next step).
 */
let db: TestDb;
let app: FastifyInstance;
let worker: TestClient;
const config = testConfig();
let n = 0;
const today = testToday();
const periodStart = Number(today.slice(8)) > 15 ? `${today.slice(0, 8)}01` : `${addMonths(today, -1).slice(0, 8)}01`;
const workDays = [2, 3, 4, 5, 6].map((d) => addDays(periodStart, d));

/** A Los Angeles provider with one recipient of `monthlyHours`, and a submitted timesheet of `minutes` on 5 days. */
async function submitted(monthlyHours: number, minutes: number, liveIn = false) {
  n += 1;
  const loginId = `85200${String(n).padStart(4, '0')}`;
  const userId = await createUser(db.db, config, { loginId, countyId: 19 });
  const caseNumber = `852${String(n).padStart(3, '0')}0`;
  const { caseId } = await createCase(db.db, config, { caseNumber, monthlyMinutes: monthlyHours * 60, countyId: 19 });
  await assign(db.db, { providerId: userId, caseId, liveIn });
  const p = new TestClient(app, `198.20.${n}.1`);
  expect((await p.signIn('provider', loginId)).statusCode).toBe(200);
  const r = new TestClient(app, `198.20.${n}.2`);
  expect((await r.signIn('recipient', caseNumber)).statusCode).toBe(200);
  const ts = (await p.post('/api/timesheets/open', { caseNumber, payPeriodStart: periodStart })).json();
  await p.post(`/api/timesheets/${ts.id}/days`, { days: workDays.map((date) => ({ date, workedMinutes: minutes })) });
  expect((await p.post(`/api/timesheets/${ts.id}/submit`, { idempotencyKey: randomUUID(), acknowledgeScheduledVisits: true })).statusCode).toBe(200);
  return { p, r, id: ts.id as number };
}

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db);
  await createUser(db.db, config, { role: 'county_worker', loginId: 'sentback.worker', countyId: 19 });
  worker = new TestClient(app, '198.20.250.1');
  expect((await worker.signIn('staff', 'sentback.worker')).statusCode).toBe(200);
});

afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('a timesheet sent back', () => {
  it("by the county: the dashboard and the notification name the county, not the recipient, and give its reasons in words", async () => {
    const t = await submitted(20, 180);
    await t.r.post(`/api/recipient/timesheets/${t.id}/decision`, { decision: 'approve' });
    const reasonCodes = ['OVER_70_PERCENT_FIRST_HALF', 'HOURS_NOT_SUPPORTED_BY_EVV'];
    expect((await worker.post(`/api/staff/review/${t.id}/decision`, { decision: 'deny', reasonCodes, note: 'Your EVV shows 2 hours.' })).statusCode).toBe(200);

    const item = (await t.p.get('/api/dashboard')).json().attention.find((a: { timesheetId: number }) => a.timesheetId === t.id);
    expect(item).toMatchObject({ kind: 'timesheet_rejected', returnedBy: 'county', countyName: 'Los Angeles', reason: 'Your EVV shows 2 hours.' });
    expect(item.reasons.map((r: { code: string }) => r.code)).toEqual(reasonCodes);
    expect(item.reasons[0].title).toMatch(/^You entered 15 hours for .+: more than 70% of the month's 20 hours\.$/);
    expect(item.reasons.every((r: { howToFix: string }) => r.howToFix.length > 10 && !r.howToFix.includes('{{'))).toBe(true);
    const es = (await t.p.get('/api/dashboard', { 'accept-language': 'es' })).json().attention.find((a: { timesheetId: number }) => a.timesheetId === t.id);
    expect(es.reasons[0].howToFix).toMatch(/^El condado no aceptó estas horas\./);

    const note = (await t.p.get('/api/notifications')).json().notifications.find((x: { event: string }) => x.event === 'timesheet_rejected');
    expect(note.title).toBe('Los Angeles County denied your timesheet');
    expect(note.text).not.toContain('sent your timesheet back');
    expect(note.text).toContain(item.reasons[1].title);
    expect(note.text).toContain('"Submit the correction"');

    // The timesheet's story, as the timesheet page and the claim page show it.
    const story = (await t.p.get(`/api/claims/${t.id}/timeline`)).json().versions[0].story;
    expect(story).toMatchObject({ decidedBy: 'county', deciderName: 'Los Angeles', returned: true, note: 'Your EVV shows 2 hours.', nextStep: 'correct', correctionId: null });
    expect(story.reasons).toEqual(item.reasons);
    const v2 = (await t.p.post(`/api/timesheets/${t.id}/correct`)).json();
    const both = (await t.p.get(`/api/claims/${v2.id}/timeline`)).json().versions;
    expect(both.map((v: { story: { nextStep: string } }) => v.story.nextStep)).toEqual(['correcting', 'submit']);
    expect(both[0].story.correctionId).toBe(v2.id);
  });

  it('by the recipient: the dashboard and the notification name the recipient and give their reason', async () => {
    const t = await submitted(40, 120);
    await t.r.post(`/api/recipient/timesheets/${t.id}/decision`, { decision: 'reject', reason: 'You were away on the 4th' });
    const item = (await t.p.get('/api/dashboard')).json().attention.find((a: { timesheetId: number }) => a.timesheetId === t.id);
    expect(item).toMatchObject({ kind: 'timesheet_rejected', returnedBy: 'recipient', countyName: null, reasons: [], reason: 'You were away on the 4th' });
    const note = (await t.p.get('/api/notifications')).json().notifications.find((x: { event: string }) => x.event === 'timesheet_rejected');
    expect(note.title).toMatch(/ sent your timesheet back$/);
    expect(note.text).toContain('Their reason: "You were away on the 4th"');
    const story = (await t.p.get(`/api/claims/${t.id}/timeline`)).json().versions[0].story;
    expect(story).toMatchObject({ decidedBy: 'recipient', returned: true, note: 'You were away on the 4th', reasons: [], nextStep: 'correct' });
  });

  it('while the recipient decides: the story gives the day they are asked to decide by', async () => {
    const t = await submitted(40, 120);
    const view = (await t.p.get(`/api/timesheets/${t.id}`)).json();
    const story = (await t.p.get(`/api/claims/${t.id}/timeline`)).json().versions[0].story;
    expect(story).toMatchObject({ decidedBy: null, returned: false, nextStep: 'wait_recipient', recipientDecideBy: recipientDecisionDue(view.submittedAt) });
  });

  it("in the county's review: a live-in provider's item says so, for the days without a check-in", async () => {
    const t = await submitted(20, 180, true);
    await t.r.post(`/api/recipient/timesheets/${t.id}/decision`, { decision: 'approve' });
    expect((await worker.get(`/api/staff/review/${t.id}`)).json().liveIn).toBe(true);
    const other = await submitted(20, 180);
    await other.r.post(`/api/recipient/timesheets/${other.id}/decision`, { decision: 'approve' });
    expect((await worker.get(`/api/staff/review/${other.id}`)).json().liveIn).toBe(false);
  });
});
