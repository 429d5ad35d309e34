import { createServer, type AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createTestDb, type TestDb } from '../../src/db/testing/test-db.js';
import { createJobWorker } from '../../src/jobs/start.js';
import { buildApp } from '../../src/server/app.js';
import { seedDemoData } from '../../src/server/demo-seed.js';
import { testClock } from '../../src/server/testing/clock.js';
import { startTestSmtp } from '../../src/server/testing/smtp.js';
import { testConfig } from '../../src/server/testing/test-app.js';
import { watchAccessibility } from './accessibility.js';

export { expectAccessible } from './accessibility.js';

export interface Portal {
  baseUrl: string;
  db: TestDb;
  app: FastifyInstance;
  smtp: Awaited<ReturnType<typeof startTestSmtp>>;
  browser: Browser;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * The real server on a real port with its job worker (notifications), over a fresh copy of the database
 * with the demo accounts, sending mail to a real SMTP server, driven by Debian's Chromium.
 *
 * `hostName: 'localhost'` serves it as http://localhost:PORT: browsers refuse passkeys (WebAuthn) on an IP address,
 * and a passkey is bound to the host name the portal's PUBLIC_URL names.
 */
export async function startPortal({ hostName = '127.0.0.1' }: { hostName?: '127.0.0.1' | 'localhost' } = {}): Promise<Portal> {
  const db = await createTestDb();
  const smtp = await startTestSmtp();
  // The links the portal hands out (calendar feeds) are built from PUBLIC_URL, so it must name the port it listens on.
  const port = await freePort();
  const config = testConfig({ smtpUrl: smtp.url, demo: true, port, publicUrl: `http://${hostName}:${port}` });
  await seedDemoData(db.db, config, testClock.now());
  const app = await buildApp({ config, clock: testClock, db: db.db, pool: db.pool, logger: false });
  const worker = createJobWorker(app);
  await app.listen({ port, host: '127.0.0.1' });
  await worker.start();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return {
    baseUrl: `http://${hostName}:${port}`,
    db,
    app,
    smtp,
    browser,
    async close() {
      await browser.close();
      await worker.stop();
      await app.close();
      await smtp.close();
      await db.drop();
    },
  };
}

/** A phone-sized page, as most providers see the portal. */
export async function phonePage(portal: Portal, locale = 'en-US'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await portal.browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale,
    timezoneId: 'America/Los_Angeles',
  });
  await watchAccessibility(context);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  trackApi(page);
  return { context, page };
}

/** Waits for the page's title heading (h1): the page a step meant has rendered. */
export const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name, level: 1 }).waitFor();

export const codeIn = (text: string) => /\b(\d{6})\b/.exec(text)![1]!;

/** API requests in flight per page (the live-update stream, which never ends, aside). */
const apiInFlight = new WeakMap<Page, Set<unknown>>();

function trackApi(page: Page) {
  const inFlight = new Set<unknown>();
  apiInFlight.set(page, inFlight);
  const isApi = (url: string) => url.includes('/api/') && !url.includes('/api/events');
  page.on('request', (r) => isApi(r.url()) && inFlight.add(r));
  page.on('requestfinished', (r) => inFlight.delete(r));
  page.on('requestfailed', (r) => inFlight.delete(r));
}

/**
 * Resolves once the page has had no API request in flight for `quietMs`. Tests that move the page's
 * clock wait for this, because an answer arriving after the jump would count as fresh activity at the
 * jumped-to time.
 */
export async function apiSettled(page: Page, quietMs = 500): Promise<void> {
  const inFlight = apiInFlight.get(page) ?? new Set();
  let quietSince = performance.now();
  while (performance.now() - quietSince < quietMs) {
    await new Promise((r) => setTimeout(r, 50));
    if (inFlight.size > 0) quietSince = performance.now();
  }
}
