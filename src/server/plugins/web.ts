import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const OLD_BROWSER = /MSIE |Trident\//;

/** Hashed by the build: a new version has new names, so a browser may keep these for a year without asking. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Same name in every version (the page, the service worker, icons): kept, but checked with the server before each use. */
const REVALIDATE = 'no-cache';

/** The build's files outside assets/ (favicon, icons, the manifest, the service worker, unsupported.js), as URL paths; no dotfile. */
function rootFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !file.startsWith('assets/') && file !== 'index.html' && !/\.(br|gz)$/.test(file) && !/(^|\/)\./.test(file));
}

/**
 * Serves the built web app: hashed assets cached for a year, everything else revalidated on each use, and
 * client-side routes answered with index.html. Each file goes out as the brotli or gzip copy the build wrote beside
 * it (scripts/vite/precompress.ts) when the browser accepts one, hence `Vary: Accept-Encoding`. Internet Explorer
 * gets a plain page that names the browsers that work.
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
    preCompressed: true,
  });

  const send = (reply: FastifyReply, file: string, cacheControl: string, vary = 'Accept-Encoding') =>
    reply.header('Cache-Control', cacheControl).header('Vary', vary).sendFile(file, { cacheControl: false });

  // The shell holds nothing private, so a phone may keep it; which page it is depends on the browser (OLD_BROWSER).
  const page = async (request: FastifyRequest, reply: FastifyReply) =>
    send(reply, OLD_BROWSER.test(request.headers['user-agent'] ?? '') ? 'unsupported-browser.html' : 'index.html', REVALIDATE, 'Accept-Encoding, User-Agent');

  app.get('/assets/*', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) =>
    send(reply, path.posix.join('assets', (request.params as { '*': string })['*']), IMMUTABLE),
  );
  for (const file of rootFiles(opts.root)) {
    app.get(`/${file}`, { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => send(reply, file, REVALIDATE));
  }

  // Any other GET outside /api is a client-side route of the single-page app.
  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    return page(request, reply);
  });
  app.get('/', { config: { access: 'public' }, schema: { hide: true } }, page);
}
