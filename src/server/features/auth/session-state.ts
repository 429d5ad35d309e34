import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionState } from '../../../contracts/auth.js';
import type { Db } from '../../../db/connection.js';
import { findCountyById, helpDeskOf } from '../counties/service.js';

/** What the web app needs to know about the caller: who they are and when their session ends. */
export async function sessionStateOf(db: Db, request: FastifyRequest, reply: FastifyReply): Promise<SessionState> {
  const demo = request.server.config.demo;
  const csrfToken = reply.csrfToken();
  const auth = request.auth;
  if (!auth) return { authenticated: false, csrfToken, demo };
  const county = auth.user.countyId === null ? undefined : await findCountyById(db, auth.user.countyId);
  return {
    authenticated: true,
    csrfToken,
    demo,
    user: {
      id: auth.user.id,
      role: auth.user.role,
      loginId: auth.user.loginId,
      firstName: auth.user.firstName,
      lastName: auth.user.lastName,
      language: auth.user.language,
      county: county ? { slug: county.slug, name: county.name } : null,
      helpDesk: helpDeskOf(county),
    },
    idleTimeoutSeconds: auth.session.idleMinutes * 60,
    idleExpiresAt: auth.session.idleExpiresAt.toISOString(),
    absoluteExpiresAt: auth.session.absoluteExpiresAt.toISOString(),
  };
}
