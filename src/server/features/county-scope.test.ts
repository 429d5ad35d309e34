import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COUNTY_TABLES } from '../../db/table-classes.js';
import { unscopedReferences } from './county-scope-check.js';

/**
 * ADR 0013, past one primary: every query of a county-owned table (src/db/table-classes.ts) filters by `county_id`,
 * so that Citus, once it distributes those tables by county, runs it on the one node that holds the county. The check
 * (county-scope-check.ts) reads the server's SQL, Kysely and raw; a new query without its county fails here.
 *
 * The queries written before the rule are listed below, each with why it does without the county today and what gives
 * it one (a step of the ADR's plan); a list, not a pass, so that each entry stays a known piece of work and a new
 * query in a listed function (another table or the same one again) fails too. An entry no longer needed fails as
 * well: the list shrinks as the queries gain their county.
 */
const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Why a query may leave its county out for now. */
const WHY = {
  provider:
    "a provider's own rows, which lie in the counties of their cases: under Citus it filters by the provider's counties (ADR 0013, 'A provider in several counties')",
  home: "a person's own record, held in their county (users.county_id, which the session check already reads): gains it",
  case: "keyed by cases the caller read first, with their county: gains the case's county_id",
  row: "keyed by the id of a row the caller read or locked first (a timesheet, payment, thread, visit): gains that row's county_id",
  lookup:
    "found by a key from the request or a job (an id in the URL, a case or payment number, a notice id) before any county is known: a staff request gains the staff's county (the same not-found their check gives), a job's payload the row's; the rest stay multi-shard lookups by a unique key",
  statewide:
    "the state admin's, or a statewide job's, view of every county when no county is given: a deliberate multi-shard query (county staff always give theirs)",
  join: 'joins a county table by id alone (its case, timesheet or payment): the join gains county_id with the composite foreign keys (ADR 0013, step 2)',
} as const;
type Why = keyof typeof WHY;

