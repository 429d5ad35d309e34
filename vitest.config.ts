import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { preactRuntime, testingLibraryEsm, usesReact } from './scripts/vite/preact-runtime';

// Three projects: pure unit tests, integration tests against a real PostgreSQL cluster started once
// per run (see src/db/testing/global-setup.ts), and browser journeys in Chromium against the real server.
export default defineConfig({
  test: {
    // The tests mostly wait (on PostgreSQL, a server, a browser), so one worker per spare core, vitest's default,
    // left a 2-core machine running them one file at a time: at least three keep it busy.
    maxWorkers: Math.max(3, availableParallelism() - 1),
    projects: [
      {
        resolve: { alias: [testingLibraryEsm, ...preactRuntime], conditions: ['module'] },
        test: {
          name: 'unit',
          server: { deps: { inline: usesReact } },
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['src/**/*.int.test.ts', 'node_modules/**'],
          // The jsdom tests render whole pages and the CLI tests start a process: vitest's 5-second default is a
          // wall-clock limit that a busy 2-core machine misses while nothing is wrong.
          testTimeout: 30_000,
          setupFiles: ['src/web/testing/setup.ts'],
        },
      },
      {
        test: {
          name: 'int',
          include: ['src/**/*.int.test.ts'],
          globalSetup: ['src/db/testing/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          globalSetup: ['src/db/testing/global-setup.ts', 'e2e/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
