import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PayRunTotalsView, PaymentStatement, StaffPaymentView, TaxFormView } from '../../../contracts/payments.js';
import type { Db } from '../../../db/connection.js';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { addDays, californiaInstant, DEDUCTION_KINDS, monthOf, netPayOf, payPeriodOf, weekday, type NetPayInput, type Relationship } from '../../../domain/index.js';
import { buildTestApp, createUser, testConfig, TestClient } from '../../testing/test-app.js';
import { testNow, testToday } from '../../testing/clock.js';
import { assign, createCase } from '../cases/testing.js';
import { dollars } from './documents.js';
import * as payments from './service.js';
import { pdfText, signedInClients } from './testing.js';

const config = testConfig();
const today = testToday();
const year = Number(today.slice(0, 4));
/** The `n` pay periods that ended before the current one, oldest first. */
const periodsBefore = (n: number) => {
  const out = [payPeriodOf(addDays(payPeriodOf(today).start, -1))];
  while (out.length < n) out.unshift(payPeriodOf(addDays(out[0]!.start, -1)));
  return out;
};
const staffViewer = { id: 0, role: 'county_admin' as const, countyId: 19 };
const system = { ip: null, userAgent: null };
/** Noon in California on a day: the W-2's "today". */
const noonOn = (date: string) => new Date(californiaInstant(date, 12 * 60));

/** A timesheet of every weekday of the period, 8 hours each (40 a week: no overtime), approved or left in draft for a later run. */
async function timesheet(db: Db, t: { providerId: number; caseId: number; period: { start: string; end: string }; approved?: boolean }) {
  const { id } = await db
    .insertInto('timesheets')
    .values({ provider_user_id: t.providerId, case_id: t.caseId, county_id: 19, pay_period_start: t.period.start, pay_period_end: t.period.end })
    .returning('id')
    .executeTakeFirstOrThrow();
  const days: string[] = [];
  for (let d = t.period.start; d <= t.period.end; d = addDays(d, 1)) if (weekday(d) >= 1 && weekday(d) <= 5) days.push(d);
  await db.insertInto('timesheet_days').values(days.map((d) => ({ timesheet_id: id, county_id: 19, work_date: d, worked_minutes: 480, travel_minutes: 0 }))).execute();
  if (t.approved !== false) await approve(db, id);
  return id;
}
const approve = (db: Db, id: number) => db.updateTable('timesheets').set({ status: 'approved', submitted_at: testNow() }).where('id', '=', id).execute();

async function provider(db: Db, loginId: string, caseNumber: string, relationship?: Relationship) {
  const providerId = await createUser(db, config, { loginId });
  const { caseId } = await createCase(db, config, { caseNumber, withRecipientAccount: false });
  await assign(db, { providerId, caseId });
  if (relationship) {
    await db.insertInto('payroll_terms').values({ provider_user_id: providerId, case_id: caseId, county_id: 19, relationship, updated_by: staffViewer.id }).execute();
  }
  return { providerId, caseId };
}

/** A provider's payments with their deductions (a kind without a row: zero), oldest first, as stored. */
async function stored(db: Db, providerId: number) {
  const rows = await db.selectFrom('payments').selectAll().where('provider_user_id', '=', providerId).orderBy('issue_date').orderBy('id').execute();
  const deductions = await db.selectFrom('payment_deductions').selectAll().where('payment_id', 'in', rows.length ? rows.map((r) => r.id) : [0]).execute();
  return rows.map((r) => ({
    ...r,
    deductions: Object.fromEntries(DEDUCTION_KINDS.map((k) => [k, deductions.find((d) => d.payment_id === r.id && d.kind === k)?.cents ?? 0])) as Record<string, number>,
    zeroRows: deductions.filter((d) => d.payment_id === r.id && d.cents === 0).length,
  }));
}
type Stored = Awaited<ReturnType<typeof stored>>[number];