/** `file#function`: the county tables its queries leave unscoped (each reference, sorted), and why. */
const KNOWN_UNSCOPED: Record<string, readonly [tables: string, ...why: Why[]]> = {
  'server/features/cases/store.ts#findAssignment': ['assignments', 'lookup'],
  'server/features/cases/store.ts#findCaseByNumber': ['cases', 'lookup'],
  'server/features/cases/store.ts#findCaseByRecipient': ['cases', 'home'],
  'server/features/cases/store.ts#findCaseSensitive': ['cases', 'case'],
  'server/features/cases/store.ts#findCasesByIds': ['cases', 'case'],
  'server/features/cases/store.ts#listAllCaseAssignments': ['assignments', 'case'],
  'server/features/cases/store.ts#listAuthorizations': ['case_authorizations', 'case'],
  'server/features/cases/store.ts#listCaseAssignments': ['assignments', 'case'],
  'server/features/cases/store.ts#listCases': ['cases', 'statewide'],
  'server/features/cases/store.ts#listProviderAssignments': ['assignments cases', 'provider', 'join'],
  'server/features/cases/store.ts#listProvidersAssignments': ['assignments cases', 'provider', 'join'],
  'server/features/cases/store.ts#pageOfActiveAssignments': ['assignments assignments cases cases', 'statewide', 'join'],
  'server/features/cases/store.ts#providerCaseAssignments': ['assignments cases', 'provider', 'join'],
  'server/features/cases/store.ts#updateAssignment': ['assignments', 'row'],
  'server/features/cases/store.ts#updateCase': ['cases', 'row'],
  'server/features/cases/store.ts#upsertAuthorization': ['case_authorizations', 'case'],
  'server/features/claim-life/store.ts#countOpenAndEscalated': ['county_review_items', 'statewide'],
  'server/features/claim-life/store.ts#findReviewItem': ['county_review_items', 'row'],
  'server/features/claim-life/store.ts#listEvents': ['timesheet_events', 'row'],
  'server/features/claim-life/store.ts#moveStatuses': ['timesheets', 'row'],
  'server/features/claim-life/store.ts#resolveItem': ['county_review_items', 'row'],
  'server/features/claim-life/store.ts#reviewItemsOf': ['county_review_items', 'row'],
  'server/features/claim-life/store.ts#touchItem': ['county_review_items', 'row'],
  'server/features/dashboard/store.ts#providerTimesheets': ['cases cases timesheet_decisions timesheets timesheets', 'provider', 'join'],
  'server/features/evv/state-store.ts#checkInsOfCases': ['cases evv_records', 'case', 'join'],
  'server/features/evv/state-store.ts#openAndToFix': ['assignments cases evv_records', 'provider', 'join'],
  'server/features/evv/store.ts#deleteRecords': ['evv_records', 'row'],
  'server/features/evv/store.ts#findById': ['cases evv_records', 'provider', 'join'],
  'server/features/evv/store.ts#findByTapKey': ['cases evv_records', 'provider', 'join'],
  'server/features/evv/store.ts#finishTap': ['cases evv_records evv_records', 'row', 'join', 'provider'],
  'server/features/evv/store.ts#listCountedInRange': ['evv_records evv_records', 'provider'],
  'server/features/evv/store.ts#listInRange': ['cases evv_records', 'provider', 'join'],
  'server/features/evv/store.ts#listTapsOf': ['cases evv_taps', 'provider', 'join'],
  'server/features/evv/store.ts#overlapsWith': ['evv_records', 'provider'],
  'server/features/evv/store.ts#storedVisit': ['evv_records', 'row'],
  'server/features/evv/store.ts#updateRecord': ['evv_records', 'row'],
  'server/features/messages/store.ts#acknowledge': ['message_recipients', 'row'],
  'server/features/messages/store.ts#findRecipient': ['message_recipients', 'row'],
  'server/features/messages/store.ts#findThread': ['message_threads', 'lookup'],
  'server/features/messages/store.ts#inbox': ['message_posts message_posts message_recipients message_threads', 'home', 'join'],
  'server/features/messages/store.ts#listPosts': ['message_posts', 'row'],
  'server/features/messages/store.ts#markRead': ['message_recipients', 'row'],
  'server/features/messages/store.ts#postsOf': ['message_posts message_recipients message_threads', 'home', 'join'],
  'server/features/messages/store.ts#providerCounts': ['message_recipients message_threads', 'home', 'join'],
  'server/features/messages/store.ts#recipientStatus': ['message_recipients', 'row'],
  'server/features/messages/store.ts#setReplyWaiting': ['message_recipients', 'row'],
  'server/features/payments/store.ts#countyTotals': ['payments', 'statewide'],
  'server/features/payments/store.ts#deductionsOf': ['payment_deductions', 'row'],
  'server/features/payments/store.ts#earlierSums': ['payment_deductions payment_deductions payments payments payments', 'case', 'provider'],
  'server/features/payments/store.ts#findPayRun': ['pay_run_totals pay_run_totals', 'statewide'],
  'server/features/payments/store.ts#findPayment': ['cases payments', 'lookup', 'join'],
  'server/features/payments/store.ts#firstIssueDate': ['payments', 'provider'],
  'server/features/payments/store.ts#issuedPayments': ['payments', 'statewide'],
  'server/features/payments/store.ts#latestPaymentsAndSince': ['cases payments payments', 'provider', 'join'],
  'server/features/payments/store.ts#latestPaidPayment': ['payments', 'statewide'],
  'server/features/payments/store.ts#listCountyPayments': ['cases payments', 'statewide', 'join'],
  'server/features/payments/store.ts#listPayments': ['cases payments', 'provider', 'join'],
  'server/features/payments/store.ts#lockPaymentsByNumber': ['payments', 'statewide', 'lookup'],
  'server/features/payments/store.ts#markPaid': ['payments', 'row'],
  'server/features/payments/store.ts#markReturned': ['payments', 'row'],
  'server/features/payments/store.ts#paidTimesheets': ['payments', 'row'],
  'server/features/payments/store.ts#payRunTotals': ['payment_deductions payments payments payments', 'statewide', 'join'],
  'server/features/payments/store.ts#paymentsUpTo': ['cases payments', 'provider', 'join'],
  'server/features/payments/store.ts#recordedBy': ['payment_returns payments payments', 'statewide', 'join'],
  'server/features/payments/store.ts#returnReasonsOf': ['payment_returns', 'statewide'],
  'server/features/payments/store.ts#returnedNow': ['payments', 'row'],
  'server/features/payments/store.ts#returnsOf': ['payment_returns', 'row'],
  'server/features/payments/store.ts#returnsOfTimesheets': ['payment_returns payments', 'row', 'join'],
  'server/features/payments/store.ts#w2Sums': ['cases payment_deductions payments', 'provider', 'join'],
  'server/features/payroll-terms/store.ts#findTerms': ['payroll_terms', 'case'],
  'server/features/payroll-terms/store.ts#shareOfCostIn': ['case_share_of_cost', 'case'],
  'server/features/payroll-terms/store.ts#shareOfCostOfCase': ['case_share_of_cost', 'case'],
  'server/features/payroll-terms/store.ts#termsOfCase': ['payroll_terms', 'case'],
  'server/features/payroll-terms/store.ts#termsOfProvider': ['payroll_terms', 'case'],
  'server/features/payroll-terms/store.ts#termsOfProviders': ['payroll_terms', 'provider'],
  'server/features/payroll-terms/store.ts#upsertShareOfCost': ['case_share_of_cost', 'case'],
  'server/features/sick-leave/store.ts#decideClaim': ['sick_leave_claims', 'row'],
  'server/features/sick-leave/store.ts#findClaim': ['cases sick_leave_claims', 'lookup', 'join'],
  'server/features/sick-leave/store.ts#listClaims': ['cases sick_leave_claims', 'provider', 'case', 'join'],
  'server/features/sick-leave/store.ts#markPaid': ['sick_leave_claims', 'row'],
  'server/features/sick-leave/store.ts#markPaidEach': ['sick_leave_claims', 'row'],
  'server/features/sick-leave/store.ts#unpaidBefore': ['sick_leave_claims', 'statewide'],
  'server/features/sick-leave/store.ts#unpaidInRange': ['sick_leave_claims', 'case'],
  'server/features/sick-leave/store.ts#unpaidOfProviders': ['sick_leave_claims', 'provider'],
  'server/features/timesheets/store.ts#approvedCountsByCounty': ['timesheets', 'statewide'],
  'server/features/timesheets/store.ts#approvedPage': ['timesheets', 'statewide'],
  'server/features/timesheets/store.ts#claimedDays': ['cases timesheet_days timesheets', 'provider', 'join'],
  'server/features/timesheets/store.ts#claimedMinutes': ['timesheet_days timesheets', 'case', 'join'],
  'server/features/timesheets/store.ts#findDecisions': ['timesheet_decisions', 'row'],
  'server/features/timesheets/store.ts#findLatest': ['cases timesheets timesheets', 'case', 'join'],
  'server/features/timesheets/store.ts#findTimesheet': ['cases timesheets timesheets', 'lookup', 'join'],
  'server/features/timesheets/store.ts#listDays': ['timesheet_days', 'row'],
  'server/features/timesheets/store.ts#listDaysOf': ['timesheet_days', 'row'],
  'server/features/timesheets/store.ts#listTimesheets': ['cases timesheets timesheets', 'provider', 'statewide', 'join'],
  'server/features/timesheets/store.ts#listVersions': ['cases timesheets timesheets', 'case', 'join'],
  'server/features/timesheets/store.ts#lockApproved': ['cases timesheets timesheets', 'row', 'join'],
  'server/features/timesheets/store.ts#onItsWayToPayment': ['timesheets', 'case'],
  'server/features/timesheets/store.ts#replaceDays': ['timesheet_days', 'row'],
  'server/features/timesheets/store.ts#submittedPairs': ['timesheets', 'provider'],
  'server/features/timesheets/store.ts#touchTimesheet': ['timesheets', 'row'],
  'server/features/violations/store.ts#disputesAwaiting': ['violations', 'statewide'],
  'server/features/violations/store.ts#findById': ['violations', 'lookup'],
  'server/features/violations/store.ts#findByTimesheet': ['violations', 'row'],
  'server/features/violations/store.ts#listByCounty': ['cases timesheets', 'join'],
  'server/features/violations/store.ts#listByProvider': ['violations', 'provider'],
  'server/features/violations/store.ts#listNoticesByProvider': ['cases timesheets violations', 'provider', 'join'],
  'server/features/violations/store.ts#suspensionsCovering': ['violations', 'provider'],
  'server/features/violations/store.ts#updateViolation': ['violations', 'row'],
  'server/features/visits/store.ts#findPlan': ['cases visit_plans', 'lookup', 'join'],
  'server/features/visits/store.ts#listPlans': ['cases visit_plans', 'provider', 'case', 'join'],
  'server/features/visits/store.ts#listPlansWithCheckIns': ['cases visit_plans', 'provider', 'join'],
  'server/features/visits/store.ts#updatePlan': ['visit_plans', 'row'],
};

