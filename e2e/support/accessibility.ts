import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterEach, expect } from 'vitest';

/**
 * WCAG 2.2 level AA as axe tags it (https://www.w3.org/TR/WCAG22/), its new 2.5.8 Target Size (Minimum) among them:
 * 24 by 24 CSS pixels, links in running text excepted.
 */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The rules Lighthouse 12 turns on besides its WCAG tags (core/gather/gatherers/accessibility.js: best practices such as
 * heading-order and landmark-one-main, and rules axe counts as experimental). Its accessibility score, to be 100 on
 * the pages `npm run bench:web` measures, is these and the WCAG rules: every page of every journey is held to them.
 */
const LIGHTHOUSE_RULES = [
  'accesskeys',
  'aria-allowed-role',
  'aria-conditional-attr',
  'aria-deprecated-role',
  'aria-dialog-name',
  'aria-prohibited-attr',
  'aria-text',
  'aria-treeitem-name',
  'empty-heading',
  'heading-order',
  'html-xml-lang-mismatch',
  'identical-links-same-purpose',
  'image-redundant-alt',
  'input-button-name',
  'label-content-name-mismatch',
  'landmark-one-main',
  'link-in-text-block',
  'meta-viewport',
  'select-name',
  'skip-link',
  'tabindex',
  'table-duplicate-name',
  'table-fake-caption',
  'target-size',
  'td-has-header',
];

/**
 * axe-core, the very copy @axe-core/playwright loads. Its AxeBuilder injects axe again and opens a blank page to
 * gather the results at every scan: 1.5 to 3 seconds each, where axe kept in the document runs in 0.1 to 0.5.
 */
const axeSource = readFileSync(createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8');

async function axeProblems(page: Page, label: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    async ({ tags, rules }) => {
      type Violation = { id: string; impact?: string; help: string; nodes: { target: unknown[] }[] };
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: Object.fromEntries(rules.map((rule) => [rule, { enabled: true }])),
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
    },
    { tags: WCAG_22_AA, rules: LIGHTHOUSE_RULES },
  );
  return violations.map((v) => `${label}: ${v.id} (${v.impact}) ${v.help} -> ${v.targets.join(', ')}`);
}

/** Which page is shown (its path and visible title heading) and how often its DOM has changed, as the watch's script counts. */
interface PageState {
  key: string;
  mutations: number;
}

interface Watch {
  /** The page states scanned, by key: each once per page object. */
  scanned: Set<string>;
  /** The last scan, so that a journey's own call right after it, on a page unchanged since, is not a second scan. */
  last?: PageState & { problems: string[] };
  /** Violations found and not yet reported. */
  problems: string[];
  /** Scans run one after another (axe refuses to run twice at once on a page), and the journey's next step waits for them. */
  queue: Promise<void>;
  /** Requests in flight, the live-update stream aside: a page still loading is not scanned yet. */
  loading: Set<unknown>;
}

const watches = new Map<Page, Watch>();

/**
 * Scans the page as it is now with axe (WCAG 2.2 AA and Lighthouse's rules) and fails on any violation. Every page a journey shows is
 * scanned anyway (watchAccessibility); a journey calls this for a state inside a page that the watch does not see
 * as a new page: a dialog open, errors shown, a form filled in.
 */
export async function expectAccessible(page: Page, label: string) {
  const watch = watches.get(page);
  if (!watch) {
    expect(await axeProblems(page, label)).toEqual([]);
    return;
  }
  await watch.queue;
  const now = await pageState(page);
  const fresh = watch.last !== undefined && now !== undefined && watch.last.key === now.key && watch.last.mutations === now.mutations;
  const problems = fresh ? watch.last!.problems : await axeProblems(page, label);
  // Found by the watch on this very DOM: reported here, where the journey asked, and not again after the test.
  if (fresh) watch.problems = watch.problems.filter((p) => !problems.includes(p));
  if (now?.key) watch.scanned.add(now.key);
  expect(problems).toEqual([]);
}

/**
 * Runs in every document of a watched context: names the page shown by its path and the text of its visible h1
 * and tells the test when that changes; counts DOM changes, so that a scan waits for the page to stop changing.
 */
