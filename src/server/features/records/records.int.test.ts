import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../db/seed/demo.js';
import { DEMO_CASES } from '../../../db/seed/demo-workday.js';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addDays, californiaDate, payPeriodOf } from '../../../domain/index.js';
import { seedDemoData } from '../../demo-seed.js';
import { testNow, testToday } from '../../testing/clock.js';
import { buildTestApp, testConfig, TestClient } from '../../testing/test-app.js';
import { send, tapIn, tapOut } from '../evv/testing.js';
import { DOCUMENT_WORDS } from '../payments/service.js';
import { californiaTimestamp } from './files.js';
import { RECORD_WORDS } from './words.js';

/**
 * "Download my records" on the demo data: the demo provider Maria Gonzalez (900000001) signs in (once with a wrong
 * password), taps in and out, replies to the county's welcome message, submits a timesheet that her recipient sends
 * back with a note about her health, corrects it, and is paid. Her ZIP is then read file by file. James Nguyen
 * (900000002), another demo provider, taps too: nothing of his may appear in hers.
 */
let db: TestDb;
let app: FastifyInstance;
const config = testConfig({ demo: true });
const period = payPeriodOf(addDays(payPeriodOf(testToday()).start, -1));
const workDay = addDays(period.start, 2);
const HEALTH_NOTE = 'I was in the hospital for my knees that day';
const FORMULA_REPLY = '=HYPERLINK("http://evil.example","click") thank you, I read it';
const elena = DEMO_CASES.find((c) => c.caseNumber === '9000001')!;
const walter = DEMO_CASES.find((c) => c.caseNumber === '9000002')!;
let maria: TestClient;
let elenaClient: TestClient;
let worker: TestClient;
let mariaId: number;
let tapTimes: { in: Date; out: Date };

async function signIn(ip: string, type: 'provider' | 'recipient' | 'staff', loginId: string) {
  const c = new TestClient(app, ip);
  const res = await c.signIn(type, loginId, DEMO_PASSWORD);
  if (res.statusCode !== 200) throw new Error(`${loginId} could not sign in: ${res.statusCode} ${res.body}`);
  return c;
}

async function submitDays(c: TestClient, id: number, minutes: number) {
  expect((await c.post(`/api/timesheets/${id}/days`, { days: [{ date: workDay, workedMinutes: minutes, travelMinutes: 0 }] })).statusCode).toBe(200);
  expect((await c.post(`/api/timesheets/${id}/submit`, { idempotencyKey: randomUUID(), acknowledgeScheduledVisits: true })).statusCode).toBe(200);
}

/** The ZIP's files by name, as text without the byte-order mark. */
async function download(c: TestClient, headers: Record<string, string> = {}) {
  const res = await c.get('/api/records/download.zip', headers);
  expect(res.statusCode).toBe(200);
  const files = Object.fromEntries(Object.entries(unzipSync(new Uint8Array(res.rawPayload))).map(([name, bytes]) => [name, strFromU8(bytes).replace(/^\uFEFF/, '')]));
  return { res, files };
}

/** A CSV's lines split into cells (the files here hold no line breaks inside cells, so splitting on commas outside quotes is enough). */
const rowsOf = (csv: string) => csv.trimEnd().split('\r\n').map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].slice(0, -1).map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"')));

