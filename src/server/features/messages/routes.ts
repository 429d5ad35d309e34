import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { messageEndpoints } from '../../../contracts/messaging.js';
import { routes } from '../../lib/route.js';
import { clientOf, requireAuth } from '../../plugins/auth.js';
import * as messages from './service.js';

export const messageRoutes: FastifyPluginAsyncZod = async (app) => {
  const viewer = (request: Parameters<typeof requireAuth>[0]) => requireAuth(request).user;

  routes(app, 'messages', messageEndpoints, {
    compose: async (request) => messages.compose(app.db, viewer(request), request.body, clientOf(request)),
    countyThreads: async (request) => messages.listCountyThreads(app.db, viewer(request), request.query),
    countyThread: async (request) => messages.viewCountyThread(app.db, viewer(request), request.params.threadId),
    staffReply: async (request) => messages.staffReply(app.db, viewer(request), request.params.threadId, request.body, clientOf(request)),
    inbox: async (request) => messages.providerInbox(app.db, viewer(request), request.query),
    thread: async (request) => messages.providerThread(app.db, viewer(request), request.params.threadId),
    markRead: async (request) => {
      await messages.markThreadRead(app.db, viewer(request), request.params.threadId);
      return { ok: true as const };
    },
    acknowledge: async (request) => {
      await messages.acknowledgeThread(app.db, viewer(request), request.params.threadId, clientOf(request));
      return { ok: true as const };
    },
    reply: async (request) => messages.providerReply(app.db, viewer(request), request.params.threadId, request.body.body, clientOf(request)),
  });
};
