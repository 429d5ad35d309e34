import type { FastifyInstance, FastifyPluginAsync, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { pino } from 'pino';
import type { Role } from '../../contracts/auth.js';
import type { Db } from '../../db/connection.js';
import { DEMO_PASSWORD } from '../../db/seed/demo.js';
import { californiaDate } from '../../domain/index.js';
import { buildApp } from '../app.js';
import { seedDemoData } from '../demo-seed.js';
import { createMailer, type Mailer } from '../features/mail/service.js';
import type { Mail } from '../features/mail/templates.js';
import type { Clock } from '../lib/clock.js';
import { hashPassword } from '../lib/passwords.js';
import { createUser, freshTotpCode, testConfig } from '../testing/test-app.js';
import type { Caller, FuzzRequest } from './generate.js';
import { routesOf, type FuzzContext, type RouteSpec } from './route-spec.js';
import { Rng } from './rng.js';

/**
 * Tables a refused request may legitimately write, left out of the "a refusal changed nothing" check, and why.
 * Everything else in the schema is watched, tables added by later migrations included.
 */
export const UNWATCHED_TABLES: Record<string, string> = {
  audit_events: 'the audit trail records refusals (denied access, failed sign-ins) by design',
  sessions: 'each signed-in request moves the idle clock, and the request that finds a session expired ends it',
  rate_limit_hits: 'every request to a rate-limited route is counted, refused or not',
  sign_in_failures: 'a refused sign-in counts against the ID it tried, known or not: that count is the lockout',
};

/** Columns of watched tables that count refusals (a wrong one-time code counts a try): a change to them alone is not a change. */
export const UNWATCHED_COLUMNS: Record<string, readonly string[]> = {
  auth_flows: ['code_attempts'],
  contact_changes: ['code_attempts'],
  // A wrong texted code counts a try; a passkey answer uses up its challenge whether or not it verifies (one answer each).
  factor_challenges: ['attempts', 'consumed_at'],
};

/**
 * A row-level trigger on every watched table logs each committed insert, delete and real update (one that
 * changes a watched column) to fuzz_write_log. A refused request must leave the log's last id where it was:
 * an exact per-request check that costs one index lookup, where hashing every table would cost a scan.
 * Rolled-back writes leave no row, so a refusal that undid its own work passes, as it should.
 * The trigger's arguments (TG_ARGV) name a table's unwatched columns; with none, TG_ARGV is NULL, not empty.
 */
async function installWriteLog(db: Db): Promise<void> {
  await sql`CREATE TABLE fuzz_write_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tbl text NOT NULL, op text NOT NULL, columns text[])`.execute(db);
  await sql`
    CREATE FUNCTION fuzz_log_write() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      changed text[];
    BEGIN
      IF TG_OP = 'UPDATE' THEN
        SELECT array_agg(n.key ORDER BY n.key) INTO changed
        FROM jsonb_each(to_jsonb(NEW)) n JOIN jsonb_each(to_jsonb(OLD)) o USING (key)
        WHERE n.value IS DISTINCT FROM o.value AND NOT (n.key = ANY (coalesce(TG_ARGV, '{}')));
        IF changed IS NULL THEN RETURN NULL; END IF;
      END IF;
      INSERT INTO fuzz_write_log (tbl, op, columns) VALUES (TG_TABLE_NAME, TG_OP, changed);
      RETURN NULL;
    END $$`.execute(db);
  const { rows } = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> 'fuzz_write_log'
    ORDER BY 1`.execute(db);
  for (const table of rows.map((r) => r.name).filter((t) => !(t in UNWATCHED_TABLES))) {
    const args = (UNWATCHED_COLUMNS[table] ?? []).map((c) => sql.lit(c));
    await sql`CREATE TRIGGER fuzz_log_write AFTER INSERT OR UPDATE OR DELETE ON ${sql.table(table)}
              FOR EACH ROW EXECUTE FUNCTION fuzz_log_write(${sql.join(args)})`.execute(db);
  }
}

/**
 * The demo outbox, with the mail still being written known: a password reset sends its code after answering (on
 * purpose: auth/service.ts), so without waiting for it the outbox row would land during the next request.
 */
class TrackedMailer implements Mailer {
  private pending = new Set<Promise<void>>();

  constructor(private readonly inner: Mailer) {}

  send(to: string, mail: Mail): Promise<void> {
    const sending = this.inner.send(to, mail);
    this.pending.add(sending);
    const done = () => void this.pending.delete(sending);
    sending.then(done, done);
    return sending;
  }

  async idle() {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }
}

const SIGN_IN: Record<Role, { accountType: 'provider' | 'recipient' | 'staff'; loginId: string }> = {
  provider: { accountType: 'provider', loginId: '900000001' },
  recipient: { accountType: 'recipient', loginId: '9000001' },
  county_worker: { accountType: 'staff', loginId: 'demo.worker' },
  county_admin: { accountType: 'staff', loginId: 'demo.admin' },
  state_admin: { accountType: 'staff', loginId: 'demo.state' },
};
const STAFF_VICTIM = 'fuzz.victim';
const USER_AGENT = 'Mozilla/5.0 (Linux; Android 14) Chrome/131.0 Mobile';

/** Path and query parameters that name rows, and the table each names. */
const ID_TABLES = {
  timesheetId: 'timesheets',
  recordId: 'evv_records',
  planId: 'visit_plans',
  claimId: 'sick_leave_claims',
  threadId: 'message_threads',
  assignmentId: 'assignments',
  violationId: 'violations',
  paymentId: 'payments',
  destinationId: 'pay_destinations',
  ids: 'notifications',
} as const;

export interface Sent {
  res: LightMyRequestResponse;
  /** Whether the request got past access, CSRF, parsing and validation to the route's handler. */
  handlerReached: boolean;
  /** The error the app's handler was given, when there was one (the cause of a 5xx). */
  error: unknown;
}

/**
 * A browser of one role (or none): its cookies and CSRF token. Any answer that touches its session (a sign-in or
 * sign-out it was fuzzed with, a 401 after a deactivation or a county's new timeout) makes it sign in afresh
 * before its next request.
 */
class Browser {
  private cookies = new Map<string, string>();
  csrf = '';
  private fresh = false;

  constructor(
    private readonly world: World,
    readonly role: Role | 'anonymous',
  ) {}

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  invalidate() {
    this.fresh = false;
  }

  keep(res: LightMyRequestResponse) {
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      if (c.name === 'ihss_session') this.fresh = false;
      const gone = c.value === '' || c.maxAge === 0 || (c.expires !== undefined && c.expires.getTime() <= this.world.clock.now().getTime());
      if (gone) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const type = String(res.headers['content-type'] ?? '');
    if (type.includes('json')) {
      const body = JSON.parse(res.body) as { csrfToken?: unknown };
      if (typeof body.csrfToken === 'string') this.csrf = body.csrfToken;
    }
  }

  private async call(method: string, url: string, payload?: unknown) {
    const res = await this.world.app.inject({
      method: method as 'GET',
      url,
      remoteAddress: this.world.nextIp(),
      headers: { cookie: this.cookieHeader(), 'x-csrf-token': this.csrf, 'user-agent': USER_AGENT },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
    this.keep(res);
    return res;
  }

  /** A valid request of the fixture (not fuzzed): it must succeed. */
  async must(method: string, url: string, payload?: unknown) {
    await this.ready();
    const res = await this.call(method, url, payload);
    if (res.statusCode >= 300) {
      throw new Error(`fixture request ${method} ${url} as ${this.role} answered ${res.statusCode}: ${res.body.slice(0, 300)}`, { cause: this.world.lastError });
    }
    return res.json() as Record<string, unknown>;
  }

  async ready() {
    if (this.fresh) return;
    this.cookies.clear();
    this.csrf = '';
    await this.call('GET', '/api/session');
    if (this.role !== 'anonymous') {
      const signIn = SIGN_IN[this.role];
      let res = await this.call('POST', '/api/auth/sign-in', { ...signIn, password: DEMO_PASSWORD });
      if (res.statusCode !== 200) {
        await this.world.repair(signIn.loginId);
        res = await this.call('POST', '/api/auth/sign-in', { ...signIn, password: DEMO_PASSWORD });
      }
      if (res.statusCode !== 200) throw new Error(`the fuzzer's ${this.role} cannot sign in again: ${res.statusCode} ${res.body.slice(0, 300)}`);
      if ((res.json() as { secondFactor?: unknown }).secondFactor) {
        res = await this.call('POST', '/api/auth/second-factor/totp', { code: await freshTotpCode(this.world.app, signIn.loginId) });
        if (res.statusCode !== 200) throw new Error(`the fuzzer's ${this.role} cannot finish signing in: ${res.statusCode} ${res.body.slice(0, 300)}`);
      }
      this.world.signIns++;
      await this.call('GET', '/api/session');
    }
    this.fresh = true;
  }
}

