/**
 * `npm run bench:web [-- --no-build] [--page dashboard ...] [--runs N] [--reports DIR]`: how the portal loads on a cheap phone with a weak signal, measured by
 * Lighthouse 12 with its default mobile settings (a mid-range phone's screen and 4x slower CPU, slow 4G simulated)
 * in Debian's Chromium. It builds the web app, starts the portal as `npm start` does (its own embedded PostgreSQL in
 * a temporary folder, the demo data), signs in the demo provider and county worker, and runs Lighthouse on the
 * sign-in page, the provider's dashboard, check-in page and a timesheet, and the county's review queue. It prints,
 * per page, the performance and accessibility scores, LCP, TBT, CLS and the JavaScript and CSS sent (bytes over
 * the wire, compressed as the browser received them), then what kept a page below the goals of issue #13
 * (performance 95 or more, accessibility 100, CLS below 0.05). Scores move between runs, most of all the blocking time
 * on a shared 2-core machine, where the portal's own server competes with the browser: each page is measured --runs
 * times (5 unless told: Lighthouse's docs/variability.md finds the median of five runs about half as variable as one
 * run), and the figures printed are those of the median run as Lighthouse picks it (computeMedianRun:
 * the run nearest the median first paint and time to interactive), with the range of the performance scores beside
 * them. A page's bytes do not move. With --reports, each page's whole Lighthouse report is written to DIR as JSON (open it in
 * the Lighthouse viewer to see where the time went). Each run is made in a Chromium of its own, so no page
 * starts with what another left (the service worker, caches).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { build } from 'vite';
import { routeTable } from '../../src/contracts/routes';
import { DEMO_PASSWORD } from '../../src/db/seed/demo';
import { freePort } from '../../src/db/testing/free-port';
import { californiaDate, payPeriodOf } from '../../src/domain/index';
import { systemClock } from '../../src/server/lib/clock';
import { HttpSession, startServerProcess, stopServerProcess } from '../../src/server/testing/server-process';
import { summarise, type PageResult } from './summary';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

interface Target {
  readonly name: string;
  readonly path: string;
  /** The session's cookies, for a page that needs someone signed in. */
  readonly cookie?: string;
}

async function signedIn(baseUrl: string, accountType: 'provider' | 'staff', loginId: string): Promise<HttpSession> {
  const session = new HttpSession(baseUrl);
  await session.signIn(accountType, loginId, DEMO_PASSWORD);
  return session;
}

/** The pages measured: for the demo provider's first case, its check-in page and this pay period's timesheet. */
async function targets(baseUrl: string): Promise<Target[]> {
  const provider = await signedIn(baseUrl, 'provider', '900000001');
  const staff = await signedIn(baseUrl, 'staff', 'demo.worker');
  const today = californiaDate(systemClock.now());
  const cases = await provider.send('GET', `${routeTable.cases.list.path}?month=${today.slice(0, 7)}`);
  const caseNumber = (cases.body as { cases: { caseNumber: string }[] }).cases[0]?.caseNumber;
  if (!caseNumber) throw new Error(`The demo provider has no case: ${JSON.stringify(cases.body)}`);
  const opened = await provider.send('POST', routeTable.timesheets.open.path, { caseNumber, payPeriodStart: payPeriodOf(today).start });
  if (opened.status !== 200) throw new Error(`Opening a timesheet answered ${opened.status}: ${JSON.stringify(opened.body)}`);
  return [
    { name: 'sign-in', path: '/sign-in' },
    { name: 'dashboard', path: '/dashboard', cookie: provider.cookieHeader() },
    { name: 'check-in', path: `/check-in?case=${caseNumber}`, cookie: provider.cookieHeader() },
    { name: 'timesheet', path: `/timesheets/${(opened.body as { id: number }).id}`, cookie: provider.cookieHeader() },
    { name: 'review queue', path: '/staff/review', cookie: staff.cookieHeader() },
  ];
}

async function measureOnce(baseUrl: string, target: Target) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
  try {
    const run = await lighthouse(`${baseUrl}${target.path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      ...(target.cookie ? { extraHeaders: { Cookie: target.cookie } } : {}),
    });
    if (!run) throw new Error(`Lighthouse returned nothing for ${target.path}`);
    if (run.lhr.runtimeError) throw new Error(`Lighthouse could not load ${target.path}: ${run.lhr.runtimeError.message}`);
    return run.lhr;
  } finally {
    chrome.kill();
  }
}

/** How often a run is made in all when Lighthouse cannot record its trace. */
const ATTEMPTS = 3;

/**
 * A run whose trace Lighthouse could not record (NO_NAVSTART, now and then on a busy machine, sometimes twice in a row)
 * is made again, up to ATTEMPTS times in all.
 */
async function measureWithRetry(baseUrl: string, target: Target, attempt = 1): Promise<Awaited<ReturnType<typeof measureOnce>>> {
  try {
    return await measureOnce(baseUrl, target);
  } catch (error) {
    if (attempt >= ATTEMPTS) throw error;
    console.log(`  ${(error as Error).message}; measuring again`);
    return measureWithRetry(baseUrl, target, attempt + 1);
  }
}

async function measure(baseUrl: string, target: Target, runs: number): Promise<PageResult> {
  const lhrs = [];
  for (let i = 0; i < runs; i++) lhrs.push(await measureWithRetry(baseUrl, target));
  const scores = lhrs.map((lhr) => Math.round((lhr.categories.performance?.score ?? 0) * 100));
  return { name: target.name, path: target.path, lhr: computeMedianRun(lhrs), scores };
}

async function main() {
  const { values } = parseArgs({
    options: {
      'no-build': { type: 'boolean', default: false },
      page: { type: 'string', multiple: true },
      runs: { type: 'string', default: '5' },
      reports: { type: 'string' },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number of runs, 1 or more, not ${values.runs}`);
  if (!values['no-build']) {
    console.log('Building the web app…');
    // The libraries' production code, as users get it, even where NODE_ENV says otherwise.
    process.env.NODE_ENV = 'production';
    await build({ configFile: path.join(REPO, 'vite.config.ts'), logLevel: 'warn' });
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ihss-bench-web-'));
  const port = await freePort();
  console.log('Starting the portal with the demo data…');
  const server = await startServerProcess(port, {
    NODE_ENV: 'development',
    DEMO_DATA: 'true',
    DATABASE_URL: undefined,
    DATA_DIR: path.join(dir, 'data'),
    EMBEDDED_PG_PORT: String(await freePort()),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: 'warn',
    PORTAL_TODAY: undefined,
  });
  try {
    const results: PageResult[] = [];
    const chosen = (await targets(server.baseUrl)).filter((t) => !values.page || values.page.includes(t.name));
    for (const target of chosen) {
      console.log(`Lighthouse: ${target.path} (${runs} run${runs === 1 ? '' : 's'})`);
      results.push(await measure(server.baseUrl, target, runs));
      if (values.reports) {
        await mkdir(values.reports, { recursive: true });
        await writeFile(path.join(values.reports, `${target.name.replace(/\W+/g, '-')}.json`), JSON.stringify(results.at(-1)!.lhr));
      }
    }
    console.log(`\n${summarise(results)}`);
  } finally {
    await stopServerProcess(server);
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
