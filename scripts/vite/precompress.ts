import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Text that compresses; images, fonts and the like are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt|xml)$/;
/** Below this, headers and a round trip cost more than the bytes saved. */
const MIN_BYTES = 1024;

/**
 * Writes `x.br` and `x.gz` beside every text file of the build, compressed once at the strongest settings, which would
 * be too slow to do per request. The server sends them by the browser's Accept-Encoding (@fastify/static's
 * preCompressed, src/server/plugins/web.ts); a file without them is sent as it is.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'ihss:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    // After every other plugin has written its files (the service worker among them).
    closeBundle: { order: 'post', sequential: true, async handler() {
      const files = (await readdir(outDir, { recursive: true })).filter((file) => COMPRESSIBLE.test(file));
      await Promise.all(
        files.map(async (file) => {
          const full = path.join(outDir, file);
          const content = await readFile(full);
          if (content.length < MIN_BYTES) return;
          const [br, gz] = await Promise.all([
            brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
            gzipped(content, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          await Promise.all([writeFile(`${full}.br`, br), writeFile(`${full}.gz`, gz)]);
        }),
      );
    } },
  };
}