export class World {
  signIns = 0;
  /** The last error the app's handler was given. */
  lastError: unknown;
  private handlerReached = false;
  private ipRng: Rng;
  private browsers = new Map<Caller, Browser>();
  private passwordHash: Promise<string> | undefined;
  routes: RouteSpec[] = [];

  constructor(
    readonly app: FastifyInstance,
    readonly db: Db,
    readonly clock: Clock,
    seed: number,
    private readonly mail: TrackedMailer,
  ) {
    this.ipRng = new Rng(seed);
    app.addHook('onError', async (_request, _reply, error) => {
      this.lastError = error;
    });
    app.addHook('preHandler', async () => {
      this.handlerReached = true;
    });
  }

  /** Each request from its own address, so the per-IP limits refuse no more than they would a crowd. */
  nextIp() {
    return `10.${this.ipRng.int(256)}.${this.ipRng.int(256)}.${1 + this.ipRng.int(254)}`;
  }

  browser(caller: Caller): Browser {
    let b = this.browsers.get(caller);
    if (!b) this.browsers.set(caller, (b = new Browser(this, caller)));
    return b;
  }

  /** Puts a fuzzer's own account back as it was: active, unlocked, with the demo password. */
  async repair(loginId: string) {
    this.passwordHash ??= hashPassword(DEMO_PASSWORD);
    await this.db.updateTable('users').set({ status: 'active', deactivated_reason: null, password_hash: await this.passwordHash }).where('login_id', '=', loginId).execute();
    await this.db.deleteFrom('sign_in_failures').execute();
  }

