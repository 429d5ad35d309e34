import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { STAFF_ROLES } from '../../../contracts/auth.js';
import { apiError, ok } from '../../../contracts/common.js';
import { signInHistory } from '../../../contracts/auth.js';
import { accountLookupParams, deactivateRequest, staffAccountView } from '../../../contracts/staff.js';
import { clientOf, requireAuth } from '../../plugins/auth.js';
import { deactivateAccount, reinstateAccount, staffSignInHistory, unlockAccount, viewAccount, type StaffViewer } from './service.js';

function staffViewer(request: Parameters<typeof requireAuth>[0]): StaffViewer {
  const { user } = requireAuth(request);
  return { id: user.id, role: user.role as StaffViewer['role'], countyId: user.countyId };
}

export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/staff/accounts/:loginId',
    {
      config: { access: STAFF_ROLES },
      schema: { tags: ['staff'], summary: "An account's lock state (own county only)", params: accountLookupParams, response: { 200: staffAccountView, 404: apiError } },
    },
    async (request) => viewAccount(app.db, app.config.dataKey, staffViewer(request), request.params.loginId, app.clock.now()),
  );

  app.post(
    '/api/staff/accounts/:loginId/unlock',
    {
      config: { access: STAFF_ROLES },
      schema: { tags: ['staff'], summary: 'Unlock an account locked by failed sign-ins', params: accountLookupParams, response: { 200: ok, 404: apiError } },
    },
    async (request) => {
      await unlockAccount(app.db, app.config.dataKey, staffViewer(request), request.params.loginId, clientOf(request), app.clock.now());
      return { ok: true as const };
    },
  );

  app.post(
    '/api/staff/accounts/:loginId/deactivate',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags: ['staff'],
        summary: 'Deactivate an account with a reason: it can no longer sign in, sees the reason if it tries, and is signed out everywhere',
        params: accountLookupParams,
        body: deactivateRequest,
        response: { 200: staffAccountView, 400: apiError, 403: apiError, 404: apiError },
      },
    },
    async (request) => {
      await deactivateAccount(app.db, staffViewer(request), request.params.loginId, request.body.reason, clientOf(request));
      return viewAccount(app.db, app.config.dataKey, staffViewer(request), request.params.loginId, app.clock.now());
    },
  );

  app.post(
    '/api/staff/accounts/:loginId/reinstate',
    {
      config: { access: STAFF_ROLES },
      schema: { tags: ['staff'], summary: 'Reinstate a deactivated account', params: accountLookupParams, response: { 200: staffAccountView, 400: apiError, 403: apiError, 404: apiError } },
    },
    async (request) => {
      await reinstateAccount(app.db, staffViewer(request), request.params.loginId, clientOf(request));
      return viewAccount(app.db, app.config.dataKey, staffViewer(request), request.params.loginId, app.clock.now());
    },
  );

  app.get(
    '/api/staff/accounts/:loginId/sign-in-history',
    {
      config: { access: STAFF_ROLES },
      schema: { tags: ['staff'], summary: "A person's sign-in history (own county only; the reading is audited)", params: accountLookupParams, response: { 200: signInHistory, 404: apiError } },
    },
    async (request) => staffSignInHistory(app.db, staffViewer(request), request.params.loginId, clientOf(request)),
  );
};
