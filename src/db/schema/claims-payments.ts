import type { ColumnType, Generated } from 'kysely';
import type { ActorKind, TimesheetStatus } from '../../domain/claim-life.js';
import type { DeductionKind } from '../../domain/payroll/types.js';
import type { DefaultedTimestamp, Timestamp } from './columns.js';

// A claim from draft to paid: timesheets and their days, decisions and events, county review, violations,
// sick leave, pay runs, payments, the bank's settlements and returns (0002, 0005, 0006, 0008, 0010).

/** The claim's states and who moves it are the domain's (src/domain/claim-life.ts); the CHECKs list the same. */
export type { ActorKind, TimesheetStatus };

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
  /** Summed over its days by the database as the version leaves draft (0023); null on a draft. Never written here. */
  worked_minutes: ColumnType<number | null, never, never>;
  travel_minutes: ColumnType<number | null, never, never>;
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
  /** Sick leave is paid once, with a timesheet or alone (0008_sick_leave_payments). */
  payment_id: number | null;
}

export interface PayRunsTable {
  id: Generated<number>;
  county_id: number | null;
  issue_date: string;
  started_by: number | null;
  started_at: DefaultedTimestamp;
  finished_at: Timestamp | null;
  payments: Generated<number>;
  total_cents: Generated<number>;
  /** The daily pay run's day (0006_payment_settlements). */
  scheduled_for: string | null;
}

/** A pay run's payments and gross of one county, added to by each batch that pays them (0020_pay_run_totals). */
export interface PayRunTotalsTable {
  pay_run_id: number;
  county_id: number;
  payments: number;
  total_cents: number;
}

/** NACHA return reason codes of a credit entry; keep in step with the CHECKs of 0010 and RETURN_REASONS. */
export type ReturnReason = 'R02' | 'R03' | 'R04' | 'R14' | 'R15' | 'R16' | 'R17' | 'R20' | 'R23';

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
  /** The bank's acknowledgement (0006_payment_settlements). */
  paid_on: string | null;
  settlement_id: number | null;
  /** A timesheet's pay or sick leave paid alone (0008_sick_leave_payments). */
  kind: Generated<'timesheet' | 'sick_leave'>;
  /** A deposit the bank returned (0010_returned_payments). */
  returned_on: string | null;
  return_reason: ReturnReason | null;
  /** Where it went (0019_direct_deposit): null on payments issued before the portal recorded it. */
  paid_by: 'direct_deposit' | 'warrant' | null;
  deposit_account_id: number | null;
  /** From gross to net (0018_payment_deductions): what the provider was paid, the taxable wages of each tax, the tax year used. */
  net_cents: number;
  federal_wages_cents: number;
  social_security_wages_cents: number;
  medicare_wages_cents: number;
  state_wages_cents: number;
  sdi_wages_cents: number;
  tax_year: number | null;
}

/** One row per payment and deduction kind taken; a kind without a row is zero (0018_payment_deductions, 0022). */
export interface PaymentDeductionsTable {
  payment_id: number;
  county_id: number;
  kind: DeductionKind;
  cents: number;
}

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

/** Every return kept, even of a payment paid again later (0010_returned_payments). */
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

export interface ClaimsPaymentsTables {
  timesheets: TimesheetsTable;
  timesheet_days: TimesheetDaysTable;
  timesheet_decisions: TimesheetDecisionsTable;
  timesheet_events: TimesheetEventsTable;
  county_review_items: CountyReviewItemsTable;
  violations: ViolationsTable;
  sick_leave_claims: SickLeaveClaimsTable;
  pay_runs: PayRunsTable;
  pay_run_totals: PayRunTotalsTable;
  payments: PaymentsTable;
  payment_deductions: PaymentDeductionsTable;
  payment_settlements: PaymentSettlementsTable;
  payment_return_imports: PaymentReturnImportsTable;
  payment_returns: PaymentReturnsTable;
}
