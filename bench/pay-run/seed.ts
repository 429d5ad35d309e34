/**
 * Writes a pay-run book (generate.ts) into a migrated database with one bulk statement a table (arrays through
 * `unnest`), as county enrolment and the claim flow would have left it: a labelled wage rate for every county,
 * provider accounts (with an email, so each payment also queues its email notice) and profiles, cases with their
 * authorised hours, assignments (a travel agreement for two recipients), timesheets with their days, approved
 * one second apart, and confirmed sick leave. Days go in while the timesheets are drafts: a trigger makes a
 * submitted timesheet's days read-only.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../src/db/connection';
import { payPeriodOf } from '../../src/domain/index';
import type { BookProvider } from './generate';

/** The ids an INSERT ... RETURNING id, <natural key> AS key gave, by key. */
interface Keyed {
  id: number;
  key: string;
}
async function keyed(db: Db, query: RawBuilder<Keyed>) {
  const { rows } = await query.execute(db);
  return new Map(rows.map((r) => [String(r.key), Number(r.id)]));
}

export async function seedBook(db: Db, book: readonly BookProvider[], periodStart: string, submittedFrom: Date): Promise<void> {
  const period = payPeriodOf(periodStart);
  await sql`INSERT INTO wage_rates (county_id, effective_from, rate_cents, note)
            SELECT id, '2020-01-01', 1650 + (id * 37) % 900, 'benchmark example' FROM counties
            ON CONFLICT DO NOTHING`.execute(db);

  const users = await keyed(
    db,
    sql<Keyed>`INSERT INTO users (role, login_id, county_id, first_name, last_name, email)
        SELECT 'provider', l, c, 'Bench', 'Provider ' || l, 'p' || l || '@example.test'
        FROM unnest(${book.map((p) => p.loginId)}::text[], ${book.map((p) => p.countyId)}::smallint[]) AS t(l, c)
        RETURNING id, login_id AS key`,
  );
  await sql`INSERT INTO provider_profiles (user_id, county_id) SELECT id, county_id FROM users WHERE role = 'provider'`.execute(db);

  const links = book.flatMap((p) => p.recipients.map((r) => ({ p, r, providerId: users.get(p.loginId)!, travel: p.recipients.length > 1 })));
  const cases = await keyed(
    db,
    sql<Keyed>`INSERT INTO cases (case_number, county_id, first_name, last_name, eligible_from)
        SELECT n, c, 'Bench', 'Recipient ' || n, '2020-01-01'
        FROM unnest(${links.map((l) => l.r.caseNumber)}::text[], ${links.map((l) => l.p.countyId)}::smallint[]) AS t(n, c)
        RETURNING id, case_number AS key`,
  );
  const caseIds = links.map((l) => cases.get(l.r.caseNumber)!);
  const providerIds = links.map((l) => l.providerId);
  const countyIds = links.map((l) => l.p.countyId);
  await sql`INSERT INTO case_authorizations (case_id, county_id, effective_month, monthly_minutes)
            SELECT c, k, '2020-01-01', m FROM unnest(${caseIds}::bigint[], ${countyIds}::smallint[], ${links.map((l) => l.r.monthlyAuthorizedMinutes)}::int[]) AS x(c, k, m)`.execute(db);
  await sql`INSERT INTO assignments (provider_user_id, case_id, county_id, start_date, travel_agreement)
            SELECT p, c, k, '2020-01-01', t FROM unnest(${providerIds}::bigint[], ${caseIds}::bigint[], ${countyIds}::smallint[], ${links.map((l) => l.travel)}::boolean[]) AS x(p, c, k, t)`.execute(db);

  const timesheets = await keyed(
    db,
    sql<Keyed>`INSERT INTO timesheets (provider_user_id, case_id, county_id, pay_period_start, pay_period_end)
        SELECT p, c, k, ${period.start}::date, ${period.end}::date FROM unnest(${providerIds}::bigint[], ${caseIds}::bigint[], ${countyIds}::smallint[]) AS x(p, c, k)
        RETURNING id, case_id::text AS key`,
  );
  const days = links.flatMap((l, i) => l.r.days.map((d) => ({ ts: timesheets.get(String(caseIds[i]))!, county: l.p.countyId, ...d })));
  await sql`INSERT INTO timesheet_days (timesheet_id, county_id, work_date, worked_minutes, travel_minutes, location)
            SELECT t, c, d, w, v, 'home' FROM unnest(${days.map((d) => d.ts)}::bigint[], ${days.map((d) => d.county)}::smallint[], ${days.map((d) => d.date)}::date[],
                                             ${days.map((d) => d.workedMinutes)}::int[], ${days.map((d) => d.travelMinutes)}::int[]) AS x(t, c, d, w, v)`.execute(db);
  // Approved in book order, a second apart: the pay run pays oldest submission first.
  await sql`UPDATE timesheets SET status = 'approved', submitted_at = ${submittedFrom}::timestamptz + make_interval(secs => x.i)
            FROM unnest(${caseIds.map((c) => timesheets.get(String(c))!)}::bigint[]) WITH ORDINALITY AS x(id, i)
            WHERE timesheets.id = x.id`.execute(db);

  const sick = book.flatMap((p) => p.sickLeave.map((s) => ({ provider: users.get(p.loginId)!, caseId: cases.get(s.caseNumber)!, county: p.countyId, ...s })));
  await sql`INSERT INTO sick_leave_claims (provider_user_id, case_id, county_id, leave_date, minutes, idempotency_key, status, decided_at)
            SELECT p, c, k, d, m, 'bench-sick-' || c, 'confirmed', portal_now()
            FROM unnest(${sick.map((s) => s.provider)}::bigint[], ${sick.map((s) => s.caseId)}::bigint[], ${sick.map((s) => s.county)}::smallint[],
                        ${sick.map((s) => s.date)}::date[], ${sick.map((s) => s.minutes)}::int[]) AS x(p, c, k, d, m)`.execute(db);
  // As autovacuum would have by the time of a real run: the planner sees the tables' real sizes.
  await sql`ANALYZE`.execute(db);
}
