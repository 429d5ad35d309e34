/**
 * The portal as production runs it: the compiled server (scripts/build-server.ts) started at the same moment on two
 * "machines" sharing one PostgreSQL, one with WORKERS=2 and one with a single process, the three server processes
 * behind Debian's HAProxy spreading requests round-robin. Whichever process answers, a person's session and CSRF
 * token, their live updates, the rate limits and the failed sign-in counts are the same, since they live in the
 * database; the jobs any process enqueues run once; the one-time work of both starts did not collide, and today's
 * scheduled jobs, scheduled by both, run once though three job workers wait on the queue. A process killed with
 * SIGKILL is started again by its primary while the balancer sends its share to the other two.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildServer } from '../../scripts/build-server.js';
import { DEMO_PASSWORD } from '../db/seed/demo.js';
import { freePort, freePortsInARow } from '../db/testing/free-port.js';
import { createTestDb, type TestDb } from '../db/testing/test-db.js';
import { addDays } from '../domain/index.js';
import { until } from '../jobs/testing.js';
import { DELIVER_JOB } from './features/notifications/service.js';
import { PAY_PERIOD_SWEEP_JOB } from './features/reminders/service.js';
import { testToday } from './testing/clock.js';
import { SERVED_BY, startBalancer, type Balancer } from './testing/haproxy.js';
import { HttpSession, startServerProcess, stopServerProcess, type ServerProcess } from './testing/server-process.js';

/** Server processes behind the balancer: two of the first machine (WORKERS=2), one of the second. */
const WORKERS = 3;
const REPO = fileURLToPath(new URL('../..', import.meta.url));
const SETUP_TIMEOUT_MS = 180_000;

let db: TestDb;
let buildDir: string;
let ports: number[];
/** The first machine's primary (its two server processes are its children), and the second machine's one process. */
let machines: ServerProcess[] = [];
let balancer: Balancer;

interface Answer {
  status: number;
  body: unknown;
  headers: Headers;
}

beforeAll(async () => {
  // A build of its own, beside dist/server (two folders below the repository, as the bundle must be): another run
  // building dist/server at the same moment cannot hand this one a half-written file.
  buildDir = path.join(REPO, 'dist', `server-test-${randomBytes(4).toString('hex')}`);
  const script = await buildServer(buildDir);
  db = await createTestDb();
  const pair = await freePortsInARow(2);
  const single = await freePort();
  ports = [...pair, single];
  const balancerPort = await freePort();
  const env = {
    DATABASE_URL: db.url,
    PUBLIC_URL: `http://127.0.0.1:${balancerPort}`,
    TRUST_PROXY: 'true',
    PORTAL_TODAY: testToday(),
    DEMO_DATA: 'true',
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
  };
  // Both at once, as after a deploy: the one seeding the demo and the one finding it seeded must not collide.
  const started = await Promise.allSettled([startServerProcess(pair[0]!, { ...env, WORKERS: '2' }, { script, ports: pair }), startServerProcess(single, env, { script })]);
  machines = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  for (const s of started) if (s.status === 'rejected') throw s.reason;
  balancer = await startBalancer(balancerPort, ports);
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await balancer?.stop();
  await Promise.all(machines.map(stopServerProcess));
  await db?.drop();
  if (buildDir) await rm(buildDir, { recursive: true, force: true });
});

beforeEach(({ onTestFailed }) => {
  onTestFailed(() => console.error(`the server processes wrote:\n${machines.map((m) => m.output()).join('\n')}\nHAProxy wrote:\n${balancer.output()}`));
});

const servedBy = (answer: { headers: Headers }) => answer.headers.get(SERVED_BY) ?? 'nobody';

/** Sends `send`'s request until each of the processes has answered one, round-robin; every answer, in order. */
async function fromEveryProcess<A extends { headers: Headers }>(send: (i: number) => Promise<A>): Promise<A[]> {
  const answers: A[] = [];
  const seen = new Set<string>();
  while (seen.size < WORKERS) {
    if (answers.length === WORKERS * 3) throw new Error(`${answers.length} requests answered by ${[...seen].join(', ')} only`);
    const answer = await send(answers.length);
    answers.push(answer);
    seen.add(servedBy(answer));
  }
  return answers;
}

/** A request with cookies held elsewhere (a session since ended) and any CSRF token, as a forger would send it. */
async function rawSend(method: 'GET' | 'POST', url: string, cookie: string, csrf?: string): Promise<Answer> {
  const headers: Record<string, string> = { accept: 'application/json', cookie };
  if (csrf !== undefined) headers['x-csrf-token'] = csrf;
  const res = await fetch(`${balancer.url}${url}`, { method, headers });
  return { status: res.status, body: await res.json(), headers: res.headers };
}

