/**
 * The hot queries stay on indexes as the tables grow (issue #16). A throwaway database is filled with the generated
 * state (bench/generate) at a small scale and analysed; the real app then answers the requests a provider and a big
 * county's staff make most, through the real routes, services and stores, while a hook on the pool's connections
 * keeps every statement they send. Each statement is explained with its own parameters, and a sequential scan of a
 * big table fails the test, naming the request and the statement. So the test follows the code: a query changed or
 * added in any of those paths is checked as it is, with no copy of its SQL here.
 *
 * A statement fails when its plan reads a big table whole, in either of two plans:
 * - as planned on the generated data, when that table holds at least BIG_IN_TEST rows here: the planner prefers the
 *   scan on a table already that large, so an index is missing or not selective;
 * - with sequential scans priced out (enable_seqscan off), whatever the table's size here: the scan is then chosen
 *   only when no index can serve the query at all, which is what matters when the table is the state's.
 *
 * A statement that only reads is also run (EXPLAIN ANALYZE, rolled back), and fails when a month-partitioned table it
 * probes once per row of an outer query (a timesheet's days summed beside it, say) reads more than one month each
 * time: the query must say which months the row's rows lie in, or every probe reads every month the table has.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LOS_ANGELES } from '../../bench/generate/counties';
import { BENCH_PASSWORD, generateInto } from '../../bench/generate/run';
import { addDays } from '../domain/index';
import { TABLE_CLASSES } from '../db/table-classes';
import { connectRecording, type SentStatement as Statement } from '../db/testing/recording';
import { createTestDb, type TestDb } from '../db/testing/test-db';
import { testNow, testToday } from './testing/clock';
import { buildTestApp, freshTotpCode, TestClient } from './testing/test-app';

const SCALE = 0.002;
/** A table (or a month of one) this large in the generated data is one the planner should already reach through an index. */
const BIG_IN_TEST = 5_000;

/**
 * The big tables: every county-owned table but the counties' own settings (a few rows a county), and the tables of
 * people and their records that grow with the state (accounts, sessions, notices, the audit trail, keys).
 */
const COUNTY_SETTINGS = new Set(['wage_rates', 'county_deduction_rates', 'direct_deposit_settings', 'pay_run_totals']);
const BIG = new Set([
  ...Object.entries(TABLE_CLASSES)
    .filter(([name, p]) => p.class === 'county' && !COUNTY_SETTINGS.has(name))
    .map(([name]) => name),
  'users',
  'provider_profiles',
  'provider_enrolments',
  'pay_destinations',
  'withholding_elections',
  'sessions',
  'known_devices',
  'idempotency_keys',
  'notifications',
  'notification_keys',
  'audit_events',
]);

let db: TestDb;
let capturing: ReturnType<typeof connectRecording>;
let app: FastifyInstance;
/** A partition's parent (audit_events_2026_12 -> audit_events): a month of a big table is big. */
let parentOf = new Map<string, string>();
let rowsOf = new Map<string, number>();

beforeAll(async () => {
  db = await createTestDb();
  await generateInto(db, { scale: SCALE, seed: 5, now: testNow() });
  await sql`ANALYZE`.execute(db.db);
  const { rows: parts } = await sql<{ child: string; parent: string }>`
    SELECT c.relname AS child, p.relname AS parent FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent`.execute(db.db);
  parentOf = new Map(parts.map((r) => [r.child, r.parent]));
  const { rows: sizes } = await sql<{ name: string; n: number }>`
    SELECT relname AS name, greatest(reltuples, 0)::bigint::int AS n FROM pg_class WHERE relkind = 'r' AND relnamespace = current_schema()::regnamespace`.execute(db.db);
  rowsOf = new Map(sizes.map((s) => [s.name, s.n]));
  capturing = connectRecording(db.url, inject('clockOffsetMs'));
  app = await buildTestApp(capturing.db, { demo: true });
}, 240_000);
afterAll(async () => {
  await app?.close();
  await capturing?.close();
  await db?.drop();
});

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}

/** The tables (or partitions: a month) the plan reads whole. */
function seqScans(node: PlanNode): string[] {
  const here = node['Node Type'] === 'Seq Scan' && node['Relation Name'] ? [node['Relation Name']] : [];
  return [...here, ...(node.Plans ?? []).flatMap(seqScans)];
}

const isBig = (relation: string) => BIG.has(parentOf.get(relation) ?? relation);

async function planOf(client: pg.PoolClient, s: Statement): Promise<PlanNode> {
  const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`EXPLAIN (FORMAT JSON) ${s.text}`, s.values);
  return rows[0]!['QUERY PLAN'][0].Plan;
}

