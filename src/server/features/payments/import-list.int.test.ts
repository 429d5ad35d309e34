import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_PAGE, type ReturnImportView, type SettlementView } from '../../../contracts/payments.js';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addDays, payPeriodOf } from '../../../domain/index.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../../testing/test-app.js';
import { centsToAmount } from './settlement-file.js';
import { approvedTimesheet, bankFile, signedInClients } from './testing.js';
import { testToday } from '../../testing/clock.js';

const config = testConfig();
let db: TestDb;
let app: FastifyInstance;
let county: TestClient;
let elsewhere: TestClient;
let state: TestClient;
let provider: TestClient;
let recipient: TestClient;
const today = testToday();
const issueDay = addDays(today, -4);
const period = payPeriodOf(addDays(payPeriodOf(today).start, -1));

/** Payments by case number: 8750010, 8750020 and 8750040 in Los Angeles (19), 8750030 and 8750050 in Alameda (1). */
const paid: Record<string, { payment_number: string; gross_cents: number }> = {};

/**
 * The two files payroll records, listed alike. The acknowledgement files' suite runs first and pays each payment on
 * the day its line says; the returns files' suite then returns each deposit on that same day (a return may be dated
 * the day of the deposit), each case for its own reason.
 */
const REASON: Record<string, string> = { '8750010': 'R02', '8750020': 'R03', '8750030': 'R02', '8750040': 'R04', '8750050': 'R02' };
const KINDS = [
  { name: 'acknowledgement', path: '/api/staff/payment-settlements', header: 'payment_number,paid_on,amount', span: 'paidOn', returns: false },
  { name: 'returns', path: '/api/staff/payment-returns', header: 'payment_number,returned_on,amount,reason', span: 'returnedOn', returns: true },
] as const;
type Kind = (typeof KINDS)[number];
type FileView = SettlementView | ReturnImportView;

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db, { demo: true });
  const la = await createUser(db.db, config, { loginId: '875000001' });
  const alameda = await createUser(db.db, config, { loginId: '875000002', countyId: 1 });
  await createUser(db.db, config, { role: 'county_admin', loginId: 'list.la', countyId: 19, lastName: 'Payroll' });
  await createUser(db.db, config, { role: 'county_worker', loginId: 'list.alameda', countyId: 1, lastName: 'Alameda' });
  await createUser(db.db, config, { role: 'state_admin', loginId: 'list.state' });
  await createUser(db.db, config, { role: 'recipient', loginId: '8750009' });
  await approvedTimesheet(db.db, config, { providerId: la, caseNumber: '8750010', period, minutes: 180 });
  await approvedTimesheet(db.db, config, { providerId: la, caseNumber: '8750020', period, minutes: 225 });
  await approvedTimesheet(db.db, config, { providerId: alameda, caseNumber: '8750030', countyId: 1, period, minutes: 240 });
  await approvedTimesheet(db.db, config, { providerId: la, caseNumber: '8750040', period, minutes: 120 });
  await approvedTimesheet(db.db, config, { providerId: alameda, caseNumber: '8750050', countyId: 1, period, minutes: 300 });
  [county, elsewhere, state, provider, recipient] = (await signedInClients(app, '198.24.0', [
    ['staff', 'list.la'],
    ['staff', 'list.alameda'],
    ['staff', 'list.state'],
    ['provider', '875000001'],
    ['recipient', '8750009'],
  ])) as [TestClient, TestClient, TestClient, TestClient, TestClient];
  expect((await state.post('/api/staff/pay-runs', { issueDate: issueDay })).json()).toMatchObject({ payments: 5 });
  const rows = await db.db.selectFrom('payments').innerJoin('cases', 'cases.id', 'payments.case_id').select(['cases.case_number', 'payment_number', 'gross_cents']).execute();
  for (const r of rows) paid[r.case_number] = r;
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe.each(KINDS)("payroll's record of $name files", (kind: Kind) => {
  const line = (caseNumber: string, day: string) => [paid[caseNumber]!.payment_number, day, centsToAmount(paid[caseNumber]!.gross_cents), ...(kind.returns ? [REASON[caseNumber]!] : [])].join(',');
  const file = (fileName: string, ...lines: string[]) => bankFile(fileName, kind.header, lines, '\n');
  const list = async (c: TestClient, query = '') => (await c.get(`${kind.path}${query}`)).json() as { files: FileView[]; older: number | null };
  /** What a file recorded of these cases on these days: the span of the bank's dates, and (returns) the reasons counted. */
  const recordedOf = (...cases: [string, string][]) => {
    const days = cases.map(([, day]) => day).sort();
    const counts = new Map<string, number>();
    for (const [c] of cases) counts.set(REASON[c]!, (counts.get(REASON[c]!) ?? 0) + 1);
    return {
      recordedCents: cases.reduce((sum, [c]) => sum + paid[c]!.gross_cents, 0),
      [kind.span]: cases.length === 0 ? null : { first: days[0], last: days.at(-1) },
      ...(kind.returns ? { reasons: [...counts].sort().map(([reason, count]) => ({ reason, count })) } : {}),
    };
  };

  it('is empty before any import of its kind', async () => {
    expect(await list(county)).toEqual({ files: [], older: null });
  });

  it("lists the county's imports newest first, with what each recorded, and not another county's", async () => {
    const twoDays = file('la-1.csv', line('8750010', addDays(today, -2)), line('8750020', addDays(today, -1)));
    expect((await county.post(kind.path, twoDays)).json()).toMatchObject({ recorded: 2 });
    expect((await county.post(kind.path, file('la-2.csv', line('8750010', addDays(today, -2))))).json()).toMatchObject({ recorded: 0, already: 1 });
    expect((await elsewhere.post(kind.path, file('alameda.csv', line('8750030', today)))).json()).toMatchObject({ recorded: 1 });

    const mine = await list(county);
    expect(mine.older).toBeNull();
    expect(mine.files.map((s) => s.fileName)).toEqual(['la-2.csv', 'la-1.csv']);
    const [again, first] = mine.files as [FileView, FileView];
    expect(first).toEqual({
      id: first.id,
      fileName: 'la-1.csv',
      fileSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      importedAt: first.importedAt,
      importedBy: { firstName: 'Test', lastName: 'Payroll' },
      county: { id: 19, name: 'Los Angeles' },
      lines: 2,
      recorded: 2,
      already: 0,
      ...recordedOf(['8750010', addDays(today, -2)], ['8750020', addDays(today, -1)]),
    });
    expect(Date.parse(first.importedAt)).toBeLessThanOrEqual(Date.parse(again.importedAt));
    expect(again).toMatchObject({ lines: 1, recorded: 0, already: 1, ...recordedOf() });

    const theirs = await list(elsewhere);
    expect(theirs.files).toMatchObject([{ fileName: 'alameda.csv', county: { id: 1, name: 'Alameda' }, importedBy: { lastName: 'Alameda' }, recorded: 1, ...recordedOf(['8750030', today]) }]);

    expect((await list(state)).files.map((s) => s.fileName)).toEqual(['alameda.csv', 'la-2.csv', 'la-1.csv']);
  });

  it(`pages back ${IMPORT_PAGE} at a time, within the county`, async () => {
    for (let i = 0; i < IMPORT_PAGE; i += 1) await elsewhere.post(kind.path, file(`again-${i}.csv`, line('8750030', today)));
    const page = await list(elsewhere);
    expect(page.files.map((s) => s.fileName)).toEqual(Array.from({ length: IMPORT_PAGE }, (_, i) => `again-${IMPORT_PAGE - 1 - i}.csv`));
    expect(page.older).toBe(page.files.at(-1)!.id);
    expect(await list(elsewhere, `?before=${page.older}`)).toMatchObject({ files: [{ fileName: 'alameda.csv' }], older: null });
    expect((await list(county)).files.map((s) => s.fileName)).toEqual(['la-2.csv', 'la-1.csv']);
    const statewide = await list(state, `?before=${page.older}`);
    expect(statewide).toMatchObject({ files: [{ fileName: 'alameda.csv' }, { fileName: 'la-2.csv' }, { fileName: 'la-1.csv' }], older: null });
    expect((await elsewhere.get(`${kind.path}?before=0`)).statusCode).toBe(400);
  });

  it("shows each county the state's statewide file that recorded its payments, counting only the county's", async () => {
    const statewide = file('sco-statewide.csv', line('8750040', today), line('8750050', addDays(today, -1)));
    expect((await state.post(kind.path, statewide)).json()).toMatchObject({ lines: 2, recorded: 2 });

    expect((await list(state)).files[0]).toMatchObject({ fileName: 'sco-statewide.csv', county: null, lines: 2, recorded: 2, ...recordedOf(['8750040', today], ['8750050', addDays(today, -1)]) });
    expect((await list(county)).files.map((s) => s.fileName)).toEqual(['sco-statewide.csv', 'la-2.csv', 'la-1.csv']);
    expect((await list(county)).files[0]).toMatchObject({ county: null, lines: 2, recorded: 1, ...recordedOf(['8750040', today]) });
    expect((await list(elsewhere)).files[0]).toMatchObject({ fileName: 'sco-statewide.csv', lines: 2, recorded: 1, ...recordedOf(['8750050', addDays(today, -1)]) });
  });

  it('does not show a county a statewide file that recorded none of its payments', async () => {
    expect((await state.post(kind.path, file('sco-repeat.csv', line('8750050', addDays(today, -1))))).json()).toMatchObject({ recorded: 0, already: 1 });
    expect((await list(state)).files[0]).toMatchObject({ fileName: 'sco-repeat.csv' });
    expect((await list(county)).files[0]).toMatchObject({ fileName: 'sco-statewide.csv' });
    expect((await list(elsewhere)).files[0]).toMatchObject({ fileName: 'sco-statewide.csv' });
  });

  it('is not for providers or recipients', async () => {
    expect((await provider.get(kind.path)).statusCode).toBe(403);
    expect((await recipient.get(kind.path)).statusCode).toBe(403);
  });
});