/** Signed in through the balancer; the demo's text-message codes are read on the first process's own port. */
async function signedIn(kind: 'provider' | 'staff', loginId: string): Promise<HttpSession> {
  const session = new HttpSession(balancer.url, `http://127.0.0.1:${ports[0]}`);
  await session.signIn(kind, loginId, DEMO_PASSWORD);
  return session;
}

interface Stream {
  servedBy: string;
  events: { event: string; data: Record<string, unknown> }[];
  close(): void;
}

/** The person's live updates (GET /api/events) through the balancer, read as they come. */
async function openStream(session: HttpSession): Promise<Stream> {
  const controller = new AbortController();
  const res = await fetch(`${balancer.url}/api/events`, { headers: { accept: 'text/event-stream', cookie: session.cookieHeader() }, signal: controller.signal });
  expect(res.status).toBe(200);
  const events: Stream['events'] = [];
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event && data) events.push({ event, data: JSON.parse(data) as Record<string, unknown> });
      }
    }
  })().catch(() => {});
  return { servedBy: servedBy(res), events, close: () => controller.abort() };
}

/** The server processes the first machine's primary runs now. */
async function serverPids(): Promise<number[]> {
  const { pid } = machines[0]!;
  const children = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8');
  return children.split(/\s+/).filter(Boolean).map(Number);
}

