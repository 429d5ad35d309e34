/**
 * `npm run bench:review-queue [-- --count N --seed S --runs R]`: how fast county payroll's review queue answers
 * over HTTP when a county's queue is statewide-sized. It seeds N providers' timesheets of last month's first pay
 * period (the pay-run book: 40 % of them in Los Angeles) into a throwaway cluster, puts every one in county
 * review (entered over the last 10 days; most over 70 % in the first half, 1 in 10 a random hold, 1 in 50 a
 * provider not eligible), signs a Los Angeles payroll worker in, and times the requests a worker makes through
 * the whole app (session, access check, contracts, JSON): the queue's first page with the count of all, the queue filtered by a rare reason, by
 * provider and by age, and one item. Each is compared with the same worker's GET /api/session measured in the
 * same run (the floor of any signed-in request). It checks what the answers hold (exit 1 if not) and asserts
 * nothing about wall-clock time.
 */
import { sql } from 'kysely';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { QUEUE_PAGE, reviewQueue } from '../../src/contracts/claims';
import type { Db } from '../../src/db/connection';
import { californiaDate } from '../../src/domain/index';
import { buildTestApp, createUser, testConfig, TestClient } from '../../src/server/testing/test-app';
import { systemClock } from '../../src/server/lib/clock';
import { withThrowawayDatabase } from '../pay-run/database';
import { generatePayRunBook, LOS_ANGELES } from '../pay-run/generate';
import { benchPeriodStart } from '../pay-run/run';
import { seedBook } from '../pay-run/seed';
import { latency, type Latency } from './stats';

const TEN_DAYS_SECONDS = 10 * 86_400;

/** Every seeded timesheet waits in county review, with a reason and an entry time spread by its id. */
async function fillQueue(db: Db, now: Date) {
  await sql`UPDATE timesheets SET status = 'in_county_review'`.execute(db);
  await sql`INSERT INTO county_review_items (timesheet_id, county_id, provider_user_id, reason_codes, entered_at, touched_at, escalate_at)
            SELECT id, county_id, provider_user_id,
                   CASE WHEN id % 50 = 0 THEN ARRAY['PROVIDER_NOT_ELIGIBLE'] WHEN id % 10 = 0 THEN ARRAY['RANDOM_HOLD'] ELSE ARRAY['OVER_70_PERCENT_FIRST_HALF'] END,
                   e, e, e + interval '1 day'
            FROM (SELECT id, county_id, provider_user_id, ${now}::timestamptz - make_interval(secs => (id * 7919) % ${TEN_DAYS_SECONDS}) AS e FROM timesheets) t`.execute(db);
  await sql`ANALYZE`.execute(db);
}

interface Measured extends Latency {
  readonly name: string;
  readonly url: string;
  readonly ratio: number;
}

