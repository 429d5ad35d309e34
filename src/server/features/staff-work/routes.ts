import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { staffWorkEndpoints } from '../../../contracts/staff-work.js';
import { routes } from '../../lib/route.js';
import { viewerOf } from '../../plugins/auth.js';
import { staffWork } from './service.js';

export const staffWorkRoutes: FastifyPluginAsyncZod = async (app) => {
  routes(app, 'county console', staffWorkEndpoints, {
    counts: async (request) => staffWork(app.db, viewerOf(request), request.query, app.clock.now()),
  });
};
