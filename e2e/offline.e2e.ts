import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, heading, phonePage, startPortal, type Portal } from './support/portal.js';
import { signIn } from './support/sign-in.js';
import { tile } from './support/tiles.js';
import { untilTheTestTimesOut } from './support/waiting.js';

let portal: Portal;

beforeAll(async () => {
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.close();
});

/** The service worker controls the page, and every hashed file the page loaded is in one of its caches. */
const keptForOffline = (page: Page) =>
  page.evaluate(async () => {
    if (!navigator.serviceWorker.controller) return false;
    const loaded = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => url.origin === location.origin && url.pathname.startsWith('/assets/'));
    const kept = await Promise.all(loaded.map(async (url) => (await caches.match(url.href, { ignoreSearch: true })) !== undefined));
    return kept.every(Boolean);
  });

/** The check-ins of case 9000001 the server has, straight from the database. */
const taps = () =>
  portal.db.db
    .selectFrom('evv_taps')
    .innerJoin('cases', 'cases.id', 'evv_taps.case_id')
    .select(['evv_taps.kind'])
    .where('cases.case_number', '=', '9000001')
    .execute();

describe('the portal with no signal at all', () => {
  it('opens again from the phone, shows the last known visits, and a check-in made there arrives exactly once', async () => {
    const { context, page } = await phonePage(portal);
    // Only a provider's phone installs the worker: the sign-in page downloads nothing for it.
    await page.goto(`${portal.baseUrl}/sign-in`);
    await heading(page, 'Sign in');
    await page.waitForLoadState('load');
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined)).toBe(true);

    await signIn(portal, page, 'Provider', '900000001', 'Maria');
    await page.getByRole('heading', { name: 'Scheduled visits' }).waitFor();
    await page.getByText('Elena Ramirez').first().waitFor();
    await expect.poll(() => keptForOffline(page), untilTheTestTimesOut).toBe(true);
    await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('ihss.offline.visits') ?? '{}') as { visits?: unknown[]; recipients?: unknown[] }), untilTheTestTimesOut).toEqual(
      expect.objectContaining({ visits: expect.any(Array), recipients: [{ caseNumber: '9000001', name: 'Elena R.' }] }),
    );
    const manifest = await page.evaluate(async () => (await fetch('/manifest.webmanifest')).json() as Promise<{ name: string; start_url: string }>);
    expect(manifest).toEqual(expect.objectContaining({ name: 'IHSS Provider Portal', start_url: '/dashboard' }));

    // No signal, and every tab closed: the portal is opened again from the phone alone.
    await context.setOffline(true);
    await page.close();
    const again = await context.newPage();
    await again.goto(`${portal.baseUrl}/dashboard`);
    await heading(again, 'Your visits');
    await again.getByText(/^Last updated .*; you are offline\./).waitFor();
    await again.getByRole('region', { name: 'Scheduled visits' }).getByText('Elena R.').first().waitFor();
    await expectAccessible(again, 'offline, last known visits');

    await tile(again, 'Community').click();
    await again.getByRole('button', { name: 'Check in', exact: true }).click();
    await again.getByText(/^Checked in with Elena R\. at /).waitFor();
    await again.getByRole('heading', { name: 'Waiting to send' }).waitFor();
    await expectAccessible(again, 'offline, check-in waiting');
    expect(await taps()).toEqual([]);

    // The signal returns: the session is read again, the provider's own page comes back, and the tap is sent once.
    await context.setOffline(false);
    await again.getByRole('heading', { name: 'Hello, Maria' }).waitFor();
    await expect.poll(async () => (await taps()).map((t) => t.kind), untilTheTestTimesOut).toEqual(['in']);
    await expect.poll(() => again.getByRole('heading', { name: 'Waiting to send' }).count(), untilTheTestTimesOut).toBe(0);
    await again.reload();
    await again.getByRole('heading', { name: 'Hello, Maria' }).waitFor();
    await again.getByText(/still checked in|You are checked in/).first().waitFor();
    expect((await taps()).map((t) => t.kind)).toEqual(['in']);
    await context.close();
  });
});
