import { ASKS_FOR_PASSWORD, type ComposeMessageRequest } from '../../../contracts/messaging.js';
import type { LiveCounts } from '../../../contracts/notifications.js';
import type { Db } from '../../../db/connection.js';
import { publishLive } from '../../../jobs/pubsub.js';
import { AppError, FieldError, forbidden, notFound } from '../../errors.js';
import * as accounts from '../accounts/service.js';
import { recordAudit } from '../audit/service.js';
import * as cases from '../cases/service.js';
import { notify, unreadNotificationCount } from '../notifications/service.js';
import * as store from './store.js';
import type { Viewer } from '../../lib/viewer.js';
import type { Client } from '../../lib/client.js';

export type { Viewer };


function countyOf(viewer: Viewer): number {
  if (viewer.countyId === null) throw forbidden();
  return viewer.countyId;
}

function refusePasswordRequests(field: string, text: string) {
  if (ASKS_FOR_PASSWORD.test(text)) throw new FieldError(field, 'messageAsksForPassword');
}

/** A provider's header numbers, for a caller that knows the user is a provider (the signed-in provider's dashboard). */
export async function providerMessageCounts(db: Db, providerId: number) {
  const c = await store.providerCounts(db, providerId);
  return { unreadMessages: c.unread, unacknowledgedMessages: c.unacknowledged };
}

/** The header numbers: for a provider, unread and unacknowledged messages; for county staff, replies waiting. */
export async function messageCounts(db: Db, userId: number) {
  const user = await accounts.findUserById(db, userId);
  if (user?.role === 'provider') return providerMessageCounts(db, userId);
  if ((user?.role === 'county_worker' || user?.role === 'county_admin') && user.county_id !== null) {
    return { unreadMessages: await store.countyRepliesWaiting(db, user.county_id), unacknowledgedMessages: 0 };
  }
  return { unreadMessages: 0, unacknowledgedMessages: 0 };
}

/**
 * The header's numbers, one computation for every place that shows them: the provider's inbox, the counts route
 * and the live stream, which pushes them (features/events).
 */
export async function liveCounts(db: Db, userId: number): Promise<LiveCounts> {
  const [m, unreadNotifications] = await Promise.all([messageCounts(db, userId), unreadNotificationCount(db, userId)]);
  return { ...m, unreadNotifications };
}

// --- Staff ---------------------------------------------------------------------------------------------

/**
 * Sends a message to one provider, the providers of one recipient, or every active provider of the staff
 * member's own county. The thread, its fan-out, the in-app notifications, the email/text jobs and the audit
 * row commit together.
 */
export async function compose(db: Db, viewer: Viewer, input: ComposeMessageRequest, client: Client) {
  const countyId = countyOf(viewer);
  refusePasswordRequests('subject', input.subject);
  refusePasswordRequests('body', input.body);
  return db.transaction().execute(async (trx) => {
    let audienceUserId: number | null = null;
    let audienceCaseId: number | null = null;
    let who: { userIds: number[] } | 'county' = 'county';
    if (input.audience === 'one') {
      const p = await accounts.findUserByLoginId(trx, input.providerId);
      if (!p || p.role !== 'provider' || p.county_id !== countyId) throw new FieldError('providerId', 'notFound');
      audienceUserId = p.id;
      who = { userIds: [p.id] };
    } else if (input.audience === 'recipient_providers') {
      const found = await cases.caseProviders(trx, countyId, input.caseNumber);
      if (!found) throw new FieldError('caseNumber', 'notFound');
      audienceCaseId = found.caseId;
      who = { userIds: found.providerIds };
    }
    const threadId = await store.insertThread(trx, {
      countyId,
      authorId: viewer.id,
      audience: input.audience,
      audienceUserId,
      audienceCaseId,
      subject: input.subject,
      requiresAck: input.requiresAck,
    });
    await store.insertPost(trx, { threadId, countyId, authorId: viewer.id, participantId: null, body: input.body });
    const recipients = await store.addRecipients(trx, threadId, countyId, who);
    if (recipients.length === 0) throw new AppError(400, 'audienceEmpty');
    const thread = (await store.findThread(trx, threadId))!;
    await notify(trx, {
      event: 'new_message',
      key: `new_message:thread:${threadId}`,
      userIds: recipients,
      data: { threadId, subject: input.subject, countyName: thread.county_name, requiresAck: input.requiresAck },
      ...(input.audience === 'county' ? { county: countyId } : {}),
    });
    await recordAudit(trx, {
      ...client,
      action: 'message.sent',
      outcome: 'success',
      actorUserId: viewer.id,
      subjectUserId: audienceUserId,
      countyId,
      details: { threadId, audience: input.audience, recipients: recipients.length, requiresAck: input.requiresAck },
    });
    return { threadId, recipients: recipients.length };
  });
}

