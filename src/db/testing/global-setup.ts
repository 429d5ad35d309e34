import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { offsetToReach } from '../../domain/clock.js';
import { californiaDate } from '../../domain/index.js';
import { connect, withDatabase } from '../connection.js';
import { startEmbeddedPostgres } from '../embedded.js';
import { migrate } from '../migrate.js';
import { ensureDatabase } from '../open.js';
import { seedCounties } from '../seed/counties.js';
import { freePort } from './free-port.js';

export const TEMPLATE_DATABASE = 'ihss_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the throwaway cluster's maintenance database; test files clone TEMPLATE_DATABASE from it. */
    pgServerUrl: string;
    /**
     * How far the run's clock is from the machine's: zero, or what makes it read PORTAL_TODAY. Fixed once for
     * the run, so every test file, the databases it clones and the browser share one "now".
     */
    clockOffsetMs: number;
  }
}

/**
 * One real PostgreSQL cluster for the whole run, in a temporary folder, on a free port. A template
 * database holds the migrated schema and the counties, so each test file gets a fresh copy in milliseconds.
 */
export default async function setup(project: TestProject) {
  const clockOffsetMs = runClockOffset();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ihss-test-'));
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await freePort(), persistent: false });
  await ensureDatabase(cluster.url, TEMPLATE_DATABASE);
  // On the run's clock, so the template's monthly partitions are the months around the run's today, as a server
  // started on that day would have made them.
  const template = connect(withDatabase(cluster.url, TEMPLATE_DATABASE), 2, clockOffsetMs);
  await migrate(template.pool);
  await seedCounties(template.db);
  await template.close();
  project.provide('pgServerUrl', cluster.url);
  project.provide('clockOffsetMs', clockOffsetMs);
  return async () => {
    await cluster.stop();
    await rm(dir, { recursive: true, force: true });
  };
}

/** PORTAL_TODAY (scripts/test-todays.mjs sets it) moves the run to that California day; by default the run is today. */
function runClockOffset(): number {
  const spec = process.env.PORTAL_TODAY;
  if (!spec) return 0;
  const machineNow = Date.now();
  const offset = offsetToReach(spec, machineNow);
  console.log(`Tests run on ${new Date(machineNow + offset).toISOString()} (California day ${californiaDate(machineNow + offset)}), PORTAL_TODAY=${spec}`);
  return offset;
}
