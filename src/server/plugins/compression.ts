import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Compresses answers above 1 KB (brotli or gzip, by the request's Accept-Encoding, with `Vary: Accept-Encoding`): a
 * week of visits or a page of the review queue is mostly repeated field names, which a phone on a weak signal should
 * not wait for. Brotli runs at quality 4, fast enough per request; the web app's files are compressed at the strongest
 * settings once, at build time (scripts/vite/precompress.ts), and sent as they are (plugins/web.ts). The event stream
 * is never compressed: it hijacks its reply, and a compressor would hold its events back until a block filled.
 * Request bodies are not decompressed: nothing sends them compressed, and a small compressed body could expand past
 * the body limit.
 */
export const compressionPlugin = fp(async (app: FastifyInstance) => {
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'], globalDecompression: false });
});
