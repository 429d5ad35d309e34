/**
 * `npm run bench:load [-- --scale S] [--rounds N] [--seconds T] [--connections C] [--submissions K] [--only NAME ...] [--no-build] [--cpu-prof DIR]`:
 * issue #16's "Load, side by side with the limits". It generates the state's data at scale S (bench/generate; 0.02
 * by default, Los Angeles about 40% of it) into a throwaway embedded PostgreSQL, builds the server (`npm run
 * build:server`) and starts it as production does (`node dist/server/main.js`, NODE_ENV=production, no demo data), then
 * drives it with autocannon. Each scenario runs beside its baseline in interleaved rounds (A B A B ..., C connections
 * or concurrent callers each), so both see the same machine:
 *
 * | Scenario                                        | Baseline                                                   | Goal                 |
 * | Provider dashboard (GET /api/dashboard)         | a bare Fastify "hello" (hello.ts) in a process of its own   | >= 0.10, p99 < 100 ms |
 * | Sign-in (POST /api/auth/sign-in)                | raw argon2id verifies of the same hash (passwords.ts)      | >= 0.80              |
 * | EVV check-in + check-out (pairs)                | single-row INSERTs into a copy of evv_records              | >= 0.30              |
 * | Timesheet submission (rules + durable write)    | TPC-B transactions (pgbench's, over pgbench-shaped tables) | >= 0.40              |
 * | County review queue, Los Angeles (GET)          | the same workers' session check (GET /api/session)         | p99 < 50 ms          |
 *
 * and the server process's peak resident memory (VmHWM, sampled with VmRSS during each scenario) against 250 MB.
 * Beside the table it prints where the CPU went (cpu.ts): the milliseconds of CPU each operation took in the server's
 * event loop, its other threads, PostgreSQL and the load generator, and the share of the cores left idle, for each
 * scenario and (all parts together) its baseline. Last, for each scenario of signed-in requests with a ratio goal, the
 * most it could reach if its requests did nothing but pass the session check, whose rate the queue's baseline measures.
 *
 * Every signed-in request is made by accounts signed in through the API with BENCH_PASSWORD: providers (distinct
 * ones per scenario), and Los Angeles payroll workers, who add an authenticator app at their first sign-in as staff
 * must. Every write has its own idempotency key; a provider's check-in and check-out are made one after the other
 * on one connection, and no two connections share a provider, so taps never overlap; each submission submits a
 * different draft of the current pay period (the generator's), so submission rounds run a set number of requests.
 *
 * The server's environment differs from production's only where a benchmark must: its clock, keys and mail are its
 * own (a local SMTP sink), logs at warn, and TRUST_PROXY=true with every sign-in sent as from an address of its own
 * (X-Forwarded-For), as the state's sign-ins come from many networks. The per-IP limits (30 sign-ins per 5 minutes,
 * auth/routes.ts) are not changed: from one address they would refuse all but the first 30.
 *
 * It prints each goal as met or not; it asserts nothing about time (issue #16's figures are ratios on a noisy
 * machine) and exits 1 only when the run itself fails.
 */
