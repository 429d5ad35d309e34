import { createHash } from 'node:crypto';
import type { Language } from '../../../contracts/messages/index.js';
import { pickLanguage } from '../../../contracts/messages/index.js';
import {
  DEFAULT_CHANNELS,
  NOTIFICATION_CHANNELS,
  PREFERENCE_EVENTS,
  isSecurityEvent,
  type NotificationChannel,
  type NotificationEvent,
  type NotificationPreferences,
  type NotificationView,
} from '../../../contracts/notifications.js';
import { STATEWIDE_HELP_DESK } from '../../../contracts/counties.js';
import type { Db } from '../../../db/connection.js';
import { enqueue } from '../../../jobs/queue.js';
import { publishLive } from '../../../jobs/pubsub.js';
import type { JobHandler } from '../../../jobs/worker.js';
import { FieldError } from '../../errors.js';
import * as accounts from '../accounts/service.js';
import { recordAudit, type AuditEvent } from '../audit/service.js';
import { findCountyById } from '../counties/service.js';
import type { Mailer } from '../mail/service.js';
import { maskEmail } from '../mail/service.js';
import * as store from './store.js';
import { render } from './templates.js';
import type { TextSender } from './text-sender.js';

export type { TextSender, TextMessage } from './text-sender.js';
export { createDemoTextSender } from './text-sender.js';

export const DELIVER_JOB = 'notification.deliver';

export interface NotifyEvent {
  event: NotificationEvent;
  /**
   * Names the occurrence, e.g. `timesheet_approved:timesheet:812` or `new_message:thread:44`. The same key
   * for the same person notifies once, however often `notify` is called: safe to call from retried code.
   */
  key: string;
  userIds: readonly number[];
  /** Filled into the templates (see templates.ts for each event's keys). Plain values only: no HTML, no links. */
  data?: Record<string, string | number | boolean | null>;
  /** Every provider of this county is the audience: one live signal instead of one per person. */
  county?: number;
}

/**
 * Tells people about an event, inside the caller's transaction: the in-app notification and the live
 * signal exist only if the caller's change commits, and the email and text jobs are enqueued with it
 * (sent by the job worker, retried with backoff, never twice for the same key, person and channel).
 *
 * Issue #4/#5 features call it like this, in the transaction that records the decision:
 *   await notify(trx, { event: 'timesheet_approved', key: `timesheet_approved:timesheet:${timesheetId}`, userIds: [providerId],
 *                       data: { payPeriodStart, payPeriodEnd, recipientName } });
 *   'timesheet_rejected'   data: { payPeriodStart, payPeriodEnd, recipientName, caseNumber, timesheetId, by: 'recipient' | 'county',
 *                          reason, reasonCodes: 'A,B' (county) }: names who sent it back, and the county's reasons in words
 *   'recipient_no_action'  key `recipient_no_action:timesheet:${timesheetId}`, from a job delayed 2 days, enqueued at
 *                          submission (recipient-review: `recipientReviewJobHandlers`), notifying only if still undecided
 *   'payment_issued'       data: { amount: '$1,234.56' (net), payDate, payPeriodStart, payPeriodEnd }, and when Share of Cost was
 *                          deducted { shareOfCost: '$80.00', recipientName } (the provider collects it from the recipient)
 *   'payment_paid'         data: { amount: '$1,234.56', paidOn, paymentNumber, payPeriodStart, payPeriodEnd }
 *   'payment_returned'     key `payment_returned:return:${returnId}`, data: { amount, returnedOn, reason: 'R02', paymentNumber,
 *                          payPeriodStart, payPeriodEnd } (the reason and what to do are worded per language)
 *   'violation_recorded'   data: { month: '2026-03', number: 2 } (the ordinal is worded per language)
 *   'pay_period_ending'    key `pay_period_ending:${providerId}:${payPeriodStart}`, data: { payPeriodEnd, recipientName },
 *                          from the daily sweep in features/reminders
 *   'second_factor_changed' data: { change: 'added' | 'removed', kind: 'passkey' | 'totp' | 'sms' | 'recovery_codes' }
 *   'recovery_code_used'   data: { remaining: 3 } (counted in words per language)
 *   'second_factor_reset'  data: {} (the county reset them after the person proved who they are)
 *   'new_device_sign_in'   sent by devices/noteSignInDevice, data: { device, browser, os, network, ipVersion, address } in
 *                          codes and product names (contracts/sessions.ts clientDescription), worded per language
 */
