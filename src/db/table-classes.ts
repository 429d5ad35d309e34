/**
 * Where each table of the schema goes past one primary (ADR 0013, docs/decisions/0013-past-one-primary.md), once the
 * Citus extension shards the database by county:
 *
 * - `county`: county-owned. A distributed table, hashed on its `county_id` (smallint NOT NULL: Citus refuses a row
 *   with no value in the distribution column), all of them in one colocation group, so a county's rows of every
 *   table sit on the same node and a query scoped to one county runs there whole.
 * - `reference`: copied whole to every node, so any node joins it locally; written with a two-phase commit on all
 *   nodes, so only small or rarely written tables. County tables may hold foreign keys to them.
 * - `local`: stays on the coordinator as a plain PostgreSQL table: a person's sign-in, session and notification
 *   records and the platform's bookkeeping, read by their own keys and never joined with a county table.
 *
 * Every table of the migrated schema is in exactly one class: src/db/county-scope.int.test.ts fails on a table
 * missing here (a new table forces the decision), on a county table without its `county_id`, and on a foreign key
 * Citus could not keep. src/server/features/county-scope.test.ts reads the county tables from here and fails on a
 * query of one that does not filter by `county_id`.
 */
export type TableClass = 'county' | 'reference' | 'local';

interface Placement {
  readonly class: TableClass;
  /** Why this class, where it is not plain from the name. */
  readonly why: string;
}

const county = (why: string): Placement => ({ class: 'county', why });
const reference = (why: string): Placement => ({ class: 'reference', why });
const local = (why: string): Placement => ({ class: 'local', why });

export const TABLE_CLASSES = {
  // --- Reference: read by every county's queries -----------------------------------------------------------------
  counties: reference("the 58 counties and their policies: every county table's foreign key, joined by every console"),
  users: reference(
    'every person, staff and state admin included (county_id NULL for the state admin): signed in by login_id without a county, and joined for names into every county\'s rows; 1.5 million rows written at sign-up and profile changes only',
  ),
  pay_runs: reference(
    'a scheduled run is statewide (county_id NULL) and payments of every county name it; its totals are per county in pay_run_totals, so a run writes this row only to start and finish',
  ),
  payment_settlements: reference("one row per acknowledgement file, statewide or a county's (county_id NULL or set); payments of every county name it"),
  payment_return_imports: reference("one row per bank returns file, statewide or a county's; returns of every county name it"),
  // A provider's own terms, one set whatever counties they work in (county_id is their county, whose staff see them):
  // read for every payment of every county, written a few times in a provider's life.
  provider_profiles: reference('the overtime exemption and contact details the rules and notices read for any county\'s work'),
  provider_enrolments: reference('the enrolment record beside the account'),
  withholding_elections: reference("the W-4 and DE 4 elections, append-only: an election covers all the provider's recipients"),
  pay_destinations: reference(
    "where the provider's pay goes, for every county's payments: payments hold a foreign key to it, which Citus keeps only into a reference table",
  ),
  pay_destination_notices: reference('the notices of a change, beside it (a foreign key to it)'),

  // --- County-owned: distributed by county_id ---------------------------------------------------------------------
  cases: county("the recipient's case: the county that runs it"),
  case_authorizations: county("the case's county"),
  case_share_of_cost: county("the case's county"),
  assignments: county("the case's county"),
  visit_plans: county("the case's county"),
  evv_records: county("the case's county"),
  evv_taps: county("the case's county"),
  evv_tap_keys: county("the tap's county: each tap key of a provider once, the unique key evv_taps' months cannot hold"),
  timesheets: county("the case's county"),
  timesheet_days: county("the timesheet's county"),
  timesheet_decisions: county("the timesheet's county"),
  timesheet_events: county("the timesheet's county"),
  county_review_items: county("the timesheet's county: the county's payroll queue"),
  violations: county("the timesheet's county"),
  sick_leave_claims: county("the case's county"),
  payroll_terms: county("the case's county"),
  payments: county("the case's county"),
  payment_deductions: county("the payment's county"),
  pay_run_totals: county("the paid county's share of a run: each worker of a run pays its own counties, so writes no row another does"),
  payment_returns: county("the payment's county"),
  wage_rates: county("the county's own rates"),
  county_deduction_rates: county("the county's own rates"),
  direct_deposit_settings: county("the county's own hold"),
  message_threads: county('the county whose staff wrote it'),
  message_posts: county("the thread's county"),
  message_recipients: county("the thread's county"),

  // --- Local: on the coordinator, read by a person's or the platform's own keys -----------------------------------
  sessions: local('read by the hash of the cookie on every request, before any county is known'),
  auth_flows: local('account set-up and password reset, by their token'),
  security_answers: local("a person's answers, by user"),
  sign_in_failures: local('counted per attempted ID, whether or not an account has it'),
  rate_limit_hits: local('per-IP counters'),
  passkeys: local("a person's factor; found by credential ID at a passkey sign-in, before anyone is known"),
  totp_factors: local("a person's factor"),
  recovery_codes: local("a person's factor"),
  sms_factors: local("a person's factor"),
  factor_challenges: local('a short-lived code or challenge, by id'),
  known_devices: local("a person's browsers"),
  contact_changes: local("a person's pending email change"),
  calendar_feeds: local("a provider's feed, by its token"),
  idempotency_keys: local('per person and key; written in the transaction it guards, which may touch no county table'),
  notification_preferences: local("a person's choices"),
  notifications: local("a person's in-app notices (county_id NULL for staff of no county), by user"),
  notification_keys: local("each (person, event) notified once, the unique key notifications' months cannot hold"),
  notification_deliveries: local('the send ledger, by event, person and channel'),
  jobs: local('the queue: claimed by any worker, whatever the county of the work'),
  mail_outbox: local("demo mode's mail and texts"),
  audit_events: local(
    'append-only and partitioned by month; a row may name no county (a sign-in of an unknown ID, the state admin); read by subject or county',
  ),
  app_meta: local('platform settings'),
  schema_migrations: local("migrate.ts's bookkeeping"),
} as const satisfies Record<string, Placement>;

export type ClassifiedTable = keyof typeof TABLE_CLASSES;

export function tablesOf(c: TableClass): ClassifiedTable[] {
  return (Object.keys(TABLE_CLASSES) as ClassifiedTable[]).filter((t) => TABLE_CLASSES[t].class === c).sort();
}

/** The distributed tables: every query of one filters by `county_id`. */
export const COUNTY_TABLES: ReadonlySet<string> = new Set(tablesOf('county'));
