import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRODUCTION_NODE } from './server-process.js';

const scripts = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).scripts as Record<string, string>;

describe('a compiled server started by the tests and benchmarks', () => {
  it("runs with the memory settings and node flags of production's start:prod, so the figures measured are production's", () => {
    const env = Object.entries(PRODUCTION_NODE.env).map(([k, v]) => `${k}=${v}`);
    expect(scripts['start:prod']).toBe([...env, 'node', ...PRODUCTION_NODE.args, 'dist/server/main.js'].join(' '));
  });
});
