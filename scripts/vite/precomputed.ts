import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';

/** What JSON keeps as it is: anything else (a function, undefined, a class instance) would silently change. */
function isPlainData(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainData);
  if (typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && Object.values(value).every(isPlainData);
}

/**
 * Modules whose exports are plain data computed from heavy imports (src/web/api/addresses.ts derives the API's
 * addresses from every zod contract): the browser build evaluates each in Node and ships only its exported values as
 * JSON, so none of what it imported reaches the browser. Tests and the dev server run the module itself, so both
 * see the same values.
 */
export function precomputed(files: readonly string[]): Plugin {
  const wanted = new Set(files.map((file) => path.resolve(file)));
  return {
    name: 'ihss:precomputed',
    apply: 'build',
    async load(id) {
      if (!wanted.has(id)) return null;
      const exports = (await tsImport(pathToFileURL(id).href, import.meta.url)) as Record<string, unknown>;
      return Object.entries(exports)
        .map(([name, value]) => {
          if (!isPlainData(value)) throw new Error(`${id}: export ${name} is not plain data, so it cannot be computed at build time`);
          return `export const ${name} = ${JSON.stringify(value)};`;
        })
        .join('\n');
    },
  };
}
