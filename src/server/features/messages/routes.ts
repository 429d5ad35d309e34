import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, ok } from '../../../contracts/common.js';
import {
  composeMessageRequest,
  composeMessageResponse,
  inbox,
  messageListQuery,
  providerThread,
  replyRequest,
  replyResponse,
  staffReplyRequest,
  staffThread,
  staffThreadList,
  threadParams,
} from '../../../contracts/messaging.js';
import { clientOf, requireAuth } from '../../plugins/auth.js';
import * as messages from './service.js';

const COUNTY_STAFF = ['county_worker', 'county_admin'] as const;
const errors = { 400: apiError, 404: apiError };

export const messageRoutes: FastifyPluginAsyncZod = async (app) => {
  const viewer = (request: Parameters<typeof requireAuth>[0]) => requireAuth(request).user;

  // --- County staff ---
  app.post(
    '/api/staff/messages',
    {
      config: { access: COUNTY_STAFF },
      schema: { tags: ['messages'], summary: 'Send a message to one provider, the providers of one recipient, or every provider of the county', body: composeMessageRequest, response: { 200: composeMessageResponse, ...errors } },
    },
    async (request) => messages.compose(app.db, viewer(request), request.body, clientOf(request)),
  );

  app.get(
    '/api/staff/messages',
    { config: { access: COUNTY_STAFF }, schema: { tags: ['messages'], summary: "The county's messages with read and acknowledged counts", querystring: messageListQuery, response: { 200: staffThreadList } } },
    async (request) => messages.listCountyThreads(app.db, viewer(request), request.query),
  );

  app.get(
    '/api/staff/messages/:threadId',
    { config: { access: COUNTY_STAFF }, schema: { tags: ['messages'], summary: 'A message with every reply and who has read and acknowledged it', params: threadParams, response: { 200: staffThread, 404: apiError } } },
    async (request) => messages.viewCountyThread(app.db, viewer(request), request.params.threadId),
  );

  app.post(
    '/api/staff/messages/:threadId/reply',
    { config: { access: COUNTY_STAFF }, schema: { tags: ['messages'], summary: "Answer a provider's reply in the same thread", params: threadParams, body: staffReplyRequest, response: { 200: replyResponse, ...errors } } },
    async (request) => messages.staffReply(app.db, viewer(request), request.params.threadId, request.body, clientOf(request)),
  );

  // --- Providers ---
  app.get(
    '/api/messages',
    { config: { access: ['provider'] }, schema: { tags: ['messages'], summary: 'Messages and notifications: the inbox', querystring: messageListQuery, response: { 200: inbox } } },
    async (request) => messages.providerInbox(app.db, viewer(request), request.query),
  );

  app.get(
    '/api/messages/:threadId',
    { config: { access: ['provider'] }, schema: { tags: ['messages'], summary: 'One message and its replies', params: threadParams, response: { 200: providerThread, 404: apiError } } },
    async (request) => messages.providerThread(app.db, viewer(request), request.params.threadId),
  );

  app.post(
    '/api/messages/:threadId/read',
    { config: { access: ['provider'] }, schema: { tags: ['messages'], summary: 'Mark a message read', params: threadParams, response: { 200: ok, 404: apiError } } },
    async (request) => {
      await messages.markThreadRead(app.db, viewer(request), request.params.threadId);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/messages/:threadId/acknowledge',
    { config: { access: ['provider'] }, schema: { tags: ['messages'], summary: 'Confirm having read a message that asks for it', params: threadParams, response: { 200: ok, ...errors } } },
    async (request) => {
      await messages.acknowledgeThread(app.db, viewer(request), request.params.threadId, clientOf(request));
      return { ok: true as const };
    },
  );

  app.post(
    '/api/messages/:threadId/reply',
    { config: { access: ['provider'] }, schema: { tags: ['messages'], summary: 'Ask the county for clarification, in the same thread', params: threadParams, body: replyRequest, response: { 200: replyResponse, ...errors } } },
    async (request) => messages.providerReply(app.db, viewer(request), request.params.threadId, request.body.body, clientOf(request)),
  );
};
