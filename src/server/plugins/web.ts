import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const OLD_BROWSER = /MSIE |Trident\//;

/**
 * Serves the built web app: hashed assets cached for a year, every HTML page never cached, and client-side
 * routes answered with index.html. Internet Explorer gets a plain page that names the browsers that work.
 */
export async function webPlugin(app: FastifyInstance, opts: { root: string }) {
  if (!existsSync(path.join(opts.root, 'index.html'))) {
    app.log.warn(`No web build in ${opts.root}: run "npm run build" (npm start does it for you).`);
  }
  await app.register(fastifyStatic, {
    root: opts.root,
    wildcard: false,
    index: false,
    serve: false,
  });

  const page = (file: string) => async (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('Cache-Control', 'no-store');
    const noCache = { cacheControl: false } as const;
    if (OLD_BROWSER.test(request.headers['user-agent'] ?? '')) return reply.sendFile('unsupported-browser.html', noCache);
    return reply.sendFile(file, noCache);
  };

  app.get('/assets/*', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    const file = (request.params as { '*': string })['*'];
    return reply.sendFile(path.posix.join('assets', file), { maxAge: '365d', immutable: true });
  });
  app.get('/unsupported-browser.html', { config: { access: 'public' }, schema: { hide: true } }, page('unsupported-browser.html'));
  app.get('/favicon.svg', { config: { access: 'public' }, schema: { hide: true } }, async (_r, reply) => reply.sendFile('favicon.svg'));

  // Any other GET outside /api is a client-side route of the single-page app.
  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    return page('index.html')(request, reply);
  });
  app.get('/', { config: { access: 'public' }, schema: { hide: true } }, page('index.html'));
}
