import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../../../contracts/common.js';
import { dashboard } from '../../../contracts/dashboard.js';
import { requireAuth } from '../../plugins/auth.js';
import * as service from './service.js';

export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/dashboard',
    {
      config: { access: ['provider', 'recipient'] },
      schema: { tags: ['dashboard'], summary: 'Home screen: needs-your-attention items and each region\'s summary', response: { 200: dashboard, 401: apiError, 403: apiError } },
    },
    async (request) => {
      const { user } = requireAuth(request);
      return service.dashboard(app.db, { id: user.id, role: user.role, countyId: user.countyId }, app.clock.now());
    },
  );
};
