import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accountEndpoints } from '../../../contracts/accounts.js';
import { routes } from '../../lib/route.js';
import { clientOf, viewerOf } from '../../plugins/auth.js';
import { deactivateAccount, reinstateAccount, staffSignInHistory, unlockAccount, viewAccount, type StaffViewer } from './service.js';

/** Every route here is for STAFF_ROLES only (contracts/accounts.ts), which is what makes the viewer staff. */
const staffViewer = (request: Parameters<typeof viewerOf>[0]) => viewerOf(request) as StaffViewer;

export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  routes(app, 'accounts', accountEndpoints, {
    get: async (request) => viewAccount(app.db, app.config.dataKey, staffViewer(request), request.params.loginId, app.clock.now()),
    unlock: async (request) => {
      await unlockAccount(app.db, app.config.dataKey, staffViewer(request), request.params.loginId, clientOf(request), app.clock.now());
      return { ok: true as const };
    },
    deactivate: async (request) => {
      await deactivateAccount(app.db, staffViewer(request), request.params.loginId, request.body.reason, clientOf(request));
      return viewAccount(app.db, app.config.dataKey, staffViewer(request), request.params.loginId, app.clock.now());
    },
    reinstate: async (request) => {
      await reinstateAccount(app.db, staffViewer(request), request.params.loginId, clientOf(request));
      return viewAccount(app.db, app.config.dataKey, staffViewer(request), request.params.loginId, app.clock.now());
    },
    signInHistory: async (request) => staffSignInHistory(app.db, staffViewer(request), request.params.loginId, clientOf(request)),
  });
};
