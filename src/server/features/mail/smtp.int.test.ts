/**
 * The portal's SMTP mail against real servers on sockets: the test SMTP server, and a TCP server that never greets.
 * No database is written (the outbox is only for a portal without SMTP_URL).
 */
import { createServer, type Server, type Socket } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../db/testing/test-db.js';
import { freePort } from '../../../db/testing/free-port.js';
import { startTestSmtp } from '../../testing/smtp.js';
import { createMailer } from './service.js';

const log = pino({ level: 'silent' });
let db: TestDb;
let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
beforeAll(async () => {
  db = await createTestDb();
  smtp = await startTestSmtp();
});
afterAll(async () => {
  await smtp.close();
  await db.drop();
});

describe('mail over SMTP', () => {
  it('sends a run of notices over a few kept connections, not a connection each', async () => {
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'portal@example.gov', db: db.db, log });
    const before = smtp.connections();
    const since = smtp.mark();
    try {
      for (let i = 0; i < 30; i++) await mailer.send(`provider${i}@example.com`, { subject: `Notice ${i}`, text: `Payment ${i} was issued.` });
      await Promise.all(Array.from({ length: 10 }, (_, i) => mailer.send(`recipient${i}@example.com`, { subject: `Reminder ${i}`, text: 'A timesheet waits for you.' })));
    } finally {
      mailer.close?.();
    }
    expect(smtp.inbox.slice(since)).toHaveLength(40);
    expect((await smtp.latestTo('provider29@example.com', since)).subject).toBe('Notice 29');
    expect(smtp.connections() - before).toBeLessThanOrEqual(3);
  });

  it('closes a kept connection left idle past its bound, and sends the next notice on a new one', async () => {
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'portal@example.gov', db: db.db, log, bounds: { connectMs: 2_000, greetingMs: 2_000, socketMs: 300 } });
    const since = smtp.mark();
    const before = smtp.connections();
    try {
      await mailer.send('early@example.com', { subject: 'Before the pause', text: 'One.' });
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await mailer.send('late@example.com', { subject: 'After the pause', text: 'Two.' });
    } finally {
      mailer.close?.();
    }
    expect((await smtp.latestTo('late@example.com', since)).subject).toBe('After the pause');
    expect(smtp.connections() - before).toBe(2);
  });

  describe('to a server that accepts the connection and never greets', () => {
    let silent: Server;
    let port: number;
    const held: Socket[] = [];
    beforeAll(async () => {
      port = await freePort();
      silent = createServer((socket) => held.push(socket));
      await new Promise<void>((resolve) => silent.listen(port, '127.0.0.1', resolve));
    });
    afterAll(async () => {
      held.forEach((s) => s.destroy());
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    });

    it('fails within its bound, with the SMTP_URL given as a URL, rather than holding the notice for minutes', async () => {
      const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'portal@example.gov', db: db.db, log, bounds: { connectMs: 500, greetingMs: 500, socketMs: 500 } });
      try {
        await expect(mailer.send('provider@example.com', { subject: 'Notice', text: 'Payment issued.' })).rejects.toThrow(/timeout/i);
      } finally {
        mailer.close?.();
      }
    });
  });
});
