import type { ColumnType, Generated } from 'kysely';
import type { DefaultedTimestamp, Timestamp } from './columns.js';

// What the portal keeps for itself: the audit trail, mail, the job queue, idempotency keys
// (0001_foundation, 0003_console_messages, 0012_idempotency_keys).

export type AuditOutcome = 'success' | 'failure' | 'denied';

export interface AuditEventsTable {
  id: Generated<number>;
  occurred_at: DefaultedTimestamp;
  actor_user_id: number | null;
  subject_user_id: number | null;
  county_id: number | null;
  action: string;
  outcome: AuditOutcome;
  ip: string | null;
  user_agent: string | null;
  details: ColumnType<Record<string, unknown>, string | undefined, never>;
}

export interface MailOutboxTable {
  id: Generated<number>;
  created_at: DefaultedTimestamp;
  to_address: string;
  subject: string;
  body_text: string;
  /** Added by 0003: the demo outbox keeps texts too. */
  channel: Generated<'email' | 'sms'>;
}

export interface AppMetaTable {
  key: string;
  value: ColumnType<unknown, string, string>;
}

export interface JobsTable {
  id: Generated<number>;
  kind: string;
  payload: ColumnType<Record<string, unknown>, string | undefined, string>;
  dedupe_key: string | null;
  run_at: DefaultedTimestamp;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  last_error: string | null;
  locked_by: string | null;
  locked_until: Timestamp | null;
  done_at: Timestamp | null;
  failed_at: Timestamp | null;
  created_at: DefaultedTimestamp;
}

/** A retried write answers with its first outcome (0012_idempotency_keys). */
export interface IdempotencyKeysTable {
  user_id: number;
  key: string;
  operation: string;
  fingerprint: string;
  outcome: unknown;
  created_at: DefaultedTimestamp;
}

export interface PlatformTables {
  audit_events: AuditEventsTable;
  mail_outbox: MailOutboxTable;
  app_meta: AppMetaTable;
  jobs: JobsTable;
  idempotency_keys: IdempotencyKeysTable;
}
