/**
 * `npm run bench:dashboard [-- --scale S --seed N --duration SECONDS --rounds R --connections C --cpu-prof DIR]`: the signed-in
 * provider dashboard (GET /api/dashboard) under load, beside a bare Fastify "hello" measured in the same run
 * (issue #16: at least 0.10 of its requests a second, p99 under 100 ms with 20 connections).
 *
 * It generates the state's data at a small scale (`generateInto`) into a throwaway cluster, starts the compiled
 * server (`npm run build:server` first: dist/server/main.js) on it, signs in the generated provider with an open
 * check-in and the most timesheets, and drives both servers with autocannon in interleaved rounds (the CPUs are
 * shared, so each round's ratio is the figure; medians and spreads are printed), with the same provider's session check
 * (GET /api/session: one query) between them, the floor of any signed-in request. Before the load it counts the
 * queries one dashboard request makes (the app built in this process over a pool that records every query) and
 * prints them by shape. It asserts nothing about wall-clock time; it fails if a request is refused.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { freePort } from '../../src/db/testing/free-port';
import { clockFor, type Clock } from '../../src/server/lib/clock';
import { loadConfig } from '../../src/server/config';
import { buildApp } from '../../src/server/app';
import { PRODUCTION_NODE } from '../../src/server/testing/server-process';
import { testConfig, TestClient } from '../../src/server/testing/test-app';
import { withThrowawayDatabase } from '../pay-run/database';
import type { ProfiledDb } from '../pay-run/profile';
import { BENCH_PASSWORD, generateInto } from '../generate/run';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SERVER = path.join(ROOT, 'dist/server/main.js');

const HELLO = `
import Fastify from 'fastify';
const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.send?.('ready');
`;

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  refused: number;
}

function started(child: ChildProcess, url: string, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const deadline = performance.now() + 60_000;
    child.once('exit', (code) => reject(new Error(`${what} ended (${code}) before it answered`)));
    const poll = () => {
      fetch(url)
        .then(() => resolve())
        .catch(() => (performance.now() > deadline ? reject(new Error(`${what} did not answer within a minute`)) : setTimeout(poll, 200)));
    };
    poll();
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function drive(url: string, headers: Record<string, string>, connections: number, duration: number): Promise<Figures> {
  const r = await autocannon({ url, headers, connections, duration });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, refused: r.non2xx + r.errors };
}

/** The cookie a browser would send after these answers, from their Set-Cookie headers. */
function cookiesOf(jar: Map<string, string>, res: Response) {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(';');
    const at = pair!.indexOf('=');
    jar.set(pair!.slice(0, at), pair!.slice(at + 1));
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

async function signIn(base: string, loginId: string): Promise<string> {
  const jar = new Map<string, string>();
  const session = await fetch(`${base}/api/session`);
  let cookie = cookiesOf(jar, session);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ accountType: 'provider', loginId, password: BENCH_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`${loginId} could not sign in: ${res.status} ${await res.text()}`);
  cookie = cookiesOf(jar, res);
  return cookie;
}

/** The provider with an open check-in and the most timesheets: a dashboard with something in every region. */
async function busyProvider(handle: ProfiledDb) {
  const { rows } = await sql<{ login_id: string; timesheets: number; evv: number }>`
    SELECT u.login_id,
           (SELECT count(*) FROM timesheets t WHERE t.provider_user_id = u.id)::int AS timesheets,
           (SELECT count(*) FROM evv_records e WHERE e.provider_user_id = u.id)::int AS evv
    FROM users u
    WHERE u.role = 'provider'
      AND EXISTS (SELECT 1 FROM evv_records e WHERE e.provider_user_id = u.id AND e.check_out_at IS NULL AND e.discarded_at IS NULL)
    ORDER BY timesheets DESC, u.id LIMIT 1`.execute(handle.db);
  if (!rows[0]) throw new Error('the generated data has no provider checked in');
  return rows[0];
}