function reportPageShown() {
  const w = window as unknown as { __a11yMutations: number; __a11yPageShown(key: string): void };
  w.__a11yMutations = 0;
  let shown = '';
  new MutationObserver(() => {
    w.__a11yMutations += 1;
    const title = [...document.querySelectorAll('h1')].find((h) => h.checkVisibility())?.textContent?.replace(/\s+/g, ' ').trim();
    const key = title ? `${location.pathname} "${title}"` : '';
    if (key && key !== shown) {
      shown = key;
      void w.__a11yPageShown(key);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}

const pageState = (page: Page): Promise<PageState | undefined> =>
  page
    .evaluate(() => {
      const w = window as unknown as { __a11yMutations?: number };
      const title = [...document.querySelectorAll('h1')].find((h) => h.checkVisibility())?.textContent?.replace(/\s+/g, ' ').trim();
      return { key: title ? `${location.pathname} "${title}"` : '', mutations: w.__a11yMutations ?? 0 };
    })
    .catch(() => undefined);

/** The steps that change what a page shows: each waits until the scans of what the page has shown so far are done. */
const LOCATOR_ACTIONS = [
  'click',
  'dblclick',
  'tap',
  'fill',
  'clear',
  'press',
  'pressSequentially',
  'check',
  'uncheck',
  'setChecked',
  'selectOption',
  'setInputFiles',
  'focus',
  'dispatchEvent',
] as const;
const PAGE_ACTIONS = ['goto', 'reload', 'goBack', 'goForward', 'close'] as const;

/** Holds a step on a watched page until its pending scans are done, so the page is scanned as the journey saw it. */
function afterScans<T extends object, K extends keyof T>(target: T, name: K, pageOf: (self: T) => Page) {
  const step = target[name] as (...args: unknown[]) => Promise<unknown>;
  target[name] = async function (this: T, ...args: unknown[]) {
    await watches.get(pageOf(this))?.queue;
    return step.apply(this, args);
  } as T[K];
}

let locatorsHeld = false;

function holdLocatorSteps(page: Page) {
  if (locatorsHeld) return;
  locatorsHeld = true;
  const prototype = Object.getPrototypeOf(page.locator('html')) as Locator;
  for (const name of LOCATOR_ACTIONS) afterScans(prototype, name, (locator) => locator.page());
}

/**
 * Makes "every page of every journey is accessible" hold by construction (WCAG 2.2 AA, as axe checks it): each
 * time a page of the context shows a new path or title heading, it is scanned once it has settled (nothing loading,
 * the DOM still), before the journey's next step on that page; the test fails once it ends, naming each page, rule
 * and element. Each page state is scanned once per page object, so coming back to a page costs nothing.
 */
export async function watchAccessibility(context: BrowserContext) {
  const watchOf = (page: Page) => {
    let watch = watches.get(page);
    if (watch) return watch;
    const loading = new Set<unknown>();
    watch = { scanned: new Set(), problems: [], queue: Promise.resolve(), loading };
    watches.set(page, watch);
    page.on('request', (r) => !r.url().includes('/api/events') && loading.add(r));
    page.on('requestfinished', (r) => loading.delete(r));
    page.on('requestfailed', (r) => loading.delete(r));
    holdLocatorSteps(page);
    for (const name of PAGE_ACTIONS) afterScans(page, name, () => page);
    return watch;
  };
  context.on('page', watchOf);
  await context.exposeBinding('__a11yPageShown', ({ page }, key: string) => {
    const watch = watchOf(page);
    if (!watch.scanned.has(key)) watch.queue = watch.queue.then(() => scanWhenSettled(page, watch, key));
  });
  await context.addInitScript(reportPageShown);
  const close = context.close.bind(context);
  context.close = async (options) => {
    await Promise.all(context.pages().map((page) => watches.get(page)?.queue));
    return close(options);
  };
}

/** Long enough for a page's data to arrive and render; a page that never stops changing (a countdown) is scanned anyway. */
const SETTLE_MS = 250;
const MAX_SETTLE_ROUNDS = 12;

async function quiet(watch: Watch) {
  let quietSince = performance.now();
  while (performance.now() - quietSince < SETTLE_MS) {
    await new Promise((r) => setTimeout(r, 50));
    if (watch.loading.size > 0) quietSince = performance.now();
  }
}

async function scanWhenSettled(page: Page, watch: Watch, key: string) {
  let before: PageState | undefined;
  for (let round = 0; round < MAX_SETTLE_ROUNDS; round++) {
    await quiet(watch);
    const now = await pageState(page);
    // Gone before it settled (a redirect, the page closed): there was nothing there to read.
    if (!now || now.key !== key) return;
    if (before?.mutations === now.mutations) break;
    before = now;
  }
  if (!before || watch.scanned.has(key)) return;
  try {
    const problems = await axeProblems(page, key);
    const after = await pageState(page);
    watch.scanned.add(key);
    watch.problems.push(...problems);
    watch.last = after?.key === key && after.mutations === before.mutations ? { ...after, problems } : undefined;
  } catch (error) {
    // A scan cut short by the page leaving (a redirect, the page closed) proves nothing; any other failure is reported.
    if ((await pageState(page))?.key === key) watch.problems.push(`${key}: the scan failed: ${String(error)}`);
  }
}

/** What the watch found during a test fails it once the test ends. */
afterEach(async () => {
  const found: string[] = [];
  for (const [page, watch] of watches) {
    await watch.queue;
    found.push(...watch.problems);
    watch.problems = [];
    if (page.isClosed()) watches.delete(page);
  }
  expect(found, 'WCAG 2.2 AA violations on the pages the journey showed').toEqual([]);
});

/** Focus moved on by one Tab, as the page shows it: where the focused control is and what, if anything, covers it. */
async function focusedNow(): Promise<{ name: string; wrapped: boolean; hidden?: string } | null> {
  // Where focus ends up, not where it is on its way (USWDS slides the skip link in).
  await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return null;
  const w = window as unknown as { __a11yTabStops?: WeakSet<Element> };
  w.__a11yTabStops ??= new WeakSet();
  const describe = (n: Element) =>
    `${n.tagName.toLowerCase()}${n.id ? `#${n.id}` : ''} "${(n.getAttribute('aria-label') ?? n.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
  const name = describe(el);
  if (w.__a11yTabStops.has(el)) return { name, wrapped: true };
  w.__a11yTabStops.add(el);
  // A visually hidden input (a USWDS radio tile, a checkbox) shows its focus on its label.
  let box = el.getBoundingClientRect();
  const label = (el as HTMLInputElement).labels?.[0];
  const onScreen = (b: DOMRect) => b.width > 1 && b.height > 1 && b.right > 0 && b.bottom > 0 && b.left < innerWidth && b.top < innerHeight;
  if (!onScreen(box) && label) box = label.getBoundingClientRect();
  if (!onScreen(box)) return { name, wrapped: false, hidden: 'off the screen once focused' };
  const left = Math.max(box.left, 0) + 1;
  const right = Math.min(box.right, innerWidth) - 1;
  const top = Math.max(box.top, 0) + 1;
  const bottom = Math.min(box.bottom, innerHeight) - 1;
  const points = [[(left + right) / 2, (top + bottom) / 2], [left, top], [right, top], [left, bottom], [right, bottom]] as const;
  for (const [x, y] of points) {
    for (let n = document.elementFromPoint(x, y); n; n = n.parentElement) {
      const position = getComputedStyle(n).position;
      if (position !== 'fixed' && position !== 'sticky') continue;
      if (!n.contains(el)) return { name, wrapped: false, hidden: `under ${describe(n)} at ${Math.round(x)},${Math.round(y)}` };
      break;
    }
  }
  return { name, wrapped: false };
}

/**
 * Tabs through the whole page as a keyboard user does, forwards and then backwards (Shift+Tab brings each control in
 * at the top of the screen, where a sticky header sits), and fails where a focused control is under content that
 * stays put while the page scrolls, or off the screen: WCAG 2.2 SC 2.4.11 Focus Not Obscured (Minimum),
 * https://www.w3.org/WAI/WCAG22/Understanding/focus-not-obscured-minimum. Held stricter than its "not entirely
 * hidden": no part of the control may be covered.
 */
export async function expectFocusNeverObscured(page: Page, label: string) {
  await watches.get(page)?.queue;
  const problems: string[] = [];
  for (const key of ['Tab', 'Shift+Tab']) {
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      delete (window as unknown as { __a11yTabStops?: unknown }).__a11yTabStops;
    });
    let stops = 0;
    for (; ; stops++) {
      await page.keyboard.press(key);
      const focused = await page.evaluate(focusedNow);
      if (!focused || focused.wrapped) break;
      if (focused.hidden) problems.push(`${label}, ${key}: ${focused.name} is ${focused.hidden}`);
    }
    // A walk that reached nothing would prove nothing.
    expect(stops, `${label}: controls reached by ${key}`).toBeGreaterThan(0);
  }
  expect(problems).toEqual([]);
}
