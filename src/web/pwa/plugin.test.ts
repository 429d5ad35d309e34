import { describe, expect, it } from 'vitest';
import { precacheOnly, PROVIDER_PAGES, providerFiles, type BuiltChunk } from './plugin';

const chunk = (fileName: string, moduleIds: string[], imports: string[] = [], css: string[] = [], isEntry = false): BuiltChunk => ({
  type: 'chunk',
  fileName,
  isEntry,
  moduleIds,
  imports,
  viteMetadata: { importedCss: new Set(css) },
});

const bundle: Record<string, BuiltChunk> = Object.fromEntries(
  [
    chunk('assets/index-a.js', ['/repo/src/web/main.tsx'], ['assets/vendor-b.js'], ['assets/index-a.css'], true),
    chunk('assets/vendor-b.js', ['/repo/node_modules/react/index.js']),
    chunk('assets/DashboardPage-c.js', ['/repo/src/web/dashboard/DashboardPage.tsx'], ['assets/components-d.js']),
    chunk('assets/components-d.js', ['/repo/src/web/evv/components.tsx'], [], ['assets/workday-d.css']),
    chunk('assets/CheckInPage-e.js', ['/repo/src/web/evv/CheckInPage.tsx'], ['assets/components-d.js']),
    chunk('assets/ReviewQueuePage-f.js', ['/repo/src/web/console/ReviewQueuePage.tsx'], ['assets/vendor-b.js']),
    chunk('assets/hy-g.js', ['/repo/src/web/i18n/hy.ts']),
    chunk('assets/OfflineWorkday-h.js', ['C:\\repo\\src\\web\\pwa\\OfflineWorkday.tsx'], ['assets/CheckInPage-e.js']),
  ].map((c) => [c.fileName, c]),
);

describe('what the service worker precaches', () => {
  it('is the entry and the provider’s workday pages, with the chunks and styles they load first', () => {
    expect([...providerFiles(bundle, PROVIDER_PAGES)].sort()).toEqual([
      'assets/CheckInPage-e.js',
      'assets/DashboardPage-c.js',
      'assets/OfflineWorkday-h.js',
      'assets/components-d.js',
      'assets/index-a.css',
      'assets/index-a.js',
      'assets/vendor-b.js',
      'assets/workday-d.css',
    ]);
  });

  it('leaves out the county console and other languages, and keeps the shell, manifest and icons', () => {
    const files = providerFiles(bundle, PROVIDER_PAGES);
    const entries = ['index.html', 'manifest.webmanifest', 'icons/icon-192.png', 'favicon.svg', 'assets/ReviewQueuePage-f.js', 'assets/hy-g.js', 'assets/index-a.js', 'unsupported-browser.html'].map((url) => ({ url, revision: null, size: 1 }));
    expect(precacheOnly(entries, files).map((e) => e.url)).toEqual(['index.html', 'manifest.webmanifest', 'icons/icon-192.png', 'favicon.svg', 'assets/index-a.js']);
  });
});
