import type { ColumnType, Generated } from 'kysely';
import type { Role } from '../contracts/auth.js';
import type { ActorKind, TimesheetStatus } from '../domain/claim-life.js';

/** Kysely's view of the tables; the SQL in migrations/ is the authority, this must follow it. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

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

// --- 0002_workday: cases, assignments, visits, EVV, timesheets, sick leave, calendar feeds -----------------

export type Exemption = 'none' | 'exemption1' | 'exemption2';
export type CaseStatus = 'pending' | 'active' | 'on_hold' | 'terminated';
export type LocationType = 'home' | 'community';
export type LocationStatus = 'captured' | 'refused' | 'unavailable' | 'not_required';
/** The claim's states and who moves it are the domain's (src/domain/claim-life.ts); the CHECKs list the same. */
export type { ActorKind, TimesheetStatus };

export interface WageRatesTable {
  county_id: number;
  effective_from: string;
  rate_cents: number;
  note: string | null;
}

export interface ProviderProfilesTable {
  user_id: number;
  county_id: number;
  exemption: Generated<Exemption>;
  phone: string | null;
  mailing_street: string | null;
  mailing_unit: string | null;
  mailing_city: string | null;
  mailing_state: string | null;
  mailing_zip: string | null;
  updated_at: DefaultedTimestamp;
}

export interface CasesTable {
  id: Generated<number>;
  case_number: string;
  county_id: number;
  recipient_user_id: number | null;
  first_name: string;
  last_name: string;
  status: Generated<CaseStatus>;
  eligible_from: string;
  eligible_to: string | null;
  street: string | null;
  unit: string | null;
  city: string | null;
  state: Generated<string>;
  zip: string | null;
  phone: string | null;
  home_latitude: number | null;
  home_longitude: number | null;
  diagnoses_encrypted: Buffer | null;
  overtime_exception: Generated<boolean>;
  created_at: DefaultedTimestamp;
}

export interface CaseAuthorizationsTable {
  case_id: number;
  county_id: number;
  effective_month: string;
  monthly_minutes: number;
  created_at: DefaultedTimestamp;
}

export interface AssignmentsTable {
  id: Generated<number>;
  provider_user_id: number;
  case_id: number;
  county_id: number;
  start_date: string;
  end_date: string | null;
  assigned_monthly_minutes: number | null;
  live_in: Generated<boolean>;
  travel_agreement: Generated<boolean>;
  created_at: DefaultedTimestamp;
}

export interface VisitPlansTable {
  id: Generated<number>;
  provider_user_id: number;
  case_id: number;
  county_id: number;
  created_by: number;
  start_date: string;
  /** `HH:MM:SS` as PostgreSQL returns a `time`. */
  start_time: string;
  end_time: string;
  repeat: 'none' | 'weekly';
  weekdays: Generated<number[]>;
  until_date: string | null;
  cancelled_at: Timestamp | null;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
}

export interface EvvRecordsTable {
  id: Generated<number>;
  provider_user_id: number;
  case_id: number;
  county_id: number;
  service_type: Generated<'ihss'>;
  check_in_key: string | null;
  check_out_key: string | null;
  check_in_at: Timestamp | null;
  check_out_at: Timestamp | null;
  check_in_received_at: Timestamp | null;
  check_out_received_at: Timestamp | null;
  location_type: LocationType;
  location_status: LocationStatus;
  check_in_latitude: number | null;
  check_in_longitude: number | null;
  check_in_accuracy_m: number | null;
  check_out_location_status: LocationStatus | null;
  check_out_latitude: number | null;
  check_out_longitude: number | null;
  check_out_accuracy_m: number | null;
  capture_method: 'web' | 'phone';
  far_from_home: Generated<boolean>;
  edited_by: number | null;
  edited_at: Timestamp | null;
  edit_reason: string | null;
  created_at: DefaultedTimestamp;
}

export interface TimesheetsTable {
  id: Generated<number>;
  provider_user_id: number;
  case_id: number;
  county_id: number;
  pay_period_start: string;
  pay_period_end: string;
  version: Generated<number>;
  status: Generated<TimesheetStatus>;
  supersedes_id: number | null;
  submitted_at: Timestamp | null;
  submission_key: string | null;
  findings: ColumnType<unknown, string | null | undefined, string | null>;
  gross_cents: number | null;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
}