import autocannon from 'autocannon';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { TOTP, Secret } from 'otpauth';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { freePort } from '../../src/db/testing/free-port';
import { californiaDate, payPeriodOf } from '../../src/domain/index';
import { systemClock } from '../../src/server/lib/clock';
import { hashPassword, verifyPassword } from '../../src/server/lib/passwords';
import { startServerProcess, stopServerProcess, type ServerProcess } from '../../src/server/testing/server-process';
import { withThrowawayDatabase } from '../pay-run/database';
import { BENCH_PASSWORD, generateInto, printReport } from '../generate/run';
import { LOS_ANGELES } from '../generate/counties';
import { postmasterOf, readCpu, ticksBetween, TICKS_PER_SECOND } from './cpu';
import { addCpu, combine, cpuTable, NO_CPU, percentile, sessionCeilings, table, type CpuUse, type Goal, type Round, type Row } from './stats';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const MEMORY_LIMIT_BYTES = 250 * 1024 * 1024;
/** The review queue's baseline: the least a signed-in request does, so its rate caps every signed-in scenario's. */
const SESSION_CHECK = 'session check (GET /api/session)';
const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '0.02' },
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '20' },
    submissions: { type: 'string', default: '300' },
    'no-build': { type: 'boolean', default: false },
    // the server's CPU profile (node --cpu-prof, written when it stops) into this folder: where its time goes
    'cpu-prof': { type: 'string' },
    only: { type: 'string', multiple: true },
  },
});
const SCALE = Number(args.scale);
const ROUNDS = Number(args.rounds);
const SECONDS = Number(args.seconds);
const CONNECTIONS = Number(args.connections);
const SUBMISSIONS = Number(args.submissions);
for (const [name, v] of Object.entries({ scale: SCALE, rounds: ROUNDS, seconds: SECONDS, connections: CONNECTIONS, submissions: SUBMISSIONS })) {
  if (!(v > 0)) throw new Error(`--${name} must be a positive number`);
}

const log = (line: string) => console.error(`[bench:load] ${line}`);

// --- The server process's memory ------------------------------------------------------------------------------

async function memoryOf(pid: number): Promise<{ rss: number; hwm: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

/** Samples VmRSS every 100 ms while `work` runs; the highest sample. */
async function peakRssDuring<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peak: number }> {
  let peak = (await memoryOf(pid)).rss;
  const timer = setInterval(() => void memoryOf(pid).then((m) => (peak = Math.max(peak, m.rss)), () => {}), 100);
  try {
    const result = await work();
    return { result, peak: Math.max(peak, (await memoryOf(pid)).rss) };
  } finally {
    clearInterval(timer);
  }
}

// --- Measuring ----------------------------------------------------------------------------------------------

/** An autocannon round; `opsPer` answers make one operation (2 for a check-in and its check-out). */
async function cannon(opts: autocannon.Options, opsPer = 1): Promise<Round> {
  // autocannon counts time, and notices a round of a set number of requests is over, in whole seconds: such a round
  // is timed from its start to its last answer.
  const start = performance.now();
  let last = start;
  const requests = opts.requests?.map(
    (r): autocannon.Request => ({
      ...r,
      onResponse: (status, body, context, headers) => {
        last = performance.now();
        if (typeof r.onResponse === 'function') r.onResponse(status, body, context, headers);
      },
    }),
  );
  const result = await autocannon({ connections: CONNECTIONS, ...(opts.amount ? {} : { duration: SECONDS }), ...opts, ...(requests ? { requests } : {}) });
  const seconds = ((opts.amount ? last : performance.now()) - start) / 1000;
  const failures = result.non2xx + result.errors + result.timeouts;
  if (failures > 0) log(`${String(opts.url)}: ${failures} failed (answers by status: ${JSON.stringify(result.statusCodeStats)}, ${result.errors} errors)`);
  return { ops: result['2xx'] / opsPer, seconds, p50Ms: result.latency.p50, p99Ms: result.latency.p99, failures };
}

/** CONNECTIONS callers doing `op` one after another each for SECONDS: the in-process baselines. */
async function callers(op: (caller: number, i: number) => Promise<unknown>): Promise<Round> {
  const latencies: number[] = [];
  let failures = 0;
  const start = performance.now();
  const end = start + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, caller) => {
      for (let i = 0; performance.now() < end; i++) {
        const t = performance.now();
        try {
          await op(caller, i);
          latencies.push(performance.now() - t);
        } catch (err) {
          if (failures++ === 0) log(`a baseline operation failed: ${(err as Error).message}`);
        }
      }
    }),
  );
  return { ops: latencies.length, seconds: (performance.now() - start) / 1000, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), failures };
}

