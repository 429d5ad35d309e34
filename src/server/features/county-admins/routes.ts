import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { countyAdminEndpoints } from '../../../contracts/county-admins.js';
import { routes } from '../../lib/route.js';
import { clientOf, requireAuth } from '../../plugins/auth.js';
import * as admins from './service.js';

export const countyAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  routes(app, 'state admin', countyAdminEndpoints, {
    list: async (request) => admins.listCountyAdmins(app.db, request.query),
    create: async (request) => admins.createCountyAdmin(app.db, requireAuth(request).user, request.body, clientOf(request)),
    deactivate: async (request) => admins.deactivateCountyAdmin(app.db, requireAuth(request).user, request.params.loginId, request.body.reason, clientOf(request)),
    reinstate: async (request) => admins.reinstateCountyAdmin(app.db, requireAuth(request).user, request.params.loginId, clientOf(request)),
  });
};
