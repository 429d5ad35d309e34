import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, ok } from '../../../contracts/common.js';
import {
  markNotificationsReadRequest,
  notificationList,
  notificationListQuery,
  notificationPreferences,
  updatePreferencesRequest,
} from '../../../contracts/notifications.js';
import { clientOf, requireAuth } from '../../plugins/auth.js';
import * as notifications from './service.js';

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const textAvailable = () => app.textSender !== null;

  app.get(
    '/api/notifications',
    { config: { access: 'authenticated' }, schema: { tags: ['notifications'], summary: 'In-app notifications, newest first', querystring: notificationListQuery, response: { 200: notificationList } } },
    async (request) => notifications.listNotifications(app.db, requireAuth(request).user.id, request.lang, request.query),
  );

  app.post(
    '/api/notifications/read',
    { config: { access: 'authenticated' }, schema: { tags: ['notifications'], summary: 'Mark notifications read (some, or all)', body: markNotificationsReadRequest, response: { 200: ok, 400: apiError } } },
    async (request) => {
      await notifications.markNotificationsRead(app.db, requireAuth(request).user.id, 'all' in request.body ? 'all' : request.body.ids);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/notifications/preferences',
    { config: { access: 'authenticated' }, schema: { tags: ['notifications'], summary: 'Which events reach me on which channel', response: { 200: notificationPreferences } } },
    async (request) => notifications.getPreferences(app.db, requireAuth(request).user.id, textAvailable()),
  );

  app.post(
    '/api/notifications/preferences',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['notifications'], summary: 'Change my choices (security events stay on)', body: updatePreferencesRequest, response: { 200: notificationPreferences, 400: apiError } },
    },
    async (request) => {
      const { user } = requireAuth(request);
      return notifications.updatePreferences(app.db, user, request.body.preferences, clientOf(request), textAvailable());
    },
  );
};
