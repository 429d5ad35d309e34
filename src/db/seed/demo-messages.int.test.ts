import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../testing/test-db.js';
import { seedDemo } from './demo.js';
import { DEMO_MESSAGES_KEY, DEMO_WELCOME_SUBJECT, seedDemoMessages } from './demo-messages.js';

let db: TestDb;
const deps = {
  hashPassword: async () => 'not-a-real-hash',
  hashAnswer: async () => 'not-a-real-hash',
  ssnLast4Hmac: () => Buffer.alloc(32),
  encryptDiagnoses: (caseNumber: string, plain: string) => Buffer.from(`sealed:${caseNumber}:${plain.length}`),
};

beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => db.drop());

describe('demo messages', () => {
  it("welcomes Los Angeles's providers with a message to acknowledge, once, and enrols the demo providers", async () => {
    await seedDemo(db.db, deps);
    expect(await seedDemoMessages(db.db)).toBe(false);
    const threads = await db.db.selectFrom('message_threads').selectAll().execute();
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({ county_id: 19, audience: 'county', requires_ack: true, subject: DEMO_WELCOME_SUBJECT });
    const recipients = await db.db
      .selectFrom('message_recipients')
      .innerJoin('users', 'users.id', 'message_recipients.user_id')
      .select('users.login_id')
      .orderBy('users.login_id')
      .execute();
    expect(recipients.map((r) => r.login_id)).toEqual(['900000001', '900000002', '900000003', '900000004']);
    expect(await db.db.selectFrom('notifications').select('id').execute()).toHaveLength(4);
    expect(await db.db.selectFrom('provider_enrolments').select('user_id').execute()).toHaveLength(4);
    expect(await db.db.selectFrom('app_meta').select('key').where('key', '=', DEMO_MESSAGES_KEY).execute()).toHaveLength(1);
  });
});
