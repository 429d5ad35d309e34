import { z } from 'zod';
import { idParam, ok, recordId } from './common.js';
import { endpoint } from './endpoint.js';

/**
 * What a person can be told about, on which channel. The state portal's notices (ACIN I-17-22) plus the
 * portal's own: a new county message, a pay period ending with nothing submitted, and security events.
 */
export const NOTIFICATION_EVENTS = [
  'timesheet_approved',
  'timesheet_rejected',
  'payment_issued',
  'payment_paid',
  'payment_returned',
  'recipient_no_action',
  'violation_recorded',
  'new_message',
  'pay_period_ending',
  'password_changed',
  'contact_changed',
  'account_created',
  'second_factor_changed',
  'recovery_code_used',
  'second_factor_reset',
  'new_device_sign_in',
  'withholding_changed',
] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

/** Always sent on every channel the person has an address for; preferences cannot switch them off. */
export const SECURITY_EVENTS = [
  'password_changed',
  'contact_changed',
  'account_created',
  'second_factor_changed',
  'recovery_code_used',
  'second_factor_reset',
  'new_device_sign_in',
  'withholding_changed',
] as const satisfies readonly NotificationEvent[];
export const isSecurityEvent = (e: string) => (SECURITY_EVENTS as readonly string[]).includes(e);

/** Events a person sees in the preferences screen (account_created happens before anyone can sign in). */
export const PREFERENCE_EVENTS = NOTIFICATION_EVENTS.filter((e) => e !== 'account_created');

export const NOTIFICATION_CHANNELS = ['in_app', 'email', 'sms'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** Until a person chooses: in the portal and by email; texts only once they opt in. */
export const DEFAULT_CHANNELS: Record<NotificationChannel, boolean> = { in_app: true, email: true, sms: false };

export const notificationEvent = z.enum(NOTIFICATION_EVENTS);
export const notificationChannel = z.enum(NOTIFICATION_CHANNELS);

export const preferenceView = z.object({
  event: notificationEvent,
  channel: notificationChannel,
  enabled: z.boolean(),
  locked: z.boolean().describe('A security event: always on, the switch is shown but cannot be turned off'),
});

export const notificationPreferences = z.object({
  preferences: z.array(preferenceView).describe('Every event of PREFERENCE_EVENTS times every channel'),
  emailOnFile: z.string().nullable().describe('Masked address email goes to, or null (email is then skipped)'),
  textPhoneOnFile: z.string().nullable().describe('Masked phone texts go to, or null (texts are then skipped)'),
  textAvailable: z.boolean().describe('False when the portal has no text-message gateway'),
});
export type NotificationPreferences = z.infer<typeof notificationPreferences>;

export const updatePreferencesRequest = z.object({
  preferences: z
    .array(z.object({ event: notificationEvent, channel: notificationChannel, enabled: z.boolean() }))
    .min(1)
    .max(NOTIFICATION_EVENTS.length * NOTIFICATION_CHANNELS.length),
});

export const notificationView = z.object({
  id: z.number().int(),
  event: notificationEvent,
  title: z.string().describe("Rendered in the request's language"),
  text: z.string(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof notificationView>;

export const notificationList = z.object({
  notifications: z.array(notificationView),
  unread: z.number().int(),
});

export const notificationListQuery = z.object({
  before: idParam.optional().describe('Page back: ids below this one'),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

export const markNotificationsReadRequest = z.union([
  z.object({ ids: z.array(recordId).min(1).max(200) }),
  z.object({ all: z.literal(true) }),
]);

/** The header's numbers, also pushed live as the `counts` event of GET /api/events. */
export const liveCounts = z.object({
  unreadMessages: z.number().int(),
  unacknowledgedMessages: z.number().int(),
  unreadNotifications: z.number().int(),
});
export type LiveCounts = z.infer<typeof liveCounts>;

export const notificationEndpoints = {
  list: endpoint({ method: 'GET', path: '/api/notifications', access: 'authenticated', summary: 'In-app notifications, newest first', query: notificationListQuery, answer: notificationList }),
  markRead: endpoint({ method: 'POST', path: '/api/notifications/read', access: 'authenticated', summary: 'Mark notifications read (some, or all)', body: markNotificationsReadRequest, answer: ok }),
  preferences: endpoint({ method: 'GET', path: '/api/notifications/preferences', access: 'authenticated', summary: 'Which events reach me on which channel', answer: notificationPreferences }),
  updatePreferences: endpoint({
    method: 'POST',
    path: '/api/notifications/preferences',
    access: 'authenticated',
    summary: 'Change my choices (security events stay on)',
    body: updatePreferencesRequest,
    answer: notificationPreferences,
  }),
};
