import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors.js';
import { hmac, newToken, safeEqual } from '../lib/tokens.js';

export const CSRF_COOKIE = 'ihss_csrf';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Double-submit CSRF defence: an HttpOnly random cookie, and a header token that only our own pages can
 * read (it is handed out in the JSON of GET /api/session) and that must be the HMAC of that cookie.
 * SameSite cookies and the Origin check are a second and third line.
 */
export const csrfPlugin = fp(async (app: FastifyInstance, opts: { secret: string }) => {
  const tokenFor = (cookie: string) => hmac(opts.secret, `csrf:${cookie}`).toString('base64url');

  app.decorateReply('csrfToken', function csrfToken(this: FastifyReply): string {
    const request = this.request;
    let cookie = request.cookies[CSRF_COOKIE];
    if (!cookie || cookie.length !== 43) {
      cookie = newToken();
      request.cookies[CSRF_COOKIE] = cookie;
      this.setCookie(CSRF_COOKIE, cookie, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: request.protocol === 'https',
      });
    }
    return tokenFor(cookie);
  });

  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (SAFE.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin && new URL(origin).host !== request.headers.host) throw new AppError(403, 'csrf');
    const cookie = request.cookies[CSRF_COOKIE];
    const header = request.headers['x-csrf-token'];
    if (!cookie || typeof header !== 'string') throw new AppError(403, 'csrf');
    if (!safeEqual(Buffer.from(header), Buffer.from(tokenFor(cookie)))) throw new AppError(403, 'csrf');
  });
});

declare module 'fastify' {
  interface FastifyReply {
    csrfToken(): string;
  }
}