async function time(client: TestClient, url: string, runs: number): Promise<number[]> {
  for (let i = 0; i < 3; i++) await client.get(url);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const res = await client.get(url);
    samples.push(performance.now() - start);
    if (res.statusCode !== 200) throw new Error(`${url} answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
  }
  return samples;
}

/** What the answers must hold; each failure is a line of text. */
async function check(db: Db, client: TestClient, urls: { queue: string; rare: string; provider: string }, expected: { openInCounty: number; providerId: string }) {
  const failures: string[] = [];
  const answer = async (url: string) => reviewQueue.parse((await client.get(url)).json());
  const items = async (url: string) => (await answer(url)).items;
  const { items: queue, total } = await answer(urls.queue);
  if (queue.length !== Math.min(QUEUE_PAGE, expected.openInCounty)) failures.push(`the queue's first page lists ${queue.length} of ${expected.openInCounty} open items`);
  if (total !== expected.openInCounty) failures.push(`the queue counts ${total} open items, the county has ${expected.openInCounty}`);
  const entered = queue.map((i) => Date.parse(i.enteredAt));
  if (entered.some((t, i) => i > 0 && t < entered[i - 1]!)) failures.push('the queue is not oldest first');
  const counties = await db.selectFrom('timesheets').select('county_id').distinct().where('id', 'in', queue.map((i) => i.timesheetId)).execute();
  if (counties.some((c) => c.county_id !== LOS_ANGELES)) failures.push("the queue shows another county's items");
  if ((await items(urls.rare)).some((i) => !i.reasonCodes.includes('PROVIDER_NOT_ELIGIBLE'))) failures.push('the reason filter lets other reasons through');
  const mine = await items(urls.provider);
  if (mine.length === 0 || mine.some((i) => i.provider.providerId !== expected.providerId)) failures.push('the provider filter does not give that provider only');
  return failures;
}

export async function measureReviewQueue(db: Db, options: { count: number; seed: number; runs: number; now: Date }) {
  const now = options.now;
  const periodStart = benchPeriodStart(californiaDate(now));
  const book = generatePayRunBook({ seed: options.seed, count: options.count, periodStart });
  await seedBook(db, book, periodStart, new Date(now.getTime() - 12 * 86_400_000));
  await fillQueue(db, now);
  const { rows } = await sql<{ open_in_county: number; open: number; provider: string; item: number }>`
    SELECT (SELECT count(*) FROM county_review_items WHERE county_id = ${LOS_ANGELES} AND resolved_at IS NULL)::int AS open_in_county,
           (SELECT count(*) FROM county_review_items WHERE resolved_at IS NULL)::int AS open,
           u.login_id AS provider, i.timesheet_id::int AS item
    FROM county_review_items i JOIN users u ON u.id = i.provider_user_id
    WHERE i.county_id = ${LOS_ANGELES} ORDER BY i.entered_at DESC LIMIT 1`.execute(db);
  const seeded = rows[0]!;

  const config = testConfig();
  await createUser(db, config, { role: 'county_worker', loginId: 'bench.payroll', countyId: LOS_ANGELES });
  const app = await buildTestApp(db);
  try {
    const worker = new TestClient(app, '198.51.100.77');
    const signedIn = await worker.signIn('staff', 'bench.payroll');
    if (signedIn.statusCode !== 200) throw new Error(`the worker could not sign in: ${signedIn.body}`);
    const urls = {
      queue: '/api/staff/review',
      rare: '/api/staff/review?reason=PROVIDER_NOT_ELIGIBLE',
      provider: `/api/staff/review?provider=${seeded.provider}`,
      age: '/api/staff/review?minAgeDays=5',
      item: `/api/staff/review/${seeded.item}`,
    };
    const next = reviewQueue.parse((await worker.get(urls.queue)).json()).next;
    const floor = latency(await time(worker, '/api/session', options.runs));
    const requests: [string, string][] = [
      ['the queue, oldest first', urls.queue],
      ['its next page', `${urls.queue}?after=${next}`],
      ['a rare reason (1 in 50)', urls.rare],
      ['one provider', urls.provider],
      ['waiting 5+ business days', urls.age],
      ['one item, with its days and history', urls.item],
    ];
    const measured: Measured[] = [];
    for (const [name, url] of requests) {
      const l = latency(await time(worker, url, options.runs));
      measured.push({ name, url, ...l, ratio: l.medianMs / floor.medianMs });
    }
    const failures = await check(db, worker, urls, { openInCounty: seeded.open_in_county, providerId: seeded.provider });
    return { providers: book.length, open: seeded.open, openInCounty: seeded.open_in_county, runs: options.runs, floor, measured, failures };
  } finally {
    await app.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values: args } = parseArgs({ options: { count: { type: 'string', default: '50000' }, seed: { type: 'string', default: '1' }, runs: { type: 'string', default: '40' } } });
  const [count, seed, runs] = (['count', 'seed', 'runs'] as const).map((name) => {
    if (!/^[1-9][0-9]*$/.test(args[name])) throw new Error(`--${name} must be a positive whole number`);
    return Number(args[name]);
  }) as [number, number, number];
  const r = await withThrowawayDatabase((handle) => measureReviewQueue(handle.db, { count, seed, runs, now: systemClock.now() }));
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  const ms = (x: number) => x.toFixed(1).padStart(6);
  console.log(`county review queue benchmark (seed ${seed}, embedded PostgreSQL, through the app's HTTP handling, node ${process.version})`);
  console.log(`  data:   ${n(r.providers)} providers; ${n(r.open)} timesheets in county review, ${n(r.openInCounty)} of them in Los Angeles`);
  console.log(`  floor:  GET /api/session as the same worker: median ${r.floor.medianMs.toFixed(1)} ms, p95 ${r.floor.p95Ms.toFixed(1)} ms (${r.runs} runs each)`);
  console.log('  request                                  median ms  p95 ms   x floor');
  for (const m of r.measured) console.log(`  ${m.name.padEnd(40)} ${ms(m.medianMs)}    ${ms(m.p95Ms)}   ${m.ratio.toFixed(1).padStart(5)}x`);
  if (r.failures.length === 0) console.log(`  checks: a page of ${QUEUE_PAGE} oldest first and the count of all, Los Angeles only; the filters give what they name`);
  for (const f of r.failures) console.error(`  FAILED: ${f}`);
  console.log(JSON.stringify({ benchmark: 'review-queue', seed, ...r }));
  if (r.failures.length > 0) process.exitCode = 1;
}