/** The rules run here on the same payments: each payment's net pay from its gross and the sums of the ones before it. */
function expectedNetPays(rows: readonly Stored[], terms: Partial<NetPayInput> = {}) {
  return rows.map((r, i) => {
    const before = rows.slice(0, i).filter((e) => e.issue_date.slice(0, 4) === r.issue_date.slice(0, 4));
    const quarter = (d: string) => Math.floor((Number(d.slice(5, 7)) - 1) / 3);
    const sum = (xs: readonly Stored[], f: (e: Stored) => number) => xs.reduce((s, e) => s + f(e), 0);
    const inQuarter = before.filter((e) => quarter(e.issue_date) === quarter(r.issue_date));
    const sameServiceMonth = rows.slice(0, i).filter((e) => monthOf(e.pay_period_start) === monthOf(r.pay_period_start));
    return netPayOf({
      payDate: r.issue_date,
      grossCents: r.gross_cents,
      paidMinutes: r.regular_minutes + r.overtime_minutes + r.travel_minutes + r.sick_minutes,
      relationship: 'other',
      sdiElected: false,
      liveInExcluded: false,
      federal: null,
      state: null,
      unionDues: null,
      cope: null,
      healthPremium: null,
      shareOfCost: null,
      ...terms,
      earlier: {
        yearGrossCents: sum(before, (e) => e.gross_cents),
        yearSocialSecurityWagesCents: sum(before, (e) => e.social_security_wages_cents),
        yearMedicareWagesCents: sum(before, (e) => e.medicare_wages_cents),
        quarterGrossCents: sum(inQuarter, (e) => e.gross_cents),
        quarterSdiWagesCents: sum(inQuarter, (e) => e.sdi_wages_cents),
        shareOfCostTakenCents: sum(sameServiceMonth, (e) => e.deductions.share_of_cost ?? 0),
      },
      healthPremiumTakenThisMonthCents: 0,
    });
  });
}

let db: TestDb;
let app: FastifyInstance;
let other: { providerId: number; caseId: number };
let parent: { providerId: number; caseId: number };
let withShare: { providerId: number; caseId: number };
let many: { providerId: number; caseId: number };
let manyIssueDates: string[];
let clients: { other: TestClient; parent: TestClient; withShare: TestClient; many: TestClient; staff: TestClient; state: TestClient };

