/**
 * kill -9 in the middle of a provider's day. The real server runs in its own process over a fresh copy of the
 * database with the demo accounts; two providers tap check-ins and check-outs, one after another as a phone's
 * queue sends them, while timesheets are submitted beside them. At a random moment the server is killed with
 * SIGKILL and started again; every request that got no answer is sent again with its idempotency key, as the
 * web app's outbox does. Then what the portal holds must be exactly what was sent: no tap lost, none recorded
 * twice, each submission once.
 *
 * `CRASH_TRIALS=10 npx vitest run --project int src/server/crash-restart.int.test.ts` for the long run (at most
 * 20: each trial takes its own past pay period for the timesheets). With `CRASH_DATABASE=embedded` the server
 * runs as `npm start` does, on its embedded PostgreSQL, which each kill leaves running for the restart to deal
 * with; by default it uses a copy of the run's template database (DATABASE_URL), which is quicker.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstWeekdaysIn, payPeriodBack } from '../../e2e/support/dates.js';
import { connect, withDatabase, type DbHandle } from '../db/connection.js';
import { embeddedServerUrl } from '../db/embedded.js';
import { EMBEDDED_DATABASE } from '../db/open.js';
import { createTestDb } from '../db/testing/test-db.js';
import { freePort } from '../db/testing/free-port.js';
import { DEMO_PASSWORD } from '../db/seed/demo.js';
import { addDays, californiaInstant, type IsoDate } from '../domain/index.js';
import { testToday } from './testing/clock.js';
import { HttpSession, startServerProcess, stopServerProcess, type ServerProcess } from './testing/server-process.js';

const TRIALS = Number(process.env.CRASH_TRIALS ?? 3);
const EMBEDDED = process.env.CRASH_DATABASE === 'embedded';
if (!Number.isInteger(TRIALS) || TRIALS < 1 || TRIALS > 20) throw new Error(`CRASH_TRIALS must be 1 to 20, not ${process.env.CRASH_TRIALS}`);
const VISITS_PER_PROVIDER = 6;
/** A request still unanswered after this many tries is a failure of the test's own, not a loss. */
const MAX_ATTEMPTS = 20;
const TRIAL_TIMEOUT_MS = 180_000;

interface Write {
  what: string;
  session: HttpSession;
  path: string;
  body: Record<string, unknown>;
  attempts: number;
  answer?: { status: number; body: unknown };
}

interface Tally {
  requests: number;
  resent: number;
  /** Requests the killed server had applied but not answered: the retries that must not apply them again. */
  appliedUnanswered: number;
  lost: number;
  doubled: number;
  restartsUnaided: number;
}

let db: DbHandle;
let dropDatabase: () => Promise<void>;
let serverEnv: Record<string, string | undefined>;
let port: number;
let server: ServerProcess;
let maria: HttpSession;
let james: HttpSession;
const totals: Tally = { requests: 0, resent: 0, appliedUnanswered: 0, lost: 0, doubled: 0, restartsUnaided: 0 };

beforeAll(async () => {
  port = await freePort();
  const common = { PORTAL_TODAY: testToday(), DEMO_DATA: 'true', NODE_ENV: 'development', LOG_LEVEL: 'warn' };
  if (EMBEDDED) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ihss-crash-'));
    const pgPort = await freePort();
    serverEnv = { ...common, DATABASE_URL: undefined, DATA_DIR: dir, EMBEDDED_PG_PORT: String(pgPort) };
    server = await startServerProcess(port, serverEnv);
    db = connect(withDatabase(embeddedServerUrl(pgPort), EMBEDDED_DATABASE), 2);
    dropDatabase = () => rm(dir, { recursive: true, force: true });
  } else {
    const copy = await createTestDb();
    serverEnv = { ...common, DATABASE_URL: copy.url };
    server = await startServerProcess(port, serverEnv);
    db = copy;
    dropDatabase = copy.drop;
  }
  maria = new HttpSession(server.baseUrl);
  james = new HttpSession(server.baseUrl);
  await maria.signIn('provider', '900000001', DEMO_PASSWORD);
  await james.signIn('provider', '900000002', DEMO_PASSWORD);
}, TRIAL_TIMEOUT_MS);

afterAll(async () => {
  if (server) await stopServerProcess(server);
  if (EMBEDDED) await db?.close();
  await dropDatabase?.();
  console.log(
    `kill -9 trials (${EMBEDDED ? 'embedded PostgreSQL' : 'DATABASE_URL'}): ${TRIALS}; requests: ${totals.requests} (${totals.resent} re-sent after a kill, ${totals.appliedUnanswered} of them applied ` +
      `before it); lost: ${totals.lost}; ` +
      `doubled: ${totals.doubled}; restarts unaided: ${totals.restartsUnaided} of ${TRIALS}`,
  );
});

/** A visit's taps, at California times of `day`. */
function visit(caseNumber: string, day: IsoDate, startMinute: number) {
  const at = (minute: number) => new Date(californiaInstant(day, minute)).toISOString();
  return { caseNumber, checkInAt: at(startMinute), checkOutAt: at(startMinute + 25), inKey: randomUUID(), outKey: randomUUID() };
}
type Visit = ReturnType<typeof visit>;

