import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notificationEndpoints } from '../../../contracts/notifications.js';
import { routes } from '../../lib/route.js';
import { clientOf, requireAuth } from '../../plugins/auth.js';
import * as notifications from './service.js';

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const textAvailable = () => app.textSender !== null;

  routes(app, 'notifications', notificationEndpoints, {
    list: async (request) => notifications.listNotifications(app.db, requireAuth(request).user.id, request.lang, request.query),
    markRead: async (request) => {
      await notifications.markNotificationsRead(app.db, requireAuth(request).user.id, 'all' in request.body ? 'all' : request.body.ids);
      return { ok: true as const };
    },
    preferences: async (request) => notifications.getPreferences(app.db, requireAuth(request).user.id, textAvailable()),
    updatePreferences: async (request) => {
      const { user } = requireAuth(request);
      return notifications.updatePreferences(app.db, user, request.body.preferences, clientOf(request), textAvailable());
    },
  });
};
