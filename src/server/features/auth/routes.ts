import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  codeSentResponse,
  completeSetupRequest,
  lockedError,
  resetAnswersRequest,
  resetCompleteRequest,
  resetStartRequest,
  resetStartResponse,
  sendEmailCodeRequest,
  sessionState,
  setupIdentityRequest,
  setupIdentityResponse,
  signInHistory as signInHistorySchema,
  signInRequest,
  verifyCodeRequest,
} from '../../../contracts/auth.js';
import { apiError, ok } from '../../../contracts/common.js';
import { clearSessionCookie, clientOf, requireAuth, setSessionCookie } from '../../plugins/auth.js';
import type { RateLimit } from '../../plugins/rate-limit.js';
import { sha256 } from '../../lib/tokens.js';
import { sweepSignInFailures } from '../accounts/service.js';
import { recordAudit } from '../audit/service.js';
import { signInHistory } from '../audit/sign-in-history.js';
import { endSession } from '../sessions/service.js';
import * as auth from './service.js';
import { sessionStateOf } from './session-state.js';

/** Per-IP limits in front of the expensive or guessable steps; a county office behind one NAT needs headroom. */
const SIGN_IN_LIMIT: RateLimit = { bucket: 'sign-in', max: 30, windowSeconds: 300 };
const SETUP_LIMIT: RateLimit = { bucket: 'setup', max: 20, windowSeconds: 300 };
const RESET_LIMIT: RateLimit = { bucket: 'reset', max: 20, windowSeconds: 300 };

const errors = { 400: apiError, 401: apiError, 403: apiError, 429: apiError };

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = (): auth.AuthDeps => ({
    db: app.db,
    secret: app.config.sessionSecret,
    dataKey: app.config.dataKey,
    mailer: app.mailer,
    log: app.log,
    clock: app.clock,
  });
  // Every attempted ID leaves a row (accounts.signInKey); rows that no longer count are dropped hourly.
  const sweep = setInterval(() => {
    sweepSignInFailures(app.db).catch((err: unknown) => app.log.warn({ err }, 'sign-in failure sweep failed'));
  }, 60 * 60_000);
  sweep.unref();
  app.addHook('onClose', async () => clearInterval(sweep));

  app.get(
    '/api/session',
    { config: { access: 'optional' }, schema: { tags: ['session'], summary: 'Who is signed in, and the CSRF token', response: { 200: sessionState } } },
    async (request, reply) => sessionStateOf(app.db, request, reply),
  );

  app.post(
    '/api/session/keep-alive',
    { config: { access: 'authenticated' }, schema: { tags: ['session'], summary: '"Stay signed in": restarts the idle clock', response: { 200: sessionState, 401: apiError } } },
    async (request, reply) => sessionStateOf(app.db, request, reply),
  );

  app.post(
    '/api/auth/sign-in',
    {
      config: { access: 'public', rateLimit: SIGN_IN_LIMIT },
      schema: { tags: ['auth'], summary: 'Sign in with a Provider ID, case number or staff username', body: signInRequest, response: { 200: sessionState, 423: lockedError, ...errors } },
    },
    async (request, reply) => {
      const { session, user, idleMinutes } = await auth.signIn(deps(), request.body, clientOf(request));
      setSessionCookie(request, reply, session.token, session.absoluteExpiresAt);
      reply.renewCsrf();
      request.auth = {
        user,
        session: { idHash: sha256(session.token), idleMinutes, idleExpiresAt: session.idleExpiresAt, absoluteExpiresAt: session.absoluteExpiresAt },
      };
      return sessionStateOf(app.db, request, reply);
    },
  );

  app.post(
    '/api/auth/sign-out',
    { config: { access: 'optional' }, schema: { tags: ['auth'], summary: 'Ends the session on the server', response: { 200: ok } } },
    async (request, reply) => {
      if (request.auth) {
        const { user, session } = request.auth;
        await app.db.transaction().execute(async (trx) => {
          await endSession(trx, session.idHash, 'sign_out');
          await recordAudit(trx, { ...clientOf(request), action: 'sign_out', outcome: 'success', actorUserId: user.id, subjectUserId: user.id, countyId: user.countyId });
        });
      }
      clearSessionCookie(request, reply);
      reply.renewCsrf();
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/setup/identity',
    {
      config: { access: 'public', rateLimit: SETUP_LIMIT },
      schema: { tags: ['account set-up'], summary: 'Step 1: prove who you are with the details the county recorded', body: setupIdentityRequest, response: { 200: setupIdentityResponse, 423: lockedError, ...errors } },
    },
    async (request) => auth.startSetup(deps(), request.body, clientOf(request)),
  );

  app.post(
    '/api/auth/setup/email-code',
    {
      config: { access: 'public', rateLimit: SETUP_LIMIT },
      schema: { tags: ['account set-up'], summary: 'Step 2: send a 6-digit code to an email address', body: sendEmailCodeRequest, response: { 200: codeSentResponse, ...errors } },
    },
    async (request) => auth.sendSetupCode(deps(), request.body, clientOf(request)),
  );

  app.post(
    '/api/auth/setup/verify-email',
    {
      config: { access: 'public', rateLimit: SETUP_LIMIT },
      schema: { tags: ['account set-up'], summary: 'Step 3: confirm the email with its code', body: verifyCodeRequest, response: { 200: ok, ...errors } },
    },
    async (request) => {
      await auth.verifySetupCode(deps(), request.body);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/setup/complete',
    {
      config: { access: 'public', rateLimit: SETUP_LIMIT },
      schema: { tags: ['account set-up'], summary: 'Step 4: choose a password (and security questions where the county allows)', body: completeSetupRequest, response: { 200: ok, ...errors } },
    },
    async (request) => {
      await auth.completeSetup(deps(), request.body, clientOf(request));
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/reset/start',
    {
      config: { access: 'public', rateLimit: RESET_LIMIT },
      schema: { tags: ['password reset'], summary: 'Start a reset; the answer is the same whether or not the account exists', body: resetStartRequest, response: { 200: resetStartResponse, ...errors } },
    },
    async (request) => auth.startReset(deps(), request.body, clientOf(request)),
  );

  app.post(
    '/api/auth/reset/verify-code',
    {
      config: { access: 'public', rateLimit: RESET_LIMIT },
      schema: { tags: ['password reset'], summary: 'Check the emailed code', body: verifyCodeRequest, response: { 200: ok, ...errors } },
    },
    async (request) => {
      await auth.verifyResetCode(deps(), request.body);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/reset/answers',
    {
      config: { access: 'public', rateLimit: RESET_LIMIT },
      schema: { tags: ['password reset'], summary: 'Answer the security questions', body: resetAnswersRequest, response: { 200: ok, ...errors } },
    },
    async (request) => {
      await auth.verifyResetAnswers(deps(), request.body);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/reset/complete',
    {
      config: { access: 'public', rateLimit: RESET_LIMIT },
      schema: { tags: ['password reset'], summary: 'Set the new password: lifts a lock, ends every session, sends a notice', body: resetCompleteRequest, response: { 200: ok, ...errors } },
    },
    async (request) => {
      await auth.completeReset(deps(), request.body, clientOf(request));
      return { ok: true as const };
    },
  );

  app.get(
    '/api/me/sign-in-history',
    { config: { access: 'authenticated' }, schema: { tags: ['account'], summary: 'Your sign-ins, failures, lockouts, resets and sign-outs', response: { 200: signInHistorySchema } } },
    async (request) => signInHistory(app.db, requireAuth(request).user.id),
  );
};