export async function notify(trx: Db, e: NotifyEvent): Promise<void> {
  if (e.userIds.length === 0) return;
  const security = isSecurityEvent(e.event);
  const defaultOn = NOTIFICATION_CHANNELS.filter((c) => DEFAULT_CHANNELS[c]);
  const targets = await store.resolveTargets(trx, { event: e.event, userIds: e.userIds, security, defaultOn, channels: NOTIFICATION_CHANNELS });
  const data = e.data ?? {};
  const inApp = targets.filter((t) => t.channel === 'in_app').map((t) => t.user_id);
  const added = await store.insertInApp(trx, { event: e.event, key: e.key, data, userIds: inApp });
  if (added.length > 0) {
    await publishLive(trx, e.county !== undefined ? { kind: 'notification', event: e.event, county: e.county } : { kind: 'notification', event: e.event, users: added });
  }
  await enqueue(
    trx,
    targets
      .filter((t) => t.channel !== 'in_app')
      .map((t) => ({
        kind: DELIVER_JOB,
        dedupeKey: `${e.key}|${t.user_id}|${t.channel}`,
        payload: { event: e.event, key: e.key, userId: t.user_id, channel: t.channel, data },
      })),
  );
}

/**
 * `notify` of one event to many people, each with their own key and data (a pay run's batch: each provider's payment
 * notice), in a few statements whatever their number; the same keys notify once, as with `notify`.
 */
export async function notifyEach(trx: Db, event: NotificationEvent, notices: readonly { key: string; userId: number; data: Record<string, string | number | boolean | null> }[]): Promise<void> {
  if (notices.length === 0) return;
  const security = isSecurityEvent(event);
  const defaultOn = NOTIFICATION_CHANNELS.filter((c) => DEFAULT_CHANNELS[c]);
  const targets = await store.resolveTargets(trx, { event, userIds: [...new Set(notices.map((n) => n.userId))], security, defaultOn, channels: NOTIFICATION_CHANNELS });
  const channelsOf = new Map<number, NotificationChannel[]>();
  for (const t of targets) channelsOf.set(t.user_id, [...(channelsOf.get(t.user_id) ?? []), t.channel]);
  const added = await store.insertInAppEach(
    trx,
    event,
    notices.filter((n) => channelsOf.get(n.userId)?.includes('in_app')),
  );
  if (added.length > 0) await publishLive(trx, { kind: 'notification', event, users: [...new Set(added)] });
  await enqueue(
    trx,
    notices.flatMap((n) =>
      (channelsOf.get(n.userId) ?? [])
        .filter((channel) => channel !== 'in_app')
        .map((channel) => ({ kind: DELIVER_JOB, dedupeKey: `${n.key}|${n.userId}|${channel}`, payload: { event, key: n.key, userId: n.userId, channel, data: n.data } })),
    ),
  );
}

/** Where and how to reach a person: the account (accounts feature), its county's help desk, the phone for texts. */
async function findContact(db: Db, userId: number) {
  const user = await accounts.findUserById(db, userId);
  if (!user) return undefined;
  const county = user.county_id === null ? undefined : await findCountyById(db, user.county_id);
  return {
    status: user.status,
    email: user.email,
    preferred_language: user.preferred_language,
    phone: await store.findTextPhone(db, userId),
    county_name: county?.name ?? null,
    help_phone: county?.help_phone ?? null,
  };
}

// --- Preferences ------------------------------------------------------------------------------------------

export async function getPreferences(db: Db, userId: number, textAvailable: boolean): Promise<NotificationPreferences> {
  const saved = await store.listPreferences(db, userId);
  const contact = await findContact(db, userId);
  const preferences = PREFERENCE_EVENTS.flatMap((event) =>
    NOTIFICATION_CHANNELS.map((channel) => {
      const locked = isSecurityEvent(event);
      const row = saved.find((p) => p.event === event && p.channel === channel);
      return { event, channel, locked, enabled: locked || (row?.enabled ?? DEFAULT_CHANNELS[channel]) };
    }),
  );
  return {
    preferences,
    emailOnFile: contact?.email ? maskEmail(contact.email) : null,
    textPhoneOnFile: contact?.phone ? `(•••) •••-${contact.phone.slice(-4)}` : null,
    textAvailable,
  };
}

/** Saves the person's choices; trying to switch a security event off is refused, beside that switch. */
export async function updatePreferences(
  db: Db,
  user: { id: number; countyId: number | null },
  prefs: { event: NotificationEvent; channel: NotificationChannel; enabled: boolean }[],
  audit: Pick<AuditEvent, 'ip' | 'userAgent'>,
  textAvailable: boolean,
) {
  const locked = prefs.findIndex((p) => isSecurityEvent(p.event) && !p.enabled);
  if (locked >= 0) throw new FieldError(`preferences.${locked}.enabled`, 'securityNoticeLocked');
  // One upsert writes them all, and it cannot write one row twice: the same switch named twice is refused here.
  const seen = new Set<string>();
  const twice = prefs.findIndex((p) => seen.size === seen.add(`${p.event}:${p.channel}`).size);
  if (twice >= 0) throw new FieldError(`preferences.${twice}`, 'preferenceListedTwice');
  await db.transaction().execute(async (trx) => {
    await store.upsertPreferences(trx, user.id, prefs);
    await recordAudit(trx, {
      ...audit,
      action: 'notifications.preferences_changed',
      outcome: 'success',
      actorUserId: user.id,
      subjectUserId: user.id,
      countyId: user.countyId,
      details: { changes: prefs.map((p) => `${p.event}:${p.channel}:${p.enabled ? 'on' : 'off'}`) },
    });
  });
  return getPreferences(db, user.id, textAvailable);
}

