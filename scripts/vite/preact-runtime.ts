import type { Alias } from 'vite';

/**
 * The web app is written against React's API and types, and runs on Preact 11 through `preact/compat`
 * (docs/decisions/0009-preact-runtime.md): React DOM alone is about 60 KB gzipped, more than half the sign-in page's
 * budget of 100 KB (issue #13); Preact with its compat layer is about 11 KB. The build and the jsdom tests resolve
 * the same names to the same runtime, so a test renders what a phone runs.
 */
export const preactRuntime: Alias[] = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
  // React's own shim of useSyncExternalStore for React 17, which react-i18next still imports; compat has the hook.
  { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: 'preact/compat' },
];

/**
 * Libraries that import React themselves. Vitest hands node_modules to Node untouched, where `react` would be React:
 * these are bundled into the test instead, so they meet the same Preact as the code under test.
 */
export const usesReact = [/@testing-library\/react/, /react-i18next/, /@tanstack\/react-query/, /react-router/];

/** Testing Library's ES module build: its CommonJS `main` would `require('react-dom')` past the aliases. */
export const testingLibraryEsm: Alias = {
  find: /^@testing-library\/react$/,
  replacement: '@testing-library/react/dist/@testing-library/react.esm.js',
};
