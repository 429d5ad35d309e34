import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web app lives in src/web and builds to dist/web, which the server serves. Paths are resolved from
 * this file, not the working directory, so scripts/build-web-if-needed.mjs works from anywhere.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    // The polyfill is an inline <script>, which the server's Content-Security-Policy refuses.
    modulePreload: { polyfill: false },
    // One bundle (about 210 kB gzipped) on purpose: no route chunk can go missing when a new version is
    // deployed while someone is mid-form, and a phone downloads the app once and then works from cache.
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod's comments mention @__PURE__ where Rollup cannot use it: harmless noise from a dependency.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/')) return;
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
});
