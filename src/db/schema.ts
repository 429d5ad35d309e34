import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of the tables; the SQL in migrations/ is the authority, this must follow it. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type Role = 'provider' | 'recipient' | 'county_worker' | 'county_admin' | 'state_admin';

export interface CountiesTable {
  id: number;
  fips: string;
  name: string;
  slug: string;
  help_phone: string | null;
  help_email: string | null;
  help_hours: string | null;
  lockout_threshold: Generated<number>;
  lockout_minutes: Generated<number>;
  idle_timeout_minutes: Generated<number>;
  absolute_timeout_minutes: Generated<number>;
  security_questions_allowed: Generated<boolean>;
  languages: Generated<string[]>;
  updated_at: DefaultedTimestamp;
}

export interface UsersTable {
  id: Generated<number>;
  role: Role;
  login_id: string;
  county_id: number | null;
  first_name: string;
  last_name: string;
  date_of_birth: string | null;
  ssn_last4_hmac: Buffer | null;
  email: string | null;
  email_verified_at: Timestamp | null;
  password_hash: string | null;
  password_changed_at: Timestamp | null;
  status: Generated<'active' | 'deactivated'>;
  deactivated_reason: string | null;
  failed_attempts: Generated<number>;
  locked_until: Timestamp | null;
  preferred_language: Generated<string>;
  created_at: DefaultedTimestamp;
}

export interface SecurityAnswersTable {
  user_id: number;
  position: number;
  question_id: string;
  answer_hash: string;
}

export type SessionEndReason = 'sign_out' | 'idle' | 'expired' | 'password_reset' | 'deactivated';

export interface SessionsTable {
  id_hash: Buffer;
  user_id: number;
  created_at: DefaultedTimestamp;
  last_seen_at: DefaultedTimestamp;
  idle_minutes: number;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
  ended_at: Timestamp | null;
  end_reason: SessionEndReason | null;
}

export interface AuthFlowsTable {
  token_hash: Buffer;
  purpose: 'setup' | 'reset';
  user_id: number | null;
  email: string | null;
  code_hash: Buffer | null;
  code_expires_at: Timestamp | null;
  code_attempts: Generated<number>;
  codes_sent: Generated<number>;
  verified_at: Timestamp | null;
  verified_by: 'email_code' | 'security_questions' | null;
  created_at: DefaultedTimestamp;
  expires_at: Timestamp;
  consumed_at: Timestamp | null;
}

export interface RateLimitHitsTable {
  key: string;
  window_start: Timestamp;
  hits: number;
}

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
}

export interface AppMetaTable {
  key: string;
  value: ColumnType<unknown, string, string>;
}

export interface Database {
  counties: CountiesTable;
  users: UsersTable;
  security_answers: SecurityAnswersTable;
  sessions: SessionsTable;
  auth_flows: AuthFlowsTable;
  rate_limit_hits: RateLimitHitsTable;
  audit_events: AuditEventsTable;
  mail_outbox: MailOutboxTable;
  app_meta: AppMetaTable;
}
