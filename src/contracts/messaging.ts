import { z } from 'zod';
import { caseNumber, idParam, ok, providerId, text } from './common.js';
import { endpoint } from './endpoint.js';
import { liveCounts } from './notifications.js';
import { COUNTY_STAFF } from './auth.js';

/**
 * County messages (issue #6). Named `messaging` because `contracts/messages/` is the error-message catalogue.
 * Bodies are plain text: the web app shows them as text (never as HTML), and no message asks for a password.
 */
export const AUDIENCES = ['one', 'recipient_providers', 'county'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** message_threads.subject and message_posts.body CHECK 1 to 200 and 1 to 5,000 characters. */
const subject = text({ max: 200, message: 'subjectShape' });
const body = text({ max: 5000, multiline: true, message: 'messageBodyShape' });
const requiresAck = z.boolean().default(false).describe('The provider must confirm they read it');

export const composeMessageRequest = z.discriminatedUnion('audience', [
  z.object({ audience: z.literal('one'), providerId, subject, body, requiresAck }),
  z.object({ audience: z.literal('recipient_providers'), caseNumber, subject, body, requiresAck }),
  z.object({ audience: z.literal('county'), subject, body, requiresAck }),
]);
export type ComposeMessageRequest = z.infer<typeof composeMessageRequest>;

export const composeMessageResponse = z.object({ threadId: z.number().int(), recipients: z.number().int() });

export const threadParams = z.object({ threadId: idParam });

export const replyRequest = z.object({ body });
export const staffReplyRequest = z.object({
  body,
  providerId: providerId.optional().describe('Whom the reply is for; needed in a thread sent to more than one provider'),
});
export const replyResponse = z.object({ postId: z.number().int() });

/** Always true: the screens say that the county never asks for a password in a message. */
const neverAsksForPassword = z.literal(true);

export const postView = z.object({
  id: z.number().int(),
  author: z.object({ name: z.string(), side: z.enum(['county', 'provider']), isMe: z.boolean() }),
  /** For staff: the provider a reply belongs to (null: the opening post, seen by everyone). */
  providerId: z.string().nullable(),
  body: z.string(),
  createdAt: z.string(),
});

// --- Provider side ---------------------------------------------------------------------------------

export const inboxItem = z.object({
  threadId: z.number().int(),
  subject: z.string(),
  from: z.string().describe('e.g. "Los Angeles County IHSS"'),
  createdAt: z.string(),
  lastPostAt: z.string(),
  preview: z.string().describe('Start of the latest post, plain text'),
  unread: z.boolean(),
  requiresAck: z.boolean(),
  acknowledgedAt: z.string().nullable(),
});

export const inbox = z.object({ threads: z.array(inboxItem), counts: liveCounts, neverAsksForPassword });

export const providerThread = z.object({
  threadId: z.number().int(),
  subject: z.string(),
  from: z.string(),
  requiresAck: z.boolean(),
  readAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  posts: z.array(postView),
  neverAsksForPassword,
});

// --- Staff side --------------------------------------------------------------------------------------

export const staffThreadSummary = z.object({
  threadId: z.number().int(),
  subject: z.string(),
  audience: z.enum(AUDIENCES),
  audienceLabel: z.string().describe('Provider name and ID, case number, or "All providers"'),
  author: z.string(),
  createdAt: z.string(),
  requiresAck: z.boolean(),
  recipients: z.number().int(),
  read: z.number().int(),
  acknowledged: z.number().int(),
  repliesWaiting: z.number().int().describe('Providers whose latest reply no one at the county has answered'),
});

export const staffThreadList = z.object({ threads: z.array(staffThreadSummary), neverAsksForPassword });

export const staffThread = staffThreadSummary.extend({
  posts: z.array(postView),
  recipientStatus: z.array(
    z.object({
      providerId: z.string(),
      name: z.string(),
      readAt: z.string().nullable().describe('First time the provider opened it'),
      acknowledgedAt: z.string().nullable(),
      replyWaiting: z.boolean(),
    }),
  ),
  neverAsksForPassword,
});

export const messageListQuery = z.object({
  before: idParam.optional().describe('Page back: threads with ids below this one'),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

/**
 * Refuses a message that asks for a password (a phishing pattern the portal must never train people to
 * trust). A heuristic for the compose screen too: a verb of asking near "password".
 */
export const ASKS_FOR_PASSWORD =
  /\b(send|give|tell|reply with|share|enter|type|provide|confirm|verify|what is|envíe|envie|dé|diga|comparta|escriba|confirme|cuál es)\b[^.?!\n]{0,60}\b(password|passcode|passphrase|contraseña|clave)\b/i;


export const messageEndpoints = {
  compose: endpoint({
    method: 'POST',
    path: '/api/staff/messages',
    access: COUNTY_STAFF,
    summary: 'Send a message to one provider, the providers of one recipient, or every provider of the county',
    body: composeMessageRequest,
    answer: composeMessageResponse,
  }),
  countyThreads: endpoint({ method: 'GET', path: '/api/staff/messages', access: COUNTY_STAFF, summary: "The county's messages with read and acknowledged counts", query: messageListQuery, answer: staffThreadList }),
  countyThread: endpoint({
    method: 'GET',
    path: '/api/staff/messages/:threadId',
    access: COUNTY_STAFF,
    summary: 'A message with every reply and who has read and acknowledged it',
    params: threadParams,
    answer: staffThread,
  }),
  staffReply: endpoint({
    method: 'POST',
    path: '/api/staff/messages/:threadId/reply',
    access: COUNTY_STAFF,
    summary: "Answer a provider's reply in the same thread",
    params: threadParams,
    body: staffReplyRequest,
    answer: replyResponse,
  }),
  inbox: endpoint({ method: 'GET', path: '/api/messages', access: ['provider'], summary: 'Messages and notifications: the inbox', query: messageListQuery, answer: inbox }),
  thread: endpoint({ method: 'GET', path: '/api/messages/:threadId', access: ['provider'], summary: 'One message and its replies', params: threadParams, answer: providerThread }),
  markRead: endpoint({ method: 'POST', path: '/api/messages/:threadId/read', access: ['provider'], summary: 'Mark a message read', params: threadParams, answer: ok }),
  acknowledge: endpoint({
    method: 'POST',
    path: '/api/messages/:threadId/acknowledge',
    access: ['provider'],
    summary: 'Confirm having read a message that asks for it',
    params: threadParams,
    answer: ok,
  }),
  reply: endpoint({
    method: 'POST',
    path: '/api/messages/:threadId/reply',
    access: ['provider'],
    summary: 'Ask the county for clarification, in the same thread',
    params: threadParams,
    body: replyRequest,
    answer: replyResponse,
  }),
};
