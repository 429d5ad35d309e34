import type { ColumnType, Generated } from 'kysely';
import type { NotificationChannel, NotificationEvent } from '../../contracts/notifications.js';
import type { DefaultedTimestamp, Timestamp } from './columns.js';

// County messages and notifications with their deliveries (0003_console_messages). The events and channels the
// CHECKs list are the contracts' (src/contracts/notifications.ts).

export type MessageAudience = 'one' | 'recipient_providers' | 'county';

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
  event: NotificationEvent;
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

/** Each (person, event) notified in the app, once (0021_monthly_partitions): written by the notification's insert. */
export interface NotificationKeysTable {
  user_id: number;
  dedupe_key: string;
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

export interface MessagingTables {
  message_threads: MessageThreadsTable;
  message_posts: MessagePostsTable;
  message_recipients: MessageRecipientsTable;
  notification_preferences: NotificationPreferencesTable;
  notifications: NotificationsTable;
  notification_keys: NotificationKeysTable;
  notification_deliveries: NotificationDeliveriesTable;
}