describe('three server processes behind a load balancer, on one database', { timeout: 60_000 }, () => {
  it('keeps a person signed in, and their CSRF token good, on every process; a sign-out on one ends the session on all', async () => {
    const maria = await signedIn('provider', '900000001');
    for (const answer of await fromEveryProcess(() => maria.send('GET', '/api/session'))) {
      expect(answer.body).toMatchObject({ authenticated: true, user: { loginId: '900000001' } });
    }
    // The token she was given by one process is good on all of them; a forged one on none.
    for (const answer of await fromEveryProcess(() => maria.send('POST', '/api/session/keep-alive'))) expect(answer.status).toBe(200);
    for (const answer of await fromEveryProcess(() => rawSend('POST', '/api/session/keep-alive', maria.cookieHeader(), 'forged-token'))) {
      expect(answer).toMatchObject({ status: 403, body: { error: { code: 'csrf' } } });
    }

    const james = await signedIn('provider', '900000002');
    const cookie = james.cookieHeader();
    const signOut = await james.send('POST', '/api/auth/sign-out');
    expect(signOut.status).toBe(200);
    const after = await fromEveryProcess(() => rawSend('GET', '/api/session', cookie));
    for (const answer of after) expect(answer.body).toMatchObject({ authenticated: false });
  });

  it('pushes live updates to a stream on one process for writes the others answer, and runs each job they enqueue once', async () => {
    const maria = await signedIn('provider', '900000001');
    const mariaId = ((await maria.send('GET', '/api/session')).body as { user: { id: number } }).user.id;
    const staff = await signedIn('staff', 'demo.worker');
    const stream = await openStream(maria);
    try {
      const first = await until(async () => stream.events.find((e) => e.event === 'counts'));
      const unread = first.data.unreadMessages as number;

      const sent = await fromEveryProcess((i) =>
        staff.send('POST', '/api/staff/messages', { audience: 'one', providerId: '900000001', subject: `From process to process ${i + 1}`, body: 'Please call the county office.', requiresAck: false }),
      );
      for (const answer of sent) expect(answer.status).toBe(200);
      expect(sent.filter((answer) => servedBy(answer) !== stream.servedBy).length).toBeGreaterThanOrEqual(WORKERS - 1);

      // Each message reaches the stream, whichever process took it, and the counts end with all of them unread.
      await until(async () => stream.events.some((e) => e.event === 'counts' && e.data.unreadMessages === unread + sent.length));
      expect(stream.events.filter((e) => e.event === 'notification').map((e) => e.data)).toEqual(sent.map(() => ({ event: 'new_message' })));

      // Each message's email to her is one job, run once by one of the three job workers, and one mail.
      const keys = sent.map((answer) => `new_message:thread:${(answer.body as { threadId: number }).threadId}|${mariaId}|email`);
      const jobs = await until(async () => {
        const rows = await db.db.selectFrom('jobs').select(['dedupe_key', 'attempts', 'done_at', 'failed_at']).where('kind', '=', DELIVER_JOB).where('dedupe_key', 'in', keys).execute();
        return rows.length === keys.length && rows.every((r) => r.done_at || r.failed_at) && rows;
      });
      expect(jobs.map((j) => ({ key: j.dedupe_key, attempts: j.attempts, done: j.done_at !== null })).sort((a, b) => a.key!.localeCompare(b.key!))).toEqual(
        [...keys].sort().map((key) => ({ key, attempts: 1, done: true })),
      );
      const deliveries = await db.db.selectFrom('notification_deliveries').select(['status']).where('user_id', '=', mariaId).where('channel', '=', 'email').where('dedupe_key', 'in', keys.map((k) => k.split('|')[0]!)).execute();
      expect(deliveries.map((d) => d.status)).toEqual(keys.map(() => 'sent'));
    } finally {
      stream.close();
    }
  });

  it('counts a rate limit and the failed sign-ins of an ID in one place, whichever process answers', async () => {
    // The password reset's per-address limit, in fixed windows: sent until refused. Should a window turn over during
    // the burst, the count starts again, so the answers that count are those of the last window.
    const anonymous = new HttpSession(balancer.url);
    const burst: Answer[] = [];
    while (burst.at(-1)?.status !== 429 && burst.length < 200) {
      burst.push(await anonymous.send('POST', '/api/auth/reset/start', { accountType: 'provider', loginId: '900000999', method: 'questions' }));
    }
    const remaining = burst.map((a) => Number(a.headers.get('ratelimit-remaining')));
    const lastWindow = burst.slice(Math.max(0, ...remaining.map((r, i) => (i > 0 && r > remaining[i - 1]! ? i : 0))));
    const limit = Number(burst[0]!.headers.get('ratelimit-limit'));
    expect(lastWindow.map((a) => a.status)).toEqual([...Array<number>(limit).fill(200), 429]);
    expect(lastWindow.slice(0, -1).map((a) => Number(a.headers.get('ratelimit-remaining')))).toEqual(Array.from({ length: limit }, (_, i) => limit - 1 - i));
    expect(new Set(lastWindow.map(servedBy)).size).toBe(WORKERS);

    // Wrong passwords for Ani on one process after another lock her ID at her county's threshold, and every process
    // then refuses even the right one.
    const { lockout_threshold: threshold } = await db.db
      .selectFrom('users')
      .innerJoin('counties', 'counties.id', 'users.county_id')
      .select('counties.lockout_threshold')
      .where('users.login_id', '=', '900000003')
      .executeTakeFirstOrThrow();
    const guesser = new HttpSession(balancer.url);
    const guesses: Answer[] = [];
    for (let i = 0; i < threshold; i++) guesses.push(await guesser.send('POST', '/api/auth/sign-in', { accountType: 'provider', loginId: '900000003', password: `Not her password ${i}` }));
    expect(guesses.map((a) => a.status)).toEqual([...Array<number>(threshold - 1).fill(401), 423]);
    expect(new Set(guesses.map(servedBy)).size).toBeGreaterThan(1);
    for (const answer of await fromEveryProcess(() => guesser.send('POST', '/api/auth/sign-in', { accountType: 'provider', loginId: '900000003', password: DEMO_PASSWORD }))) {
      expect(answer).toMatchObject({ status: 423, body: { error: { code: 'accountLocked' } } });
    }
  });

  it("runs today's scheduled jobs once, though both machines' starts scheduled them and three job workers wait on the queue", async () => {
    const today = testToday();
    const sweep = await until(async () => {
      const row = await db.db.selectFrom('jobs').select(['attempts', 'done_at']).where('dedupe_key', '=', `${PAY_PERIOD_SWEEP_JOB}:${today}`).executeTakeFirst();
      return row?.done_at ? row : false;
    });
    expect(sweep.attempts).toBe(1);
    // Today's link ran once, and put the next day's in the queue once.
    const links = await db.db.selectFrom('jobs').select(['dedupe_key']).where('kind', '=', PAY_PERIOD_SWEEP_JOB).orderBy('dedupe_key').execute();
    expect(links.map((j) => j.dedupe_key)).toEqual([`${PAY_PERIOD_SWEEP_JOB}:${today}`, `${PAY_PERIOD_SWEEP_JOB}:${addDays(today, 1)}`]);
  });

  it('starts a killed server process again, while the balancer sends its share to the other two', async () => {
    const maria = await signedIn('provider', '900000001');
    const before = await serverPids();
    expect(before).toHaveLength(2);
    process.kill(before[0]!, 'SIGKILL');
    for (let i = 0; i < 2 * WORKERS; i++) expect((await maria.send('GET', '/api/session')).body).toMatchObject({ authenticated: true });

    await until(async () => {
      const now = await serverPids();
      return now.length === 2 && !now.includes(before[0]!);
    }, 100);
    // Back in the balancer's rotation once its health check passes.
    const answers = await until(() => fromEveryProcess(() => maria.send('GET', '/api/session')).catch(() => null), 250);
    for (const answer of answers) expect(answer.body).toMatchObject({ authenticated: true });
    expect(machines[0]!.output()).toContain('a server process stopped; starting another in its place');
  });
});