/** The monthly partitions a plan node reads, itself or through the nodes under it (an index scan's heap included). */
function partitionsUnder(node: PlanNode): string[] {
  const here = node['Relation Name'] && parentOf.has(node['Relation Name']) ? [node['Relation Name']] : [];
  return [...here, ...(node.Plans ?? []).flatMap(partitionsUnder)];
}

/**
 * The appends of a month-partitioned table run once per row of an outer query (a lateral sum of a timesheet's days,
 * say) that read more than one month each time: every run should be pruned to its row's months, which it can only be
 * when the query says which months its row's rows lie in (0021).
 */
interface UnprunedProbe {
  table: string;
  reads: number;
  runs: number;
}
function unprunedProbes(node: PlanNode): UnprunedProbe[] {
  const loops = node['Actual Loops'] ?? 0;
  const parts = (node.Plans ?? []).filter((p) => partitionsUnder(p).length > 0);
  const childLoops = parts.reduce((n, p) => n + (p['Actual Loops'] ?? 0), 0);
  const here = /Append/.test(node['Node Type']) && loops > 1 && childLoops > loops ? [{ table: parentOf.get(partitionsUnder(parts[0]!)[0]!)!, reads: childLoops, runs: loops }] : [];
  return [...here, ...(node.Plans ?? []).flatMap(unprunedProbes)];
}

/**
 * Probes that must read every month, each with why, found by what their statement says: a list of the queries whose
 * rows say nothing of the months they reach, so that one more fails here.
 */
const EVERY_MONTH: readonly { table: string; says: string; why: string }[] = [
  {
    table: 'evv_records',
    says: 'o.visit_range && evv_records.visit_range',
    why: "a visit's overlaps (evv/store.ts): an open check-in overlaps every visit after it, however long ago it began",
  },
];

const mayReadEveryMonth = (s: Statement, probe: UnprunedProbe) => EVERY_MONTH.some((e) => e.table === probe.table && s.text.includes(e.says));

/** A statement run again gives the same answer: it writes nothing, so a unique key cannot refuse it the second time. */
const readsOnly = (s: Statement) => !/\b(insert\s+into|update\s+"?\w+"?\s+set|delete\s+from)\b/i.test(s.text);

