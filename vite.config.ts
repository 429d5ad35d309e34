import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { webChunks } from './scripts/vite/chunks';
import { precompress } from './scripts/vite/precompress';
import { preactRuntime } from './scripts/vite/preact-runtime';
import { precomputed } from './scripts/vite/precomputed';
import { purgeUnusedCss } from './scripts/vite/purge-unused-css';
import { pwa } from './src/web/pwa/plugin';

const web = (file: string) => fileURLToPath(new URL(`./src/web/${file}`, import.meta.url));

/**
 * The web app lives in src/web and builds to dist/web, which the server serves. Paths are resolved from
 * this file, not the working directory, so scripts/build-web-if-needed.mjs works from anywhere.
 */
export default defineConfig(({ command }) => ({
  root: web(''),
  resolve: { alias: preactRuntime },
  plugins: [react(), pwa(), precomputed([web('api/addresses.ts'), web('contract-constants.ts')]), precompress()],
  css: {
    preprocessorOptions: {
      scss: { loadPaths: [fileURLToPath(new URL('./node_modules/@uswds/uswds/packages', import.meta.url))], quietDeps: true },
    },
    postcss: {
      plugins:
        command === 'build'
          ? [purgeUnusedCss({ sheet: /design-system\.scss$/, sources: web(''), safelist: [/^usa-alert--/, /^post--/, /^timesheet-status--/] })]
          : [],
    },
  },
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    // The polyfill is an inline <script>, which the server's Content-Security-Policy refuses.
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: { manualChunks: webChunks() },
      onwarn(warning, warn) {
        // zod's comments mention @__PURE__ where Rollup cannot use it: harmless noise from a dependency.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/')) return;
        // src/web/api/groups.ts loads each contract group lazily; a group a page also imports is in that page's chunk
        // already, as intended, and Vite says so about each one.
        if (warning.plugin === 'vite:reporter' && warning.message.includes('dynamic import will not move module into another chunk')) return;
        warn(warning);
      },
    },
  },
  server: {
    // Same host as the page, so the server's Origin check and SameSite cookies behave as in production.
    proxy: {
      '/api': 'http://localhost:3000',
      '/healthz': 'http://localhost:3000',
    },
  },
}));