export interface TimesheetDaysTable {
  timesheet_id: number;
  county_id: number;
  work_date: string;
  worked_minutes: number;
  travel_minutes: Generated<number>;
  start_time: string | null;
  end_time: string | null;
  location: 'home' | 'community' | 'both' | null;
  from_evv: Generated<boolean>;
  evv_minutes: number | null;
  edited: Generated<boolean>;
}

export interface TimesheetDecisionsTable {
  id: Generated<number>;
  timesheet_id: number;
  county_id: number;
  stage: Generated<'recipient'>;
  decision: 'approved' | 'rejected';
  reason: string | null;
  decided_by: number;
  decided_at: DefaultedTimestamp;
}

export interface SickLeaveClaimsTable {
  id: Generated<number>;
  provider_user_id: number;
  case_id: number;
  county_id: number;
  leave_date: string;
  minutes: number;
  start_time: string | null;
  notice_given_at: Timestamp | null;
  emergency: Generated<boolean>;
  idempotency_key: string;
  status: Generated<'pending' | 'confirmed' | 'rejected'>;
  findings: ColumnType<unknown, string | undefined, string>;
  requested_at: DefaultedTimestamp;
  decided_by: number | null;
  decided_at: Timestamp | null;
  reject_reason: string | null;
}

export interface CalendarFeedsTable {
  id: Generated<number>;
  provider_user_id: number;
  token_hash: Buffer;
  created_at: DefaultedTimestamp;
  revoked_at: Timestamp | null;
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

/** Merged into `Database` above (declaration merging), so the foundation's list stays untouched. */
export interface Database {
  wage_rates: WageRatesTable;
  provider_profiles: ProviderProfilesTable;
  cases: CasesTable;
  case_authorizations: CaseAuthorizationsTable;
  assignments: AssignmentsTable;
  visit_plans: VisitPlansTable;
  evv_records: EvvRecordsTable;
  timesheets: TimesheetsTable;
  timesheet_days: TimesheetDaysTable;
  timesheet_decisions: TimesheetDecisionsTable;
  sick_leave_claims: SickLeaveClaimsTable;
  calendar_feeds: CalendarFeedsTable;
  contact_changes: ContactChangesTable;
}

// --- 0003_console_messages: enrolment, messages, notifications, job queue -----------------------------------

export type MessageAudience = 'one' | 'recipient_providers' | 'county';
export type NotificationChannel = 'in_app' | 'email' | 'sms';

export interface ProviderEnrolmentsTable {
  user_id: number;
  county_id: number;
  orientation_completed_on: string;
  background_check_cleared_on: string;
  phone: string | null;
  mailing_street: string | null;
  mailing_unit: string | null;
  mailing_city: string | null;
  mailing_state: string | null;
  mailing_zip: string | null;
  enrolled_by: number;
  enrolled_at: DefaultedTimestamp;
}

export interface MessageThreadsTable {
  id: Generated<number>;
  county_id: number;
  author_user_id: number;
  audience: MessageAudience;
  audience_user_id: number | null;
  audience_case_id: number | null;
  subject: string;
  requires_ack: Generated<boolean>;
  created_at: DefaultedTimestamp;
}

export interface MessagePostsTable {
  id: Generated<number>;
  thread_id: number;
  county_id: number;
  author_user_id: number;
  participant_user_id: number | null;
  body: string;
  created_at: DefaultedTimestamp;
}

export interface MessageRecipientsTable {
  thread_id: number;
  user_id: number;
  county_id: number;
  read_at: Timestamp | null;
  first_read_at: Timestamp | null;
  acknowledged_at: Timestamp | null;
  reply_waiting_at: Timestamp | null;
}

export interface NotificationPreferencesTable {
  user_id: number;
  event: string;
  channel: NotificationChannel;
  enabled: boolean;
  updated_at: DefaultedTimestamp;
}

export interface NotificationsTable {
  id: Generated<number>;
  user_id: number;
  county_id: number | null;
  event: string;
  data: ColumnType<Record<string, unknown>, string | undefined, string>;
  dedupe_key: string;
  created_at: DefaultedTimestamp;
  read_at: Timestamp | null;
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

export interface NotificationDeliveriesTable {
  dedupe_key: string;
  user_id: number;
  channel: 'email' | 'sms';
  status: Generated<'pending' | 'sent' | 'skipped'>;
  attempts: Generated<number>;
  message_id: string | null;
  detail: string | null;
  sent_at: Timestamp | null;
  created_at: DefaultedTimestamp;
}

/** 0003 adds the channel to the demo outbox (merged into MailOutboxTable above). */
export interface MailOutboxTable {
  channel: Generated<'email' | 'sms'>;
}

/** Merged into `Database` (declaration merging). */
export interface Database {
  provider_enrolments: ProviderEnrolmentsTable;
  message_threads: MessageThreadsTable;
  message_posts: MessagePostsTable;
  message_recipients: MessageRecipientsTable;
  notification_preferences: NotificationPreferencesTable;
  notifications: NotificationsTable;
  jobs: JobsTable;
  notification_deliveries: NotificationDeliveriesTable;
}

// --- 0005_claims_payments: claim timeline, county review, violations, pay runs and payments ---------------------

export interface TimesheetEventsTable {
  id: Generated<number>;
  timesheet_id: number;
  county_id: number;
  action: string;
  from_status: string | null;
  to_status: string;
  actor_user_id: number | null;
  actor_kind: ActorKind;
  reason_codes: ColumnType<string[], string[] | undefined, never>;
  note: string | null;
  at: DefaultedTimestamp;
}

export interface CountyReviewItemsTable {
  timesheet_id: number;
  county_id: number;
  provider_user_id: number;
  reason_codes: ColumnType<string[], string[] | undefined, string[]>;
  entered_at: DefaultedTimestamp;
  touched_at: DefaultedTimestamp;
  escalate_at: Timestamp;
  on_hold: Generated<boolean>;
  hold_note: string | null;
  held_by: number | null;
  resolved_at: Timestamp | null;
  resolution: 'approved' | 'denied' | 'superseded' | null;
}

export type ViolationDisputeState = 'none' | 'disputed' | 'upheld' | 'overturned';

export interface ViolationsTable {
  id: Generated<number>;
  provider_user_id: number;
  county_id: number;
  timesheet_id: number;
  month: string;
  occurred_on: string;
  finding_codes: string[];
  number: number;
  consequence: 'notice' | 'notice-and-training-offer' | 'suspension-90-days' | 'ineligible-365-days';
  notice_date: string;
  dispute_deadline: string;
  dispute_state: Generated<ViolationDisputeState>;
  dispute_text: string | null;
  disputed_at: Timestamp | null;
  dispute_response_due: string | null;
  dispute_decided_by: number | null;
  dispute_decided_at: Timestamp | null;
  dispute_decision_note: string | null;
  training_deadline: string | null;
  training_completed_on: string | null;
  rescinded: Generated<boolean>;
  suspension_start: string | null;
  suspension_end: string | null;
  created_at: DefaultedTimestamp;
}

export interface PayRunsTable {
  id: Generated<number>;
  county_id: number | null;
  issue_date: string;
  started_by: number | null;
  started_at: DefaultedTimestamp;
  finished_at: Timestamp | null;
  payments: Generated<number>;
  total_cents: ColumnType<string, number | undefined, number>;
}

export interface PaymentsTable {
  id: Generated<number>;
  payment_number: string;
  timesheet_id: number | null;
  provider_user_id: number;
  case_id: number;
  county_id: number;
  pay_run_id: number | null;
  pay_period_start: string;
  pay_period_end: string;
  issue_date: string;
  rate_cents: number;
  regular_minutes: number;
  overtime_minutes: number;
  travel_minutes: number;
  sick_minutes: number;
  regular_cents: number;
  overtime_cents: number;
  travel_cents: number;
  sick_cents: number;
  gross_cents: number;
  status: Generated<'issued' | 'paid' | 'returned'>;
  paid_at: Timestamp | null;
  created_at: DefaultedTimestamp;
}

export interface Database {
  timesheet_events: TimesheetEventsTable;
  county_review_items: CountyReviewItemsTable;
  violations: ViolationsTable;
  pay_runs: PayRunsTable;
  payments: PaymentsTable;
}

// --- 0006_payment_settlements: the bank's acknowledgements and the daily pay run ---------------------------------

export interface PaymentSettlementsTable {
  id: Generated<number>;
  county_id: number | null;
  file_name: string;
  file_sha256: string;
  lines: number;
  recorded: number;
  already: number;
  imported_by: number;
  imported_at: DefaultedTimestamp;
}

export interface PaymentsTable {
  paid_on: string | null;
  settlement_id: number | null;
}

export interface PayRunsTable {
  scheduled_for: string | null;
}

export interface Database {
  payment_settlements: PaymentSettlementsTable;
}

// --- 0008_sick_leave_payments: sick leave paid once, with a timesheet or alone ------------------------------------

export interface PaymentsTable {
  kind: Generated<'timesheet' | 'sick_leave'>;
}

export interface SickLeaveClaimsTable {
  payment_id: number | null;
}

// --- 0010_returned_payments: a deposit the bank returned, and every return kept ------------------------------------

/** NACHA return reason codes of a credit entry; keep in step with the CHECKs of 0010 and RETURN_REASONS. */
export type ReturnReason = 'R02' | 'R03' | 'R04' | 'R14' | 'R15' | 'R16' | 'R17' | 'R20' | 'R23';

export interface PaymentsTable {
  returned_on: string | null;
  return_reason: ReturnReason | null;
}

export interface PaymentReturnImportsTable {
  id: Generated<number>;
  county_id: number | null;
  file_name: string;
  file_sha256: string;
  lines: number;
  recorded: number;
  already: number;
  imported_by: number;
  imported_at: DefaultedTimestamp;
}

export interface PaymentReturnsTable {
  id: Generated<number>;
  payment_id: number;
  county_id: number;
  import_id: number;
  paid_on: string;
  settlement_id: number;
  returned_on: string;
  reason: ReturnReason;
  recorded_at: DefaultedTimestamp;
}

export interface Database {
  payment_return_imports: PaymentReturnImportsTable;
  payment_returns: PaymentReturnsTable;
}

// --- 0012_idempotency_keys: a retried write answers with its first outcome -----------------------------------------

export interface IdempotencyKeysTable {
  user_id: number;
  key: string;
  operation: string;
  fingerprint: string;
  outcome: unknown;
  created_at: DefaultedTimestamp;
}

export interface Database {
  idempotency_keys: IdempotencyKeysTable;
}

// --- 0014_sign_in_failures: failed sign-ins per attempted ID (an HMAC), known or not -------------------------------

export interface SignInFailuresTable {
  login_key: Buffer;
  failed_attempts: Generated<number>;
  locked_until: Timestamp | null;
  last_failed_at: Timestamp | null;
}

export interface Database {
  sign_in_failures: SignInFailuresTable;
}

// --- 0013_evv_taps: every tap a phone made; the visits (evv_records) are derived from them in tap order -----------

export interface EvvTapsTable {
  id: Generated<number>;
  provider_user_id: number;
  case_id: number;
  county_id: number;
  kind: 'in' | 'out';
  key: string;
  tapped_at: Timestamp;
  received_at: Timestamp;
  location_type: LocationType | null;
  location_status: LocationStatus | null;
  latitude: number | null;
  longitude: number | null;
  accuracy_m: number | null;
  far_from_home: Generated<boolean>;
  capture_method: 'web' | 'phone';
}

export interface EvvRecordsTable {
  corrected_check_in_at: Timestamp | null;
  corrected_check_out_at: Timestamp | null;
  left_open: Generated<boolean>;
  discarded_at: Timestamp | null;
  discarded_by: number | null;
  discard_reason: string | null;
  /** Generated from the times: what the visit covers when looking for overlaps. */
  visit_range: ColumnType<string, never, never>;
}

export interface Database {
  evv_taps: EvvTapsTable;
}
