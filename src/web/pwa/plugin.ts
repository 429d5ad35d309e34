import type { ManifestEntry } from 'workbox-build';
import type { Plugin, PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The installable portal (issue #13, "Works with no signal at all"): the web manifest (W3C Web Application Manifest)
 * and a Workbox service worker (W3C Service Workers; vite-plugin-pwa, generateSW), for vite.config.ts. The registration and the update prompt are in register.ts and
 * UpdatePrompt.tsx; the last known visits in offline-store.ts.
 *
 * What the worker keeps, and why:
 * - Precached at install: index.html (the shell of every page, NavigateFallback), the manifest and icons, and the
 *   JavaScript and CSS that the entry and the provider's workday pages load (PROVIDER_PAGES with what they import),
 *   so a provider who opened the portal once can open it again, see the last known visits and check in and out with
 *   no signal, even on a page never opened. Chunks of other roles (county console, recipients) and other languages
 *   are not: they would make every phone download every screen once more after its first visit, which the byte
 *   budgets of the issue are about. A chunk one of those pages loads is kept when it is loaded (`assets` below).
 * - Never anything under /api: API answers are private, carry `Cache-Control: no-store`, and no route here matches
 *   them, so they always go to the network. Navigations to /api (downloads, the calendar feed) are left alone too.
 * - The worker is installed only once a provider has signed in on the phone, after the page's load event (register.ts),
 *   and most of what it precaches is what the page has just loaded, from the HTTP cache: no first paint pays for it, and
 *   no one else downloads the provider's pages.
 * - `registerType: 'prompt'`: a new version waits until the person presses Reload (UpdatePrompt.tsx), never in the
 *   middle of a form.
 */

/** The provider's workday pages, whose chunks are precached: the dashboard, visits, check-in and timesheets. */
export const PROVIDER_PAGES = [
  'dashboard/DashboardPage.tsx',
  'visits/VisitsPage.tsx',
  'evv/CheckInPage.tsx',
  'timesheets/TimesheetsPage.tsx',
  'timesheets/TimesheetPage.tsx',
  'pwa/OfflineWorkday.tsx',
];

/** What the precache keeps besides chunks: the shell, the manifest and the icons the phone installs. */
const SHELL = /^(index\.html|manifest\.webmanifest|favicon\.svg|icons\/.*\.png)$/;

/** The slice of Rollup's output bundle that decides what the provider's pages load. */
export interface BuiltChunk {
  type: 'chunk' | 'asset';
  fileName: string;
  isEntry?: boolean;
  moduleIds?: readonly string[];
  imports?: readonly string[];
  viteMetadata?: { importedCss: ReadonlySet<string> };
}

/**
 * The files a provider's pages need: the entry chunk and every chunk holding one of `pages`, with the chunks and
 * CSS they import statically (what the browser loads before the page can run). Lazy imports inside them are not
 * followed: they load when opened, and are then kept by the runtime cache.
 */
export function providerFiles(bundle: Record<string, BuiltChunk>, pages: readonly string[]): Set<string> {
  const wanted = (chunk: BuiltChunk) => chunk.isEntry === true || (chunk.moduleIds ?? []).some((id) => pages.some((page) => id.replaceAll('\\', '/').endsWith(`/${page}`)));
  const files = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = bundle[fileName];
    if (!chunk || files.has(fileName)) return;
    files.add(fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk' && wanted(chunk)) visit(chunk.fileName);
  return files;
}

/** The precache: the shell and the provider's files, nothing else the build made. */
export function precacheOnly<E extends ManifestEntry>(entries: readonly E[], files: ReadonlySet<string>): E[] {
  return entries.filter((entry) => SHELL.test(entry.url) || files.has(entry.url));
}

/** Records which files the provider's pages need, while the bundle is written, for the worker's precache. */
function providerPrecache(found: Set<string>): Plugin {
  return {
    name: 'ihss-provider-precache',
    apply: 'build',
    generateBundle(_options, bundle) {
      found.clear();
      for (const file of providerFiles(bundle as unknown as Record<string, BuiltChunk>, PROVIDER_PAGES)) found.add(file);
    },
  };
}

export function pwa(): PluginOption[] {
  const found = new Set<string>();
  return [
    providerPrecache(found),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      // register.ts registers the worker itself, after the load event, through workbox-window.
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'IHSS Provider Portal',
        short_name: 'IHSS Portal',
        description: 'Check in and out of visits, see your timesheets and pay: the California In-Home Supportive Services provider portal.',
        id: '/',
        start_url: '/dashboard',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#162e51',
        lang: 'en',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The manifest, the icons and favicon.svg come from `manifest` and `includeAssets`.
        globPatterns: ['**/*.{js,css,html}'],
        manifestTransforms: [(entries) => ({ manifest: precacheOnly(entries, found), warnings: [] })],
        navigateFallback: 'index.html',
        // Everything under /api is the server's: downloads and the calendar feed are opened as pages, and must reach it.
        navigateFallbackDenylist: [/^\/api\//, /^\/(healthz|readyz|metrics)$/, /^\/unsupported-browser\.html$/],
        // One file: the server serves the worker from the site's root, with no Workbox file beside it to serve too.
        inlineWorkboxRuntime: true,
        cleanupOutdatedCaches: true,
        // The new worker takes over only after the person agreed (it waits until then), and then controls every tab at once.
        clientsClaim: true,
        runtimeCaching: [
          {
            // Hashed, so never changing: a chunk loaded once (another language, a page opened) is kept for the next time offline.
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/'),
            handler: 'CacheFirst',
            options: { cacheName: 'assets', expiration: { maxEntries: 80, maxAgeSeconds: 30 * 24 * 60 * 60 } },
          },
        ],
      },
    }),
  ];
}
