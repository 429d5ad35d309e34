import nodemailer from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared/index.js';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../../db/connection.js';
import type { Mail } from './templates.js';

export { templates } from './templates.js';

export interface Mailer {
  send(to: string, mail: Mail): Promise<void>;
  /** Ends what the mailer keeps open (its SMTP connections); the app calls it as it closes. */
  close?(): void;
}

/** How long an SMTP server may take to accept a connection, to greet, and to answer any command (or sit idle). */
export interface SmtpBounds {
  connectMs: number;
  greetingMs: number;
  socketMs: number;
}

/**
 * A notification send holds its delivery row locked, so a hung server must fail, not hang. An idle kept connection is
 * closed after `socketMs` too, so none outlives the mail server's own idle limit by much.
 */
const SMTP_BOUNDS: SmtpBounds = { connectMs: 15_000, greetingMs: 15_000, socketMs: 60_000 };

/**
 * Real SMTP when SMTP_URL is set. Without it (demo mode only: production refuses to start), mail is kept
 * in the `mail_outbox` table, readable at /dev/outbox, so a developer can follow a code without a server.
 *
 * The SMTP connections are kept and reused (issue #16): a pay run's thousands of notices each cost one message on an
 * open connection, not a connection, greeting, TLS and login of their own. At most 3 at once a process, each replaced
 * after 100 messages. The URL is parsed here and merged with the bounds: given `url` among its options, nodemailer
 * keeps the URL's settings alone and drops the rest.
 */
export function createMailer(opts: { smtpUrl: string | undefined; from: string; db: Db; log: FastifyBaseLogger; bounds?: SmtpBounds }): Mailer {
  if (opts.smtpUrl) {
    const bounds = opts.bounds ?? SMTP_BOUNDS;
    const transport = nodemailer.createTransport({
      ...parseConnectionUrl(opts.smtpUrl),
      pool: true,
      maxConnections: 3,
      maxMessages: 100,
      connectionTimeout: bounds.connectMs,
      greetingTimeout: bounds.greetingMs,
      socketTimeout: bounds.socketMs,
    });
    return {
      async send(to, mail) {
        await transport.sendMail({ from: opts.from, to, subject: mail.subject, text: mail.text, ...(mail.messageId ? { messageId: mail.messageId } : {}) });
      },
      close: () => transport.close(),
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
