import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionState } from '../../../contracts/auth.js';
import type { Db } from '../../../db/connection.js';
import { clientOf, setSessionCookie } from '../../plugins/auth.js';
import { deviceTokenOf, noteSignInDevice, setDeviceCookie } from '../devices/service.js';
import { findCountyById, helpDeskOf, policyOf } from '../counties/service.js';
import { pendingView, securityView } from '../second-factors/service.js';
import { sha256 } from '../../lib/tokens.js';
import type { SignedIn } from './service.js';

/** What the web app needs to know about the caller: who they are, when their session ends, what sign-in still asks. */
export async function sessionStateOf(db: Db, request: FastifyRequest, reply: FastifyReply, known?: SignedIn['known']): Promise<SessionState> {
  const demo = request.server.config.demo;
  const csrfToken = reply.csrfToken();
  const auth = request.auth;
  if (!auth) {
    if (request.pendingSignIn) return { authenticated: false, csrfToken, demo, secondFactor: await pendingView(db, request.pendingSignIn.userId) };
    return { authenticated: false, csrfToken, demo };
  }
  const county = known ? known.county : auth.user.countyId === null ? undefined : await findCountyById(db, auth.user.countyId);
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
    security: known?.security ?? (await securityView(db, auth.user, policyOf(county), auth.session.stage)),
  };
}

/**
 * Hands the browser the session a sign-in step started (a new cookie, a new CSRF token) and answers what it now
 * is: waiting for the second factor, or signed in. A finished sign-in is noted against the browser's device cookie:
 * one never seen on this account sends the owner a notice.
 */
export async function answerSignIn(db: Db, request: FastifyRequest, reply: FastifyReply, signed: SignedIn, now: Date) {
  const { session, user, idleMinutes, stage } = signed;
  setSessionCookie(request, reply, session.token, session.absoluteExpiresAt);
  reply.renewCsrf();
  const idHash = sha256(session.token);
  if (stage === 'pending') {
    request.auth = null;
    request.pendingSignIn = { idHash, userId: user.id };
  } else {
    const deviceToken =
      signed.known?.deviceToken ?? (await noteSignInDevice(db, { userId: user.id, sessionIdHash: idHash, deviceToken: deviceTokenOf(request), client: clientOf(request) })).deviceToken;
    setDeviceCookie(request, reply, deviceToken);
    request.pendingSignIn = null;
    request.auth = {
      user,
      session: { idHash, idleMinutes, idleExpiresAt: session.idleExpiresAt, absoluteExpiresAt: session.absoluteExpiresAt, stage, authenticatedAt: now, factor: null },
    };
  }
  return sessionStateOf(db, request, reply, signed.known);
}
