// Runs the integration tests and the workday journeys again on fixed "todays" chosen for what breaks date code
// (issue #17): the harness moves the whole run there through PORTAL_TODAY (src/db/testing/global-setup.ts), so the
// server, the database and the browser all believe it is that California day and time.
//
// A run at every today takes about 35 minutes on a 2-core machine, longer than CI should, so by default a sample
// runs: SAMPLE todays, moving on by SAMPLE each California day, so every today is covered within eleven days of CI
// runs (one today a run since the eight-language journeys of issue #13 took the minutes a second one used), and the same day's runs (CI, and a developer reproducing it) pick the same ones. `--all` runs every today;
// `--today SPEC` one.
import { spawnSync } from 'node:child_process';

export const TODAYS = [
  ['2026-11-16T10:00', 'the first day of a pay period, a Monday'],
  ['2026-11-30T22:00', 'the last evening of a pay period'],
  ['2026-03-01T10:00', 'a pay period that starts on a Sunday'],
  ['2026-03-08T10:00', 'the spring daylight-saving change (a 23-hour day)'],
  ['2026-11-01T10:00', 'the autumn daylight-saving change (a 25-hour day), a period that starts on a Sunday'],
  ['2026-11-26T10:00', 'Thanksgiving'],
  ['2026-11-27T10:00', 'the day after Thanksgiving, a state holiday'],
  ['2026-12-31T23:30', "New Year's Eve, half an hour before the year turns"],
  ['2027-01-01T00:30', "New Year's Day, half an hour after midnight"],
  ['2028-02-28T10:00', 'the day before a leap day'],
  ['2028-02-29T10:00', 'a leap day'],
];

const SAMPLE = 1;
const DAY_MS = 86_400_000;

function chosen(args) {
  const at = args.indexOf('--today');
  if (at >= 0) {
    const spec = args[at + 1];
    if (!spec) throw new Error('--today needs a day, e.g. --today 2026-03-08T10:00');
    return [[spec, 'named on the command line']];
  }
  if (args.includes('--all')) return TODAYS;
  // The machine's California day picks the sample (this script is a harness: it may read the machine's clock).
  const californiaDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(new Date());
  const start = (Math.floor(Date.parse(californiaDay) / DAY_MS) * SAMPLE) % TODAYS.length;
  return Array.from({ length: SAMPLE }, (_, i) => TODAYS[(start + i) % TODAYS.length]);
}

const todays = chosen(process.argv.slice(2));
console.log(`\nThe integration tests and the workday journeys on ${todays.length} fixed today(s):`);
for (const [spec, why] of todays) console.log(`  ${spec}  ${why}`);

/**
 * Tests whose subject has no date in it: the embedded database's crash recovery and the contract fuzzer (hostile
 * shapes, not days). They run once, on the real today; rerunning them on every fixed today only costs minutes.
 */
const DATE_FREE = ['src/server/embedded-restart.int.test.ts', 'src/server/fuzz/**'];

const failed = [];
for (const [spec, why] of todays) {
  console.log(`\n=== PORTAL_TODAY=${spec} (${why}) ===`);
  const run = spawnSync('npx', ['vitest', 'run', '--project', 'int', '--project', 'e2e', ...DATE_FREE.flatMap((glob) => ['--exclude', glob]), 'src/', 'e2e/workday-'], {
    stdio: 'inherit',
    env: { ...process.env, PORTAL_TODAY: spec },
  });
  if (run.status !== 0) failed.push(spec);
}

console.log(`\nFixed todays: ${todays.length - failed.length} of ${todays.length} green.`);
if (failed.length) {
  console.log('Red on:');
  for (const spec of failed) console.log(`  PORTAL_TODAY=${spec} npx vitest run --project int --project e2e src/ e2e/workday-`);
  process.exit(1);
}