  async context(): Promise<FuzzContext> {
    const ids: Record<string, number[]> = {};
    for (const [param, table] of Object.entries(ID_TABLES)) {
      const { rows } = await sql<{ id: number }>`SELECT id FROM ${sql.table(table)} ORDER BY id DESC LIMIT 5`.execute(this.db);
      ids[param] = rows.map((r) => Number(r.id));
    }
    const now = this.clock.now();
    return {
      today: californiaDate(now),
      now,
      ids,
      caseNumbers: ['9000001', '9000001', '9000002', '9000004'],
      providerIds: ['900000001', '900000002', '900000003'],
      recipientLoginIds: ['9000002', '9000003'],
      staffVictims: [STAFF_VICTIM],
      password: DEMO_PASSWORD,
    };
  }

  /** The id of the last logged write: unchanged across a request means the request wrote nothing watched. */
  async writeMark(): Promise<number> {
    const { rows } = await sql<{ mark: number }>`SELECT coalesce(max(id), 0) AS mark FROM fuzz_write_log`.execute(this.db);
    return Number(rows[0]!.mark);
  }

  async writesSince(mark: number): Promise<string[]> {
    const { rows } = await sql<{ tbl: string; op: string; columns: string[] | null }>`
      SELECT tbl, op, columns FROM fuzz_write_log WHERE id > ${mark} ORDER BY id LIMIT 20`.execute(this.db);
    return rows.map((r) => `${r.op} ${r.tbl}${r.columns ? ` (${r.columns.join(', ')})` : ''}`);
  }