interface Scenario {
  readonly name: string;
  readonly baseline: string;
  readonly goal: Goal;
  readonly run: (round: number) => Promise<Round>;
  readonly base: (round: number) => Promise<Round>;
  /** Signed-in requests an operation makes: each passes the session check, whose own rate caps the scenario's. */
  readonly signedInRequests?: number;
}

/** A round, and the CPU each part of the machine used while it ran. */
async function withCpu(server: ServerProcess, postmaster: number, work: () => Promise<Round>): Promise<{ round: Round; cpu: CpuUse }> {
  const before = await readCpu(server.pid, postmaster);
  const round = await work();
  return { round, cpu: { ticks: ticksBetween(before, await readCpu(server.pid, postmaster)), ops: round.ops } };
}

async function measure(server: ServerProcess, postmaster: number, s: Scenario): Promise<Row> {
  const measured: Round[] = [];
  const base: Round[] = [];
  let cpu = { measured: NO_CPU, base: NO_CPU };
  let peak = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const { result: m, peak: p } = await peakRssDuring(server.pid, () => withCpu(server, postmaster, () => s.run(round)));
    peak = Math.max(peak, p);
    const b = await withCpu(server, postmaster, () => s.base(round));
    measured.push(m.round);
    base.push(b.round);
    cpu = { measured: addCpu(cpu.measured, m.cpu), base: addCpu(cpu.base, b.cpu) };
    log(`${s.name} round ${round + 1}: ${m.round.ops.toFixed(0)} in ${m.round.seconds.toFixed(1)} s (${m.round.failures} failed); ${s.baseline} ${b.round.ops.toFixed(0)} in ${b.round.seconds.toFixed(1)} s`);
  }
  return { scenario: s.name, baseline: s.baseline, goal: s.goal, measured: combine(measured), base: combine(base), peakRssBytes: peak, cpu, signedInRequests: s.signedInRequests };
}

// --- Accounts and what they work on -----------------------------------------------------------------------

interface Signed {
  readonly loginId: string;
  readonly cookie: string;
  readonly csrf: string;
}

/**
 * What the browser does over HTTP (as HttpSession in src/server/testing), sent as from an address of its own
 * (X-Forwarded-For, read with TRUST_PROXY): the per-IP sign-in limit is then each account's own, as in the state.
 */
class Browser {
  private readonly cookies = new Map<string, string>();
  csrf = '';
  constructor(
    private readonly baseUrl: string,
    private readonly ip: string,
  ) {}

