import type { ColumnType, Generated } from 'kysely';
import type { DefaultedTimestamp, Timestamp } from './columns.js';

// Who works for whom and when: wage rates, providers, cases, assignments, visit plans, EVV visits and taps,
// calendar feeds (0002_workday, 0003_console_messages for enrolments, 0013_evv_taps).

export type Exemption = 'none' | 'exemption1' | 'exemption2';
export type CaseStatus = 'pending' | 'active' | 'on_hold' | 'terminated';
export type LocationType = 'home' | 'community';
export type LocationStatus = 'captured' | 'refused' | 'unavailable' | 'not_required';

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

/** A visit, derived from the taps in tap order since 0013. */
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
  corrected_check_in_at: Timestamp | null;
  corrected_check_out_at: Timestamp | null;
  left_open: Generated<boolean>;
  discarded_at: Timestamp | null;
  discarded_by: number | null;
  discard_reason: string | null;
  /**
   * Generated from the times: what the visit covers when looking for overlaps. Every branch of its expression
   * yields a range, but PostgreSQL records a generated column as nullable, and this follows the catalogue.
   */
  visit_range: ColumnType<string | null, never, never>;
}

/** Every tap a phone made (0013_evv_taps). */
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

/** Each tap key of a provider, once (0021_monthly_partitions): written by the tap's insert, never by the code. */
export interface EvvTapKeysTable {
  provider_user_id: number;
  key: string;
  county_id: number;
  tapped_at: Timestamp;
}

export interface CalendarFeedsTable {
  id: Generated<number>;
  provider_user_id: number;
  token_hash: Buffer;
  created_at: DefaultedTimestamp;
  revoked_at: Timestamp | null;
}

export interface WorkdayTables {
  wage_rates: WageRatesTable;
  provider_profiles: ProviderProfilesTable;
  provider_enrolments: ProviderEnrolmentsTable;
  cases: CasesTable;
  case_authorizations: CaseAuthorizationsTable;
  assignments: AssignmentsTable;
  visit_plans: VisitPlansTable;
  evv_records: EvvRecordsTable;
  evv_taps: EvvTapsTable;
  evv_tap_keys: EvvTapKeysTable;
  calendar_feeds: CalendarFeedsTable;
}