async function okJson(res: Promise<{ status: number; body: unknown }>, what: string) {
  const r = await res;
  if (r.status !== 200) throw new Error(`${what} answered ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body as Record<string, unknown>;
}

/** How many of these writes, in flight when the server was killed, it had already applied. */
async function countApplied(writes: Write[]): Promise<number> {
  const keys = writes.map((w) => w.body.idempotencyKey as string);
  if (keys.length === 0) return 0;
  const taps = await db.db.selectFrom('evv_records').select(['check_in_key', 'check_out_key']).where((eb) => eb.or([eb('check_in_key', 'in', keys), eb('check_out_key', 'in', keys)])).execute();
  const sheets = await db.db.selectFrom('timesheets').select('submission_key').where('submission_key', 'in', keys).execute();
  const applied = new Set([...taps.flatMap((r) => [r.check_in_key, r.check_out_key]), ...sheets.map((r) => r.submission_key)]);
  return keys.filter((k) => applied.has(k)).length;
}

describe('a server killed with SIGKILL during a stream of taps and submissions', () => {
  for (let trial = 0; trial < TRIALS; trial++) {
    it(`loses nothing and records nothing twice once the unanswered requests are sent again (trial ${trial + 1})`, { timeout: TRIAL_TIMEOUT_MS }, async () => {
      // Each trial on a day and a pay period of its own, all in the past. The days go forward, trial after trial,
      // as a phone's do: a tap older than visits already recorded is another matter (late taps), not a crash's.
      const day = addDays(testToday(), trial - TRIALS);
      const period = payPeriodBack(3 + trial);
      const workDays = firstWeekdaysIn(period).slice(0, 2);
      const mariaVisits = Array.from({ length: VISITS_PER_PROVIDER }, (_, i) => visit('9000001', day, 7 * 60 + i * 40));
      const jamesVisits = Array.from({ length: VISITS_PER_PROVIDER }, (_, i) => visit(i % 2 ? '9000003' : '9000002', day, 7 * 60 + i * 40));
      const sheets = [
        { session: maria, caseNumber: '9000001', key: randomUUID(), id: 0 },
        { session: james, caseNumber: '9000002', key: randomUUID(), id: 0 },
        { session: james, caseNumber: '9000003', key: randomUUID(), id: 0 },
      ];
      for (const s of sheets) {
        const opened = await okJson(s.session.send('POST', '/api/timesheets/open', { caseNumber: s.caseNumber, payPeriodStart: period.start }), 'opening a timesheet');
        s.id = opened.id as number;
        await okJson(s.session.send('POST', `/api/timesheets/${s.id}/days`, { days: workDays.map((date) => ({ date, workedMinutes: 120, travelMinutes: 0 })) }), 'saving days');
      }

      const taps = (session: HttpSession, visits: Visit[]): Write[] =>
        visits.flatMap((v) => [
          { what: `check-in ${v.caseNumber} ${v.checkInAt}`, session, path: '/api/evv/check-in', body: { idempotencyKey: v.inKey, caseNumber: v.caseNumber, tappedAt: v.checkInAt, locationType: 'community' }, attempts: 0 },
          { what: `check-out ${v.caseNumber} ${v.checkOutAt}`, session, path: '/api/evv/check-out', body: { idempotencyKey: v.outKey, caseNumber: v.caseNumber, tappedAt: v.checkOutAt }, attempts: 0 },
        ]);
      const lanes = [taps(maria, mariaVisits), taps(james, jamesVisits)];
      const submissions: Write[] = sheets.map((s) => ({
        what: `submission of ${s.caseNumber} for ${period.start}`,
        session: s.session,
        path: `/api/timesheets/${s.id}/submit`,
        body: { idempotencyKey: s.key, acknowledgeScheduledVisits: true },
        attempts: 0,
      }));
      const writes = [...lanes.flat(), ...submissions];

      // The kill comes a random moment after a random answer, so it may land before, during or after any request.
      const killAfter = randomInt(1, writes.length);
      let answered = 0;
      let restarted: Promise<void> = Promise.resolve();
      let killed = false;
      let killedOutput = '';
      const inFlight = new Set<Write>();
      let appliedUnanswered = 0;
      const waiters: { n: number; go: () => void }[] = [];
      const onAnswer = () => {
        answered++;
        for (const w of waiters.filter((x) => x.n <= answered)) w.go();
        if (answered === killAfter) {
          const crashed = new Promise<void>((resolve) => setTimeout(resolve, randomInt(0, 30)));
          restarted = crashed.then(async () => {
            server.kill('SIGKILL');
            killed = true;
            const unanswered = [...inFlight];
            await server.exited;
            killedOutput = server.output();
            appliedUnanswered = await countApplied(unanswered);
            server = await startServerProcess(port, serverEnv);
            totals.restartsUnaided++;
          });
        }
      };
      const deliver = async (w: Write) => {
        while (!w.answer) {
          w.attempts++;
          inFlight.add(w);
          try {
            w.answer = await w.session.send('POST', w.path, w.body);
          } catch (err) {
            inFlight.delete(w);
            // No answer: the server is gone. Wait for it to be back, then the same request with the same key.
            if (w.attempts >= MAX_ATTEMPTS) throw err;
            await restarted;
          }
        }
        inFlight.delete(w);
        onAnswer();
      };
      const untilAnswered = (n: number) => new Promise<void>((go) => (n <= answered ? go() : waiters.push({ n, go })));

      await Promise.all([
        ...lanes.map(async (lane) => {
          for (const w of lane) await deliver(w);
        }),
        ...submissions.map(async (w) => {
          await untilAnswered(randomInt(0, writes.length - submissions.length));
          await deliver(w);
        }),
      ]);
      await restarted;
      expect(killed).toBe(true);

      // What the portal answers.
      const problems: string[] = [];
      let lost = 0;
      let doubled = 0;
      for (const w of writes) {
        if (w.answer!.status !== 200) problems.push(`${w.what}: answered ${w.answer!.status} ${JSON.stringify(w.answer!.body)} after ${w.attempts} tries`);
      }
      for (const [session, visits] of [[maria, mariaVisits], [james, jamesVisits]] as const) {
        const { records } = (await okJson(session.send('GET', `/api/evv/records?from=${day}&to=${day}`), 'listing records')) as { records: { caseNumber: string; checkInAt: string | null; checkOutAt: string | null }[] };
        for (const v of visits) {
          const ins = records.filter((r) => r.checkInAt === v.checkInAt).length;
          const outs = records.filter((r) => r.checkOutAt === v.checkOutAt).length;
          const whole = records.filter((r) => r.caseNumber === v.caseNumber && r.checkInAt === v.checkInAt && r.checkOutAt === v.checkOutAt).length;
          lost += Number(ins === 0) + Number(outs === 0);
          doubled += Math.max(0, ins - 1) + Math.max(0, outs - 1);
          if (ins !== 1 || outs !== 1 || whole !== 1) problems.push(`visit ${v.caseNumber} ${v.checkInAt}-${v.checkOutAt}: check-in in ${ins} records, check-out in ${outs}, whole in ${whole}`);
        }
        if (records.length !== visits.length) problems.push(`${records.length} records on ${day} for ${visits.length} visits: ${JSON.stringify(records)}`);
      }
      for (const s of sheets) {
        const { timesheets } = (await okJson(s.session.send('GET', `/api/timesheets?caseNumber=${s.caseNumber}&payPeriodStart=${period.start}`), 'listing timesheets')) as { timesheets: { id: number; status: string }[] };
        const submitted = timesheets.filter((t) => t.status === 'submitted').length;
        lost += Number(submitted === 0);
        doubled += Math.max(0, timesheets.length - 1);
        if (timesheets.length !== 1 || submitted !== 1) problems.push(`timesheet ${s.caseNumber} ${period.start}: ${JSON.stringify(timesheets)}`);
      }

      // What the database holds: each key once, each submission applied once.
      const keys = [...mariaVisits, ...jamesVisits];
      const inKeys = await db.db.selectFrom('evv_records').select('check_in_key as key').where('check_in_key', 'in', keys.map((v) => v.inKey)).execute();
      const outKeys = await db.db.selectFrom('evv_records').select('check_out_key as key').where('check_out_key', 'in', keys.map((v) => v.outKey)).execute();
      for (const v of keys) {
        const i = inKeys.filter((r) => r.key === v.inKey).length;
        const o = outKeys.filter((r) => r.key === v.outKey).length;
        if (i !== 1 || o !== 1) problems.push(`visit ${v.checkInAt}: check-in key in ${i} records, check-out key in ${o}`);
      }
      for (const s of sheets) {
        const withKey = await db.db.selectFrom('timesheets').select('id').where('submission_key', '=', s.key).execute();
        const audits = await db.db.selectFrom('audit_events').select('details').where('action', '=', 'timesheet.submitted').execute();
        const audited = audits.filter((a) => a.details.timesheetId === s.id);
        if (withKey.length !== 1 || audited.length !== 1) problems.push(`submission ${s.caseNumber} ${period.start}: key on ${withKey.length} timesheets, submitted ${audited.length} times in the audit log`);
      }

      const resent = writes.filter((w) => w.attempts > 1).length;
      totals.requests += writes.length;
      totals.resent += resent;
      totals.appliedUnanswered += appliedUnanswered;
      totals.lost += lost;
      totals.doubled += doubled;
      console.log(`trial ${trial + 1}: killed after answer ${killAfter} of ${writes.length}; ${resent} re-sent (${appliedUnanswered} applied before the kill); lost ${lost}; doubled ${doubled}`);
      // The servers' own words, for whoever reads a failure.
      if (problems.length) console.error(`the killed server wrote:\n${killedOutput}\nthe restarted server wrote:\n${server.output()}`);
      expect(problems).toEqual([]);
    });
  }
});