  async send(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
    const headers: Record<string, string> = { accept: 'application/json', cookie: this.cookieHeader(), 'x-forwarded-for': this.ip };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET') headers['x-csrf-token'] = this.csrf;
    const res = await fetch(`${this.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const [name, value] = [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
      if (value === '' || /max-age=0(;|$)/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    const parsed: unknown = (res.headers.get('content-type') ?? '').includes('json') && text ? JSON.parse(text) : text;
    const token = (parsed as { csrfToken?: unknown } | null)?.csrfToken;
    if (typeof token === 'string') this.csrf = token;
    return { status: res.status, body: parsed };
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** Signs in; `secondFactor` gives the code when the account asks for one. */
  async signIn(accountType: 'provider' | 'staff', loginId: string, secondFactor?: () => string): Promise<Signed> {
    await this.send('GET', '/api/session');
    const res = await this.send('POST', '/api/auth/sign-in', { accountType, loginId, password: BENCH_PASSWORD });
    if (res.status !== 200) throw new Error(`sign-in of ${loginId} answered ${res.status}: ${JSON.stringify(res.body)}`);
    if ((res.body as { secondFactor?: unknown }).secondFactor) {
      if (!secondFactor) throw new Error(`${loginId} asks for a second factor`);
      const done = await this.send('POST', '/api/auth/second-factor/totp', { code: secondFactor() });
      if (done.status !== 200) throw new Error(`the second step of ${loginId} answered ${done.status}: ${JSON.stringify(done.body)}`);
    }
    return { loginId, cookie: this.cookieHeader(), csrf: this.csrf };
  }
}

let addresses = 0;
/** A private address nobody else in the run uses. */
const nextAddress = () => {
  const n = addresses++;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};

/** Signs providers in through the API, `parallel` at a time: each session's cookies and CSRF token. */
async function signInAll(baseUrl: string, loginIds: readonly string[], parallel = 8): Promise<Map<string, Signed>> {
  const out = new Map<string, Signed>();
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < loginIds.length) {
        const loginId = loginIds[next++]!;
        out.set(loginId, await new Browser(baseUrl, nextAddress()).signIn('provider', loginId));
      }
    }),
  );
  return out;
}

/**
 * A Los Angeles payroll worker, fully signed in: staff must add a second factor at their first sign-in, so the worker
 * adds an authenticator app, then signs in again with the app's next code.
 */
async function signInWorker(baseUrl: string, loginId: string): Promise<Signed> {
  const ip = nextAddress();
  const first = new Browser(baseUrl, ip);
  await first.signIn('staff', loginId);
  const setup = await first.send('POST', '/api/me/authenticator-app');
  if (setup.status !== 200) throw new Error(`adding an app for ${loginId} answered ${setup.status}: ${JSON.stringify(setup.body)}`);
  const totp = new TOTP({ secret: Secret.fromBase32((setup.body as { key: string }).key), digits: 6, period: 30, algorithm: 'SHA1' });
  const confirmed = await first.send('POST', '/api/me/authenticator-app/confirm', { code: totp.generate() });
  if (confirmed.status !== 200) throw new Error(`confirming the app of ${loginId} answered ${confirmed.status}: ${JSON.stringify(confirmed.body)}`);
  // The confirming code's step is spent: the next step's code, which the app shows within 30 s, is accepted early.
  return new Browser(baseUrl, ip).signIn('staff', loginId, () => totp.generate({ timestamp: systemClock.now().getTime() + 30_000 }));
}

interface Work {
  /** Providers with a case they can check in at today (not live-in, no open check-in), for EVV and the dashboard. */
  visiting: { loginId: string; caseNumber: string }[];
  /** Drafts of the current pay period with time on them, and their providers. */
  drafts: { loginId: string; timesheetId: number }[];
  /** Providers for the sign-in scenario: none of the others, so each signs in from one device. */
  signingIn: string[];
  /** Los Angeles payroll workers. */
  workers: string[];
}

async function findWork(pool: pg.Pool, today: string): Promise<Work> {
  const period = payPeriodOf(today);
  const drafts = await pool.query<{ login_id: string; id: number }>(
    `SELECT u.login_id, t.id::int AS id FROM timesheets t JOIN users u ON u.id = t.provider_user_id
      WHERE t.status = 'draft' AND t.pay_period_start = $1 AND u.status = 'active' AND u.password_hash IS NOT NULL
        AND EXISTS (SELECT 1 FROM timesheet_days d WHERE d.timesheet_id = t.id AND d.worked_minutes > 0)
        -- Travel counts only between two recipients' claimed time: a draft with travel whose other side is not yet
        -- submitted is refused (422), rightly, and a refusal is not the submission measured here.
        AND NOT EXISTS (SELECT 1 FROM timesheet_days d WHERE d.timesheet_id = t.id AND d.travel_minutes > 0)
      ORDER BY (t.id * 7919) % 100003 LIMIT $2`,
    [period.start, SUBMISSIONS * ROUNDS],
  );
  const drafting = [...new Set(drafts.rows.map((r) => r.login_id))];
  const visiting = await pool.query<{ login_id: string; case_number: string }>(
    `SELECT DISTINCT ON (u.id) u.login_id, c.case_number FROM users u
       JOIN assignments a ON a.provider_user_id = u.id AND NOT a.live_in AND a.start_date <= $1 AND (a.end_date IS NULL OR a.end_date >= $1)
       JOIN cases c ON c.id = a.case_id AND c.status = 'active' AND c.eligible_from <= $1 AND (c.eligible_to IS NULL OR c.eligible_to >= $1)
      WHERE u.role = 'provider' AND u.status = 'active' AND u.password_hash IS NOT NULL AND NOT (u.login_id = ANY($2))
        AND NOT EXISTS (SELECT 1 FROM evv_records r WHERE r.provider_user_id = u.id AND r.check_in_at IS NOT NULL AND r.check_out_at IS NULL)
      ORDER BY u.id, c.case_number LIMIT $3`,
    [today, drafting, CONNECTIONS * 10],
  );
  const taken = [...drafting, ...visiting.rows.map((r) => r.login_id)];
  const signingIn = await pool.query<{ login_id: string }>(
    `SELECT login_id FROM users WHERE role = 'provider' AND status = 'active' AND password_hash IS NOT NULL AND NOT (login_id = ANY($1))
      ORDER BY (id * 7919) % 100003 LIMIT 2000`,
    [taken],
  );
  const workers = await pool.query<{ login_id: string }>(
    `SELECT login_id FROM users WHERE role = 'county_worker' AND county_id = $1 AND login_id LIKE 'gen.%' ORDER BY id LIMIT 5`,
    [LOS_ANGELES],
  );
  return {
    visiting: visiting.rows.map((r) => ({ loginId: r.login_id, caseNumber: r.case_number })),
    drafts: drafts.rows.map((r) => ({ loginId: r.login_id, timesheetId: r.id })),
    signingIn: signingIn.rows.map((r) => r.login_id),
    workers: workers.rows.map((r) => r.login_id),
  };
}

// --- Baselines in the same PostgreSQL ------------------------------------------------------------------------

/** pgbench's tables (`pgbench -i`), with pgbench's sizes per branch but 10,000 accounts per branch instead of 100,000. */
async function createTpcb(pool: pg.Pool, branches: number) {
  const accountsPerBranch = 10_000;
  await pool.query(`
    CREATE TABLE bench_branches (bid int PRIMARY KEY, bbalance int NOT NULL, filler char(88));
    CREATE TABLE bench_tellers (tid int PRIMARY KEY, bid int NOT NULL, tbalance int NOT NULL, filler char(84));
    CREATE TABLE bench_accounts (aid int PRIMARY KEY, bid int NOT NULL, abalance int NOT NULL, filler char(84));
    CREATE TABLE bench_history (tid int, bid int, aid int, delta int, mtime timestamp, filler char(22));
    INSERT INTO bench_branches SELECT b, 0 FROM generate_series(1, ${branches}) b;
    INSERT INTO bench_tellers SELECT t, (t - 1) / 10 + 1, 0 FROM generate_series(1, ${branches * 10}) t;
    INSERT INTO bench_accounts SELECT a, (a - 1) / ${accountsPerBranch} + 1, 0, '' FROM generate_series(1, ${branches * accountsPerBranch}) a;`);
  await pool.query('VACUUM ANALYZE bench_branches, bench_tellers, bench_accounts');
  return { accounts: branches * accountsPerBranch, tellers: branches * 10 };
}

/** pgbench's built-in "TPC-B (sort of)" script, its six statements one round trip each as pgbench sends them. */
async function tpcb(pool: pg.Pool, size: { accounts: number; tellers: number; branches: number }) {
  const aid = 1 + Math.floor(Math.random() * size.accounts);
  const tid = 1 + Math.floor(Math.random() * size.tellers);
  const bid = 1 + Math.floor(Math.random() * size.branches);
  const delta = Math.floor(Math.random() * 10_001) - 5000;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('UPDATE bench_accounts SET abalance = abalance + $1 WHERE aid = $2', [delta, aid]);
    await client.query('SELECT abalance FROM bench_accounts WHERE aid = $1', [aid]);
    await client.query('UPDATE bench_tellers SET tbalance = tbalance + $1 WHERE tid = $2', [delta, tid]);
    await client.query('UPDATE bench_branches SET bbalance = bbalance + $1 WHERE bid = $2', [delta, bid]);
    await client.query('INSERT INTO bench_history (tid, bid, aid, delta, mtime) VALUES ($1, $2, $3, $4, CURRENT_TIMESTAMP)', [tid, bid, aid, delta]);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  } finally {
    client.release();
  }
}

// --- The run ----------------------------------------------------------------------------------------------------

async function smtpSink(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = new SMTPServer({ authOptional: true, disabledCommands: ['STARTTLS'], logger: false, onData: (stream, _s, done) => stream.resume().on('end', () => done()) });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `smtp://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function startHello(): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./hello.ts', import.meta.url)), String(port)], { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`hello.ts ended with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => void child.kill('SIGTERM') };
}

const deviceToken = () => randomBytes(32).toString('base64url');

async function main() {
  // The generator encrypts account numbers with the data key the server then reads them with.
  process.env.DATA_ENCRYPTION_KEY = randomBytes(32).toString('base64');
  if (!args['no-build']) {
    log('npm run build:server');
    const built = spawnSync('npm', ['run', 'build:server'], { cwd: REPO, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('npm run build:server failed');
  }
  const rows = await withThrowawayDatabase(async (handle) => {
    const now = new Date(Math.floor(systemClock.now().getTime() / 60_000) * 60_000);
    log(`generating the state's data at scale ${SCALE}`);
    printReport(await generateInto(handle, { scale: SCALE, seed: 1, now, onProgress: log }), { scale: SCALE, seed: 1 });
    const url = (handle.pool as unknown as { options: pg.PoolConfig }).options.connectionString!;
    const pool = new pg.Pool({ connectionString: url, max: CONNECTIONS });
    // The database stops at the end with the pool's idle connections still open.
    pool.on('error', () => {});
    await pool.query('ANALYZE');
    const smtp = await smtpSink();
    const port = await freePort();
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: url,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      DATA_ENCRYPTION_KEY: process.env.DATA_ENCRYPTION_KEY,
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'https://portal.bench.example',
      TRUST_PROXY: 'true',
      LOG_LEVEL: 'warn',
      DEMO_DATA: undefined,
      PORTAL_TODAY: undefined,
      WORKERS: '1',
    };
    const server = await startServerProcess(port, env, {
      script: 'dist/server/main.js',
      nodeArgs: args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(args['cpu-prof'])}`] : [],
    });
    const hello = await startHello();
    try {
      return await drive(server, pool, hello.url, now);
    } finally {
      hello.stop();
      await stopServerProcess(server);
      await pool.end();
      await smtp.close();
    }
  });
  console.log(rows);
}

/**
 * Waits until the server's job workers have no job due (at its start the primary schedules today's, and the
 * generated approvals are there for the daily pay run): a round must not share the machine with a pay run.
 */
async function jobsSettled(pool: pg.Pool) {
  for (let waited = 0; ; waited++) {
    const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM jobs WHERE done_at IS NULL AND failed_at IS NULL AND run_at <= now()`);
    if (rows[0]!.n === 0) return;
    if (waited % 10 === 0) log(`waiting for ${rows[0]!.n} due jobs to finish`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

async function drive(server: ServerProcess, pool: pg.Pool, helloUrl: string, now: Date): Promise<string> {
  await jobsSettled(pool);
  const idle = await memoryOf(server.pid);
  const today = californiaDate(now);
  const work = await findWork(pool, today);
  log(`${work.visiting.length} providers visiting, ${work.drafts.length} drafts to submit, ${work.signingIn.length} providers to sign in, ${work.workers.length} LA workers`);
  if (work.visiting.length < CONNECTIONS || work.drafts.length < SUBMISSIONS * ROUNDS || work.workers.length === 0) {
    throw new Error('the generated data is too small for this load: raise --scale or lower --connections and --submissions');
  }
  const base = server.baseUrl;
  log('signing the providers and workers in through the API');
  const sessions = await signInAll(base, [...new Set([...work.visiting.map((v) => v.loginId), ...work.drafts.map((d) => d.loginId)])]);
  const workers = await Promise.all(work.workers.map((w) => signInWorker(base, w)));
  const json = { 'content-type': 'application/json', accept: 'application/json' };
  const anonymous = new Browser(base, nextAddress());
  await anonymous.send('GET', '/api/session');
  const deviceCookie = (await signInAll(base, work.signingIn.slice(0, 1))).get(work.signingIn[0]!)!.cookie.split('; ').find((c) => c.split('=')[0]!.endsWith('ihss_device'))!.split('=')[0]!;
  const devices = new Map(work.signingIn.map((id) => [id, deviceToken()]));

  const hash = await hashPassword(BENCH_PASSWORD);
  await pool.query(`CREATE TABLE bench_evv_inserts (LIKE evv_records INCLUDING ALL)`);
  const branches = CONNECTIONS;
  const tpcbSize = { ...(await createTpcb(pool, branches)), branches };
  const visitor = work.visiting[0]!;
  const visitorCase = await pool.query<{ provider_user_id: number; case_id: number; county_id: number }>(
    `SELECT a.provider_user_id, a.case_id, a.county_id FROM assignments a JOIN cases c ON c.id = a.case_id JOIN users u ON u.id = a.provider_user_id WHERE u.login_id = $1 AND c.case_number = $2 LIMIT 1`,
    [visitor.loginId, visitor.caseNumber],
  );
  const v = visitorCase.rows[0]!;
  let insertKey = 0;

  let request = 0;
  const scenarios: Scenario[] = [
    {
      name: 'Provider dashboard',
      baseline: 'bare Fastify hello',
      signedInRequests: 1,
      goal: { minRatio: 0.1, maxP99Ms: 100 },
      run: () => {
        const cookies = work.visiting.map((p) => sessions.get(p.loginId)!.cookie);
        return cannon({ url: `${base}/api/dashboard`, requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, headers: { accept: 'application/json', cookie: cookies[request++ % cookies.length]! } }) }] });
      },
      base: () => cannon({ url: helloUrl }),
    },
    {
      name: 'Sign-in',
      baseline: 'argon2id verifies',
      goal: { minRatio: 0.8 },
      run: () =>
        cannon({
          url: `${base}/api/auth/sign-in`,
          requests: [
            {
              method: 'POST',
              setupRequest: (req) => {
                const loginId = work.signingIn[request++ % work.signingIn.length]!;
                return {
                  ...req,
                  headers: {
                    ...json,
                    cookie: `${anonymous.cookieHeader()}; ${deviceCookie}=${devices.get(loginId)}`,
                    'x-csrf-token': anonymous.csrf,
                    'x-forwarded-for': nextAddress(),
                  },
                  body: JSON.stringify({ accountType: 'provider', loginId, password: BENCH_PASSWORD }),
                };
              },
            },
          ],
        }),
      base: () => callers(() => verifyPassword(hash, BENCH_PASSWORD)),
    },
    {
      name: 'EVV check-in + check-out',
      baseline: 'single-row INSERTs',
      signedInRequests: 2,
      goal: { minRatio: 0.3 },
      run: () => {
        // A provider leaves the queue at a check-in and comes back once its check-out is answered: no two connections
        // ever tap for one provider at once, and a provider's next check-in comes after its last check-out.
        const free = [...work.visiting];
        type Context = { provider?: Work['visiting'][number] };
        const tap = (kind: 'in' | 'out', req: autocannon.Request, p: Work['visiting'][number]) => {
          const s = sessions.get(p.loginId)!;
          const body = { idempotencyKey: `bench-${kind}-${request++}-${randomBytes(6).toString('hex')}`, caseNumber: p.caseNumber, tappedAt: systemClock.now().toISOString() };
          return {
            ...req,
            path: `/api/evv/check-${kind}`,
            headers: { ...json, cookie: s.cookie, 'x-csrf-token': s.csrf },
            body: JSON.stringify(kind === 'in' ? { ...body, locationType: 'community' } : body),
          };
        };
        return cannon(
          {
            url: base,
            requests: [
              {
                method: 'POST',
                setupRequest: (req, context: Context) => tap('in', req, (context.provider = free.shift()!)),
              },
              {
                method: 'POST',
                setupRequest: (req, context: Context) => tap('out', req, context.provider!),
                onResponse: (_status, _body, context: Context) => void free.push(context.provider!),
              },
            ],
          },
          2,
        );
      },
      base: () =>
        callers(() =>
          pool.query(
            `INSERT INTO bench_evv_inserts (provider_user_id, case_id, county_id, check_in_key, check_in_at, check_in_received_at, location_type, location_status, capture_method)
             VALUES ($1, $2, $3, $4, now(), now(), 'community', 'not_required', 'web')`,
            [v.provider_user_id, v.case_id, v.county_id, `bench-insert-${insertKey++}`],
          ),
        ),
    },
    {
      name: 'Timesheet submission',
      baseline: 'TPC-B transactions',
      signedInRequests: 1,
      goal: { minRatio: 0.4 },
      run: (round) => {
        const mine = work.drafts.slice(round * SUBMISSIONS, (round + 1) * SUBMISSIONS);
        let next = 0;
        let refusals = 0;
        return cannon({
          url: base,
          amount: mine.length,
          requests: [
            {
              method: 'POST',
              setupRequest: (req) => {
                const d = mine[next++ % mine.length]!;
                const s = sessions.get(d.loginId)!;
                return {
                  ...req,
                  path: `/api/timesheets/${d.timesheetId}/submit`,
                  headers: { ...json, cookie: s.cookie, 'x-csrf-token': s.csrf },
                  body: JSON.stringify({ idempotencyKey: `bench-submit-${d.timesheetId}`, acknowledgeScheduledVisits: true }),
                };
              },
              onResponse: (status, body) => {
                if (status !== 200 && refusals++ < 3) log(`a submission answered ${status}: ${body.slice(0, 300)}`);
              },
            },
          ],
        });
      },
      base: () => callers(() => tpcb(pool, tpcbSize)),
    },
    {
      name: 'County review queue, Los Angeles',
      baseline: SESSION_CHECK,
      signedInRequests: 1,
      goal: { maxP99Ms: 50 },
      run: () => cannon({ url: `${base}/api/staff/review`, requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, headers: { accept: 'application/json', cookie: workers[request++ % workers.length]!.cookie } }) }] }),
      base: () => cannon({ url: `${base}/api/session`, requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, headers: { accept: 'application/json', cookie: workers[request++ % workers.length]!.cookie } }) }] }),
    },
  ];

  const postmaster = await postmasterOf((await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid);
  const measured: Row[] = [];
  for (const s of scenarios.filter((x) => !args.only || args.only.some((o) => x.name.toLowerCase().includes(o.toLowerCase())))) {
    log(`measuring ${s.name} beside ${s.baseline}: ${ROUNDS} rounds, ${CONNECTIONS} connections`);
    measured.push(await measure(server, postmaster, s));
  }
  const after = await memoryOf(server.pid);
  const header = `bench:load, scale ${SCALE} (${systemClock.now().toISOString()}), ${ROUNDS} interleaved rounds of ${SECONDS} s (submissions: ${SUBMISSIONS} a round), ${CONNECTIONS} connections`;
  const sessionChecks = measured.find((r) => r.baseline === SESSION_CHECK)?.base.perSecond;
  const ceilings = sessionChecks === undefined ? '' : sessionCeilings(measured, sessionChecks);
  return [header, table(measured, { idleBytes: idle.rss, peakBytes: after.hwm, limitBytes: MEMORY_LIMIT_BYTES }), '', cpuTable(measured, TICKS_PER_SECOND), '', ceilings].join('\n').trimEnd();
}

await main();
