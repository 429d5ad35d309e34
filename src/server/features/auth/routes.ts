import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authEndpoints } from '../../../contracts/auth.js';
import { secondFactorEndpoints } from '../../../contracts/second-factors.js';
import { AppError } from '../../errors.js';
import { pickEndpoints, routes } from '../../lib/route.js';
import { clearSessionCookie, clientOf, requireAuth } from '../../plugins/auth.js';
import type { FastifyRequest } from 'fastify';
import type { RateLimit } from '../../plugins/rate-limit.js';
import { setAccountLanguage, sweepSignInFailures } from '../accounts/service.js';
import { passkeyRequestOptions, sendSignInText, sweepFactorChallenges, type SecondStep } from '../second-factors/service.js';
import { recordAudit } from '../audit/service.js';
import { signInHistory } from '../audit/sign-in-history.js';
import { endSession } from '../sessions/service.js';
import { deviceTokenOf } from '../devices/service.js';
import * as auth from './service.js';
import { answerSignIn, sessionStateOf } from './session-state.js';

/** Per-IP limits in front of the expensive or guessable steps; a county office behind one NAT needs headroom. */
const SIGN_IN_LIMIT: RateLimit = { bucket: 'sign-in', max: 30, windowSeconds: 300 };
const SETUP_LIMIT: RateLimit = { bucket: 'setup', max: 20, windowSeconds: 300 };
const RESET_LIMIT: RateLimit = { bucket: 'reset', max: 20, windowSeconds: 300 };
/** The second step shares the sign-in's budget per network: each try there is as good as a password guess. */
const SECOND_STEP_LIMIT: RateLimit = { bucket: 'sign-in', max: 30, windowSeconds: 300 };

/** The sign-in's second step and the passkey sign-in; the account's factors are the second-factors feature's. */
const signInSteps = pickEndpoints(secondFactorEndpoints, ['totp', 'sendText', 'text', 'recoveryCode', 'passkeyOptions', 'passkey', 'passkeySignInOptions', 'passkeySignIn']);

function pendingOf(request: FastifyRequest) {
  if (!request.pendingSignIn) throw new AppError(401, request.sessionEnded ? 'sessionExpired' : 'signInRequired');
  return request.pendingSignIn;
}

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
    sweepFactorChallenges(app.db).catch((err: unknown) => app.log.warn({ err }, 'second-factor challenge sweep failed'));
  }, 60 * 60_000);
  sweep.unref();
  app.addHook('onClose', async () => clearInterval(sweep));

  routes(app, 'auth', authEndpoints, {
    session: async (request, reply) => sessionStateOf(app.db, request, reply),
    keepAlive: async (request, reply) => sessionStateOf(app.db, request, reply),
    signIn: {
      rateLimit: SIGN_IN_LIMIT,
      handler: async (request, reply) => answerSignIn(app.db, request, reply, await auth.signIn(deps(), request.body, clientOf(request), deviceTokenOf(request)), app.clock.now()),
    },
    signOut: async (request, reply) => {
      if (request.auth) {
        const { user, session } = request.auth;
        await app.db.transaction().execute(async (trx) => {
          await endSession(trx, session.idHash, 'sign_out');
          await recordAudit(trx, { ...clientOf(request), action: 'sign_out', outcome: 'success', actorUserId: user.id, subjectUserId: user.id, countyId: user.countyId });
        });
      } else if (request.pendingSignIn) {
        // "Cancel" on the second step: the half-open session ends, so the password step alone leaves nothing behind.
        await endSession(app.db, request.pendingSignIn.idHash, 'sign_out');
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

  const fdeps = () => ({ textSender: app.textSender, publicUrl: app.config.publicUrl });
  const finish = async (request: FastifyRequest, reply: Parameters<typeof answerSignIn>[2], step: SecondStep) =>
    answerSignIn(app.db, request, reply, await auth.finishSignIn(deps(), fdeps(), pendingOf(request), step, clientOf(request)), app.clock.now());
  const factorDeps = () => ({ db: app.db, dataKey: app.config.dataKey, clock: app.clock, ...fdeps() });

  routes(app, 'auth', signInSteps, {
    totp: { rateLimit: SECOND_STEP_LIMIT, handler: async (request, reply) => finish(request, reply, { kind: 'totp', code: request.body.code }) },
    sendText: { rateLimit: SECOND_STEP_LIMIT, handler: async (request) => sendSignInText(factorDeps(), pendingOf(request).userId, request.lang) },
    text: { rateLimit: SECOND_STEP_LIMIT, handler: async (request, reply) => finish(request, reply, { kind: 'sms', code: request.body.code }) },
    recoveryCode: { rateLimit: SECOND_STEP_LIMIT, handler: async (request, reply) => finish(request, reply, { kind: 'recovery_code', code: request.body.code }) },
    passkeyOptions: { rateLimit: SECOND_STEP_LIMIT, handler: async (request) => passkeyRequestOptions(factorDeps(), pendingOf(request).userId, 'passkey_verify') },
    passkey: { rateLimit: SECOND_STEP_LIMIT, handler: async (request, reply) => finish(request, reply, { kind: 'passkey', ...request.body }) },
    passkeySignInOptions: { rateLimit: SECOND_STEP_LIMIT, handler: async () => passkeyRequestOptions(factorDeps(), null, 'passkey_sign_in') },
    passkeySignIn: {
      rateLimit: SECOND_STEP_LIMIT,
      handler: async (request, reply) => answerSignIn(app.db, request, reply, await auth.signInWithPasskey(deps(), fdeps(), request.body, clientOf(request)), app.clock.now()),
    },
  });
};