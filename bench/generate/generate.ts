/**
 * The state's data (issue #16): a statewide-shaped population written into a migrated database with COPY, as the
 * portal would have left it after a month of work. At scale 1: 716,000 providers, 815,000 recipients and the
 * 1,650,000 timesheets of a month's two pay periods (DOMAIN.md, Scale), split over the 58 counties by counties.ts.
 *
 * What is written, county by county (every county-owned row carries its county_id):
 * - the county's settings the claims depend on: an example wage rate, example union dues and health premium, the
 *   random signature check (RANDOM_HOLD_PER_MILLE where the county has none), its payroll staff;
 * - recipients (accounts, cases, authorisations, Share of Cost) and providers (accounts, enrolments, profiles,
 *   assignments with live-in and travel agreements, payroll terms, withholding elections, direct deposit or
 *   warrant, weekly visit plans);
 * - a month of visits: the EVV taps and the visits made of them, for every provider who is not a live-in, and a
 *   few check-ins still open now;
 * - the timesheets of the two pay periods before the current one, each in the state its plan reaches by now
 *   (timeline.ts: every state of the claim life), corrections included, with their days, events, the recipients'
 *   decisions, the county's queue and in-app notices; the current period's drafts so far;
 * - payments of the paid claims, figured as the pay run figures them (the engine's pay lines, `payStubOf`,
 *   `netPayOf` with the provider's terms and earlier payments), with their deduction rows (those taken), their pay runs and
 *   the bank's acknowledgements;
 * - messages: two county-wide threads to every provider and a thread with a few providers each.
 *
 * The database checks it all: rows go in through COPY, which fires every trigger and checks every constraint. A
 * timesheet goes in as a draft with its days (a trigger makes the days of a submitted one read-only) and is then
 * moved to its state; a payment and its deductions commit together (the net is checked at commit). Ids come from
 * the tables' own sequences, reserved a chunk at a time, so the rows can name each other before they are sent.
 * Run it on a database nobody else writes to while it runs.
 */
import { sql } from 'kysely';
import type pg from 'pg';
import type { Db } from '../../src/db/connection';
import { ensureMonthlyPartitionsBetween } from '../../src/db/partitions';
import { depositTimeline } from '../../src/domain/direct-deposit';
import {
  addDays,
  californiaDate,
  californiaInstant,
  canSubmit,
  countyRateFrom,
  monthOf,
  netPayOf,
  oneBusinessDayAfter,
  payPeriodOf,
  payStubOf,
  randomHoldPicks,
  RANDOM_HOLD,
  weekday,
  timesheetTotals,
  type CountyRate,
  type DateSpan,
  type FederalElection,
  type IsoDate,
  type NetPay,
  type PayStub,
  type StateElection,
} from '../../src/domain/index';
import { accountNumberAad } from '../../src/server/features/direct-deposit/service';
import { dollars } from '../../src/server/features/payments/documents';
import { encryptField } from '../../src/server/lib/encryption';
import { apportion, countyShares } from './counties';
import { copyRows, TableRows } from './copy';
import { accountNumber, int, KIND, pick, providerTraits, recipientOf, recipientsPerProvider, routingNumber, streamOf, type ProviderTraits } from './people';
import { LAST_PERIOD, OLDER_PERIOD, payRunDates, planClaim, runInstant, submissionOpens, type Plan, type Target } from './timeline';
import { clean, evaluatePeriods, evaluateVersion, planHours, workDays, type Assignment, type Claimed, type DayWork } from './work';

/** DOMAIN.md, Scale (CMIPS public page). */
export const STATE = { providers: 716_000, recipients: 815_000, timesheetsPerMonth: 1_650_000, countyUsers: 6_800 } as const;
/** One timesheet per provider, recipient and pay period: a period's provider-recipient pairs. */
const ASSIGNMENTS_PER_PROVIDER = STATE.timesheetsPerMonth / 2 / STATE.providers;
/** The random signature check's rate set for a county that has none: 3 in 100 clean timesheets (LA DPSS: "holds"). */
export const RANDOM_HOLD_PER_MILLE = 30;
/** Recipients' case numbers (7 digits) and Provider IDs (9 digits) start here, above none of the demo's (9000001, 900000001). */
const FIRST_CASE_NUMBER = 5_000_000;
const FIRST_PROVIDER_ID = 700_000_000;
export const MAX_SCALE = 5;
const PROVIDERS_A_CHUNK = 2_000;
const RECIPIENTS_A_CHUNK = 20_000;

export interface GenerateOptions {
  scale: number;
  seed: number;
  /** The portal's "now": the periods, the claims' moments and the pay runs are placed before it. */
  now: Date;
  /** The password every generated account signs in with (hashed once, argon2id, by the portal's own function). */
  passwordHash: string;
  /** The server's data key: account numbers are encrypted with it as the portal encrypts them. */
  dataKey: Buffer;
  onProgress?: (line: string) => void;
}

export interface GenerateReport {
  today: IsoDate;
  periods: { older: DateSpan; last: DateSpan; current: DateSpan };
  providers: number;
  recipients: number;
  rows: Map<string, number>;
  seconds: number;
}

interface County {
  id: number;
  providers: number;
  recipients: number;
  assignments: number;
  rate: CountyRate;
  holdPerMille: number;
  unionDues: number | null;
  healthPremium: number | null;
  admin: number;
  workers: number[];
  threads: { id: number; createdAt: number; requiresAck: boolean }[];
  /** First user and case id of the county's recipients, and the first recipient's place statewide. */
  recipientUserBase: number;
  caseBase: number;
  firstRecipient: number;
  firstProvider: number;
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const MINUTE = 60_000;
const DAY = 86_400_000;

class Writer {
  readonly rows = new Map<string, number>();
  constructor(readonly client: pg.PoolClient) {}

  async copy(...tables: TableRows[]) {
    for (const t of tables) {
      const n = await copyRows(this.client, t);
      this.rows.set(t.table, (this.rows.get(t.table) ?? 0) + n);
    }
  }

  count(table: string, n: number) {
    this.rows.set(table, (this.rows.get(table) ?? 0) + n);
  }

  /** `n` ids from `table`'s identity sequence, as a first id (they run first, first + 1, ...). */
  async reserve(table: string, n: number): Promise<number> {
    if (n === 0) return 0;
    const { rows } = await this.client.query<{ last: string }>(
      `SELECT setval(pg_get_serial_sequence($1, 'id')::regclass, nextval(pg_get_serial_sequence($1, 'id')::regclass) + $2 - 1) AS last`,
      [table, n],
    );
    return Number(rows[0]!.last) - n + 1;
  }

