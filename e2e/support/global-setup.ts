import { execFileSync } from 'node:child_process';

/** The journeys run against the built web app, as users get it: build it once if it is missing or stale. */
export default function setup() {
  execFileSync(process.execPath, ['scripts/build-web-if-needed.mjs'], { stdio: 'inherit' });
}