async function staffThread(db: Db, viewer: Viewer, threadId: number) {
  const thread = await store.findThread(db, threadId);
  // Another county's thread answers exactly like a missing one.
  if (!thread || thread.county_id !== countyOf(viewer)) throw notFound();
  return thread;
}

function audienceLabel(t: { audience: string; audience_user_label: string | null; audience_case_id: number | null }) {
  if (t.audience === 'one') return t.audience_user_label ?? '';
  if (t.audience === 'recipient_providers') return `Providers of case ${t.audience_case_id}`;
  return 'All providers';
}

function postViews(viewer: Viewer, posts: Awaited<ReturnType<typeof store.listPosts>>, countyName: string, showParticipant: boolean) {
  return posts.map((p) => {
    const county = p.author_role !== 'provider';
    return {
      id: p.id,
      author: {
        name: county ? `${p.first_name} ${p.last_name}, ${countyName} County IHSS` : `${p.first_name} ${p.last_name}`,
        side: county ? ('county' as const) : ('provider' as const),
        isMe: p.author_user_id === viewer.id,
      },
      providerId: showParticipant ? p.participant_login_id : null,
      body: p.body,
      createdAt: p.created_at.toISOString(),
    };
  });
}

export async function listCountyThreads(db: Db, viewer: Viewer, q: { limit: number; before?: number | undefined }) {
  const rows = await store.countyThreads(db, countyOf(viewer), q.limit, q.before);
  return {
    threads: rows.map((r) => ({
      threadId: r.id,
      subject: r.subject,
      audience: r.audience,
      audienceLabel: audienceLabel(r),
      author: r.author_name,
      createdAt: r.created_at.toISOString(),
      requiresAck: r.requires_ack,
      recipients: r.recipients,
      read: r.read,
      acknowledged: r.acknowledged,
      repliesWaiting: r.replies_waiting,
    })),
    neverAsksForPassword: true as const,
  };
}

/** The whole thread for county staff: every conversation, and who has read and acknowledged it. */
export async function viewCountyThread(db: Db, viewer: Viewer, threadId: number) {
  const t = await staffThread(db, viewer, threadId);
  const [posts, status] = await Promise.all([store.listPosts(db, threadId, 'all'), store.recipientStatus(db, threadId)]);
  return {
    threadId: t.id,
    subject: t.subject,
    audience: t.audience,
    audienceLabel: audienceLabel(t),
    author: t.author_name,
    createdAt: t.created_at.toISOString(),
    requiresAck: t.requires_ack,
    recipients: status.length,
    read: status.filter((s) => s.first_read_at).length,
    acknowledged: status.filter((s) => s.acknowledged_at).length,
    repliesWaiting: status.filter((s) => s.reply_waiting_at).length,
    posts: postViews(viewer, posts, t.county_name, true),
    recipientStatus: status.map((s) => ({
      providerId: s.login_id,
      name: `${s.first_name} ${s.last_name}`,
      readAt: s.first_read_at?.toISOString() ?? null,
      acknowledgedAt: s.acknowledged_at?.toISOString() ?? null,
      replyWaiting: s.reply_waiting_at !== null,
    })),
    neverAsksForPassword: true as const,
  };
}

/** A county answer in one provider's conversation of the thread; it becomes unread for that provider. */
export async function staffReply(db: Db, viewer: Viewer, threadId: number, input: { body: string; providerId?: string | undefined }, client: Client) {
  refusePasswordRequests('body', input.body);
  return db.transaction().execute(async (trx) => {
    const t = await staffThread(trx, viewer, threadId);
    let participantId: number;
    if (input.providerId) {
      const p = await accounts.findUserByLoginId(trx, input.providerId);
      if (!p || !(await store.findRecipient(trx, threadId, p.id))) throw new FieldError('providerId', 'notFound');
      participantId = p.id;
    } else if (t.audience === 'one' && t.audience_user_id !== null) {
      participantId = t.audience_user_id;
    } else {
      throw new FieldError('providerId', 'participantRequired');
    }
    const postId = await store.insertPost(trx, { threadId, countyId: t.county_id, authorId: viewer.id, participantId, body: input.body });
    await store.setReplyWaiting(trx, threadId, participantId, false);
    await notify(trx, {
      event: 'new_message',
      key: `new_message:post:${postId}`,
      userIds: [participantId],
      data: { threadId, subject: t.subject, countyName: t.county_name, requiresAck: false },
    });
    await recordAudit(trx, { ...client, action: 'message.replied', outcome: 'success', actorUserId: viewer.id, subjectUserId: participantId, countyId: t.county_id, details: { threadId, postId } });
    await publishStaffCounts(trx, t.county_id);
    return { postId };
  });
}

