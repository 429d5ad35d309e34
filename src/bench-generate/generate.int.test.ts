/**
 * The statewide generator (bench/generate, issue #16) at a small scale: its data lands in every county in the
 * proportions it promises, reaches every state a claim can rest in, and is data the portal reads as its own (a
 * generated provider's dashboard, through the dashboard's service).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateInto } from '../../bench/generate/run';
import { apportion, countyShares, LOS_ANGELES } from '../../bench/generate/counties';
import type { GenerateReport } from '../../bench/generate/generate';
import { createTestDb, type TestDb } from '../db/testing/test-db';
import { TIMESHEET_STATUSES } from '../domain/index';
import { dashboard } from '../server/features/dashboard/service';
import { computePay } from '../server/features/payments/service';
import * as timesheets from '../server/features/timesheets/service';
import { testNow } from '../server/testing/clock';

const SCALE = 0.001;

let db: TestDb;
let report: GenerateReport;

beforeAll(async () => {
  db = await createTestDb();
  report = await generateInto(db, { scale: SCALE, seed: 7, now: testNow() });
});
afterAll(async () => {
  await db?.drop();
});

describe('the statewide generator', () => {
  it('puts providers and recipients in all 58 counties in their shares, Los Angeles the largest', async () => {
    const { rows } = await sql<{ county_id: number; role: string; n: number }>`
      SELECT county_id, role, count(*)::int AS n FROM users WHERE role IN ('provider', 'recipient') GROUP BY county_id, role ORDER BY county_id`.execute(db.db);
    const counts = (role: string) => Array.from({ length: 58 }, (_, i) => rows.find((r) => r.role === role && r.county_id === i + 1)?.n ?? 0);
    expect(counts('provider')).toEqual(apportion(report.providers, countyShares()));
    expect(counts('recipient')).toEqual(apportion(report.recipients, countyShares()));
    const providers = counts('provider');
    expect(Math.max(...providers)).toBe(providers[LOS_ANGELES - 1]);
    expect(providers[LOS_ANGELES - 1]! / report.providers).toBeGreaterThan(0.3);
  });

  it('leaves claims in every state they can rest in, with payments for the paid ones', async () => {
    const { rows } = await sql<{ status: string }>`SELECT DISTINCT status FROM timesheets`.execute(db.db);
    // approved_by_recipient is passed through in the recipient's approval's own transaction: only events show it.
    expect(rows.map((r) => r.status).sort()).toEqual(TIMESHEET_STATUSES.filter((s) => s !== 'approved_by_recipient').sort());
    const { rows: unpaid } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM timesheets t WHERE t.status IN ('payment_issued', 'paid') AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.timesheet_id = t.id)`.execute(db.db);
    expect(unpaid[0]!.n).toBe(0);
  });

  it("pays what the pay run would: a provider's latest payment is the engine's pay of its timesheet", async () => {
    // The latest: every other payment of the provider was issued before it, as when the pay run made it.
    const { rows } = await sql<{ timesheet_id: number; gross_cents: number; regular_minutes: number; overtime_minutes: number; travel_minutes: number }>`
      SELECT p.timesheet_id, p.gross_cents, p.regular_minutes, p.overtime_minutes, p.travel_minutes FROM payments p
      WHERE NOT EXISTS (SELECT 1 FROM payments q WHERE q.provider_user_id = p.provider_user_id AND (q.created_at, q.id) > (p.created_at, p.id))
      ORDER BY p.id LIMIT 60`.execute(db.db);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const ts = (await timesheets.findTimesheetRow(db.db, r.timesheet_id))!;
      const pay = await computePay(db.db, { ...ts, status: 'approved' }, testNow());
      expect({ gross: pay.cents.gross, minutes: [pay.minutes.regular, pay.minutes.overtime, pay.minutes.travel] }).toEqual({
        gross: r.gross_cents,
        minutes: [r.regular_minutes, r.overtime_minutes, r.travel_minutes],
      });
    }
  });

  it("is read by the portal's own queries: a generated provider's dashboard", async () => {
    const { rows } = await sql<{ id: number; county_id: number; claims: number }>`
      SELECT u.id, u.county_id,
             (SELECT count(*)::int FROM timesheets t WHERE t.provider_user_id = u.id AND t.status NOT IN ('draft', 'superseded')) AS claims
      FROM users u WHERE u.role = 'provider' AND EXISTS (SELECT 1 FROM payments p WHERE p.provider_user_id = u.id)
      ORDER BY u.id LIMIT 1`.execute(db.db);
    const provider = rows[0]!;
    const view = await dashboard(db.db, { id: provider.id, role: 'provider', countyId: provider.county_id }, testNow(), 'en');
    expect(view.role).toBe('provider');
    if (view.role !== 'provider') return;
    expect(view.billing.count).toBe(provider.claims);
    expect(view.billing.latestPayments.length).toBeGreaterThan(0);
  });
});
