import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sessionEndpoints } from '../../../contracts/sessions.js';
import { routes } from '../../lib/route.js';
import { clientOf, requireAuth } from '../../plugins/auth.js';
import { listMySessions, signOutOtherSessions, signOutSession, type SessionOwner } from './service.js';

/** "Devices and sessions": the signed-in person's own sessions, taken from their session, never from the request. */
export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const owner = (request: Parameters<typeof requireAuth>[0]): SessionOwner => {
    const { user, session } = requireAuth(request);
    return { userId: user.id, countyId: user.countyId, currentIdHash: session.idHash };
  };

  routes(app, 'sessions', sessionEndpoints, {
    list: async (request) => {
      const me = owner(request);
      return listMySessions(app.db, me.userId, me.currentIdHash);
    },
    signOut: async (request) => {
      await signOutSession(app.db, owner(request), request.params.id, clientOf(request));
      return { ok: true as const };
    },
    signOutOthers: async (request) => signOutOtherSessions(app.db, owner(request), clientOf(request)),
  });
};