  /**
   * Before the write mark is taken: lets the mail of earlier requests land, and signs the request's caller in again
   * if a fuzzed request ended its session.
   */
  async prepare(req: FuzzRequest) {
    await this.mail.idle();
    await this.browser(req.caller).ready();
  }

  /** Sends a fuzzed request as its (prepared) caller, whose cookie and token go along unless the request replaces them. */
  async send(req: FuzzRequest): Promise<Sent> {
    const browser = this.browser(req.caller);
    const headers: Record<string, string> = { cookie: browser.cookieHeader(), 'x-csrf-token': browser.csrf, 'user-agent': USER_AGENT };
    for (const [k, v] of Object.entries(req.headers)) {
      if (v === null) delete headers[k];
      else headers[k] = v;
    }
    this.lastError = undefined;
    this.handlerReached = false;
    const res = await this.app.inject({ method: req.method as 'GET', url: req.url, headers, remoteAddress: this.nextIp(), ...(req.body === undefined ? {} : { payload: req.body }) });
    // A request with its own cookie, token, origin and host is the caller's: a 401 or CSRF refusal then means its
    // session or token is no longer good (a fuzzed sign-out, a county's shorter timeout), not that the request was odd.
    const own = !['cookie', 'x-csrf-token', 'origin', 'referer', 'host'].some((h) => h in req.headers);
    if (own) {
      browser.keep(res);
      if (res.statusCode === 401 || (res.statusCode === 403 && res.body.includes('"csrf"'))) browser.invalidate();
    }
    return { res, handlerReached: this.handlerReached, error: res.statusCode >= 500 ? this.lastError : undefined };
  }

  close() {
    return this.app.close();
  }
}

/** The period's first day (the 1st or the 16th) of a California day. */
const periodStart = (day: string) => `${day.slice(0, 8)}${Number(day.slice(8)) <= 15 ? '01' : '16'}`;

/**
 * The world the fuzzer attacks: the demo data, a staff victim, the write log, the app (demo mode, so the demo-only
 * routes are fuzzed too), and a few records made through the API so that id parameters name real rows.
 */
export async function openWorld(db: Db, clock: Clock, seed: number, plant?: FastifyPluginAsync): Promise<World> {
  const config = testConfig({ demo: true });
  await seedDemoData(db, config, clock.now());
  await createUser(db, config, { role: 'county_admin', loginId: STAFF_VICTIM, countyId: 19 });
  await installWriteLog(db);
  const mail = new TrackedMailer(createMailer({ smtpUrl: undefined, from: config.mailFrom, db, log: pino({ level: 'silent' }) }));
  const app = await buildApp({ config, clock, db, logger: false, mailer: mail });
  // The fuzzer's own test plants a faulty route here, to see that the fuzzer reports it.
  if (plant) await app.register(plant);
  const world = new World(app, db, clock, seed, mail);
  await app.ready();
  world.routes = routesOf(app.swagger(), app.routeTable);

  const now = clock.now();
  const provider = world.browser('provider');
  await provider.must('POST', '/api/timesheets/open', { caseNumber: '9000001', payPeriodStart: periodStart(californiaDate(now)) });
  const tapped = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * 3_600_000).toISOString();
  await provider.must('POST', '/api/evv/check-in', { idempotencyKey: 'fuzz-fixture-in', caseNumber: '9000001', tappedAt: tapped(3), locationType: 'community' });
  await provider.must('POST', '/api/evv/check-out', { idempotencyKey: 'fuzz-fixture-out', caseNumber: '9000001', tappedAt: tapped(2) });
  await world.browser('county_worker').must('POST', '/api/staff/messages', { audience: 'one', providerId: '900000001', subject: 'Fuzz fixture', body: 'Please confirm.', requiresAck: true });
  return world;
}
