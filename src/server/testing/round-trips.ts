import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, inject } from 'vitest';
import { connectRecording, type SentStatement } from '../../db/testing/recording.js';
import { createTestDb, type TestDb } from '../../db/testing/test-db.js';
import { buildTestApp } from './test-app.js';

export interface RecordingApp {
  /** The test database, for fixtures. */
  readonly db: TestDb;
  /** The app, over a connection that keeps every statement it sends. */
  readonly app: FastifyInstance;
  /** The statements `request` sent, in order, BEGIN and COMMIT included; it must answer 200. */
  statementsOf(request: () => Promise<{ statusCode: number }>): Promise<SentStatement[]>;
}

/**
 * For the round-trip tests of the hot requests (issue #16: a tap, a submission, a sign-in): an app over a test
 * database of the file's own whose every statement is kept (connectRecording), set up before the file's tests and
 * closed after them. Its fields are there once the file's tests run.
 */
export function recordingApp(): RecordingApp {
  let db: TestDb;
  let counting: ReturnType<typeof connectRecording>;
  let app: FastifyInstance;
  beforeAll(async () => {
    db = await createTestDb();
    counting = connectRecording(db.url, inject('clockOffsetMs'));
    app = await buildTestApp(counting.db);
  });
  afterAll(async () => {
    await app.close();
    await counting.close();
    await db.drop();
  });
  return {
    get db() {
      return db;
    },
    get app() {
      return app;
    },
    async statementsOf(request) {
      counting.sent.length = 0;
      const { statusCode } = await request();
      if (statusCode !== 200) throw new Error(`the request answered ${statusCode}`);
      return [...counting.sent];
    },
  };
}

/** How many of `sent` are COMMITs: a request is one transaction at most. */
export const commitsIn = (sent: readonly SentStatement[]) => sent.filter((s) => /^commit/i.test(s.text)).length;
