import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authEndpoints } from '../../../contracts/auth.js';
import { routes } from '../../lib/route.js';
import { clearSessionCookie, clientOf, requireAuth, setSessionCookie } from '../../plugins/auth.js';
import type { RateLimit } from '../../plugins/rate-limit.js';
import { sha256 } from '../../lib/tokens.js';
import { setAccountLanguage, sweepSignInFailures } from '../accounts/service.js';
import { recordAudit } from '../audit/service.js';
import { signInHistory } from '../audit/sign-in-history.js';
import { endSession } from '../sessions/service.js';
import * as auth from './service.js';
import { sessionStateOf } from './session-state.js';

/** Per-IP limits in front of the expensive or guessable steps; a county office behind one NAT needs headroom. */
const SIGN_IN_LIMIT: RateLimit = { bucket: 'sign-in', max: 30, windowSeconds: 300 };
const SETUP_LIMIT: RateLimit = { bucket: 'setup', max: 20, windowSeconds: 300 };
const RESET_LIMIT: RateLimit = { bucket: 'reset', max: 20, windowSeconds: 300 };

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

  routes(app, 'auth', authEndpoints, {
    session: async (request, reply) => sessionStateOf(app.db, request, reply),
    keepAlive: async (request, reply) => sessionStateOf(app.db, request, reply),
    signIn: {
      rateLimit: SIGN_IN_LIMIT,
      handler: async (request, reply) => {
        const { session, user, idleMinutes } = await auth.signIn(deps(), request.body, clientOf(request));
        setSessionCookie(request, reply, session.token, session.absoluteExpiresAt);
        reply.renewCsrf();
        request.auth = {
          user,
          session: { idHash: sha256(session.token), idleMinutes, idleExpiresAt: session.idleExpiresAt, absoluteExpiresAt: session.absoluteExpiresAt },
        };
        return sessionStateOf(app.db, request, reply);
      },
    },
    signOut: async (request, reply) => {
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
    setupIdentity: { rateLimit: SETUP_LIMIT, handler: async (request) => auth.startSetup(deps(), request.body, clientOf(request)) },
    setupEmailCode: { rateLimit: SETUP_LIMIT, handler: async (request) => auth.sendSetupCode(deps(), request.body, clientOf(request)) },
    setupVerifyEmail: {
      rateLimit: SETUP_LIMIT,
      handler: async (request) => {
        await auth.verifySetupCode(deps(), request.body);
        return { ok: true as const };
      },
    },
    setupComplete: {
      rateLimit: SETUP_LIMIT,
      handler: async (request) => {
        await auth.completeSetup(deps(), request.body, clientOf(request));
        return { ok: true as const };
      },
    },
    resetStart: { rateLimit: RESET_LIMIT, handler: async (request) => auth.startReset(deps(), request.body, clientOf(request)) },
    resetVerifyCode: {
      rateLimit: RESET_LIMIT,
      handler: async (request) => {
        await auth.verifyResetCode(deps(), request.body);
        return { ok: true as const };
      },
    },
    resetAnswers: {
      rateLimit: RESET_LIMIT,
      handler: async (request) => {
        await auth.verifyResetAnswers(deps(), request.body);
        return { ok: true as const };
      },
    },
    resetComplete: {
      rateLimit: RESET_LIMIT,
      handler: async (request) => {
        await auth.completeReset(deps(), request.body, clientOf(request));
        return { ok: true as const };
      },
    },
    setLanguage: async (request) => {
      await setAccountLanguage(app.db, requireAuth(request).user.id, request.body.language, clientOf(request));
      return { ok: true as const };
    },
    signInHistory: async (request) => signInHistory(app.db, requireAuth(request).user.id),
  });
};