// --- In-app list --------------------------------------------------------------------------------------------

export async function listNotifications(db: Db, userId: number, lang: Language, q: { limit: number; before?: number | undefined }) {
  const rows = await store.listNotifications(db, userId, q.limit, q.before);
  const contact = await findContact(db, userId);
  const input = { helpPhone: contact?.help_phone ?? STATEWIDE_HELP_DESK.phone, countyName: contact?.county_name ?? null };
  const notifications: NotificationView[] = rows.map((r) => {
    const text = render(lang, r.event as NotificationEvent, { ...input, data: r.data });
    return {
      id: r.id,
      event: r.event as NotificationEvent,
      title: text.title,
      text: text.text,
      data: r.data,
      createdAt: r.created_at.toISOString(),
      readAt: r.read_at ? r.read_at.toISOString() : null,
    };
  });
  return { notifications, unread: await store.countUnread(db, userId) };
}

export const unreadNotificationCount = store.countUnread;

export async function markNotificationsRead(db: Db, userId: number, ids: readonly number[] | 'all') {
  await db.transaction().execute(async (trx) => {
    const n = await store.markRead(trx, userId, ids);
    if (n > 0) await publishLive(trx, { kind: 'counts', users: [userId] });
  });
}

// --- Sending: the job handler ---------------------------------------------------------------------------

export interface DeliveryDeps {
  mailer: Mailer;
  textSender: TextSender | null;
}

interface DeliverPayload {
  event: NotificationEvent;
  key: string;
  userId: number;
  channel: 'email' | 'sms';
  data: Record<string, unknown>;
}

/** The same (event, person, channel) always gets the same Message-ID: mail systems that see it twice can drop the copy. */
export function messageIdFor(key: string, userId: number, channel: string) {
  const h = createHash('sha256').update(`${key}|${userId}|${channel}`).digest('hex').slice(0, 40);
  return `<${h}@notifications.ihss-portal>`;
}

/**
 * Sends one email or text. Exactly once per (event, person, channel) as far as the database can make it so:
 * the ledger row is locked for the whole send and marked sent in the transaction that completes the job, so
 * a duplicate or retried job finds it sent, and two workers never send it at once. The only window left is
 * a crash after the mail server accepted the message and before that commit; see src/jobs/README.md.
 */
export function notificationJobHandlers(deps: DeliveryDeps): Record<string, JobHandler> {
  return {
    [DELIVER_JOB]: async ({ job, db, complete }) => {
      const p = job.payload as unknown as DeliverPayload;
      await db.transaction().execute(async (trx) => {
        const ledger = await store.lockDelivery(trx, p.key, p.userId, p.channel);
        if (ledger.status !== 'pending') return complete(trx);
        const skip = async (detail: string) => {
          await store.settleDelivery(trx, p.key, p.userId, p.channel, { status: 'skipped', detail, attempts: job.attempts });
          await complete(trx);
        };
        const contact = await findContact(trx, p.userId);
        if (!contact || contact.status !== 'active') return skip('account not active');
        if (!isSecurityEvent(p.event) && (await store.isEnabled(trx, p.userId, p.event, p.channel)) === false) return skip('switched off');
        const lang = pickLanguage(contact.preferred_language);
        const text = render(lang, p.event, {
          data: p.data,
          helpPhone: contact.help_phone ?? STATEWIDE_HELP_DESK.phone,
          countyName: contact.county_name,
        });
        let messageId: string;
        if (p.channel === 'email') {
          if (!contact.email) return skip('no email on file');
          messageId = messageIdFor(p.key, p.userId, p.channel);
          await deps.mailer.send(contact.email, { subject: text.subject, text: text.body, messageId });
        } else {
          if (!deps.textSender) return skip('no text gateway');
          if (!contact.phone) return skip('no phone on file');
          messageId = (await deps.textSender.send({ to: contact.phone, text: text.sms, idempotencyKey: messageIdFor(p.key, p.userId, p.channel) })).id;
        }
        await store.settleDelivery(trx, p.key, p.userId, p.channel, { status: 'sent', messageId, attempts: job.attempts });
        await complete(trx);
      });
    },
  };
}
