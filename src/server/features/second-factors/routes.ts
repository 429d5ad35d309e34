import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { REAUTH_MINUTES, secondFactorEndpoints } from '../../../contracts/second-factors.js';
import { pickEndpoints, routes } from '../../lib/route.js';
import { clientOf, requireAuth, requireRecentAuthentication, setSessionCookie, viewerOf } from '../../plugins/auth.js';
import type { StaffViewer } from '../accounts/service.js';
import type { RateLimit } from '../../plugins/rate-limit.js';
import { completeSignIn, markAuthenticated } from '../sessions/service.js';
import * as factors from './service.js';

/** Codes typed to prove it is you, or to confirm a new factor: a few tries a minute is all a person needs. */
const CODE_LIMIT: RateLimit = { bucket: 'factor-codes', max: 20, windowSeconds: 300 };
/** Texts cost money and annoy: a handful per network in five minutes. */
const TEXT_LIMIT: RateLimit = { bucket: 'factor-texts', max: 5, windowSeconds: 300 };

const accountFactors = pickEndpoints(secondFactorEndpoints, [
  'overview',
  'reauthenticate',
  'reauthPasskeyOptions',
  'reauthSendText',
  'passkeyRegistrationOptions',
  'addPasskey',
  'removePasskey',
  'startTotp',
  'confirmTotp',
  'removeTotp',
  'startText',
  'confirmText',
  'removeText',
  'newRecoveryCodes',
  'skipInvite',
  'resetForPerson',
]);

export const secondFactorRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = (): factors.FactorDeps => ({ db: app.db, dataKey: app.config.dataKey, clock: app.clock, textSender: app.textSender, publicUrl: app.config.publicUrl });

  /** The caller as the service takes them, with how long their last proof of identity still counts. */
  const actorOf = (request: FastifyRequest): factors.Actor => {
    const { user, session } = requireAuth(request);
    const until = new Date(session.authenticatedAt.getTime() + REAUTH_MINUTES * 60_000);
    return { userId: user.id, role: user.role, countyId: user.countyId, client: clientOf(request), reauthenticatedUntil: until > app.clock.now() ? until : null };
  };
  /** A change to the factors: only within REAUTH_MINUTES of the last password or factor. */
  const changerOf = (request: FastifyRequest) => {
    requireRecentAuthentication(request, app.clock.now());
    return actorOf(request);
  };
  /**
   * The first factor of an account that had to add one lifts the session out of `enrol`: it becomes a full session
   * under a new token, as a sign-in with that factor would have made.
   */
  const afterAdding = async (request: FastifyRequest, reply: FastifyReply, factor: 'passkey' | 'totp' | 'sms') => {
    const { session } = requireAuth(request);
    if (session.stage === 'enrol') {
      const full = await completeSignIn(app.db, session.idHash, 'full', factor);
      if (full) {
        setSessionCookie(request, reply, full.token, full.absoluteExpiresAt);
        reply.renewCsrf();
      }
    }
    return factors.overview(deps(), actorOf(request));
  };

  routes(app, 'security', accountFactors, {
    overview: async (request) => factors.overview(deps(), actorOf(request)),
    reauthenticate: {
      rateLimit: CODE_LIMIT,
      handler: async (request) => {
        const actor = actorOf(request);
        const result = await factors.reauthenticate(deps(), actor, request.body);
        if ('error' in result) throw result.error;
        const { session } = requireAuth(request);
        await markAuthenticated(app.db, session.idHash, result.factor);
        session.authenticatedAt = app.clock.now();
        return factors.overview(deps(), actorOf(request));
      },
    },
    reauthPasskeyOptions: async (request) => factors.passkeyRequestOptions(deps(), requireAuth(request).user.id, 'passkey_verify'),
    reauthSendText: { rateLimit: TEXT_LIMIT, handler: async (request) => factors.sendSignInText(deps(), requireAuth(request).user.id, request.lang) },
    passkeyRegistrationOptions: async (request) => {
      const { user } = requireAuth(request);
      return factors.passkeyRegistrationOptions(deps(), changerOf(request), user.loginId, `${user.firstName} ${user.lastName}`);
    },
    addPasskey: async (request, reply) => {
      await factors.addPasskey(deps(), changerOf(request), request.body);
      return afterAdding(request, reply, 'passkey');
    },
    removePasskey: async (request) => {
      await factors.removePasskey(deps(), changerOf(request), request.params.id);
      return factors.overview(deps(), actorOf(request));
    },
    startTotp: async (request) => factors.startTotp(deps(), changerOf(request), requireAuth(request).user.loginId),
    confirmTotp: {
      rateLimit: CODE_LIMIT,
      handler: async (request, reply) => {
        await factors.confirmTotp(deps(), changerOf(request), request.body.code);
        return afterAdding(request, reply, 'totp');
      },
    },
    removeTotp: async (request) => {
      await factors.removeTotp(deps(), changerOf(request));
      return factors.overview(deps(), actorOf(request));
    },
    startText: { rateLimit: TEXT_LIMIT, handler: async (request) => factors.startText(deps(), changerOf(request), request.body.phone, request.lang) },
    confirmText: {
      rateLimit: CODE_LIMIT,
      handler: async (request, reply) => {
        await factors.confirmText(deps(), changerOf(request), request.body.code);
        return afterAdding(request, reply, 'sms');
      },
    },
    removeText: async (request) => {
      await factors.removeText(deps(), changerOf(request));
      return factors.overview(deps(), actorOf(request));
    },
    newRecoveryCodes: async (request) => factors.newRecoveryCodes(deps(), changerOf(request)),
    skipInvite: async (request) => {
      await factors.skipInvite(app.db, requireAuth(request).user.id);
      return { ok: true as const };
    },
    resetForPerson: async (request) => {
      await factors.resetForPerson(deps(), viewerOf(request) as StaffViewer, request.params.loginId, request.body.how, clientOf(request));
      return { ok: true as const };
    },
  });
};
