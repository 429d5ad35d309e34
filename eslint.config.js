import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Besides the usual checks, this file holds the architecture's one-way imports
 * (domain <- contracts <- server features <- server app; web may use domain and contracts only),
 * so that breaking them fails `npm test` rather than a code review.
 */
const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { console: 'readonly', process: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `import { type X } from 'm'` keeps `import 'm'` in the build: on the web that loaded a contract, and zod with
      // it, on pages that only needed a type (issue #13).
      '@typescript-eslint/no-import-type-side-effects': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // One clock (issue #17): time is given to the code, never read from the machine, so tests and demos can run
    // on any day they name and the server, database and browser agree. Tests use the harness's clock too
    // (src/server/testing/clock.ts); measuring a duration is performance.now()'s job.
    files: ['src/**/*.{ts,tsx}', 'e2e/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['src/server/lib/clock.ts', 'src/web/clock.ts', 'src/db/testing/global-setup.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Read the time from the clock you are given (app.clock, a `now` argument, clock.now() in the web app), not new Date().' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Read the time from the clock you are given (app.clock, a `now` argument, clock.now() in the web app), not Date.now(); performance.now() measures durations.' },
        { selector: "TaggedTemplateExpression[tag.name='sql'] TemplateElement[value.raw=/(^|[^_\\w])now\\(\\)|current_(date|timestamp)|localtimestamp/i]", message: "The database reads the portal's clock through portal_now() (migration 0011), not now() or CURRENT_DATE." },
      ],
    },
  },
  layer(['src/domain/**'], [
    { group: ['node:*', 'fs', 'path', 'crypto', 'pg', 'kysely', 'fastify', 'react', 'react-dom'], message: 'src/domain is pure: no I/O, no framework.' },
    { group: ['**/contracts/**', '**/server/**', '**/db/**', '**/web/**'], message: 'src/domain imports nothing from other layers.' },
  ]),
  layer(['src/contracts/**'], [
    { group: ['**/server/**', '**/db/**', '**/web/**', 'node:*'], message: 'src/contracts may import only src/domain and zod.' },
  ]),
  layer(['src/web/**'], [
    { group: ['**/server/**', '**/db/**', 'node:*', 'pg', 'kysely', 'fastify'], message: 'The web app may import src/domain and src/contracts, never the server or the database.' },
  ]),
  layer(['src/db/**'], [
    { group: ['**/server/**', '**/web/**'], message: 'src/db is below the server: it must not import it.' },
  ]),
  layer(['src/server/features/**', 'src/server/plugins/**', 'src/server/lib/**'], [
    { group: ['../*/store', '../*/store.js', '../../features/*/store', '../../features/*/store.js'], message: "Reach another feature's data through its service.ts, not its SQL." },
    { group: ['**/web/**'], message: 'The server never imports the web app.' },
    { group: ['**/server/app', '**/server/app.js', '**/server/main', '**/server/main.js'], message: 'Features do not import the app that assembles them.' },
  ]),
);
