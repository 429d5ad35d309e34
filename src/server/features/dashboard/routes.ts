import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { dashboardEndpoints } from '../../../contracts/dashboard.js';
import { routes } from '../../lib/route.js';
import { viewerOf } from '../../plugins/auth.js';
import * as service from './service.js';

export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  routes(app, 'dashboard', dashboardEndpoints, {
    get: async (request) => service.dashboard(app.db, viewerOf(request), app.clock.now(), request.lang),
  });
};