/** Queries of one GET /api/dashboard (session check included), counted on the app built in this process. */
async function countQueries(handle: ProfiledDb, loginId: string, clock: Clock) {
  const app = await buildApp({ config: testConfig(), clock, db: handle.db, logger: false });
  await app.ready();
  try {
    const client = new TestClient(app, '198.51.100.20');
    const signedIn = await client.signIn('provider', loginId, BENCH_PASSWORD);
    if (signedIn.statusCode !== 200) throw new Error(`${loginId} could not sign in: ${signedIn.body}`);
    await client.get('/api/dashboard');
    handle.profile.recording = true;
    const res = await client.get('/api/dashboard');
    handle.profile.recording = false;
    if (res.statusCode !== 200) throw new Error(`the dashboard answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
    return handle.profile.byTime();
  } finally {
    await app.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const range = (xs: number[], digits: number) => `${Math.min(...xs).toFixed(digits)}-${Math.max(...xs).toFixed(digits)}`;

async function main() {
  const { values: args } = parseArgs({
    options: {
      scale: { type: 'string', default: '0.01' },
      seed: { type: 'string', default: '1' },
      duration: { type: 'string', default: '10' },
      rounds: { type: 'string', default: '3' },
      // the server's own CPU profile (node --cpu-prof, written when it stops) into DIR: where its time per request goes
      'cpu-prof': { type: 'string' },
      connections: { type: 'string', default: '20' },
    },
  });
  const [scale, seed, duration, rounds, connections] = [args.scale, args.seed, args.duration, args.rounds, args.connections].map(Number) as [number, number, number, number, number];
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build:server\` first`);
  await withThrowawayDatabase(async (handle) => {
    const clock = clockFor(loadConfig(process.env).today);
    const now = new Date(Math.floor(clock.now().getTime() / 60_000) * 60_000);
    const report = await generateInto(handle, { scale, seed, now });
    console.log(`generated scale ${scale}: ${report.providers} providers in ${report.seconds.toFixed(0)} s`);
    await sql`ANALYZE`.execute(handle.db);
    const provider = await busyProvider(handle);
    console.log(`provider ${provider.login_id}: ${provider.timesheets} timesheets, ${provider.evv} EVV visits`);

    const shapes = await countQueries(handle, provider.login_id, clock);
    const calls = shapes.reduce((n, s) => n + s.calls, 0);
    console.log(`\nqueries per GET /api/dashboard (session check included): ${calls}`);
    for (const s of shapes) console.log(`  ${String(s.calls).padStart(3)} x ${s.ms.toFixed(1).padStart(6)} ms  ${s.sql.slice(0, 150)}`);

    const url = new URL(handle.pool.options.connectionString!);
    const [serverPort, helloPort] = [await freePort(), await freePort()];
    const server = spawn(process.execPath, [...PRODUCTION_NODE.args, ...(args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(args['cpu-prof'])}`] : []), SERVER], {
      cwd: ROOT,
      env: { ...process.env, ...PRODUCTION_NODE.env, NODE_ENV: 'development', DATABASE_URL: url.toString(), PORT: String(serverPort), HOST: '127.0.0.1', DEMO_DATA: 'false', LOG_LEVEL: 'fatal', WORKERS: '1' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const hello = spawn(process.execPath, ['--input-type=module', '-e', HELLO], { cwd: ROOT, env: { ...process.env, PORT: String(helloPort) }, stdio: ['ignore', 'inherit', 'inherit'] });
    try {
      const base = `http://127.0.0.1:${serverPort}`;
      await Promise.all([started(server, `${base}/healthz`, 'the portal'), started(hello, `http://127.0.0.1:${helloPort}/`, 'the hello server')]);
      // Today's scheduled jobs (the pay run) start with the server: the load waits for them to finish.
      for (;;) {
        const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM jobs WHERE done_at IS NULL AND failed_at IS NULL AND run_at <= portal_now()`.execute(handle.db);
        if (rows[0]!.n === 0) break;
        await new Promise((r) => setTimeout(r, 1000));
      }
      const cookie = await signIn(base, provider.login_id);
      const check = await fetch(`${base}/api/dashboard`, { headers: { cookie } });
      if (check.status !== 200) throw new Error(`the compiled server's dashboard answered ${check.status}`);
      const dashboard = (await check.json()) as { attention: unknown[]; billing: { onTheWay: unknown[] }; scheduledVisits: { today: unknown[] } };
      console.log(`\nthe dashboard: ${dashboard.attention.length} attention items, ${dashboard.scheduledVisits.today.length} visits today, ${dashboard.billing.onTheWay.length} claims on the way`);
      await drive(`${base}/api/dashboard`, { cookie }, connections, 2);
      await drive(`http://127.0.0.1:${helloPort}/`, {}, connections, 2);

      console.log(`\n${connections} connections, ${rounds} rounds of ${duration} s each (hello, the session check, then the dashboard)`);
      const ratios: number[] = [];
      const toSession: number[] = [];
      const dash: Figures[] = [];
      const bare: Figures[] = [];
      for (let round = 1; round <= rounds; round++) {
        const h = await drive(`http://127.0.0.1:${helloPort}/`, {}, connections, duration);
        const s = await drive(`${base}/api/session`, { cookie }, connections, duration);
        const d = await drive(`${base}/api/dashboard`, { cookie }, connections, duration);
        if (d.refused + s.refused > 0) throw new Error(`${d.refused + s.refused} requests were refused or failed`);
        bare.push(h);
        dash.push(d);
        ratios.push(d.rps / h.rps);
        toSession.push(d.rps / s.rps);
        console.log(
          `  round ${round}: hello ${h.rps.toFixed(0)} req/s (p50 ${h.p50} ms, p99 ${h.p99} ms); session check ${s.rps.toFixed(0)} req/s (p50 ${s.p50} ms, p99 ${s.p99} ms); ` +
            `dashboard ${d.rps.toFixed(0)} req/s (p50 ${d.p50} ms, p99 ${d.p99} ms); dashboard/hello ${(d.rps / h.rps).toFixed(4)}, dashboard/session ${(d.rps / s.rps).toFixed(3)}`,
        );
      }
      console.log(`\ndashboard / hello req/s: median ${median(ratios).toFixed(4)} (${range(ratios, 4)}), goal >= 0.10`);
      console.log(`dashboard / session check (GET /api/session, one query) req/s: median ${median(toSession).toFixed(3)} (${range(toSession, 3)})`);
      console.log(`dashboard req/s ${range(dash.map((d) => d.rps), 0)}; p50 ${range(dash.map((d) => d.p50), 0)} ms; p99 median ${median(dash.map((d) => d.p99))} ms (${range(dash.map((d) => d.p99), 0)}), goal < 100 ms`);
      console.log(`hello req/s ${range(bare.map((d) => d.rps), 0)}`);
    } finally {
      await Promise.all([stop(server), stop(hello)]);
    }
  });
}

await main();
