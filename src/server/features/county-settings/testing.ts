import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { Db } from '../../../db/connection.js';
import type { Config } from '../../config.js';
import { createUser, TestClient } from '../../testing/test-app.js';

export type SettingsStaff = Record<'laAdmin' | 'laWorker' | 'orangeAdmin' | 'state', TestClient>;

/**
 * Signs in the staff that the county settings tests need: Los Angeles' admin and worker, Orange County's admin and a
 * state admin, as `${prefix}.la.admin` and so on, each from its own address in `network` (e.g. '198.51.102').
 */
export async function signInSettingsStaff(app: FastifyInstance, db: Db, config: Config, prefix: string, network: string): Promise<SettingsStaff> {
  const staff = {} as SettingsStaff;
  let ip = 0;
  for (const [key, role, loginId, countyId] of [
    ['laAdmin', 'county_admin', `${prefix}.la.admin`, 19],
    ['laWorker', 'county_worker', `${prefix}.la.worker`, 19],
    ['orangeAdmin', 'county_admin', `${prefix}.orange.admin`, 30],
    ['state', 'state_admin', `${prefix}.state`, null],
  ] as const) {
    await createUser(db, config, { role, loginId, countyId });
    staff[key] = new TestClient(app, `${network}.${++ip}`);
    expect((await staff[key].signIn('staff', loginId)).statusCode).toBe(200);
  }
  return staff;
}
