import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { profileEndpoints } from '../../../contracts/profile.js';
import { routes } from '../../lib/route.js';
import { clientOf, requireAuth } from '../../plugins/auth.js';
import type { RateLimit } from '../../plugins/rate-limit.js';
import * as profile from './service.js';

/** The password re-check and the code can be guessed at: per-IP limits in front of them. */
const RECHECK_LIMIT: RateLimit = { bucket: 'profile-recheck', max: 10, windowSeconds: 300 };

export const profileRoutes: FastifyPluginAsyncZod = async (app) => {
  const me = (request: Parameters<typeof requireAuth>[0]) => requireAuth(request).user.id;
  const deps = () => ({ db: app.db, secret: app.config.sessionSecret, mailer: app.mailer, log: app.log });

  routes(app, 'profile', profileEndpoints, {
    get: async (request) => profile.getProfile(app.db, me(request)),
    update: async (request) => profile.updateProfile(app.db, me(request), request.body, clientOf(request)),
    changePhone: { handler: async (request) => profile.changePhone(app.db, me(request), request.body, clientOf(request)), rateLimit: RECHECK_LIMIT },
    startEmailChange: { handler: async (request) => profile.startEmailChange(deps(), me(request), request.body, clientOf(request)), rateLimit: RECHECK_LIMIT },
    confirmEmailChange: { handler: async (request) => profile.confirmEmailChange(deps(), me(request), request.body.code, clientOf(request)), rateLimit: RECHECK_LIMIT },
  });
};
