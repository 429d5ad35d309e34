import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../../../contracts/common.js';
import { countyAdminList, countyAdminListQuery, countyAdminParams, countyAdminView, createCountyAdminRequest } from '../../../contracts/county-admins.js';
import { deactivateRequest } from '../../../contracts/staff.js';
import { clientOf, requireAuth } from '../../plugins/auth.js';
import * as admins from './service.js';

const STATE = ['state_admin'] as const;
const errors = { 400: apiError, 404: apiError };

export const countyAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/state/county-admins',
    { config: { access: STATE }, schema: { tags: ['state admin'], summary: 'County admins of every county (or one)', querystring: countyAdminListQuery, response: { 200: countyAdminList, 404: apiError } } },
    async (request) => admins.listCountyAdmins(app.db, request.query),
  );

  app.post(
    '/api/state/county-admins',
    { config: { access: STATE }, schema: { tags: ['state admin'], summary: 'Create a county admin (they choose their password with "Forgot password?")', body: createCountyAdminRequest, response: { 200: countyAdminView, ...errors } } },
    async (request) => admins.createCountyAdmin(app.db, requireAuth(request).user, request.body, clientOf(request)),
  );

  app.post(
    '/api/state/county-admins/:loginId/deactivate',
    { config: { access: STATE }, schema: { tags: ['state admin'], summary: 'Deactivate a county admin, with a reason', params: countyAdminParams, body: deactivateRequest, response: { 200: countyAdminView, ...errors } } },
    async (request) => admins.deactivateCountyAdmin(app.db, requireAuth(request).user, request.params.loginId, request.body.reason, clientOf(request)),
  );

  app.post(
    '/api/state/county-admins/:loginId/reinstate',
    { config: { access: STATE }, schema: { tags: ['state admin'], summary: 'Reinstate a county admin', params: countyAdminParams, response: { 200: countyAdminView, ...errors } } },
    async (request) => admins.reinstateCountyAdmin(app.db, requireAuth(request).user, request.params.loginId, clientOf(request)),
  );
};
