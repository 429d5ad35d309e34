/**
 * `npm run build:server`: compiles the server into one ES module, dist/server/main.js, for plain `node` to run in
 * production (`npm run start:prod`) instead of compiling TypeScript at every start with tsx. Packages stay
 * external: they load from node_modules as they do under tsx, so native ones (argon2, the embedded PostgreSQL) and
 * the files they read (fonts, the password blocklist) are found where npm put them.
 *
 * What the server itself reads at run time lies beside its source, found from the module's own address
 * (`import.meta.url`). Bundled, every module's address is the bundle's, so those files are copied beside it:
 * src/db/migrate.ts reads `migrations/`, src/db/seed/counties.ts `counties.json`, and src/server/app.ts finds
 * the web build two folders up (`../../dist/web`), which from dist/server is the repository's dist/web: the
 * bundle must stay two folders below the repository. src/server/multi-process.int.test.ts runs the bundle.
 */
import { cp, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SERVER_BUILD = path.join(REPO, 'dist/server');

/** Builds the server into `outdir` (a folder two levels below the repository) and returns the entry's path. */
export async function buildServer(outdir = SERVER_BUILD): Promise<string> {
  if (path.dirname(path.dirname(outdir)) !== REPO) throw new Error(`the server build must sit two folders below ${REPO}, not in ${outdir}`);
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const entry = path.join(outdir, 'main.js');
  await build({
    entryPoints: [path.join(REPO, 'src/server/main.ts')],
    outfile: entry,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // For reading a production stack trace back to the TypeScript lines; production does not load it (ADR 0014).
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  await cp(path.join(REPO, 'src/db/migrations'), path.join(outdir, 'migrations'), { recursive: true });
  await cp(path.join(REPO, 'src/db/seed/counties.json'), path.join(outdir, 'counties.json'));
  return entry;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  const entry = await buildServer();
  console.log(`server: built ${path.relative(REPO, entry)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
