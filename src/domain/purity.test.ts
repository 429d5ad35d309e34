import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = import.meta.dirname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the domain stays pure and importable in the browser', () => {
  const files = sources(root).map((path) => ({ path: path.slice(root.length + 1), text: readFileSync(path, 'utf8') }));

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
