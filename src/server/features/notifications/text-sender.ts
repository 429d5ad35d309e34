import type { Db } from '../../../db/connection.js';

export interface TextMessage {
  /** 10 digits, US. */
  to: string;
  text: string;
  /**
   * Stable for one (event, person) pair: a gateway that supports idempotency keys (most SMS APIs do)
   * drops a resend after a crash, which closes the one window the delivery ledger cannot.
   */
  idempotencyKey: string;
}

/** The text-message channel. A real gateway implements this; the demo one keeps texts in the outbox. */
export interface TextSender {
  send(message: TextMessage): Promise<{ id: string }>;
}

/** Demo mode: the text lands in the outbox (channel `sms`), readable at /dev/outbox; nothing leaves the machine. */
export function createDemoTextSender(db: Db): TextSender {
  return {
    async send(m) {
      const row = await db
        .insertInto('mail_outbox')
        .values({ to_address: m.to, subject: '(text message)', body_text: m.text, channel: 'sms' })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { id: `outbox-${row.id}` };
    },
  };
}
