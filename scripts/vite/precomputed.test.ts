import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addresses } from '../../src/web/api/addresses';
import { precomputed } from './precomputed';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ihss-precomputed-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What the build would put in place of `file`. */
async function built(file: string): Promise<string> {
  const plugin = precomputed([file]);
  const load = plugin.load as (id: string) => Promise<string | null>;
  return (await load.call({}, path.resolve(file)))!;
}

describe('modules computed at build time', () => {
  it("ships the API's addresses as the data the module computes, with none of the contracts it computed them from", async () => {
    const code = await built(path.resolve('src/web/api/addresses.ts'));
    expect(code).not.toMatch(/^import |zod|z\.object/m);
    const shipped = JSON.parse(code.replace(/^export const addresses = /, '').replace(/;$/, '')) as unknown;
    expect(shipped).toEqual(addresses);
  });

  it('refuses a module whose exports JSON would change, rather than ship something else', async () => {
    // .mts: an ES module, as every module of the repository is (package.json "type": "module").
    const file = path.join(dir, 'not-data.mts');
    await writeFile(file, 'export const table = { open: () => 1 };\n');
    await expect(built(file)).rejects.toThrow(/export table is not plain data/);
  });

  it('leaves every other module to the build', async () => {
    const plugin = precomputed([path.join(dir, 'other.ts')]);
    expect(await (plugin.load as (id: string) => Promise<string | null>).call({}, path.resolve('src/web/main.tsx'))).toBeNull();
  });
});