/** The plan `s` ran with, inside a transaction rolled back, so that a lock it takes ends there. */
async function executedPlanOf(client: pg.PoolClient, s: Statement): Promise<PlanNode> {
  await client.query('BEGIN');
  try {
    const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${s.text}`, s.values);
    return rows[0]!['QUERY PLAN'][0].Plan;
  } finally {
    await client.query('ROLLBACK');
  }
}

const explainable = (s: Statement) => /^\s*(\(|with\b|select\b|insert\b|update\b|delete\b)/i.test(s.text);

/**
 * Every statement `run` sends, each with the big tables its plans read whole (see the head of this file). A `batch`
 * (the pay run's) reads a share of the state's providers at once: on this small state that share is much of a
 * table, which the planner rightly scans, so only the second plan counts for it.
 */
async function scansOf(run: () => Promise<unknown>, batch = false) {
  capturing.sent.length = 0;
  await run();
  const statements = capturing.sent.filter(explainable);
  const client = await db.pool.connect();
  try {
    const found: { statement: string; scans: string[] }[] = [];
    const unpruned: { statement: string; probes: string[] }[] = [];
    for (const s of statements) {
      const statement = s.text.replace(/\s+/g, ' ').slice(0, 400);
      const planned = batch ? [] : seqScans(await planOf(client, s)).filter((t) => isBig(t) && (rowsOf.get(t) ?? 0) >= BIG_IN_TEST);
      await client.query('SET enable_seqscan = off');
      const forced = seqScans(await planOf(client, s).finally(() => client.query('RESET enable_seqscan'))).filter(isBig);
      const scans = [...new Set([...planned, ...forced])];
      if (scans.length > 0) found.push({ statement, scans });
      const probes = (readsOnly(s) ? unprunedProbes(await executedPlanOf(client, s)) : [])
        .filter((p) => !mayReadEveryMonth(s, p))
        .map((p) => `${p.table}: ${p.reads} partition reads in ${p.runs} runs`);
      if (probes.length > 0) unpruned.push({ statement, probes });
    }
    return { statements: statements.length, found, unpruned };
  } finally {
    client.release();
  }
}

async function expectIndexed(run: () => Promise<{ statusCode: number }>, batch = false) {
  const { statements, found, unpruned } = await scansOf(async () => expect((await run()).statusCode).toBe(200), batch);
  expect(statements, 'statements captured').toBeGreaterThan(0);
  expect(found, 'statements that read a big table whole').toEqual([]);
  expect(unpruned, "statements that read every month of a partitioned table for each row, not that row's months").toEqual([]);
}

interface Provider {
  id: number;
  login_id: string;
  draft_id: number;
  case_number: string;
}

describe('the hot queries, on the generated state', () => {
  let provider: Provider;
  let providerClient: TestClient;
  let staffClient: TestClient;

  beforeAll(async () => {
    // A Los Angeles provider with a draft this period and a case to check in to, the one with the most visits.
    const { rows } = await sql<Provider>`
      SELECT u.id, u.login_id, t.id AS draft_id, c.case_number
        FROM users u
        JOIN timesheets t ON t.provider_user_id = u.id AND t.status = 'draft' AND t.pay_period_start = (SELECT max(pay_period_start) FROM timesheets)
        JOIN cases c ON c.id = t.case_id
        JOIN assignments a ON a.case_id = c.id AND a.provider_user_id = u.id AND NOT a.live_in
       WHERE u.county_id = ${LOS_ANGELES} AND u.role = 'provider'
       ORDER BY (SELECT count(*) FROM evv_records r WHERE r.provider_user_id = u.id) DESC, u.id
       LIMIT 1`.execute(db.db);
    provider = rows[0]!;
    providerClient = new TestClient(app);
    expect((await providerClient.signIn('provider', provider.login_id, BENCH_PASSWORD)).statusCode).toBe(200);
    staffClient = new TestClient(app, '203.0.113.20');
    // Generated staff enrol a second factor at their first sign-in: this one has the test's authenticator app.
    await freshTotpCode(app, `gen.c${LOS_ANGELES}.admin`);
    expect((await staffClient.signIn('staff', `gen.c${LOS_ANGELES}.admin`, BENCH_PASSWORD)).statusCode).toBe(200);
  });

  const week = () => `from=${addDays(testToday(), -6)}&to=${testToday()}`;

  it('the session check', () => expectIndexed(() => providerClient.get('/api/session')));
  it("the provider's dashboard", () => expectIndexed(() => providerClient.get('/api/dashboard')));
  it("the check-in page's state", () => expectIndexed(() => providerClient.get('/api/evv/state')));
  it('the visits view', () => expectIndexed(() => providerClient.get(`/api/visits?${week()}`)));
  it("the provider's EVV records of a week", () => expectIndexed(() => providerClient.get(`/api/evv/records?${week()}`)));
  it('a timesheet and its days', () => expectIndexed(() => providerClient.get(`/api/timesheets/${provider.draft_id}`)));
  it('the claims list', () => expectIndexed(() => providerClient.get('/api/claims')));
  it('the notification and message counts', () => expectIndexed(() => providerClient.get('/api/notifications/counts')));
  it('the notifications list', () => expectIndexed(() => providerClient.get('/api/notifications')));
  it('the messages inbox', () => expectIndexed(() => providerClient.get('/api/messages')));
  it("the provider's payments", () => expectIndexed(() => providerClient.get('/api/payments')));

  it('a check-in and its check-out', async () => {
    const tap = (minutesAgo: number) => new Date(testNow().getTime() - minutesAgo * 60_000).toISOString();
    await expectIndexed(() =>
      providerClient.post('/api/evv/check-in', { idempotencyKey: randomUUID(), caseNumber: provider.case_number, tappedAt: tap(30), locationType: 'community' }),
    );
    await expectIndexed(() => providerClient.post('/api/evv/check-out', { idempotencyKey: randomUUID(), caseNumber: provider.case_number, tappedAt: tap(1) }));
  });

  it("a submission's reads and writes", async () => {
    // Refused or accepted, the submission reads the same: the period's visits, days, versions and the rules' inputs.
    const { found, statements } = await scansOf(() =>
      providerClient.post(`/api/timesheets/${provider.draft_id}/submit`, { idempotencyKey: randomUUID(), acknowledgeScheduledVisits: true }),
    );
    expect(statements).toBeGreaterThan(0);
    expect(found, 'statements that read a big table whole').toEqual([]);
  });

  it("a big county's review queue", () => expectIndexed(() => staffClient.get('/api/staff/review')));
  it("a big county's payments list", () => expectIndexed(() => staffClient.get('/api/staff/payments')));
  it("a big county's pay run", () => expectIndexed(() => staffClient.post('/api/staff/pay-runs', {}), true));
});
