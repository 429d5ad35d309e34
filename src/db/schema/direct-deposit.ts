import type { Generated } from 'kysely';
import type { PayMethod } from '../../domain/direct-deposit.js';
import type { DefaultedTimestamp, Timestamp } from './columns.js';

// Where a provider's pay goes, and the notices of each change (0019_direct_deposit).

export type { PayMethod };
export type DepositAccountType = 'checking' | 'savings';

export interface DirectDepositSettingsTable {
  county_id: number;
  hold_business_days: number;
  updated_by: number;
  updated_at: DefaultedTimestamp;
}

export interface PayDestinationsTable {
  id: Generated<number>;
  provider_user_id: number;
  county_id: number;
  method: PayMethod;
  routing_number: string | null;
  account_type: DepositAccountType | null;
  account_number_enc: Buffer | null;
  account_last4: string | null;
  requested_at: DefaultedTimestamp;
  requested_by: number;
  hold_business_days: number;
  hold_ends_on: string;
  prenote_settles_on: string | null;
  live_from: string;
  cancelled_at: Timestamp | null;
  cancelled_by: number | null;
  replaced_at: Timestamp | null;
  replaced_by: number | null;
}

export interface PayDestinationNoticesTable {
  id: Generated<number>;
  pay_destination_id: number;
  channel: 'email' | 'sms';
  address: string;
  status: Generated<'pending' | 'sent' | 'skipped'>;
  detail: string | null;
  message_id: string | null;
  sent_at: Timestamp | null;
  created_at: DefaultedTimestamp;
}

export interface DirectDepositTables {
  direct_deposit_settings: DirectDepositSettingsTable;
  pay_destinations: PayDestinationsTable;
  pay_destination_notices: PayDestinationNoticesTable;
}
