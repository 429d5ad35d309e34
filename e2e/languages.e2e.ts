import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../src/contracts/messages/languages.js';
import { DEMO_PASSWORD } from '../src/db/seed/demo.js';
import { apiSettled, phonePage, startPortal, type Portal } from './support/portal.js';
import { signIn } from './support/sign-in.js';
import { keptWords, pageWords, untranslated } from './support/untranslated.js';

let portal: Portal;
let provider: { context: BrowserContext; page: Page };
/** What each page says in English, to find the same words left on the page in another language. */
const english = new Map<string, Set<string>>();
/**
 * The provider's main screens, the ones a caregiver uses between visits, their pay's settings, and one of their timesheets: nine screens in
 * seven languages keep the journey to about two minutes of CI; the catalogue tests check every other screen's words.
 */
const pages = ['/dashboard', '/check-in', '/timesheets', '/claims', '/payments', '/payments/withholding', '/payments/direct-deposit', '/payments/tax-forms', '/profile'];

/** Opens a page and waits for it to settle: its title heading, no loading state left, no API call in flight. */
async function open(page: Page, path: string) {
  await page.goto(`${portal.baseUrl}${path}`);
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0);
  await apiSettled(page);
}

/** Picks a language from the header's list, as a person does (on a phone it sits behind the menu button). */
async function pickLanguage(page: Page, lang: Language) {
  const menu = page.locator('header button[aria-controls="site-menu"][aria-expanded="false"]');
  if (await menu.isVisible()) await menu.click();
  await page.locator('header select:visible').selectOption(lang);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

beforeAll(async () => {
  portal = await startPortal();
  provider = await phonePage(portal);
  const { page } = provider;
  await open(page, '/sign-in');
  english.set('/sign-in', new Set(await pageWords(page)));
  await signIn(portal, page, 'Provider', '900000001', 'Maria');
  const timesheet = await page.evaluate(async () => ((await (await fetch('/api/timesheets')).json()) as { timesheets: { id: number }[] }).timesheets[0]?.id);
  if (timesheet) pages.push(`/timesheets/${timesheet}`);
  for (const path of pages) {
    await open(page, path);
    english.set(path, new Set(await pageWords(page)));
  }
});
afterAll(async () => {
  await provider?.context.close();
  await portal?.close();
});

const OTHERS = LANGUAGES.filter((l) => l !== 'en');

describe('every main screen in every language', () => {
  it.each(OTHERS)('shows the provider screens in %s, picked from the header, with no text left in English', async (lang) => {
    const { page } = provider;
    await open(page, '/dashboard');
    await pickLanguage(page, lang);
    const found: string[] = [];
    const kept = await keptWords(lang);
    for (const path of pages) {
      await open(page, path);
      found.push(...untranslated(await pageWords(page), english.get(path)!, kept).map((w) => `${path}: ${w}`));
    }
    expect(found).toEqual([]);
    // The pick is kept on the account, for its mail and texts.
    const account = await portal.db.db.selectFrom('users').select('preferred_language').where('login_id', '=', '900000001').executeTakeFirstOrThrow();
    expect(account.preferred_language).toBe(lang);
  });

  it.each(OTHERS)('shows the sign-in page in %s when it was chosen on this phone before', async (lang) => {
    const { context, page } = await phonePage(portal);
    await context.addInitScript((l) => localStorage.setItem('ihss.lang', l), lang);
    await open(page, '/sign-in');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await page.locator('header select:visible').inputValue()).toBe(lang);
    expect(await page.getByRole('option', { name: LANGUAGE_NAMES[lang] }).count()).toBeGreaterThan(0);
    expect(untranslated(await pageWords(page), english.get('/sign-in')!, await keptWords(lang))).toEqual([]);
    await context.close();
  });

  it("shows the account's language after sign-in on a phone that never chose one, Armenian's dates included", async () => {
    // Chrome has no Armenian dates: the polyfill replaces Intl while the page is still English (a crash before).
    await portal.db.db.updateTable('users').set({ preferred_language: 'hy' }).where('login_id', '=', '900000001').execute();
    const { context, page } = await phonePage(portal);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await open(page, '/sign-in');
    await page.getByLabel('Provider ID', { exact: true }).fill('900000001');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'hy');
    await page.getByRole('heading', { name: 'Բարև ձեզ, Maria', level: 1 }).waitFor();
    await apiSettled(page);
    expect(await page.locator('main').innerText()).toMatch(/դեկտեմբերի|հունվարի|նոյեմբերի|Այսօր/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("follows the browser's language on a first visit", async () => {
    const { context, page } = await phonePage(portal, 'zh-TW');
    await open(page, '/sign-in');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh');
    await context.close();
  });
});
