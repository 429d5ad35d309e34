import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors.js';
import { hmac, newToken, safeEqual, sha256 } from '../lib/tokens.js';
import { secureCookies, SESSION_COOKIE } from './auth.js';

export const CSRF_COOKIE = 'ihss_csrf';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The origin of an http(s) URL, or null for anything else (`null`, `garbage`, `http://`, `file:///x`). */
function httpOrigin(value: string): string | null {
  if (!URL.canParse(value)) return null;
  const url = new URL(value);
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Defence against cross-site request forgery, in three lines (OWASP CSRF Prevention Cheat Sheet):
 *
 * 1. A token bound to the session: the HMAC of an HttpOnly random cookie and of the session cookie's hash. Only
 *    our own pages can read it (it comes in the JSON of GET /api/session and of sign-in) and every write must
 *    send it in X-CSRF-Token. The random cookie is replaced at sign-in and at sign-out (`reply.renewCsrf()`),
 *    and the session changes then too, so a token read before either no longer works after it.
 * 2. The Origin of a write, or its Referer when there is no Origin, must be the portal's own: PUBLIC_URL's
 *    origin. Outside production a loopback address the request was sent to (Host) also counts, so
 *    http://127.0.0.1:3000 works beside the default http://localhost:3000; a Host that is not a loopback name
 *    never does, since a DNS-rebinding page controls its own Host. X-Forwarded-Host is never read: behind a
 *    proxy the origin people see is PUBLIC_URL, whatever TRUST_PROXY says. A header that is there but is not an
 *    http(s) origin (`null` from a sandboxed frame, `garbage`, `http://`) is refused, not passed over. A write
 *    with neither header (a script, not a browser) relies on the token.
 * 3. SameSite cookies: Strict for this cookie, Lax for the session.
 */
export const csrfPlugin = fp(async (app: FastifyInstance, opts: { secret: string }) => {
  const publicOrigin = app.config.publicUrl;
  const production = app.config.env === 'production';

  const tokenFor = (cookie: string, session: string | undefined) =>
    hmac(opts.secret, `csrf:${cookie}:${session === undefined ? '-' : sha256(session).toString('hex')}`).toString('base64url');

  /** What the browser will hold once this reply lands: handlers that set or clear a cookie update request.cookies. */
  function newCookie(reply: FastifyReply): string {
    const cookie = newToken();
    reply.request.cookies[CSRF_COOKIE] = cookie;
    reply.setCookie(CSRF_COOKIE, cookie, { path: '/', httpOnly: true, sameSite: 'strict', secure: secureCookies(reply.request) });
    return cookie;
  }

  app.decorateReply('csrfToken', function csrfToken(this: FastifyReply): string {
    const { cookies } = this.request;
    const cookie = cookies[CSRF_COOKIE]?.length === 43 ? cookies[CSRF_COOKIE] : newCookie(this);
    return tokenFor(cookie, cookies[SESSION_COOKIE]);
  });

  app.decorateReply('renewCsrf', function renewCsrf(this: FastifyReply): void {
    newCookie(this);
  });

  function originAllowed(request: FastifyRequest, origin: string): boolean {
    if (origin === publicOrigin) return true;
    if (production) return false;
    const host = request.headers.host;
    if (!host || !URL.canParse(`http://${host}`)) return false;
    const sentTo = new URL(`http://${host}`);
    return LOOPBACK_NAMES.has(sentTo.hostname) && new URL(origin).host === sentTo.host;
  }

  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (SAFE.has(request.method)) return;
    const { origin, referer } = request.headers;
    if (origin !== undefined) {
      if (httpOrigin(origin) !== origin || !originAllowed(request, origin)) throw new AppError(403, 'csrf');
    } else if (referer !== undefined) {
      const from = httpOrigin(referer);
      if (from === null || !originAllowed(request, from)) throw new AppError(403, 'csrf');
    }
    const cookie = request.cookies[CSRF_COOKIE];
    const header = request.headers['x-csrf-token'];
    if (!cookie || typeof header !== 'string') throw new AppError(403, 'csrf');
    if (!safeEqual(Buffer.from(header), Buffer.from(tokenFor(cookie, request.cookies[SESSION_COOKIE])))) throw new AppError(403, 'csrf');
  });
});

declare module 'fastify' {
  interface FastifyReply {
    /** The token this caller must send with writes, bound to its CSRF cookie (issued if missing) and its session. */
    csrfToken(): string;
    /** A new CSRF cookie, so every token handed out before this reply stops working (sign-in, sign-out). */
    renewCsrf(): void;
  }
}