beforeAll(async () => {
  db = await createTestDb();
  app = await buildTestApp(db.db, { demo: true });
  staffViewer.id = await createUser(db.db, config, { role: 'county_admin', loginId: 'gtn.admin', countyId: 19 });
  await createUser(db.db, config, { role: 'state_admin', loginId: 'gtn.state', countyId: null });
  other = await provider(db.db, '874000001', '8740010');
  parent = await provider(db.db, '874000002', '8740020', 'parent');
  withShare = await provider(db.db, '874000003', '8740030');
  many = await provider(db.db, '874000004', '8740040');
  // Three pay periods of full weeks: past the year's household threshold, so Social Security and Medicare apply.
  for (const period of periodsBefore(3)) {
    await timesheet(db.db, { ...other, period });
    await timesheet(db.db, { ...parent, period });
  }
  // The recipient pays $100 of the month directly: taken from the month's first payment, not again from its second.
  // Of the three ended pay periods, one month's two halves.
  const first = periodsBefore(3).find((p) => p.start.endsWith('-01') && periodsBefore(3).some((q) => q.start === addDays(p.end, 1)))!;
  const second = payPeriodOf(addDays(first.end, 1));
  await db.db.insertInto('case_share_of_cost').values({ case_id: withShare.caseId, county_id: 19, effective_month: first.start, monthly_cents: 10_000, set_by: staffViewer.id }).execute();
  for (const period of [first, second]) await timesheet(db.db, { ...withShare, period });
  await payments.startPayRun(db.db, staffViewer, system, undefined, testNow());

  // Seven payments of one provider: one issued last year, six this year, each by a pay run of its own.
  manyIssueDates = [`${year - 1}-12-18`, ...[0, 1, 2, 3, 4, 5].map((k) => addDays(`${year}-01-02`, 15 * k))];
  const ids = [];
  for (const period of periodsBefore(7)) ids.push(await timesheet(db.db, { ...many, period, approved: false }));
  for (const [i, issueDate] of manyIssueDates.entries()) {
    await approve(db.db, ids[i]!);
    await payments.startPayRun(db.db, staffViewer, system, issueDate, testNow());
  }
  const [o, p, w, m, staff, state] = await signedInClients(app, '198.23.0', [
    ['provider', '874000001'],
    ['provider', '874000002'],
    ['provider', '874000003'],
    ['provider', '874000004'],
    ['staff', 'gtn.admin'],
    ['staff', 'gtn.state'],
  ]);
  clients = { other: o!, parent: p!, withShare: w!, many: m!, staff: staff!, state: state! };
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('the pay run, from gross to net', () => {
  it('stores each deduction taken (no row for a kind not taken), the net and the taxable wages of each payment, as the rules give them', async () => {
    const rows = await stored(db.db, other.providerId);
    expect(rows).toHaveLength(3);
    const expected = expectedNetPays(rows);
    for (const [i, r] of rows.entries()) {
      expect(r.zeroRows).toBe(0);
      expect(r.net_cents).toBe(r.gross_cents - Object.values(r.deductions).reduce((a, b) => a + b, 0));
      expect(r.tax_year).toBe(expected[i]!.year);
      expect(DEDUCTION_KINDS.map((k) => r.deductions[k])).toEqual(expected[i]!.deductions.map((d) => d.cents));
      expect(r.net_cents).toBe(expected[i]!.netCents);
      const w = expected[i]!.wages;
      expect([r.federal_wages_cents, r.social_security_wages_cents, r.medicare_wages_cents, r.state_wages_cents, r.sdi_wages_cents]).toEqual([w.federal, w.socialSecurity, w.medicare, w.state, w.sdi]);
    }
    // Past the threshold, FICA was withheld: the rules were not skipped.
    expect(rows.reduce((s, r) => s + r.deductions.social_security! + r.deductions.medicare!, 0)).toBeGreaterThan(0);
  });

  it("refuses a payment whose net is not its gross less its deductions, however the payment or its deductions change", async () => {
    const [first] = await stored(db.db, other.providerId);
    const taken = DEDUCTION_KINDS.find((k) => first!.deductions[k]! > 0)!;
    const notTaken = DEDUCTION_KINDS.find((k) => first!.deductions[k] === 0)!;
    const offBy = /net is not gross less deductions/;
    await expect(db.db.updateTable('payments').set({ net_cents: first!.net_cents - 1 }).where('id', '=', first!.id).execute()).rejects.toThrow(offBy);
    await expect(db.db.insertInto('payment_deductions').values({ payment_id: first!.id, county_id: first!.county_id, kind: notTaken, cents: 1 }).execute()).rejects.toThrow(offBy);
    const deduction = db.db.updateTable('payment_deductions').where('payment_id', '=', first!.id).where('kind', '=', taken);
    await expect(deduction.set({ cents: first!.deductions[taken]! + 1 }).execute()).rejects.toThrow(offBy);
    await expect(db.db.deleteFrom('payment_deductions').where('payment_id', '=', first!.id).where('kind', '=', taken).execute()).rejects.toThrow(offBy);
    // Changed together in one transaction, the net and its deductions still add up: accepted, then put back.
    const move = (cents: number) =>
      db.db.transaction().execute(async (trx) => {
        await trx.updateTable('payments').set({ net_cents: first!.net_cents - cents }).where('id', '=', first!.id).execute();
        await trx.updateTable('payment_deductions').set({ cents: first!.deductions[taken]! + cents }).where('payment_id', '=', first!.id).where('kind', '=', taken).execute();
      });
    await move(1);
    await move(0);
    expect((await stored(db.db, other.providerId))[0]).toEqual(first);
  });

  it("withholds no Social Security or Medicare from a provider who is the recipient's parent", async () => {
    const rows = await stored(db.db, parent.providerId);
    expect(rows).toHaveLength(3);
    const otherRows = await stored(db.db, other.providerId);
    expect(rows.map((r) => r.gross_cents)).toEqual(otherRows.map((r) => r.gross_cents));
    for (const r of rows) {
      expect([r.deductions.social_security, r.deductions.medicare, r.social_security_wages_cents, r.medicare_wages_cents]).toEqual([0, 0, 0, 0]);
    }
    expect(rows.map((r) => r.net_cents)).toEqual(expectedNetPays(rows, { relationship: 'parent' }).map((n) => n.netCents));
  });

  it('takes the month’s Share of Cost once and tells the provider how much to collect from whom', async () => {
    const rows = await stored(db.db, withShare.providerId);
    expect(rows.map((r) => r.deductions.share_of_cost)).toEqual([10_000, 0]);
    expect(rows.map((r) => r.net_cents)).toEqual(expectedNetPays(rows, { shareOfCost: { monthlyCents: 10_000 } }).map((n) => n.netCents));
    const notices = (await clients.withShare.get('/api/notifications')).json().notifications.filter((n: { event: string }) => n.event === 'payment_issued');
    expect(notices).toHaveLength(2);
    expect(notices.filter((n: { text: string }) => n.text.includes('Collect $100.00 from Rec Ipient30'))).toHaveLength(1);
    expect(notices.some((n: { text: string }) => n.text.includes(`A payment of ${dollars(rows[0]!.net_cents)}`))).toBe(true);
  });
});

describe("the provider's payments", () => {
  it('give each payment its year to date: the sums of the rows of its year up to it, exact to the cent', async () => {
    const listed: PaymentStatement[] = (await clients.many.get(`/api/payments?year=${year}`)).json().payments;
    expect(listed).toHaveLength(6);
    const rows = (await stored(db.db, many.providerId)).filter((r) => r.issue_date.startsWith(String(year)));
    const oldest = [...listed].reverse();
    for (const [i, p] of oldest.entries()) {
      const upTo = rows.slice(0, i + 1);
      const sum = (f: (r: Stored) => number) => upTo.reduce((s, r) => s + f(r), 0);
      expect(p.id).toBe(rows[i]!.id);
      expect(p.yearToDate.cents).toEqual({
        regular: sum((r) => r.regular_cents),
        overtime: sum((r) => r.overtime_cents),
        travel: sum((r) => r.travel_cents),
        sickLeave: sum((r) => r.sick_cents),
        gross: sum((r) => r.gross_cents),
        net: sum((r) => r.net_cents),
      });
      expect(p.yearToDate.taxableWages).toEqual({
        federal: sum((r) => r.federal_wages_cents),
        socialSecurity: sum((r) => r.social_security_wages_cents),
        medicare: sum((r) => r.medicare_wages_cents),
        state: sum((r) => r.state_wages_cents),
        sdi: sum((r) => r.sdi_wages_cents),
      });
      for (const d of p.deductions) {
        expect(d.cents).toBe(rows[i]!.deductions[d.kind]);
        expect(d.yearToDateCents).toBe(sum((r) => r.deductions[d.kind]!));
      }
      expect(p.cents.net).toBe(p.cents.gross - p.deductions.reduce((s, d) => s + d.cents, 0));
    }
    // Last year's payment counts in last year only.
    const lastYear: PaymentStatement[] = (await clients.many.get(`/api/payments?year=${year - 1}`)).json().payments;
    expect(lastYear.map((p) => p.yearToDate.cents.gross)).toEqual([lastYear[0]!.cents.gross]);
  });

  it('print the deductions, net pay and the year to date on a one-page stub, and the deductions and net in the CSV', async () => {
    const [latest]: PaymentStatement[] = (await clients.many.get(`/api/payments?year=${year}`)).json().payments;
    const res = await clients.many.get(`/api/payments/${latest!.id}/stub.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
    const text = pdfText(res.rawPayload);
    for (const s of ['Net pay', 'Deductions', 'Total deductions', 'Wages taxed for', 'Social Security', dollars(latest!.cents.net), dollars(latest!.yearToDate.cents.net), dollars(latest!.yearToDate.taxableWages.socialSecurity)]) {
      expect(text).toContain(s);
    }
    const csv = (await clients.many.get(`/api/payments/export.csv?year=${year}`)).body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    const header = csv[0]!.split(',');
    expect(csv).toHaveLength(7);
    const net = header.indexOf('Net pay');
    const social = header.indexOf('Social Security withheld');
    const cells = csv.slice(1).map((l) => l.split(','));
    const cents = (column: number) => cells.reduce((s, c) => s + Math.round(Number(c[column]) * 100), 0);
    expect(cents(net)).toBe(latest!.yearToDate.cents.net);
    expect(cents(social)).toBe(latest!.deductions.find((d) => d.kind === 'social_security')!.yearToDateCents);
    expect(cells.every((c) => c.length === header.length)).toBe(true);
  });
});

describe('tax forms', () => {
  const viewerOf = (providerId: number) => ({ id: providerId, role: 'provider' as const, countyId: 19 });
  const client = { ip: null, userAgent: null, lang: 'en' as const };

  it("sum each year's payments from each recipient into its W-2, shown from January 31 of the next year", async () => {
    const before: TaxFormView[] = await payments.taxForms(db.db, viewerOf(many.providerId), noonOn(`${year + 1}-01-30`));
    expect(before.map((f) => [f.year, f.caseNumber, f.availableFrom, f.boxes])).toEqual([
      [year, '8740040', `${year + 1}-01-31`, null],
      [year - 1, '8740040', `${year}-01-31`, expect.any(Object)],
    ]);
    const [form] = await payments.taxForms(db.db, viewerOf(many.providerId), noonOn(`${year + 1}-01-31`));
    const rows = (await stored(db.db, many.providerId)).filter((r) => r.issue_date.startsWith(String(year)));
    const sum = (f: (r: Stored) => number) => rows.reduce((s, r) => s + f(r), 0);
    expect(form!.boxes).toEqual({
      wages: sum((r) => r.federal_wages_cents),
      federalTax: sum((r) => r.deductions.federal_income_tax!),
      socialSecurityWages: sum((r) => r.social_security_wages_cents),
      socialSecurityTax: sum((r) => r.deductions.social_security!),
      medicareWages: sum((r) => r.medicare_wages_cents),
      medicareTax: sum((r) => r.deductions.medicare!),
      stateWages: sum((r) => r.state_wages_cents),
      stateTax: sum((r) => r.deductions.state_income_tax!),
      sdi: sum((r) => r.deductions.sdi!),
    });
    const { pdf, fileName } = await payments.w2Form(db.db, viewerOf(many.providerId), { year, caseNumber: '8740040' }, client, noonOn(`${year + 1}-01-31`), 'en');
    expect(fileName).toBe(`w2-${year}-8740040.pdf`);
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
    const text = pdfText(pdf);
    for (const s of [`W-2 ${year}`, 'Wage and Tax Statement', 'Rec Ipient40', '040 Test St', 'Los Angeles, CA 90012', 'Test Person', `CA SDI ${dollars(form!.boxes!.sdi)}`]) expect(text).toContain(s);
    for (const cents of Object.values(form!.boxes!)) expect(text).toContain(dollars(cents));
    // The recipient's address was read for it, and the read is in the audit trail.
    const audit = await db.db.selectFrom('audit_events').select(['details']).where('action', '=', 'case.sensitive_read').where('actor_user_id', '=', many.providerId).execute();
    expect(audit.map((a) => a.details)).toContainEqual(expect.objectContaining({ caseNumber: '8740040', purpose: 'w2' }));
  });

  it('refuse a W-2 before January 31, and anyone else’s', async () => {
    await expect(payments.w2Form(db.db, viewerOf(many.providerId), { year, caseNumber: '8740040' }, client, noonOn(`${year + 1}-01-30`), 'en')).rejects.toMatchObject({
      statusCode: 409,
      code: 'taxFormNotYet',
    });
    const notYet = await clients.many.get(`/api/payments/tax-forms/${year}/8740040/w2.pdf`);
    expect(notYet.statusCode).toBe(409);
    expect(notYet.json().error).toMatchObject({ code: 'taxFormNotYet', message: expect.stringContaining(`W-2 for ${year} will be ready on January 31, ${year + 1}`) });
    for (const url of [`/api/payments/tax-forms/${year - 1}/8740040/w2.pdf`, `/api/payments/tax-forms/${year}/8740040/w2.pdf`]) {
      expect((await clients.other.get(url)).statusCode).toBe(404);
    }
    expect((await clients.many.get(`/api/payments/tax-forms/${year}/8740010/w2.pdf`)).statusCode).toBe(404);
    expect((await clients.many.get(`/api/payments/tax-forms/${year}/9999999/w2.pdf`)).statusCode).toBe(404);
    expect((await clients.many.get(`/api/payments/tax-forms/1999/8740040/w2.pdf`)).statusCode).toBe(400);
    expect((await clients.staff.get(`/api/payments/tax-forms/${year}/8740040/w2.pdf`)).statusCode).toBe(403);
    const listed: TaxFormView[] = (await clients.many.get('/api/payments/tax-forms')).json().forms;
    expect(listed[0]).toMatchObject({ year, caseNumber: '8740040', employer: { firstName: 'Rec', lastName: 'Ipient40' }, availableFrom: `${year + 1}-01-31`, boxes: null });
    expect((await clients.other.get('/api/payments/tax-forms')).json().forms.map((f: TaxFormView) => f.caseNumber)).toEqual(['8740010']);
  });
});

describe('county payroll', () => {
  it("lists each payment's deductions, and each pay run's totals per kind: the sums of its payments", async () => {
    const list: StaffPaymentView[] = (await clients.staff.get('/api/staff/payments?providerId=874000001')).json().payments;
    const rows = await stored(db.db, other.providerId);
    expect(list.map((p) => [p.id, p.cents.net, p.deductions.map((d) => d.cents)])).toEqual(
      [...rows].reverse().map((r) => [r.id, r.net_cents, DEDUCTION_KINDS.map((k) => r.deductions[k])]),
    );

    const runs: PayRunTotalsView[] = (await clients.staff.get('/api/staff/pay-runs')).json().runs;
    expect(runs.map((r) => r.issueDate)).toEqual([...manyIssueDates].reverse().concat([today]));
    const first = runs.at(-1)!;
    const paid = await db.db.selectFrom('payments').select(['id', 'gross_cents', 'net_cents']).where('pay_run_id', '=', first.id).execute();
    const deductions = await db.db.selectFrom('payment_deductions').select(['kind', 'cents']).where('payment_id', 'in', paid.map((p) => p.id)).execute();
    expect(first).toMatchObject({ payments: paid.length, grossCents: paid.reduce((s, p) => s + p.gross_cents, 0), netCents: paid.reduce((s, p) => s + p.net_cents, 0), statewide: false });
    expect(first.deductions).toEqual(DEDUCTION_KINDS.map((kind) => ({ kind, cents: deductions.filter((d) => d.kind === kind).reduce((s, d) => s + d.cents, 0) })));
    expect(first.grossCents - first.deductions.reduce((s, d) => s + d.cents, 0)).toBe(first.netCents);
    // The state admin sees the same runs; a page of ten at most, then the older ones.
    const state = (await clients.state.get('/api/staff/pay-runs')).json();
    expect(state.runs.map((r: PayRunTotalsView) => r.id)).toEqual(runs.map((r) => r.id));
    expect(state.older).toBeNull();
    expect((await clients.other.get('/api/staff/pay-runs')).statusCode).toBe(403);
  });
});