beforeAll(async () => {
  db = await createTestDb();
  await seedDemoData(db.db, config, testNow());
  app = await buildTestApp(db.db, { demo: true });
  mariaId = (await db.db.selectFrom('users').select('id').where('login_id', '=', '900000001').executeTakeFirstOrThrow()).id;

  expect((await new TestClient(app, '198.51.100.7').signIn('provider', '900000001', 'not the demo passphrase at all')).statusCode).toBe(401);
  maria = await signIn('198.51.100.7', 'provider', '900000001');
  elenaClient = await signIn('198.51.100.8', 'recipient', '9000001');
  worker = await signIn('198.51.100.9', 'staff', 'demo.worker');
  const admin = await signIn('198.51.100.10', 'staff', 'demo.admin');
  const james = await signIn('198.51.100.11', 'provider', '900000002');

  tapTimes = { in: new Date(testNow().getTime() - 3 * 3_600_000), out: new Date(testNow().getTime() - 3_600_000) };
  expect((await send(maria, tapIn('9000001', tapTimes.in.toISOString()))).statusCode).toBe(200);
  expect((await send(maria, tapOut('9000001', tapTimes.out.toISOString()))).statusCode).toBe(200);
  expect((await send(james, tapIn('9000002', tapTimes.in.toISOString()))).statusCode).toBe(200);

  const [welcome] = (await maria.get('/api/messages')).json().threads as { threadId: number }[];
  expect((await maria.post(`/api/messages/${welcome!.threadId}/reply`, { body: FORMULA_REPLY })).statusCode).toBe(200);

  const first = (await maria.post('/api/timesheets/open', { caseNumber: '9000001', payPeriodStart: period.start })).json().id as number;
  await submitDays(maria, first, 180);
  expect((await elenaClient.post(`/api/recipient/timesheets/${first}/decision`, { decision: 'reject', reason: HEALTH_NOTE })).statusCode).toBe(200);
  const second = (await maria.post(`/api/timesheets/${first}/correct`, {})).json().id as number;
  await submitDays(maria, second, 120);
  expect((await elenaClient.post(`/api/recipient/timesheets/${second}/decision`, { decision: 'approve' })).statusCode).toBe(200);
  // The portal may send any timesheet to the county at random (a random hold); the county then approves it.
  if ((await maria.get(`/api/timesheets/${second}`)).json().status === 'in_county_review') {
    expect((await admin.post(`/api/staff/review/${second}/decision`, { decision: 'approve' })).statusCode).toBe(200);
  }
  expect((await admin.post('/api/staff/pay-runs', {})).json()).toMatchObject({ payments: 1 });
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe("the demo provider's records ZIP", () => {
  it('comes as a ZIP named for the person and the day, never cached, refused to an anonymous caller', async () => {
    const { res, files } = await download(maria);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="ihss-records-900000001-${californiaDate(testNow())}.zip"`);
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'evv-taps.csv', 'messages.csv', 'payments.csv', 'sign-ins.csv', 'timesheets.csv']);
    expect((await new TestClient(app, '198.51.100.99').get('/api/records/download.zip')).statusCode).toBe(401);
  });

  it('lists the sign-ins, the wrong password among them, with time, outcome, address and browser', async () => {
    const [header, ...rows] = rowsOf((await download(maria)).files['sign-ins.csv']!);
    expect(header).toEqual(RECORD_WORDS.en.files.signIns.headers);
    expect(rows).toContainEqual([expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/), 'Sign-in attempt with a wrong password', 'Failed', '198.51.100.7', expect.stringContaining('Chrome / Android')]);
    expect(rows).toContainEqual([expect.any(String), 'Signed in', 'Succeeded', '198.51.100.7', expect.stringContaining('Chrome / Android')]);
  });

  it('lists her EVV taps in California time, without coordinates, and none of another provider', async () => {
    const csv = (await download(maria)).files['evv-taps.csv']!;
    const [header, ...rows] = rowsOf(csv);
    expect(header).toEqual(RECORD_WORDS.en.files.evvTaps.headers);
    expect(rows).toEqual([
      [californiaTimestamp(tapTimes.in), 'Check in', '9000001', 'Elena Ramirez', 'Community', expect.any(String), expect.any(String), 'Web'],
      [californiaTimestamp(tapTimes.out), 'Check out', '9000001', 'Elena Ramirez', '', expect.any(String), expect.any(String), 'Web'],
    ]);
    expect(csv).not.toContain('9000002');
  });

  it('gives every timesheet version with each step, the recipient and county as roles, and no note', async () => {
    const csv = (await download(maria)).files['timesheets.csv']!;
    const [header, ...rows] = rowsOf(csv);
    expect(header).toEqual(RECORD_WORDS.en.files.timesheets.headers);
    const steps = rows.map((r) => [r[5], r[6], r[7], r[11], r[12]]);
    expect(steps).toEqual(
      expect.arrayContaining([
        ['1', 'Replaced by a newer version', '3.00', 'Submitted', 'Provider'],
        ['1', 'Replaced by a newer version', '3.00', 'Rejected by the recipient', 'Recipient'],
        ['1', 'Replaced by a newer version', '3.00', 'Replaced by a newer version', 'Provider'],
        ['2', 'Payment issued', '2.00', 'Submitted', 'Provider'],
        ['2', 'Payment issued', '2.00', 'Approved by the recipient', 'Recipient'],
        ['2', 'Payment issued', '2.00', 'Payment issued', 'The portal'],
      ]),
    );
    expect(rows.every((r) => r[0] === '9000001' && r[1] === 'Elena Ramirez' && r[2] === '900000001' && r[3] === period.start && r[4] === period.end)).toBe(true);
    expect(csv).not.toContain(HEALTH_NOTE);
  });

  it('holds the messages sent and received, a formula neutralised, and the payment with its gross', async () => {
    const { files } = await download(maria);
    const messages = rowsOf(files['messages.csv']!);
    expect(messages[0]).toEqual(RECORD_WORDS.en.files.messages.headers);
    expect(messages.slice(1).map((r) => [r[1], r[2]])).toEqual([
      ['Received', 'Your county IHSS office'],
      ['Sent', 'You'],
    ]);
    expect(files['messages.csv']).toContain(`"'=HYPERLINK(""http://evil.example"",""click"") thank you, I read it"`);
    const [header, payment, ...more] = rowsOf(files['payments.csv']!);
    expect(header).toEqual(DOCUMENT_WORDS.en.csv);
    expect(more).toEqual([]);
    const [listed] = (await maria.get('/api/payments')).json().payments;
    expect(payment![0]).toBe(listed.paymentNumber);
    expect(payment![15]).toBe((listed.cents.gross / 100).toFixed(2));
  });

  it("holds no other person's health data: no diagnoses, addresses or notes, nothing of another provider", async () => {
    const all = Object.values((await download(maria)).files).join('\n');
    for (const secret of [elena.diagnoses, elena.street, walter.diagnoses, walter.street, 'Walter', 'Brooks', '900000002', HEALTH_NOTE, 'osteoarthritis']) expect(all).not.toContain(secret);
  });

  it("writes the README and headers in the account's language, whatever the browser asks for", async () => {
    expect((await maria.post('/api/me/language', { language: 'es' })).statusCode).toBe(200);
    const { files } = await download(maria, { 'accept-language': 'en' });
    const es = RECORD_WORDS.es;
    expect(files['README.txt']!.startsWith(es.readme.title)).toBe(true);
    expect(files['README.txt']).toContain('Maria Gonzalez (ID de acceso 900000001)');
    for (const file of ['sign-ins.csv', 'evv-taps.csv', 'timesheets.csv', 'messages.csv', 'payments.csv']) expect(files['README.txt']).toContain(file);
    expect(files['README.txt']).toContain(`  - ${es.files.timesheets.headers[12]}: ${es.files.timesheets.meanings[12]}`);
    expect(files['README.txt']).not.toContain(es.readme.headerOnly);
    expect(rowsOf(files['sign-ins.csv']!)[0]).toEqual(es.files.signIns.headers);
    expect(rowsOf(files['payments.csv']!)[0]).toEqual(DOCUMENT_WORDS.es.csv);
    expect(files['timesheets.csv']).toContain('Rechazada por el beneficiario');
    expect((await maria.post('/api/me/language', { language: 'en' })).statusCode).toBe(200);
  });

  it('is audited with the row counts of each file and none of their data', async () => {
    const { files } = await download(maria);
    const row = await db.db
      .selectFrom('audit_events')
      .select(['actor_user_id', 'outcome', 'details'])
      .where('action', '=', 'records.downloaded')
      .where('subject_user_id', '=', mariaId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ actor_user_id: mariaId, outcome: 'success' });
    const counted = Object.fromEntries(Object.entries(files).filter(([name]) => name.endsWith('.csv')).map(([name, csv]) => [name, rowsOf(csv).length - 1]));
    expect(row.details).toEqual({ language: 'en', rows: counted });
    expect(counted).toMatchObject({ 'evv-taps.csv': 2, 'messages.csv': 2, 'payments.csv': 1 });
    expect(JSON.stringify(row.details)).not.toMatch(/Elena|Ramirez|HYPERLINK|9000001\b/);
  });
});

describe('the records of other roles', () => {
  it("gives a recipient the timesheets sent to them with their decisions, without the provider's pay, and says which files are empty", async () => {
    const { files } = await download(elenaClient);
    const rows = rowsOf(files['timesheets.csv']!).slice(1);
    expect(rows.some((r) => r[11] === 'Rejected by the recipient' && r[12] === 'Recipient')).toBe(true);
    expect(rows.every((r) => r[9] === '')).toBe(true);
    expect(files['timesheets.csv']).not.toContain(HEALTH_NOTE);
    expect(rowsOf(files['evv-taps.csv']!)).toEqual([RECORD_WORDS.en.files.evvTaps.headers]);
    expect(rowsOf(files['payments.csv']!)).toEqual([DOCUMENT_WORDS.en.csv]);
    expect(files['README.txt']!.split(RECORD_WORDS.en.readme.headerOnly).length - 1).toBe(3);
  });

  it('gives county staff their sign-ins and the messages they wrote, and no provider data', async () => {
    const { files } = await download(worker);
    expect(rowsOf(files['messages.csv']!).slice(1).map((r) => [r[1], r[2]])).toEqual([['Sent', 'You']]);
    expect(files['messages.csv']).not.toContain('thank you, I read it');
    expect(rowsOf(files['timesheets.csv']!)).toEqual([RECORD_WORDS.en.files.timesheets.headers]);
    expect(rowsOf(files['sign-ins.csv']!).length).toBeGreaterThan(1);
  });
});