function serverSources(): { file: string; text: string }[] {
  const walk = (dir: string): { file: string; text: string }[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      // Tests, their fixtures and the fuzzer set up rows directly; they are not the portal's queries.
      if (e.isDirectory()) return e.name === 'testing' || e.name === 'fuzz' ? [] : walk(p);
      if (!/\.ts$/.test(e.name) || /\.test\.ts$/.test(e.name) || e.name === 'testing.ts') return [];
      return [{ file: path.relative(SRC, p).split(path.sep).join('/'), text: readFileSync(p, 'utf8') }];
    });
  return [...walk(path.join(SRC, 'server')), ...walk(path.join(SRC, 'jobs'))];
}

/** The check's findings on one made-up store, as `function: tables`. */
function check(text: string): Record<string, string> {
  const out: Record<string, string[]> = {};
  for (const r of unscopedReferences([{ file: 'store.ts', text }], COUNTY_TABLES)) (out[r.fn] ??= []).push(r.table);
  return Object.fromEntries(Object.entries(out).map(([fn, t]) => [fn, t.sort().join(' ')]));
}

describe('the county-scope check', () => {
  it('finds a select, update or delete of a county table with no county_id, and passes one that has it', () => {
    expect(
      check(`
        export const byId = (db, id) => db.selectFrom('cases').selectAll().where('id', '=', id).execute();
        export const scoped = (db, c, id) => db.selectFrom('cases').selectAll().where('county_id', '=', c).where('id', '=', id).execute();
        export const aliased = (db, c) => db.selectFrom('payments as p').select('p.id').where('p.county_id', '=', c).execute();
        export const update = (db, id) => db.updateTable('timesheets').set({ status: 'paid' }).where('id', '=', id).execute();
        export const remove = (db, id) => db.deleteFrom('evv_records').where('id', 'in', [id]).execute();
        export const people = (db, id) => db.selectFrom('users').selectAll().where('id', '=', id).execute();
        export const insert = (db, row) => db.insertInto('cases').values(row).execute();
      `),
    ).toEqual({ byId: 'cases', update: 'timesheets', remove: 'evv_records' });
  });

  it('asks every county table of a join for its county: in the join, or filtered on its own', () => {
    expect(
      check(`
        export function byIdOnly(db, c) {
          return db.selectFrom('timesheets').innerJoin('cases', 'cases.id', 'timesheets.case_id').selectAll().where('timesheets.county_id', '=', c).execute();
        }
        export function joinedOnCounty(db, c) {
          return db.selectFrom('timesheets')
            .innerJoin('cases', (j) => j.onRef('cases.id', '=', 'timesheets.case_id').onRef('cases.county_id', '=', 'timesheets.county_id'))
            .selectAll().where('timesheets.county_id', '=', c).execute();
        }
        export function bothFiltered(db, c) {
          return db.selectFrom('timesheets').innerJoin('cases', 'cases.id', 'timesheets.case_id').selectAll()
            .where('timesheets.county_id', '=', c).where('cases.county_id', '=', c).execute();
        }
        export function countyNamedNotNarrowed(db, id) {
          return db.selectFrom('message_threads as t').innerJoin('counties as c', 'c.id', 't.county_id').selectAll().where('t.id', '=', id).execute();
        }
        export function joinedButEveryCounty(db) {
          return db.selectFrom('timesheets')
            .innerJoin('cases', (j) => j.onRef('cases.id', '=', 'timesheets.case_id').onRef('cases.county_id', '=', 'timesheets.county_id'))
            .selectAll().execute();
        }
      `),
    ).toEqual({ byIdOnly: 'cases', countyNamedNotNarrowed: 'message_threads', joinedButEveryCounty: 'timesheets' });
  });

  it("follows a builder through its variable and a helper's return, and does not count a filter added only sometimes", () => {
    expect(
      check(`
        function base(db) {
          return db.selectFrom('payments').selectAll();
        }
        export const mine = (db, c, id) => base(db).where('payments.county_id', '=', c).where('payments.id', '=', id).execute();
        export const anyones = (db, id) => base(db).where('payments.id', '=', id).execute();
        export function always(db, c, status) {
          let q = db.selectFrom('violations').selectAll();
          q = q.where('county_id', '=', c);
          if (status) q = q.where('dispute_state', '=', status);
          return q.execute();
        }
        export function sometimes(db, c) {
          let q = db.selectFrom('violations').selectAll();
          if (c !== null) q = q.where('county_id', '=', c);
          return q.execute();
        }
      `),
    ).toEqual({ anyones: 'payments', sometimes: 'violations' });
  });

  it('asks a subquery for its county as well, correlated with the outer one or filtered', () => {
    expect(
      check(`
        export function correlated(db, c) {
          return db.selectFrom('timesheets').select((eb) =>
            eb.selectFrom('timesheet_days').select('work_date').whereRef('timesheet_days.timesheet_id', '=', 'timesheets.id')
              .whereRef('timesheet_days.county_id', '=', 'timesheets.county_id').limit(1).as('day'),
          ).where('timesheets.county_id', '=', c).execute();
        }
        export function uncorrelated(db, c) {
          return db.selectFrom('timesheets').select((eb) =>
            eb.selectFrom('timesheet_days').select('work_date').whereRef('timesheet_days.timesheet_id', '=', 'timesheets.id').limit(1).as('day'),
          ).where('timesheets.county_id', '=', c).execute();
        }
      `),
    ).toEqual({ uncorrelated: 'timesheet_days' });
  });

  it('reads raw SQL: each county table after FROM, JOIN or UPDATE needs its county_id', () => {
    expect(
      check(`
        export const raw = (db, id) => sql\`SELECT p.id FROM payments p JOIN payment_deductions d ON d.payment_id = p.id WHERE p.id = \${id}\`.execute(db);
        export const rawScoped = (db, c, id) =>
          sql\`SELECT p.id FROM payments p JOIN payment_deductions d ON d.payment_id = p.id AND d.county_id = p.county_id WHERE p.county_id = \${c} AND p.id = \${id}\`.execute(db);
        export const rawUpdate = (db, id) => sql\`UPDATE cases SET status = 'active' WHERE id = \${id}\`.execute(db);
        export const localTable = (db, id) => sql\`SELECT * FROM sessions WHERE user_id = \${id}\`.execute(db);
      `),
    ).toEqual({ raw: 'payment_deductions payments', rawUpdate: 'cases' });
  });

  it('does not take a county_id raw SQL only reads or writes for a filter: a select list, RETURNING, SET, GROUP BY, a comment', () => {
    expect(
      check(`
        export const listed = (db, id) => sql\`SELECT DISTINCT ON (p.id) p.id, p.county_id, coalesce(p.county_id, 0) FROM payments p WHERE p.id = \${id}\`.execute(db);
        export const returned = (db, id) => sql\`UPDATE cases c SET county_id = c.county_id WHERE c.id = \${id} RETURNING c.county_id\`.execute(db);
        export const grouped = (db) => sql\`SELECT count(*) FROM violations v GROUP BY v.county_id ORDER BY v.county_id\`.execute(db);
        export const commented = (db, id) => sql\`SELECT v.id FROM violations v -- not v.county_id = 1
          WHERE v.id = \${id}\`.execute(db);
        export const subquery = (db, c) =>
          sql\`SELECT t.id, (SELECT count(*) FROM timesheet_days d WHERE d.timesheet_id = t.id AND d.county_id = t.county_id) FROM timesheets t WHERE t.county_id = \${c}\`.execute(db);
        export const conflict = (db, c, id) =>
          sql\`INSERT INTO payments (id, county_id) SELECT p.id, p.county_id FROM payments p WHERE p.county_id = \${c} AND p.id = \${id} ON CONFLICT (county_id, id) DO NOTHING\`.execute(db);
      `),
    ).toEqual({ listed: 'payments', returned: 'cases', grouped: 'violations', commented: 'violations' });
  });
});

describe("the server's queries", () => {
  it('filter every county-owned table by county_id, but for the known ones listed with their reasons', () => {
    const found: Record<string, string[]> = {};
    for (const r of unscopedReferences(serverSources(), COUNTY_TABLES)) (found[`${r.file}#${r.fn}`] ??= []).push(r.table);
    const actual = Object.fromEntries(Object.entries(found).map(([k, t]) => [k, t.sort().join(' ')]));
    const known = Object.fromEntries(Object.entries(KNOWN_UNSCOPED).map(([k, [tables]]) => [k, tables]));
    expect(actual, 'queries of county tables without county_id: scope them by county, or list them above with why (ADR 0013)').toEqual(known);
  });

  it('give each known one a reason', () => {
    expect(Object.entries(KNOWN_UNSCOPED).filter(([, [, ...why]]) => why.length === 0 || why.some((w) => !(w in WHY)))).toEqual([]);
  });
});
