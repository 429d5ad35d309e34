import type { Generated } from 'kysely';
import type { Role } from '../../contracts/auth.js';
import type { DefaultedTimestamp, Timestamp } from './columns.js';

// Counties, accounts, sessions and the sign-in flows: 0001_foundation, 0002 (contact_changes), 0007, 0014, 0016 (second
// factors and devices).

/** The roles are the contracts' (src/contracts/auth.ts ROLES); users_role_check lists the same. */
export type { Role };

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
  /** Clean timesheets out of 1,000 held for the random signature check, 0-100 (0007_county_random_hold.sql). */
  random_hold_per_mille: Generated<number>;
  require_second_factor: Generated<boolean>;
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
  preferred_language: Generated<string>;
  created_at: DefaultedTimestamp;
  last_factor: FactorKind | null;
  factor_invite_after: Timestamp | null;
}

/** The second factors a person can give after the password (0016_second_factors.sql). */
export type FactorKind = 'passkey' | 'totp' | 'sms' | 'recovery_code';

export interface SecurityAnswersTable {
  user_id: number;
  position: number;
  question_id: string;
  answer_hash: string;
}

export type SessionEndReason = 'sign_out' | 'idle' | 'expired' | 'password_reset' | 'deactivated' | 'signed_out_elsewhere' | 'factor_reset';

/** `pending`: the password is given, a second factor is not yet; `enrol`: a factor must be added first. */
export type SessionStage = 'pending' | 'enrol' | 'full';

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
  stage: Generated<SessionStage>;
  authenticated_at: DefaultedTimestamp;
  factor: FactorKind | null;
  device_id: number | null;
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

/** Failed sign-ins per attempted ID (an HMAC), known or not (0014_sign_in_failures). */
export interface SignInFailuresTable {
  login_key: Buffer;
  failed_attempts: Generated<number>;
  locked_until: Timestamp | null;
  last_failed_at: Timestamp | null;
}

export interface ContactChangesTable {
  id: Generated<number>;
  user_id: number;
  kind: 'email';
  new_value: string;
  code_hash: Buffer;
  code_attempts: Generated<number>;
  created_at: DefaultedTimestamp;
  expires_at: Timestamp;
  consumed_at: Timestamp | null;
}

export interface PasskeysTable {
  id: Generated<number>;
  user_id: number;
  credential_id: Buffer;
  public_key: Buffer;
  sign_count: Generated<number>;
  transports: Generated<string[]>;
  name: string;
  created_at: DefaultedTimestamp;
  last_used_at: Timestamp | null;
}

export interface TotpFactorsTable {
  user_id: number;
  secret_enc: Buffer;
  confirmed_at: Timestamp | null;
  last_step: number | null;
  created_at: DefaultedTimestamp;
}

export interface RecoveryCodesTable {
  user_id: number;
  code_hash: Buffer;
  used_at: Timestamp | null;
  created_at: DefaultedTimestamp;
}

export interface SmsFactorsTable {
  user_id: number;
  phone: string;
  verified_at: Timestamp | null;
  created_at: DefaultedTimestamp;
}

export type ChallengePurpose = 'sms_sign_in' | 'sms_verify' | 'passkey_register' | 'passkey_sign_in' | 'passkey_verify';

export interface FactorChallengesTable {
  id: Generated<number>;
  user_id: number | null;
  purpose: ChallengePurpose;
  secret: Buffer;
  phone: string | null;
  attempts: Generated<number>;
  created_at: DefaultedTimestamp;
  expires_at: Timestamp;
  consumed_at: Timestamp | null;
}

export interface KnownDevicesTable {
  id: Generated<number>;
  user_id: number;
  token_hash: Buffer;
  first_seen_at: DefaultedTimestamp;
  last_seen_at: DefaultedTimestamp;
}

export interface AccountsTables {
  counties: CountiesTable;
  users: UsersTable;
  security_answers: SecurityAnswersTable;
  sessions: SessionsTable;
  auth_flows: AuthFlowsTable;
  rate_limit_hits: RateLimitHitsTable;
  sign_in_failures: SignInFailuresTable;
  contact_changes: ContactChangesTable;
  passkeys: PasskeysTable;
  totp_factors: TotpFactorsTable;
  recovery_codes: RecoveryCodesTable;
  sms_factors: SmsFactorsTable;
  factor_challenges: FactorChallengesTable;
  known_devices: KnownDevicesTable;
}