async function publishStaffCounts(trx: Db, countyId: number) {
  const staff = await accounts.listActiveStaffIds(trx, countyId);
  if (staff.length > 0) await publishLive(trx, { kind: 'counts', users: staff.map((s) => s.id) });
}

// --- Provider -------------------------------------------------------------------------------------------

async function ownThread(db: Db, viewer: Viewer, threadId: number, forUpdate = false) {
  const thread = await store.findThread(db, threadId);
  const recipient = thread ? await store.findRecipient(db, threadId, viewer.id, forUpdate) : undefined;
  // Someone else's message answers exactly like a missing one.
  if (!thread || !recipient) throw notFound();
  return { thread, recipient };
}

/** Every message a person sent or received, oldest first, with when they read and acknowledged it (store.postsOf). */
export async function messagesOf(db: Db, userId: number) {
  const rows = await store.postsOf(db, userId);
  return rows.map((r) => ({ ...r, sent: r.author_user_id === userId }));
}

export async function providerInbox(db: Db, viewer: Viewer, q: { limit: number; before?: number | undefined }) {
  const rows = await store.inbox(db, viewer.id, q.limit, q.before);
  return {
    threads: rows.map((r) => ({
      threadId: r.id,
      subject: r.subject,
      from: `${r.county_name} County IHSS`,
      createdAt: r.created_at.toISOString(),
      lastPostAt: (r.last_post_at ?? r.created_at).toISOString(),
      preview: r.preview ?? '',
      unread: r.read_at === null,
      requiresAck: r.requires_ack,
      acknowledgedAt: r.acknowledged_at?.toISOString() ?? null,
    })),
    counts: await liveCounts(db, viewer.id),
    neverAsksForPassword: true as const,
  };
}

export async function providerThread(db: Db, viewer: Viewer, threadId: number) {
  const { thread, recipient } = await ownThread(db, viewer, threadId);
  const posts = await store.listPosts(db, threadId, viewer.id);
  return {
    threadId: thread.id,
    subject: thread.subject,
    from: `${thread.county_name} County IHSS`,
    requiresAck: thread.requires_ack,
    readAt: recipient.read_at?.toISOString() ?? null,
    acknowledgedAt: recipient.acknowledged_at?.toISOString() ?? null,
    posts: postViews(viewer, posts, thread.county_name, false),
    neverAsksForPassword: true as const,
  };
}

export async function markThreadRead(db: Db, viewer: Viewer, threadId: number) {
  await db.transaction().execute(async (trx) => {
    await ownThread(trx, viewer, threadId, true);
    if (await store.markRead(trx, threadId, viewer.id)) await publishLive(trx, { kind: 'counts', users: [viewer.id] });
  });
}

export async function acknowledgeThread(db: Db, viewer: Viewer, threadId: number, client: Client) {
  await db.transaction().execute(async (trx) => {
    const { thread } = await ownThread(trx, viewer, threadId, true);
    if (!thread.requires_ack) throw new AppError(400, 'ackNotRequired');
    if (await store.acknowledge(trx, threadId, viewer.id)) {
      await recordAudit(trx, { ...client, action: 'message.acknowledged', outcome: 'success', actorUserId: viewer.id, subjectUserId: viewer.id, countyId: thread.county_id, details: { threadId } });
      await publishLive(trx, { kind: 'counts', users: [viewer.id, thread.author_user_id] });
    }
  });
}

/** A provider's "request for clarification": seen by county staff only, never by other providers. */
export async function providerReply(db: Db, viewer: Viewer, threadId: number, body: string, client: Client) {
  return db.transaction().execute(async (trx) => {
    const { thread } = await ownThread(trx, viewer, threadId, true);
    const postId = await store.insertPost(trx, { threadId, countyId: thread.county_id, authorId: viewer.id, participantId: viewer.id, body });
    await store.setReplyWaiting(trx, threadId, viewer.id, true);
    await store.markRead(trx, threadId, viewer.id);
    await recordAudit(trx, { ...client, action: 'message.replied', outcome: 'success', actorUserId: viewer.id, subjectUserId: viewer.id, countyId: thread.county_id, details: { threadId, postId } });
    await publishStaffCounts(trx, thread.county_id);
    await publishLive(trx, { kind: 'counts', users: [viewer.id] });
    return { postId };
  });
}
