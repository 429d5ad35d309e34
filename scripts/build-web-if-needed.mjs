// Builds the web app before the server starts, but only when its sources changed since the last build,
// so `npm start` stays fast. Prints one line saying what it did.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const builtPage = path.join(repo, 'dist/web/index.html');
const sources = ['src/web', 'src/contracts', 'src/domain', 'scripts/vite', 'vite.config.ts'].map((p) => path.join(repo, p));

/** The newest modification time under a path; directories count too, so a deleted file triggers a build. */
function newest(p) {
  const stat = statSync(p, { throwIfNoEntry: false });
  if (!stat) return { time: 0, file: p };
  let best = { time: stat.mtimeMs, file: p };
  if (stat.isDirectory()) {
    for (const entry of readdirSync(p)) {
      const found = newest(path.join(p, entry));
      if (found.time > best.time) best = found;
    }
  }
  return best;
}

const built = statSync(builtPage, { throwIfNoEntry: false });
const changed = sources.map(newest).reduce((a, b) => (b.time > a.time ? b : a));

if (built && built.mtimeMs >= changed.time) {
  console.log('web: dist/web is up to date, no build needed');
} else {
  const reason = built ? `${path.relative(repo, changed.file)} changed` : 'no build yet';
  const started = Date.now();
  // What users get, whoever runs this: vitest (the journeys' global setup) sets NODE_ENV=test, with which Vite would
  // bundle React's development build, several times slower than the production one.
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  await build({ configFile: path.join(repo, 'vite.config.ts'), logLevel: 'warn' });
  console.log(`web: built dist/web in ${((Date.now() - started) / 1000).toFixed(1)} s (${reason})`);
}
