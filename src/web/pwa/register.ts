import { onApiEvent } from '../api';
import { firstPageShown } from '../components/lazyPage';
import { offerUpdate } from './updates';

/**
 * Registers the portal's service worker (plugin.ts) in a built app, on the phones that need it: once a provider is
 * signed in (only providers work offline, so no one else downloads the provider's pages for it), or where a worker is
 * installed already. Only once the first page has shown whole (components/lazyPage.tsx) and the phone is idle: the
 * install downloads the whole app, which on a weak signal and a slow phone would otherwise share the line and the
 * processor with the page the person opened (issue #13).
 */

/** The same-origin hashed files this page has loaded, which a worker that was not yet in control could not keep. */
export function loadedAssets(entries: readonly { name: string }[], origin: string): string[] {
  return entries.map((entry) => new URL(entry.name, origin)).filter((url) => url.origin === origin && url.pathname.startsWith('/assets/')).map((url) => url.href);
}

/**
 * On the first visit the page loaded its language and styles before the worker existed: once the worker controls
 * the page, they are asked for once more through it (from the browser's HTTP cache), so it keeps them for offline.
 */
function keepWhatWasLoaded() {
  for (const url of loadedAssets(performance.getEntriesByType('resource'), window.location.origin)) {
    fetch(url).catch(() => undefined);
  }
}

/**
 * Switches to the waiting worker and reloads once it is in control; if another tab already switched, just reloads. A new
 * worker waits ("installed", W3C Service Workers) until every tab has closed or one asks it to skip waiting: only this.
 */
export function applyUpdate(registration: ServiceWorkerRegistration, container: ServiceWorkerContainer, reload: () => void) {
  const waiting = registration.waiting;
  if (!waiting) {
    reload();
    return;
  }
  container.addEventListener('controllerchange', reload, { once: true });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

/** Offers the update whenever a new worker has installed next to the one in control, now or later. */
export function watchForUpdates(registration: ServiceWorkerRegistration, container: ServiceWorkerContainer, reload: () => void) {
  const offer = () => {
    if (registration.waiting && container.controller) offerUpdate(() => applyUpdate(registration, container, reload));
  };
  offer();
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offer();
    });
  });
}

async function register() {
  const container = navigator.serviceWorker;
  if (!container.controller) container.addEventListener('controllerchange', keepWhatWasLoaded, { once: true });
  const registration = await container.register('/sw.js', { scope: '/' });
  watchForUpdates(registration, container, () => window.location.reload());
  // A page can stay open for a whole workday without navigating: look for a new version when it is shown again.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
  });
}

let installing: Promise<void> | null = null;

/** How long the install waits for the first page to show: a page that never does (one with no data) still gets a worker. */
const FIRST_PAGE_WAIT_MS = 10_000;

function install() {
  // Without a worker the portal works as before, online only: worth a line in the console, not a word to the person.
  installing ??= Promise.all([afterLoad(), Promise.race([firstPageShown, new Promise((resolve) => setTimeout(resolve, FIRST_PAGE_WAIT_MS))])])
    .then(whenIdle)
    .then(register)
    .catch((error: unknown) => console.error(error));
}

function afterLoad(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

/** After the page just shown is drawn: at the browser's next idle moment, or a task later where there is no such call (Safari). */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 2_000 }) : setTimeout(resolve)));
}

// Vite's dev server (the one with hot reload) builds no worker; any built app has one, whatever its mode.
if (!import.meta.hot && typeof navigator !== 'undefined' && 'serviceWorker' in navigator) {
  onApiEvent((event) => {
    if (event.type === 'session' && event.state.authenticated && event.state.user.role === 'provider') install();
  });
  void navigator.serviceWorker.getRegistration().then((existing) => existing && install());
}
