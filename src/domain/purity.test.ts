import { describe, expect, it } from 'vitest';

// Read through the bundler, so this test needs no file-system import inside the pure domain.
const modules = import.meta.glob<string>(['./**/*.ts', '!./**/*.test.ts'], { query: '?raw', import: 'default', eager: true });

describe('the domain stays pure and importable in the browser', () => {
  const files = Object.entries(modules).map(([path, text]) => ({ path, text }));

  it('finds the domain modules to check', () => {
    expect(files.map((f) => f.path)).toContain('./evaluate.ts');
  });

  it('imports nothing but its own modules (no node:, no packages, no contracts/server/web)', () => {
    for (const { path, text } of files) {
      for (const [, spec] of text.matchAll(/from\s+'([^']+)'/g)) expect(spec, path).toMatch(/^\.\.?\//);
    }
  });

  it('never reads the clock: no Date.now() and no new Date() without arguments', () => {
    for (const { path, text } of files) {
      expect(text, path).not.toMatch(/Date\.now\s*\(|new Date\s*\(\s*\)|performance\.now/);
    }
  });
});