  async reserveSequence(sequence: string, n: number): Promise<number> {
    if (n === 0) return 0;
    const { rows } = await this.client.query<{ last: string }>(`SELECT setval($1::regclass, nextval($1::regclass) + $2 - 1) AS last`, [sequence, n]);
    return Number(rows[0]!.last) - n + 1;
  }
}

function tables() {
  return {
    users: new TableRows('users', ['id', 'role', 'login_id', 'county_id', 'first_name', 'last_name', 'date_of_birth', 'email', 'email_verified_at', 'password_hash', 'password_changed_at', 'preferred_language', 'created_at']),
    cases: new TableRows('cases', ['id', 'case_number', 'county_id', 'recipient_user_id', 'first_name', 'last_name', 'eligible_from', 'street', 'city', 'zip', 'phone', 'home_latitude', 'home_longitude', 'created_at']),
    authorizations: new TableRows('case_authorizations', ['case_id', 'county_id', 'effective_month', 'monthly_minutes', 'created_at']),
    shareOfCost: new TableRows('case_share_of_cost', ['case_id', 'county_id', 'effective_month', 'monthly_cents', 'set_by', 'set_at']),
    enrolments: new TableRows('provider_enrolments', ['user_id', 'county_id', 'orientation_completed_on', 'background_check_cleared_on', 'phone', 'mailing_street', 'mailing_city', 'mailing_state', 'mailing_zip', 'enrolled_by', 'enrolled_at']),
    profiles: new TableRows('provider_profiles', ['user_id', 'county_id', 'phone', 'mailing_street', 'mailing_city', 'mailing_state', 'mailing_zip', 'updated_at']),
    assignments: new TableRows('assignments', ['provider_user_id', 'case_id', 'county_id', 'start_date', 'assigned_monthly_minutes', 'live_in', 'travel_agreement', 'created_at']),
    terms: new TableRows('payroll_terms', ['provider_user_id', 'case_id', 'county_id', 'relationship', 'sdi_elected', 'union_member', 'cope_cents', 'health_plan', 'updated_by', 'updated_at']),
    elections: new TableRows('withholding_elections', [
      'provider_user_id', 'county_id', 'tax', 'withhold', 'filing_status', 'multiple_jobs', 'dependents_cents', 'other_income_cents', 'deductions_cents', 'allowances',
      'estimated_deduction_allowances', 'extra_cents', 'exempt', 'effective_from', 'made_at', 'made_by',
    ]),
    destinations: new TableRows('pay_destinations', [
      'id', 'provider_user_id', 'county_id', 'method', 'routing_number', 'account_type', 'account_number_enc', 'account_last4', 'requested_at', 'requested_by',
      'hold_business_days', 'hold_ends_on', 'prenote_settles_on', 'live_from',
    ]),
    visitPlans: new TableRows('visit_plans', ['provider_user_id', 'case_id', 'county_id', 'created_by', 'start_date', 'start_time', 'end_time', 'repeat', 'weekdays', 'created_at', 'updated_at']),
    taps: new TableRows('evv_taps', [
      'provider_user_id', 'case_id', 'county_id', 'kind', 'key', 'tapped_at', 'received_at', 'location_type', 'location_status', 'latitude', 'longitude', 'accuracy_m', 'capture_method',
    ]),
    visits: new TableRows('evv_records', [
      'provider_user_id', 'case_id', 'county_id', 'check_in_key', 'check_out_key', 'check_in_at', 'check_out_at', 'check_in_received_at', 'check_out_received_at', 'location_type',
      'location_status', 'check_in_latitude', 'check_in_longitude', 'check_in_accuracy_m', 'check_out_location_status', 'check_out_latitude', 'check_out_longitude',
      'check_out_accuracy_m', 'capture_method', 'created_at',
    ]),
    timesheets: new TableRows('timesheets', ['id', 'provider_user_id', 'case_id', 'county_id', 'pay_period_start', 'pay_period_end', 'version', 'supersedes_id', 'created_at', 'updated_at']),
    corrections: new TableRows('timesheets', ['id', 'provider_user_id', 'case_id', 'county_id', 'pay_period_start', 'pay_period_end', 'version', 'supersedes_id', 'created_at', 'updated_at']),
    days: new TableRows('timesheet_days', ['timesheet_id', 'county_id', 'work_date', 'worked_minutes', 'travel_minutes', 'start_time', 'end_time', 'location', 'from_evv', 'evv_minutes']),
    correctionDays: new TableRows('timesheet_days', ['timesheet_id', 'county_id', 'work_date', 'worked_minutes', 'travel_minutes', 'start_time', 'end_time', 'location', 'from_evv', 'evv_minutes']),
    states: new TableRows('gen_timesheet_states', ['id', 'status', 'submitted_at', 'submission_key', 'findings', 'gross_cents', 'updated_at']),
    correctionStates: new TableRows('gen_timesheet_states', ['id', 'status', 'submitted_at', 'submission_key', 'findings', 'gross_cents', 'updated_at']),
    decisions: new TableRows('timesheet_decisions', ['timesheet_id', 'county_id', 'stage', 'decision', 'reason', 'decided_by', 'decided_at']),
    events: new TableRows('timesheet_events', ['timesheet_id', 'county_id', 'action', 'from_status', 'to_status', 'actor_user_id', 'actor_kind', 'reason_codes', 'note', 'at']),
    reviewItems: new TableRows('county_review_items', ['timesheet_id', 'county_id', 'provider_user_id', 'reason_codes', 'entered_at', 'touched_at', 'escalate_at', 'resolved_at', 'resolution']),
    payments: new TableRows('payments', [
      'id', 'payment_number', 'kind', 'timesheet_id', 'provider_user_id', 'case_id', 'county_id', 'pay_run_id', 'pay_period_start', 'pay_period_end', 'issue_date', 'rate_cents',
      'regular_minutes', 'overtime_minutes', 'travel_minutes', 'sick_minutes', 'regular_cents', 'overtime_cents', 'travel_cents', 'sick_cents', 'gross_cents', 'status', 'paid_at',
      'paid_on', 'settlement_id', 'net_cents', 'federal_wages_cents', 'social_security_wages_cents', 'medicare_wages_cents', 'state_wages_cents', 'sdi_wages_cents', 'tax_year',
      'paid_by', 'deposit_account_id', 'created_at',
    ]),
    deductions: new TableRows('payment_deductions', ['payment_id', 'county_id', 'kind', 'cents']),
    notifications: new TableRows('notifications', ['user_id', 'county_id', 'event', 'data', 'dedupe_key', 'created_at', 'read_at']),
    threads: new TableRows('message_threads', ['id', 'county_id', 'author_user_id', 'audience', 'audience_user_id', 'subject', 'requires_ack', 'created_at']),
    posts: new TableRows('message_posts', ['thread_id', 'county_id', 'author_user_id', 'participant_user_id', 'body', 'created_at']),
    messageRecipients: new TableRows('message_recipients', ['thread_id', 'user_id', 'county_id', 'read_at', 'first_read_at', 'acknowledged_at', 'reply_waiting_at']),
  };
}
type Tables = ReturnType<typeof tables>;

const REJECT_REASONS = ['Hours on some days are not the hours worked', 'I was in the hospital part of this period', 'Please correct the travel time'] as const;
const DENY_NOTES = ['Signature does not match the one on file', 'EVV visits do not support the hours claimed'] as const;
const DENY_CODES = ['SIGNATURE_DOES_NOT_MATCH', 'HOURS_NOT_SUPPORTED_BY_EVV'] as const;

/** What the run needs to know about time. */
interface Clock {
  now: number;
  today: IsoDate;
  older: DateSpan;
  last: DateSpan;
  current: DateSpan;
  runs: IsoDate[];
  runIds: Map<IsoDate, number>;
  settlements: Map<string, number>;
  /** Recipients and providers enrolled, rates and terms set, from this day (a few years back). */
  since: IsoDate;
}

export async function generateState(db: Db, pool: pg.Pool, opts: GenerateOptions): Promise<GenerateReport> {
  if (!(opts.scale > 0 && opts.scale <= MAX_SCALE)) throw new RangeError(`--scale must be more than 0 and at most ${MAX_SCALE}`);
  const started = performance.now();
  const log = opts.onProgress ?? (() => {});
  const client = await pool.connect();
  const w = new Writer(client);
  try {
    const { rows: existing } = await client.query(`SELECT 1 FROM users WHERE login_id LIKE 'gen.%' LIMIT 1`);
    if (existing.length > 0) throw new Error('This database already holds generated data: generate into an empty, migrated database.');
    await client.query('CREATE TEMP TABLE gen_timesheet_states (id bigint PRIMARY KEY, status text, submitted_at timestamptz, submission_key text, findings jsonb, gross_cents integer, updated_at timestamptz)');

    const now = opts.now.getTime();
    const today = californiaDate(now);
    const current = payPeriodOf(today);
    const last = payPeriodOf(addDays(current.start, -1));
    const older = payPeriodOf(addDays(last.start, -1));
    const since = `${Number(today.slice(0, 4)) - 3}-01-01`;
    // The months the visits, timesheet days and notices fall in, so each lands in its month's partition.
    await ensureMonthlyPartitionsBetween(db, addDays(older.start, -31), addDays(today, 62));
    const shares = countyShares();
    const providers = Math.max(58, Math.round(STATE.providers * opts.scale));
    const recipients = Math.max(58, Math.round(STATE.recipients * opts.scale));
    const perCountyProviders = apportion(providers, shares);
    const perCountyRecipients = apportion(recipients, shares);
    const staff = apportion(Math.max(58, Math.round(STATE.countyUsers * opts.scale)), shares);

    const counties = await setUpCounties(db, w, opts, { since, now, perCountyProviders, perCountyRecipients, staff });
    const runs = payRunDates(older.start, now);
    const clock: Clock = { now, today, older, last, current, runs, since, ...(await setUpPayRuns(db, counties, runs, older.start, now)) };
    log(`${providers} providers and ${recipients} recipients in 58 counties; pay periods ${older.start}..${last.end} and ${current.start}..${today} so far`);

    let recipientsDone = 0;
    let providersDone = 0;
    for (const county of counties) {
      county.firstRecipient = recipientsDone;
      county.firstProvider = providersDone;
      await writeRecipients(w, opts, clock, county);
      recipientsDone += county.recipients;
      const k = recipientsPerProvider(opts.seed, county.id, county.providers, county.recipients, county.assignments);
      let slot = 0;
      for (let from = 0; from < county.providers; from += PROVIDERS_A_CHUNK) {
        const to = Math.min(county.providers, from + PROVIDERS_A_CHUNK);
        slot = await writeProviders(w, opts, clock, county, k, from, to, slot);
      }
      providersDone += county.providers;
      log(`county ${county.id}: ${county.providers} providers, ${county.recipients} recipients (${Math.round((performance.now() - started) / 1000)} s)`);
    }
    await finish(w, clock);
    return { today, periods: { older, last, current }, providers, recipients, rows: w.rows, seconds: (performance.now() - started) / 1000 };
  } finally {
    await client.query('DROP TABLE IF EXISTS gen_timesheet_states').catch(() => {});
    client.release();
  }
}

async function setUpCounties(
  db: Db,
  w: Writer,
  opts: GenerateOptions,
  p: { since: IsoDate; now: number; perCountyProviders: number[]; perCountyRecipients: number[]; staff: number[] },
): Promise<County[]> {
  const created = new Date(californiaInstant(p.since, 9 * 60));
  await sql`INSERT INTO wage_rates (county_id, effective_from, rate_cents, note)
            SELECT id, ${p.since}::date, 1650 + (id * 37) % 900, 'EXAMPLE rate for generated benchmark data' FROM counties
            ON CONFLICT DO NOTHING`.execute(db);
  await sql`UPDATE counties SET random_hold_per_mille = ${RANDOM_HOLD_PER_MILLE} WHERE random_hold_per_mille = 0`.execute(db);
  const rates = await db.selectFrom('wage_rates').select(['county_id', 'effective_from', 'rate_cents']).orderBy('effective_from').execute();
  const settings = await db.selectFrom('counties').select(['id', 'random_hold_per_mille']).orderBy('id').execute();

  // Payroll staff: an admin and workers in proportion to the county's share of the state's 6,800 county users.
  const users = tables().users;
  const total = p.staff.reduce((s, n) => s + n, 0) + 58;
  let id = await w.reserve('users', total);
  const staffOf = new Map<number, { admin: number; workers: number[] }>();
  for (const c of settings) {
    const random = streamOf(opts.seed, KIND.staff, c.id);
    const admin = id++;
    users.add(admin, 'county_admin', `gen.c${c.id}.admin`, c.id, 'Bench', `Admin ${c.id}`, null, `gen.c${c.id}.admin@bench.example`, created, opts.passwordHash, created, 'en', created);
    const workers: number[] = [];
    for (let i = 0; i < p.staff[c.id - 1]!; i++) {
      workers.push(id);
      users.add(id++, 'county_worker', `gen.c${c.id}.w${i + 1}`, c.id, 'Bench', `Worker ${int(random, 100, 999)}`, null, `gen.c${c.id}.w${i + 1}@bench.example`, created, opts.passwordHash, created, 'en', created);
    }
    staffOf.set(c.id, { admin, workers });
  }
  await w.copy(users);

  const deduction = new TableRows('county_deduction_rates', ['county_id', 'effective_from', 'union_dues_cents_per_hour', 'health_premium_monthly_cents', 'note', 'set_by', 'set_at']);
  const out: County[] = [];
  for (const c of settings) {
    const random = streamOf(opts.seed, KIND.staff, c.id, 1);
    const unionDues = int(random, 30, 70);
    const healthPremium = random() < 0.8 ? int(random, 25, 60) * 100 : null;
    deduction.add(c.id, p.since, unionDues, healthPremium, 'EXAMPLE rates for generated benchmark data', staffOf.get(c.id)!.admin, created);
    const providers = p.perCountyProviders[c.id - 1]!;
    const recipients = p.perCountyRecipients[c.id - 1]!;
    out.push({
      id: c.id,
      providers,
      recipients,
      // A recipient has at most two providers here: slot j serves recipient j mod R.
      assignments: Math.min(2 * recipients, Math.max(providers, recipients, Math.round(providers * ASSIGNMENTS_PER_PROVIDER))),
      rate: countyRateFrom(
        rates.filter((r) => r.county_id === c.id).map((r) => ({ effective: r.effective_from, rateCents: r.rate_cents })),
        p.since,
      ),
      holdPerMille: c.random_hold_per_mille,
      unionDues,
      healthPremium,
      ...staffOf.get(c.id)!,
      threads: [],
      recipientUserBase: 0,
      caseBase: 0,
      firstRecipient: 0,
      firstProvider: 0,
    });
  }
  await w.copy(deduction);
  await countyThreads(w, opts, out, p.now);
  return out;
}

/** Two county-wide threads per county: a notice to acknowledge three weeks ago, a reminder three days ago. */
async function countyThreads(w: Writer, opts: GenerateOptions, counties: County[], now: number) {
  const t = tables();
  let id = await w.reserve('message_threads', counties.length * 2);
  for (const c of counties) {
    const author = c.workers[0] ?? c.admin;
    for (const [subject, body, ago, requiresAck] of [
      ['Electronic visit verification: what changes this month', 'Check in and out at every visit; live-in providers are exempt. Please acknowledge that you have read this notice.', 21, true],
      ['Pay period ending: submit your timesheets', 'The pay period ends soon. Submit each recipient\'s timesheet so your recipient can approve it in time.', 3, false],
    ] as const) {
      const at = now - ago * DAY;
      t.threads.add(id, c.id, author, 'county', null, subject, requiresAck, new Date(at));
      t.posts.add(id, c.id, author, null, body, new Date(at));
      c.threads.push({ id: id++, createdAt: at, requiresAck });
    }
  }
  await w.copy(t.threads, t.posts);
}

/** One pay run per business day whose run time has passed, and a payroll import per county and day after it. */
async function setUpPayRuns(db: Db, counties: County[], runs: IsoDate[], from: IsoDate, now: number) {
  const runIds = new Map<IsoDate, number>();
  for (const date of runs) {
    const r = await sql<{ id: number }>`
      INSERT INTO pay_runs (issue_date, scheduled_for, started_at) VALUES (${date}::date, ${date}::date, ${new Date(runInstant(date))})
      ON CONFLICT (scheduled_for) DO UPDATE SET scheduled_for = EXCLUDED.scheduled_for RETURNING id`.execute(db);
    runIds.set(date, Number(r.rows[0]!.id));
  }
  const settlements = new Map<string, number>();
  const days: IsoDate[] = [];
  for (let d = addDays(from, 1); californiaInstant(d, 10 * 60) < now; d = addDays(d, 1)) days.push(d);
  for (const c of counties) {
    const { rows } = await sql<{ id: number; day: string }>`
      INSERT INTO payment_settlements (county_id, file_name, file_sha256, lines, recorded, already, imported_by, imported_at)
      SELECT ${c.id}, 'acknowledgement-' || d || '.csv', encode(sha256(convert_to(${c.id}::text || d, 'UTF8')), 'hex'), 0, 0, 0, ${c.admin},
             (d::date + time '10:00') AT TIME ZONE 'America/Los_Angeles'
      FROM unnest(${days}::text[]) AS d
      RETURNING id, to_char(imported_at AT TIME ZONE 'America/Los_Angeles', 'YYYY-MM-DD') AS day`.execute(db);
    for (const r of rows) settlements.set(`${c.id}:${r.day}`, Number(r.id));
  }
  return { runIds, settlements };
}

async function writeRecipients(w: Writer, opts: GenerateOptions, clock: Clock, county: County) {
  county.recipientUserBase = await w.reserve('users', county.recipients);
  county.caseBase = await w.reserve('cases', county.recipients);
  const t = tables();
  const created = new Date(californiaInstant(clock.since, 9 * 60));
  for (let r = 0; r < county.recipients; r++) {
    const x = recipientOf(opts.seed, county.id, r);
    const login = String(FIRST_CASE_NUMBER + county.firstRecipient + r);
    const userId = county.recipientUserBase + r;
    const caseId = county.caseBase + r;
    t.users.add(userId, 'recipient', login, county.id, x.firstName, x.lastName, null, `r${login}@bench.example`, x.hasAccount ? created : null, x.hasAccount ? opts.passwordHash : null, x.hasAccount ? created : null, x.language, created);
    t.cases.add(caseId, login, county.id, userId, x.firstName, x.lastName, clock.since, x.street, x.city, x.zip, x.phone, x.home.lat, x.home.lng, created);
    t.authorizations.add(caseId, county.id, clock.since, x.monthlyMinutes, created);
    if (x.shareOfCostCents > 0) t.shareOfCost.add(caseId, county.id, clock.since, x.shareOfCostCents, county.workers[0] ?? county.admin, created);
    if (t.users.count >= RECIPIENTS_A_CHUNK) await w.copy(t.users, t.cases, t.authorizations, t.shareOfCost);
  }
  await w.copy(t.users, t.cases, t.authorizations, t.shareOfCost);
}

/** A provider as their payments and messages need them. */
interface ProviderWork {
  index: number;
  providerId: number;
  traits: ProviderTraits;
  assignments: Assignment[];
  caseIds: number[];
  drafts: Version[];
  destinationId: number | null;
  withholding: Withholding;
}

/** A timesheet version of the past periods: its plan, what the engine said at its submission, its pay if paid. */
interface Version extends Claimed {
  id: number;
  version: 1 | 2;
  supersedes: number | null;
  plan: Plan;
  /** When a correction of it was submitted. */
  supersededAt?: number;
  findings: string;
  gross: number | null;
  stub: PayStub | null;
}

/** Whether a version still counted as claimed at `at`: not rejected, denied or superseded by then. */
function claimedAt(v: Version, at: number): boolean {
  const p = v.plan;
  return !((p.decision === 'rejected' && p.decidedAt! < at) || (p.countyDecision === 'denied' && p.countyAt! < at) || (v.supersededAt !== undefined && v.supersededAt < at));
}

/**
 * What the engine said of each version when it was submitted (its findings and expected gross, the provider's
 * versions claimed by then counted first), and the pay of each paid one, in the order the pay runs paid them (the
 * versions paid before counted first): the pay run's `computePay`, its split by `payStubOf`.
 */
function figureClaims(assignments: Assignment[], county: County, all: Version[], clock: Clock): Version[] {
  let versions = all;
  for (let refused = true; refused; ) {
    refused = false;
    const submitted = versions.filter((v) => v.plan.submittedAt !== undefined).sort((x, y) => x.plan.submittedAt! - y.plan.submittedAt!);
    for (const v of submitted) {
      const at = v.plan.submittedAt!;
      const e = evaluateVersion(assignments, county.rate, v, submitted.filter((o) => o !== v && o.plan.submittedAt! < at && claimedAt(o, at)), californiaDate(at));
      if (!canSubmit(e.evaluation.findings)) {
        // Refused: it stays a draft (and so does a correction of it), and the others are figured again without it.
        v.plan = { final: 'draft', routed: false };
        delete v.supersededAt;
        versions = versions.filter((o) => o.supersedes !== v.id);
        refused = true;
        break;
      }
      const caseNumber = assignments[v.assignment]!.caseNumber;
      v.findings = JSON.stringify(e.evaluation.findings);
      v.gross = timesheetTotals({ caseNumber, payPeriod: v.span, recipients: e.recipients, priorEntries: e.priorEntries, entries: e.entries, evaluation: e.evaluation, rateKnown: county.rate.known }).expectedGrossCents;
    }
  }
  const paid = versions.filter((v) => v.plan.runDate !== undefined).sort((x, y) => runInstant(x.plan.runDate!) - runInstant(y.plan.runDate!) || x.id - y.id);
  paid.forEach((v, k) => {
    const e = evaluateVersion(assignments, county.rate, v, paid.slice(0, k), clock.today);
    v.stub = payStubOf({
      lines: e.evaluation.payPeriods.filter((l) => l.recipientId === assignments[v.assignment]!.caseNumber),
      travel: v.days.map((d) => ({ date: d.date, minutes: d.travel })),
      sickLeave: [],
      rateCents: county.rate.rateCents,
      rateChanges: county.rate.rateChanges,
      periodEnd: v.span.end,
    });
  });
  return versions;
}

/** Writes providers [from, to) of a county with all their work; returns the next recipient slot. */
async function writeProviders(w: Writer, opts: GenerateOptions, clock: Clock, county: County, k: Uint8Array, from: number, to: number, firstSlot: number): Promise<number> {
  const t = tables();
  const n = to - from;
  const userBase = await w.reserve('users', n);
  const destinationBase = await w.reserve('pay_destinations', n);
  let assignmentsInChunk = 0;
  for (let p = from; p < to; p++) assignmentsInChunk += k[p]!;
  // Per assignment: the older and last periods' first versions and, at most, a correction each; the current draft.
  const timesheetBase = await w.reserve('timesheets', assignmentsInChunk * 5);
  let nextTimesheet = timesheetBase;
  const work: ProviderWork[] = [];
  const created = new Date(californiaInstant(clock.since, 9 * 60));
  let slot = firstSlot;

  for (let p = from; p < to; p++) {
    const providerId = userBase + (p - from);
    const login = String(FIRST_PROVIDER_ID + county.firstProvider + p);
    const traits = providerTraits(opts.seed, county.id, p);
    const random = streamOf(opts.seed, KIND.claims, county.id, p);
    const worker = county.workers[p % Math.max(1, county.workers.length)] ?? county.admin;
    const enrolledOn = addDays(clock.since, int(random, 0, 700));
    const enrolledAt = new Date(californiaInstant(enrolledOn, 11 * 60));
    t.users.add(
      providerId, 'provider', login, county.id, traits.firstName, traits.lastName, traits.dateOfBirth, `p${login}@bench.example`,
      traits.setUp ? enrolledAt : null, traits.setUp ? opts.passwordHash : null, traits.setUp ? enrolledAt : null, traits.language, enrolledAt,
    );
    const street = `${int(random, 1, 9999)} Bench Ave`;
    const zip = `9${String(int(random, 0, 9999)).padStart(4, '0')}`;
    t.enrolments.add(providerId, county.id, addDays(enrolledOn, -14), addDays(enrolledOn, -7), traits.phone, street, 'Benchville', 'CA', zip, worker, enrolledAt);
    t.profiles.add(providerId, county.id, traits.phone, street, 'Benchville', 'CA', zip, enrolledAt);

    // The provider's recipients: consecutive slots; slot j is recipient j mod R, so a recipient in two slots has two providers.
    const assignments: Assignment[] = [];
    const caseIds: number[] = [];
    for (let j = slot; j < slot + k[p]!; j++) {
      const r = j % county.recipients;
      const recipient = recipientOf(opts.seed, county.id, r);
      const shared = j + county.recipients < county.assignments || j >= county.recipients;
      const primaryShare = Math.floor((recipient.monthlyMinutes * 0.6) / 15) * 15;
      const first = assignments.length === 0;
      assignments.push({
        recipientIndex: r,
        caseNumber: String(FIRST_CASE_NUMBER + county.firstRecipient + r),
        recipient,
        assignedMinutes: shared ? (j < county.recipients ? primaryShare : recipient.monthlyMinutes - primaryShare) : null,
        relationship: first ? traits.relationship : 'other',
        liveIn: first && traits.liveIn,
        travelAgreement: k[p]! > 1,
        weekdays: [],
        dailyMinutes: 0,
        tripMinutes: 0,
      });
      caseIds.push(county.caseBase + r);
    }
    slot += k[p]!;

    // Hours the engine accepts: cut until nothing would stop or queue a submission; a provider it never accepts
    // leaves the periods as drafts.
    planHours(random, assignments);
    let periods = [workDays(assignments, traits.dayStart, clock.older), workDays(assignments, traits.dayStart, clock.last)];
    let evaluations = evaluatePeriods(assignments, county.rate, periods, clock.today);
    for (let tries = 0; !clean(evaluations) && tries < 3; tries++) {
      for (const a of assignments) a.dailyMinutes = Math.max(15, Math.floor((a.dailyMinutes * 0.6) / 15) * 15);
      periods = [workDays(assignments, traits.dayStart, clock.older), workDays(assignments, traits.dayStart, clock.last)];
      evaluations = evaluatePeriods(assignments, county.rate, periods, clock.today);
    }
    const submittable = clean(evaluations);
    const currentDays = workDays(assignments, traits.dayStart, clock.current, clock.today);

    assignments.forEach((a, i) => {
      const start = addDays(enrolledOn, int(random, 0, 30));
      t.assignments.add(providerId, caseIds[i]!, county.id, start, a.assignedMinutes, a.liveIn, a.travelAgreement, new Date(californiaInstant(start, 12 * 60)));
      if (a.relationship !== 'other' || traits.unionMember || traits.healthPlan) {
        t.terms.add(providerId, caseIds[i]!, county.id, a.relationship, a.relationship !== 'other' && traits.sdiElected, traits.unionMember, traits.copeCents, traits.healthPlan, worker, enrolledAt);
      }
      if (a.liveIn) return;
      // Weekly plans, one per start time (a visit starts later on days with another recipient before it).
      const byStart = new Map<number, number[]>();
      for (const d of workDays(assignments, traits.dayStart, { start: clock.older.start, end: addDays(clock.older.start, 6) })) {
        if (d.assignment === i) byStart.set(d.start, [...(byStart.get(d.start) ?? []), weekday(d.date)]);
      }
      for (const [s, weekdays] of byStart) t.visitPlans.add(providerId, caseIds[i]!, county.id, providerId, clock.older.start, hhmm(s), hhmm(s + a.dailyMinutes), 'weekly', weekdays.sort(), created, created);
    });
    const elections = withholding(t, random, traits, providerId, county.id, clock);
    const destinationId = destination(t, random, opts, traits, providerId, destinationBase + (p - from), county.id, clock);

    // EVV: a visit (check-in, check-out) for every day worked for a recipient who is not the provider's live-in.
    const allDays = [...periods[0]!, ...periods[1]!, ...currentDays];
    const where = new Map<string, 'home' | 'community'>();
    for (const d of allDays) {
      const a = assignments[d.assignment]!;
      if (a.liveIn) continue;
      where.set(`${d.date}:${d.assignment}`, visit(t, random, providerId, caseIds[d.assignment]!, county.id, a, d));
    }
    openCheckIn(t, random, providerId, caseIds, assignments, county.id, clock);

    // Timesheets: the two past periods' versions by their plans (a correction after a recipient's rejection), then
    // the current period's drafts. Travel is claimed on the recipient travelled to, which the engine accepts only
    // beside the time claimed for the one travelled from (TRAVEL_NOT_BETWEEN_RECIPIENTS): a provider submits a
    // period's timesheets in the day's order, and one the engine would still refuse stays a draft.
    let versions: Version[] = [];
    for (const [pi, span] of [clock.older, clock.last].entries()) {
      let previous: Plan | undefined;
      assignments.forEach((_, i) => {
        const days = periods[pi]!.filter((d) => d.assignment === i);
        if (days.length === 0) return;
        const shares = pi === 0 ? OLDER_PERIOD : LAST_PERIOD;
        const after = previous === undefined ? submissionOpens(span.end) : previous.submittedAt;
        const target = submittable && after !== undefined ? pick(random, shares) : 'draft';
        const id = nextTimesheet++;
        const plan = planClaim(random, target === 'corrected' ? 'rejected' : target, (after ?? 0) + int(random, 1, 60) * MINUTE, clock.now, randomHoldPicks(id, county.holdPerMille), clock.runs);
        previous = plan;
        const first: Version = { id, version: 1, supersedes: null, assignment: i, span, days, plan, findings: '[]', gross: null, stub: null };
        versions.push(first);
        if (target !== 'corrected' || plan.final !== 'rejected_by_recipient') return;
        const v2 = nextTimesheet++;
        const corrections = shares.filter(([x]) => x !== 'corrected') as [Exclude<Target, 'corrected'>, number][];
        const second = planClaim(random, pick(random, corrections), plan.decidedAt! + 30 * MINUTE, clock.now, randomHoldPicks(v2, county.holdPerMille), clock.runs);
        if (second.submittedAt !== undefined) first.supersededAt = second.submittedAt;
        versions.push({ id: v2, version: 2, supersedes: id, assignment: i, span, days, plan: second, findings: '[]', gross: null, stub: null });
      });
    }
    versions = figureClaims(assignments, county, versions, clock);
    for (const v of versions) {
      const a = assignments[v.assignment]!;
      const ctx = { t, county, providerId, caseId: caseIds[v.assignment]!, recipientUser: county.recipientUserBase + a.recipientIndex, worker, a, where };
      if (v.version === 1) claimRows(ctx, v, clock, t.timesheets, t.days, t.states);
      else claimRows(ctx, v, clock, t.corrections, t.correctionDays, t.correctionStates);
    }
    assignments.forEach((a, i) => {
      const days = currentDays.filter((d) => d.assignment === i);
      if (days.length === 0) return;
      const ctx = { t, county, providerId, caseId: caseIds[i]!, recipientUser: county.recipientUserBase + a.recipientIndex, worker, a, where };
      const draft: Version = { id: nextTimesheet++, version: 1, supersedes: null, assignment: i, span: clock.current, days, plan: { final: 'draft', routed: false }, findings: '[]', gross: null, stub: null };
      claimRows(ctx, draft, clock, t.timesheets, t.days, t.states);
    });
    const drafts = versions.filter((v) => v.stub !== null);
    work.push({ index: p, providerId, traits, assignments, caseIds, drafts, destinationId, withholding: elections });
    countyThreadsRead(t, random, county, providerId, clock.now);
  }

  await w.copy(t.users, t.enrolments, t.profiles, t.assignments, t.terms, t.elections, t.destinations, t.visitPlans, t.taps, t.visits);
  await w.copy(t.timesheets, t.days);
  await applyStates(w, t.states);
  await w.copy(t.corrections, t.correctionDays);
  await applyStates(w, t.correctionStates);
  await w.copy(t.decisions, t.events, t.reviewItems);
  await writePayments(w, clock, county, work);
  await providerThreads(w, opts, clock, county, work);
  await w.copy(t.notifications, t.messageRecipients);
  return slot;
}

/** Moves the drafts just written (with their days) to the states of their plans, in one statement. */
async function applyStates(w: Writer, states: TableRows) {
  if (states.count === 0) return;
  await copyRows(w.client, states);
  await w.client.query(`
    UPDATE timesheets t SET status = s.status, submitted_at = s.submitted_at, submission_key = s.submission_key, findings = s.findings,
                            gross_cents = s.gross_cents, updated_at = s.updated_at
    FROM gen_timesheet_states s WHERE t.id = s.id`);
  await w.client.query('TRUNCATE gen_timesheet_states');
}


interface ClaimContext {
  t: Tables;
  county: County;
  providerId: number;
  caseId: number;
  recipientUser: number;
  worker: number;
  a: Assignment;
  where: Map<string, 'home' | 'community'>;
}

/** A version's row (as a draft), its days, and what its plan says happened to it: state, events, decisions, queue, notices. */
function claimRows(c: ClaimContext, v: Version, clock: Clock, rows: TableRows, dayRows: TableRows, states: TableRows) {
  const { t, county } = c;
  const { id, plan } = v;
  const createdAt = new Date(Math.min(clock.now - MINUTE, v.version === 1 ? californiaInstant(v.span.start, 8 * 60) : plan.submittedAt ?? clock.now - MINUTE));
  const lastAt = Math.max(createdAt.getTime(), plan.paidAt ?? 0, plan.runDate ? runInstant(plan.runDate) : 0, plan.countyAt ?? 0, plan.decidedAt ?? 0, plan.submittedAt ?? 0, v.supersededAt ?? 0);
  rows.add(id, c.providerId, c.caseId, county.id, v.span.start, v.span.end, v.version, v.supersedes, createdAt, new Date(lastAt));
  for (const d of v.days) {
    const place = c.where.get(`${d.date}:${d.assignment}`);
    dayRows.add(id, county.id, d.date, d.minutes, d.travel, c.a.liveIn ? null : hhmm(d.start), c.a.liveIn ? null : hhmm(d.start + d.minutes), place ?? 'home', place !== undefined, place !== undefined ? d.minutes : null);
  }
  if (plan.final === 'draft') return;
  const supersededAt = v.supersededAt;
  states.add(id, supersededAt !== undefined ? 'superseded' : plan.final, new Date(plan.submittedAt!), `gen-submission-${id}`, v.findings, v.gross, new Date(lastAt));
  const about = { payPeriodStart: v.span.start, payPeriodEnd: v.span.end, recipientName: `${c.a.recipient.firstName} ${c.a.recipient.lastName}`, caseNumber: c.a.caseNumber, timesheetId: id };
  const notice = (event: string, key: string, data: Record<string, unknown>, at: number) =>
    t.notifications.add(c.providerId, county.id, event, JSON.stringify(data), key, new Date(at), clock.now - at > 3 * DAY && (id + at) % 10 < 7 ? new Date(at + 6 * 3_600_000) : null);

  t.events.add(id, county.id, 'submit', 'draft', 'submitted', c.providerId, 'provider', [], null, new Date(plan.submittedAt!));
  if (plan.decision === undefined) return;
  const r = plan.decidedAt!;
  if (plan.decision === 'rejected') {
    const reason = REJECT_REASONS[id % REJECT_REASONS.length]!;
    t.decisions.add(id, county.id, 'recipient', 'rejected', reason, c.recipientUser, new Date(r));
    t.events.add(id, county.id, 'recipient_reject', 'submitted', 'rejected_by_recipient', c.recipientUser, 'recipient', [], reason, new Date(r));
    notice('timesheet_rejected', `timesheet_rejected:timesheet:${id}`, { ...about, by: 'recipient', reason }, r);
    if (supersededAt !== undefined) t.events.add(id, county.id, 'supersede', 'rejected_by_recipient', 'superseded', c.providerId, 'provider', [], 'v2', new Date(supersededAt));
    return;
  }
  t.decisions.add(id, county.id, 'recipient', 'approved', null, c.recipientUser, new Date(r));
  t.events.add(id, county.id, 'recipient_approve', 'submitted', 'approved_by_recipient', c.recipientUser, 'recipient', [], null, new Date(r));
  notice('timesheet_approved', `timesheet_approved:timesheet:${id}`, about, r);
  if (plan.routed) {
    t.events.add(id, county.id, 'route_to_county', 'approved_by_recipient', 'in_county_review', null, 'system', [RANDOM_HOLD], null, new Date(r));
    const escalate = new Date(oneBusinessDayAfter(r));
    if (plan.countyDecision === undefined) {
      t.reviewItems.add(id, county.id, c.providerId, [RANDOM_HOLD], new Date(r), new Date(r), escalate, null, null);
      return;
    }
    const at = plan.countyAt!;
    t.reviewItems.add(id, county.id, c.providerId, [RANDOM_HOLD], new Date(r), new Date(r), escalate, new Date(at), plan.countyDecision);
    if (plan.countyDecision === 'denied') {
      const note = DENY_NOTES[id % DENY_NOTES.length]!;
      const code = DENY_CODES[id % DENY_CODES.length]!;
      t.events.add(id, county.id, 'county_deny', 'in_county_review', 'denied', c.worker, 'county', [code], note, new Date(at));
      notice('timesheet_rejected', `timesheet_rejected:county:${id}`, { ...about, by: 'county', reason: note, reasonCodes: code }, at);
      return;
    }
    t.events.add(id, county.id, 'county_approve', 'in_county_review', 'approved', c.worker, 'county', [], null, new Date(at));
    notice('timesheet_approved', `timesheet_approved:county:${id}`, { ...about, by: 'county' }, at);
  } else {
    t.events.add(id, county.id, 'auto_approve', 'approved_by_recipient', 'approved', null, 'system', [], null, new Date(r));
  }
}

/** A visit of a day: its two taps and the record made of them, at home (captured, refused or unavailable) or in the community. */
function visit(t: Tables, random: () => number, providerId: number, caseId: number, countyId: number, a: Assignment, d: DayWork): 'home' | 'community' {
  const inAt = californiaInstant(d.date, d.start) + int(random, 0, 59) * 1000;
  const outAt = californiaInstant(d.date, d.start + d.minutes) + int(random, 0, 59) * 1000;
  const inKey = `g${providerId}-${d.date}-${d.assignment}-in`;
  const outKey = `g${providerId}-${d.date}-${d.assignment}-out`;
  const method = random() < 0.85 ? 'web' : 'phone';
  const received = (at: number) => new Date(at + int(random, 1, 20) * 1000);
  const inReceived = received(inAt);
  const outReceived = received(outAt);
  if (random() < 0.08) {
    t.taps.add(providerId, caseId, countyId, 'in', inKey, new Date(inAt), inReceived, 'community', 'not_required', null, null, null, method);
    t.taps.add(providerId, caseId, countyId, 'out', outKey, new Date(outAt), outReceived, null, null, null, null, null, method);
    t.visits.add(providerId, caseId, countyId, inKey, outKey, new Date(inAt), new Date(outAt), inReceived, outReceived, 'community', 'not_required', null, null, null, 'not_required', null, null, null, method, inReceived);
    return 'community';
  }
  const status = pick(random, [['captured', 95], ['refused', 3], ['unavailable', 2]] as const);
  const near = () => ({ lat: a.recipient.home.lat + (random() - 0.5) * 0.0006, lng: a.recipient.home.lng + (random() - 0.5) * 0.0006, accuracy: int(random, 5, 40) });
  const p = status === 'captured' ? near() : null;
  const q = status === 'captured' ? near() : null;
  t.taps.add(providerId, caseId, countyId, 'in', inKey, new Date(inAt), inReceived, 'home', status, p?.lat ?? null, p?.lng ?? null, p?.accuracy ?? null, method);
  t.taps.add(providerId, caseId, countyId, 'out', outKey, new Date(outAt), outReceived, null, status, q?.lat ?? null, q?.lng ?? null, q?.accuracy ?? null, method);
  t.visits.add(
    providerId, caseId, countyId, inKey, outKey, new Date(inAt), new Date(outAt), inReceived, outReceived, 'home', status, p?.lat ?? null, p?.lng ?? null, p?.accuracy ?? null,
    status, q?.lat ?? null, q?.lng ?? null, q?.accuracy ?? null, method, inReceived,
  );
  return 'home';
}

/** About 3 in 100 providers are at a visit now: checked in within the last two hours today, not yet out. */
function openCheckIn(t: Tables, random: () => number, providerId: number, caseIds: number[], assignments: Assignment[], countyId: number, clock: Clock) {
  const i = assignments.findIndex((a) => !a.liveIn);
  if (i < 0 || random() >= 0.03) return;
  const at = clock.now - int(random, 10, 120) * MINUTE;
  if (californiaDate(at) !== clock.today) return;
  const key = `g${providerId}-${clock.today}-open-in`;
  const received = new Date(at + 2000);
  t.taps.add(providerId, caseIds[i]!, countyId, 'in', key, new Date(at), received, 'community', 'not_required', null, null, null, 'web');
  t.visits.add(providerId, caseIds[i]!, countyId, key, null, new Date(at), null, received, null, 'community', 'not_required', null, null, null, null, null, null, null, 'web', received);
}

/**
 * A W-4 and a DE 4 for the few who asked for withholding, made long before the periods (after 90 days in payroll), in
 * force from the next 1st or 16th; the elections the pay run would read for the provider's payments.
 */
function withholding(t: Tables, random: () => number, traits: ProviderTraits, providerId: number, countyId: number, clock: Clock): Withholding {
  const madeOn = addDays(clock.since, int(random, 120, 500));
  const madeAt = new Date(californiaInstant(madeOn, 15 * 60));
  const from = payPeriodOf(madeOn).half === 1 ? `${madeOn.slice(0, 8)}16` : addDays(payPeriodOf(madeOn).end, 1);
  let federal: FederalElection | null = null;
  let state: StateElection | null = null;
  if (traits.federalWithholding) {
    federal = { filingStatus: pick(random, [['single', 6], ['married_jointly', 3], ['head_of_household', 1]] as const), multipleJobs: false, dependentsCents: 0, otherIncomeCents: 0, deductionsCents: 0, extraCents: 0, exempt: false };
    t.elections.add(providerId, countyId, 'federal', true, federal.filingStatus, false, 0, 0, 0, null, null, 0, false, from, madeAt, providerId);
  }
  if (traits.stateWithholding) {
    state = { filingStatus: pick(random, [['single', 6], ['married', 3], ['head_of_household', 1]] as const), allowances: int(random, 0, 3), estimatedDeductionAllowances: 0, extraCents: 0, exempt: false };
    t.elections.add(providerId, countyId, 'state', true, state.filingStatus, null, null, null, null, state.allowances, 0, 0, false, from, madeAt, providerId);
  }
  return { federal, state, from };
}

interface Withholding {
  federal: FederalElection | null;
  state: StateElection | null;
  from: IsoDate;
}

/**
 * Direct deposit (held, pre-noted, then live, long before the periods) for most; no row means a warrant by mail. The
 * account number is encrypted as the portal encrypts it (under the data key, bound to the provider). Returns the
 * destination's id, or null for a warrant.
 */
function destination(t: Tables, random: () => number, opts: GenerateOptions, traits: ProviderTraits, providerId: number, id: number, countyId: number, clock: Clock): number | null {
  if (!traits.directDeposit) return null;
  const requestedOn = addDays(clock.since, int(random, 30, 600));
  const timeline = depositTimeline('direct_deposit', requestedOn, 3);
  const account = accountNumber(random);
  t.destinations.add(
    id, providerId, countyId, 'direct_deposit', routingNumber(random), random() < 0.85 ? 'checking' : 'savings', encryptField(opts.dataKey, account, accountNumberAad(providerId)),
    account.slice(-4), new Date(californiaInstant(requestedOn, 14 * 60)), providerId, 3, timeline.holdEndsOn, timeline.prenoteSettlesOn, timeline.liveFrom,
  );
  return id;
}

/** The county-wide threads reach every provider; most have read them, and most of those acknowledged the one that asks. */
function countyThreadsRead(t: Tables, random: () => number, county: County, providerId: number, now: number) {
  for (const th of county.threads) {
    const read = random() < 0.6 ? new Date(Math.min(now - MINUTE, th.createdAt + int(random, 1, 72) * 3_600_000)) : null;
    t.messageRecipients.add(th.id, providerId, county.id, read, read, th.requiresAck && read && random() < 0.7 ? read : null, null);
  }
}

/** About 2 in 100 providers have a thread of their own with county staff; half of them have answered. */
async function providerThreads(w: Writer, opts: GenerateOptions, clock: Clock, county: County, work: ProviderWork[]) {
  const t = tables();
  const chosen = work.filter((p) => streamOf(opts.seed, KIND.message, county.id, p.index)() < 0.02);
  let threadId = await w.reserve('message_threads', chosen.length);
  for (const p of chosen) {
    const random = streamOf(opts.seed, KIND.message, county.id, p.index, 1);
    const at = clock.now - int(random, 2, 20) * DAY;
    const author = county.workers[p.index % Math.max(1, county.workers.length)] ?? county.admin;
    t.threads.add(threadId, county.id, author, 'one', p.providerId, 'About your timesheet', false, new Date(at));
    t.posts.add(threadId, county.id, author, null, 'Please call the IHSS office about your last timesheet.', new Date(at));
    const reply = at + int(random, 1, 30) * 3_600_000;
    const answered = random() < 0.5 && reply < clock.now ? new Date(reply) : null;
    if (answered) t.posts.add(threadId, county.id, p.providerId, p.providerId, 'I will call tomorrow morning.', answered);
    t.messageRecipients.add(threadId, p.providerId, county.id, answered, answered, null, answered);
    threadId += 1;
  }
  await w.copy(t.threads, t.posts, t.messageRecipients);
}

/** Payments of the issued and paid claims, figured in issue order with what the provider was paid before. */
async function writePayments(w: Writer, clock: Clock, county: County, providers: ProviderWork[]) {
  const count = providers.reduce((s, p) => s + p.drafts.length, 0);
  if (count === 0) return;
  const t = tables();
  const paymentBase = await w.reserve('payments', count);
  const numberBase = await w.reserveSequence('payment_number_seq', count);
  let next = 0;
  const runTotals = new Map<IsoDate, { n: number; cents: number }>();
  for (const p of providers) {
    const earlier = new Map<string, number>();
    const add = (key: string, cents: number) => earlier.set(key, (earlier.get(key) ?? 0) + cents);
    const get = (key: string) => earlier.get(key) ?? 0;
    const ordered = [...p.drafts].sort((a, b) => runInstant(a.plan.runDate!) - runInstant(b.plan.runDate!) || a.id - b.id);
    for (const d of ordered) {
      const a = p.assignments[d.assignment]!;
      const id = paymentBase + next;
      const number = `P${d.plan.runDate!.slice(0, 4)}-${String(numberBase + next).padStart(8, '0')}`;
      next += 1;
      const issueDate = d.plan.runDate!;
      const issuedAt = runInstant(issueDate) + (next % 3_000) * 100;
      const stub = d.stub!;
      const year = issueDate.slice(0, 4);
      const month = Number(issueDate.slice(5, 7));
      const quarter = `${year}-Q${Math.floor((month - 1) / 3)}`;
      const serviceMonth = monthOf(d.span.start);
      const pc = `${a.caseNumber}`;
      const net: NetPay = netPayOf({
        payDate: issueDate,
        grossCents: stub.cents.gross,
        paidMinutes: stub.minutes.regular + stub.minutes.overtime + stub.minutes.travel + stub.minutes.sick,
        relationship: a.relationship,
        sdiElected: a.relationship !== 'other' && p.traits.sdiElected,
        liveInExcluded: a.liveIn,
        federal: issueDate >= p.withholding.from ? p.withholding.federal : null,
        state: issueDate >= p.withholding.from ? p.withholding.state : null,
        unionDues: p.traits.unionMember && county.unionDues !== null ? { centsPerHour: county.unionDues } : null,
        cope: p.traits.copeCents !== null ? { centsPerPayment: p.traits.copeCents } : null,
        healthPremium: p.traits.healthPlan && county.healthPremium !== null ? { monthlyCents: county.healthPremium } : null,
        shareOfCost: a.recipient.shareOfCostCents > 0 ? { monthlyCents: a.recipient.shareOfCostCents } : null,
        earlier: {
          yearGrossCents: get(`${pc}:${year}:gross`),
          yearSocialSecurityWagesCents: get(`${pc}:${year}:ss`),
          yearMedicareWagesCents: get(`${pc}:${year}:medicare`),
          quarterGrossCents: get(`${pc}:${quarter}:gross`),
          quarterSdiWagesCents: get(`${pc}:${quarter}:sdi`),
          shareOfCostTakenCents: get(`${pc}:${serviceMonth}:soc`),
        },
        healthPremiumTakenThisMonthCents: get(`${issueDate.slice(0, 7)}:premium`),
      });
      add(`${pc}:${year}:gross`, stub.cents.gross);
      add(`${pc}:${year}:ss`, net.wages.socialSecurity);
      add(`${pc}:${year}:medicare`, net.wages.medicare);
      add(`${pc}:${quarter}:gross`, stub.cents.gross);
      add(`${pc}:${quarter}:sdi`, net.wages.sdi);
      add(`${pc}:${serviceMonth}:soc`, net.deductions.find((x) => x.kind === 'share_of_cost')!.cents);
      add(`${issueDate.slice(0, 7)}:premium`, net.deductions.find((x) => x.kind === 'health_premium')!.cents);

      const paid = d.plan.final === 'paid';
      const settlement = paid ? clock.settlements.get(`${county.id}:${d.plan.paidOn}`) : undefined;
      if (paid && settlement === undefined) throw new Error(`no acknowledgement import for county ${county.id} on ${d.plan.paidOn}`);
      const caseId = p.caseIds[d.assignment]!;
      t.payments.add(
        id, number, 'timesheet', d.id, p.providerId, caseId, county.id, clock.runIds.get(issueDate)!, d.span.start, d.span.end, issueDate, stub.rateCents,
        stub.minutes.regular, stub.minutes.overtime, stub.minutes.travel, stub.minutes.sick, stub.cents.regular, stub.cents.overtime, stub.cents.travel, stub.cents.sick,
        stub.cents.gross, paid ? 'paid' : 'issued', paid ? new Date(d.plan.paidAt!) : null, paid ? d.plan.paidOn! : null, settlement ?? null, net.netCents, net.wages.federal,
        net.wages.socialSecurity, net.wages.medicare, net.wages.state, net.wages.sdi, net.year, p.destinationId !== null ? 'direct_deposit' : 'warrant',
        p.destinationId, new Date(issuedAt),
      );
      // Only the deductions taken, as the pay run stores them (a missing kind reads as zero; migration 0022).
      for (const d of net.deductions) if (d.cents !== 0) t.deductions.add(id, county.id, d.kind, d.cents);
      t.events.add(d.id, county.id, 'issue_payment', 'approved', 'payment_issued', null, 'system', [], number, new Date(issuedAt));
      const readLater = (at: number) => (clock.now - at > 3 * DAY && id % 10 < 7 ? new Date(at + 6 * 3_600_000) : null);
      const period = { payPeriodStart: d.span.start, payPeriodEnd: d.span.end, paymentId: id };
      const soc = net.deductions.find((x) => x.kind === 'share_of_cost')!.cents;
      t.notifications.add(p.providerId, county.id, 'payment_issued', JSON.stringify({ amount: dollars(net.netCents), payDate: issueDate, ...period, ...(soc > 0 ? { shareOfCost: dollars(soc), recipientName: `${a.recipient.firstName} ${a.recipient.lastName}` } : {}) }), `payment_issued:payment:${id}`, new Date(issuedAt), readLater(issuedAt));
      if (paid) {
        t.events.add(d.id, county.id, 'mark_paid', 'payment_issued', 'paid', null, 'system', [], null, new Date(d.plan.paidAt!));
        t.notifications.add(p.providerId, county.id, 'payment_paid', JSON.stringify({ amount: dollars(net.netCents), paidOn: d.plan.paidOn, paymentNumber: number, ...period }), `payment_paid:payment:${id}`, new Date(d.plan.paidAt!), readLater(d.plan.paidAt!));
      }
      const total = runTotals.get(issueDate) ?? { n: 0, cents: 0 };
      runTotals.set(issueDate, { n: total.n + 1, cents: total.cents + stub.cents.gross });
    }
  }
  // A payment and its deductions commit together: the net is checked against them at commit.
  await w.client.query('BEGIN');
  try {
    await w.copy(t.payments, t.deductions);
    await w.client.query('COMMIT');
  } catch (err) {
    await w.client.query('ROLLBACK');
    throw err;
  }
  await w.copy(t.events, t.notifications);
  for (const [date, total] of runTotals) {
    await w.client.query('UPDATE pay_runs SET payments = payments + $2, total_cents = total_cents + $3 WHERE id = $1', [clock.runIds.get(date), total.n, total.cents]);
  }
}

/** The end of the run: each pay run's end, the payroll imports' line counts (and the days without one removed). */
async function finish(w: Writer, clock: Clock) {
  await w.client.query(`UPDATE pay_runs SET finished_at = started_at + make_interval(mins => 1 + payments / 5000) WHERE id = ANY($1::bigint[])`, [[...clock.runIds.values()]]);
  await w.client.query(`
    UPDATE payment_settlements s SET lines = n, recorded = n FROM (SELECT settlement_id, count(*)::int AS n FROM payments WHERE settlement_id = ANY($1::bigint[]) GROUP BY settlement_id) p
    WHERE s.id = p.settlement_id`, [[...clock.settlements.values()]]);
  const { rowCount } = await w.client.query(`DELETE FROM payment_settlements WHERE id = ANY($1::bigint[]) AND lines = 0`, [[...clock.settlements.values()]]);
  w.count('payment_settlements', clock.settlements.size - (rowCount ?? 0));
  w.count('pay_runs', clock.runIds.size);
  await w.client.query('ANALYZE');
}

