/** Test fixtures for EVV: a signed-in provider assigned to fresh cases, and taps as a phone sends them. */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { Db } from '../../../db/connection.js';
import { californiaInstant } from '../../../domain/index.js';
import type { Config } from '../../config.js';
import { createUser, TestClient } from '../../testing/test-app.js';
import { assign, createCase } from '../cases/testing.js';

/** An instant at a California wall-clock time, as the phone sends it. */
export const at = (date: string, hh: number, mm = 0) => new Date(californiaInstant(date, hh * 60 + mm)).toISOString();

let n = 0;

/**
 * A provider assigned to `cases` fresh cases and signed in from an IP of their own. `prefix` (two digits) keeps
 * each test file's IDs apart, as they share the run's database template but not their databases.
 */
export async function evvProvider(db: Db, app: FastifyInstance, config: Config, prefix: string, cases = 1) {
  n += 1;
  const loginId = `${prefix}${String(n).padStart(7, '0')}`;
  const userId = await createUser(db, config, { loginId });
  const caseNumbers: string[] = [];
  for (let i = 0; i < cases; i++) {
    const caseNumber = `${prefix}${String(n * 4 + i).padStart(5, '0')}`;
    const { caseId } = await createCase(db, config, { caseNumber });
    await assign(db, { providerId: userId, caseId });
    caseNumbers.push(caseNumber);
  }
  const c = new TestClient(app, `198.18.${Math.floor(n / 250)}.${(n % 250) + 1}`);
  expect((await c.signIn('provider', loginId)).statusCode).toBe(200);
  return { c, userId, loginId, caseNumbers };
}

export interface TapBody {
  kind: 'in' | 'out';
  idempotencyKey: string;
  caseNumber: string;
  tappedAt: string;
  locationType?: 'home' | 'community';
}

export const tapIn = (caseNumber: string, tappedAt: string): TapBody => ({ kind: 'in', idempotencyKey: randomUUID(), caseNumber, tappedAt, locationType: 'community' });
export const tapOut = (caseNumber: string, tappedAt: string): TapBody => ({ kind: 'out', idempotencyKey: randomUUID(), caseNumber, tappedAt });

/** Sends a tap as the phone's outbox does. */
export function send(c: TestClient, { kind, ...body }: TapBody) {
  return c.post(kind === 'in' ? '/api/evv/check-in' : '/api/evv/check-out', body);
}
