import nodemailer from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../../db/connection.js';
import type { Mail } from './templates.js';

export { templates } from './templates.js';

export interface Mailer {
  send(to: string, mail: Mail): Promise<void>;
}

/**
 * Real SMTP when SMTP_URL is set. Without it (demo mode only: production refuses to start), mail is kept
 * in the `mail_outbox` table, readable at /dev/outbox, so a developer can follow a code without a server.
 */
export function createMailer(opts: { smtpUrl: string | undefined; from: string; db: Db; log: FastifyBaseLogger }): Mailer {
  if (opts.smtpUrl) {
    // Bounded waits: a notification send holds its delivery row locked, so a hung server must fail, not hang.
    const transport = nodemailer.createTransport({ url: opts.smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 });
    return {
      async send(to, mail) {
        await transport.sendMail({ from: opts.from, to, subject: mail.subject, text: mail.text, ...(mail.messageId ? { messageId: mail.messageId } : {}) });
      },
    };
  }
  return {
    async send(to, mail) {
      await opts.db.insertInto('mail_outbox').values({ to_address: to, subject: mail.subject, body_text: mail.text }).execute();
      opts.log.info({ outbox: true }, 'mail kept in the demo outbox (/dev/outbox)');
    },
  };
}

export function listOutbox(db: Db, limit = 50) {
  return db
    .selectFrom('mail_outbox')
    .select(['id', 'created_at', 'to_address', 'subject', 'body_text', 'channel'])
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** "maria@example.com" -> "m••••@example.com": enough to recognise, not enough to harvest. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}••••@${domain}`;
}
