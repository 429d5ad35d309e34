import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../../../contracts/common.js';
import { emailChangeRequest, emailChangeStarted, emailConfirmRequest, phoneChangeRequest, profileUpdateRequest, profileView } from '../../../contracts/profile.js';
import { clientOf, requireAuth } from '../../plugins/auth.js';
import type { RateLimit } from '../../plugins/rate-limit.js';
import * as profile from './service.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 429: apiError };
/** The password re-check and the code can be guessed at: per-IP limits in front of them. */
const RECHECK_LIMIT: RateLimit = { bucket: 'profile-recheck', max: 10, windowSeconds: 300 };

export const profileRoutes: FastifyPluginAsyncZod = async (app) => {
  const me = (request: Parameters<typeof requireAuth>[0]) => requireAuth(request).user.id;
  const client = (request: Parameters<typeof clientOf>[0]) => ({ ...clientOf(request), lang: request.lang });
  const deps = () => ({ db: app.db, secret: app.config.sessionSecret, mailer: app.mailer, log: app.log });

  app.get(
    '/api/profile',
    { config: { access: ['provider'] }, schema: { tags: ['profile'], summary: "The provider's contact details", response: { 200: profileView, ...errors } } },
    async (request) => profile.getProfile(app.db, me(request)),
  );

  app.post(
    '/api/profile',
    { config: { access: ['provider'] }, schema: { tags: ['profile'], summary: 'Change the mailing address or preferred language', body: profileUpdateRequest, response: { 200: profileView, ...errors } } },
    async (request) => profile.updateProfile(app.db, me(request), request.body, client(request)),
  );

  app.post(
    '/api/profile/phone',
    {
      config: { access: ['provider'], rateLimit: RECHECK_LIMIT },
      schema: { tags: ['profile'], summary: 'Change the phone number (asks for the password again)', body: phoneChangeRequest, response: { 200: profileView, ...errors } },
    },
    async (request) => profile.changePhone(app.db, me(request), request.body, client(request)),
  );

  app.post(
    '/api/profile/email',
    {
      config: { access: ['provider'], rateLimit: RECHECK_LIMIT },
      schema: { tags: ['profile'], summary: 'Start an email change: password again, then a code to the new address', body: emailChangeRequest, response: { 200: emailChangeStarted, ...errors } },
    },
    async (request) => profile.startEmailChange(deps(), me(request), request.body, client(request)),
  );

  app.post(
    '/api/profile/email/confirm',
    {
      config: { access: ['provider'], rateLimit: RECHECK_LIMIT },
      schema: { tags: ['profile'], summary: 'Confirm the new email with its code', body: emailConfirmRequest, response: { 200: profileView, ...errors } },
    },
    async (request) => profile.confirmEmailChange(deps(), me(request), request.body.code, client(request)),
  );
};
