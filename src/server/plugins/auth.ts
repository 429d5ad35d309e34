import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Role } from '../../contracts/auth.js';
import { pickLanguage, type Language } from '../../contracts/messages/index.js';
import type { Access, SessionStage } from '../../contracts/endpoint.js';
import { REAUTH_MINUTES } from '../../contracts/second-factors.js';
import type { FactorKind } from '../../db/schema.js';
import { withoutRefusedCharacters } from '../../contracts/common.js';
import { AppError } from '../errors.js';
import { recordAudit } from '../features/audit/service.js';
import { endSession, resolveSession, type ActiveSession } from '../features/sessions/service.js';
import type { Client } from '../lib/client.js';
import type { Viewer } from '../lib/viewer.js';


export interface AuthContext {
  user: { id: number; role: Role; countyId: number | null; loginId: string; firstName: string; lastName: string; language: Language };
  session: {
    idHash: Buffer;
    idleMinutes: number;
    idleExpiresAt: Date;
    absoluteExpiresAt: Date;
    /** `enrol` until the account adds the second factor it must have; `full` otherwise (a `pending` one is no `auth`). */
    stage: 'enrol' | 'full';
    authenticatedAt: Date;
    factor: FactorKind | null;
  };
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    stages?: readonly SessionStage[];
  }
  interface FastifyRequest {
    auth: AuthContext | null;
    /**
     * A sign-in waiting for its second factor (the password was right): set only on the routes that take that step
     * (`stages: ['pending']`); everywhere else such a session is no session at all.
     */
    pendingSignIn: { idHash: Buffer; userId: number } | null;
    /** Set when the cookie named a session that has just timed out, to say so instead of "please sign in". */
    sessionEnded: boolean;
  }
}

export const SESSION_COOKIE = 'ihss_session';

/**
 * Sent (as "1") by the web app on a refetch that a server push caused, not the person: the session is still
 * checked, but its idle clock does not move, so a screen left open on live updates still times out.
 */
export const BACKGROUND_REFRESH_HEADER = 'x-background-refresh';

/**
 * The caller as the audit trail and the sessions list record it. The user agent is the caller's own words: control
 * characters (which PostgreSQL's text refuses, in the case of NUL) are dropped and its length capped, so a hostile
 * header can neither break the write nor flood the trail.
 */
export function clientOf(request: FastifyRequest): Client {
  const agent = request.headers['user-agent'];
  const userAgent = agent === undefined ? null : withoutRefusedCharacters(agent).slice(0, 500);
  return { ip: request.ip ?? null, userAgent, lang: request.lang };
}

/**
 * Cookies are Secure when the request came over TLS, or when the portal's address (PUBLIC_URL) is https: behind a
 * proxy that ends TLS, the request itself is plain http unless TRUST_PROXY lets X-Forwarded-Proto say otherwise.
 */
export function secureCookies(request: FastifyRequest): boolean {
  return request.protocol === 'https' || request.server.config.publicUrl.startsWith('https:');
}

/** The portal's own cookies: never read by scripts, sent on the portal's pages only, over TLS when the portal has it. */
export function privateCookie(request: FastifyRequest) {
  return { path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookies(request) } as const;
}

/** Sets the cookie, and request.cookies to match, so a CSRF token made later in this reply binds to the new session. */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, absoluteExpiresAt: Date) {
  request.cookies[SESSION_COOKIE] = token;
  reply.setCookie(SESSION_COOKIE, token, { ...privateCookie(request), expires: absoluteExpiresAt });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  delete request.cookies[SESSION_COOKIE];
  reply.clearCookie(SESSION_COOKIE, privateCookie(request));
}

/**
 * Resolves the session cookie, then enforces the route's `access` before the body is even validated, so an
 * anonymous caller learns nothing from validation errors.
 */
export const authPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('auth', null);
  app.decorateRequest('pendingSignIn', null);
  app.decorateRequest('sessionEnded', false);

  app.addHook('preValidation', async (request, reply) => {
    const { access, stages = [] } = request.routeOptions.config;
    // An address no route answers is "not found" for everyone; only real routes without an access rule are refused.
    if (access === 'public' || request.is404) return;
    const token = request.cookies[SESSION_COOKIE];
    const resolved = await resolveSession(app.db, token, request.headers[BACKGROUND_REFRESH_HEADER] !== '1');
    if (resolved.state === 'ended') {
      request.sessionEnded = true;
      clearSessionCookie(request, reply);
      if (resolved.reason !== 'gone') {
        await recordAudit(app.db, {
          ...clientOf(request),
          action: 'session.expired',
          outcome: 'success',
          subjectUserId: resolved.userId,
          actorUserId: resolved.userId,
          details: { reason: resolved.reason },
        });
      }
    } else if (resolved.state === 'active' && resolved.stage === 'pending') {
      if (stages.includes('pending')) request.pendingSignIn = { idHash: resolved.idHash, userId: resolved.userId };
    } else if (resolved.state === 'active') {
      const user = resolved.user;
      if (user.status !== 'active') {
        await endSession(app.db, resolved.idHash, 'deactivated');
        clearSessionCookie(request, reply);
      } else {
        request.auth = {
          user: {
            id: resolved.userId,
            role: user.role,
            countyId: user.county_id,
            loginId: user.login_id,
            firstName: user.first_name,
            lastName: user.last_name,
            language: pickLanguage(user.preferred_language),
          },
          session: sessionOf(resolved),
        };
      }
    }
    enforce(access, stages, request);
  });
});

function sessionOf(resolved: ActiveSession): AuthContext['session'] {
  return {
    idHash: resolved.idHash,
    idleMinutes: resolved.idleMinutes,
    idleExpiresAt: resolved.idleExpiresAt,
    absoluteExpiresAt: resolved.absoluteExpiresAt,
    stage: resolved.stage === 'enrol' ? 'enrol' : 'full',
    authenticatedAt: resolved.authenticatedAt,
    factor: resolved.factor,
  };
}

function enforce(access: Access | undefined, stages: readonly SessionStage[], request: FastifyRequest) {
  if (access === 'public') return;
  // A session that must add a second factor first reaches the set-up and nothing else: not even what anyone may read.
  if (request.auth?.session.stage === 'enrol' && !stages.includes('enrol')) {
    if (access === 'optional') request.auth = null;
    else throw new AppError(403, 'secondFactorSetupRequired');
  }
  if (access === 'optional') return;
  if (access === undefined) throw new AppError(403, 'forbidden');
  if (!request.auth) throw new AppError(401, request.sessionEnded ? 'sessionExpired' : 'signInRequired');
  if (access === 'authenticated') return;
  if (!access.includes(request.auth.user.role)) throw new AppError(403, 'forbidden');
}

/**
 * NIST SP 800-63B rev 4 asks for re-authentication before a change to the account's authenticators: the person must
 * have given their password or a factor in this session within the last REAUTH_MINUTES (issue #14).
 */
export function requireRecentAuthentication(request: FastifyRequest, now: Date): AuthContext {
  const auth = requireAuth(request);
  if (now.getTime() - auth.session.authenticatedAt.getTime() > REAUTH_MINUTES * 60_000) throw new AppError(403, 'reauthRequired');
  return auth;
}

/** The signed-in person of a route whose access already required one. */
export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError(401, 'signInRequired');
  return request.auth;
}

/** The signed-in person as the services take them (lib/viewer.ts): the one mapping from a session to a Viewer. */
export function viewerOf(request: FastifyRequest): Viewer {
  const { user } = requireAuth(request);
  return { id: user.id, role: user.role, countyId: user.countyId };
}
