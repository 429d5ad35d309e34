import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { recordsEndpoints } from '../../../contracts/records.js';
import { routes } from '../../lib/route.js';
import { clientOf, requireAuth, viewerOf } from '../../plugins/auth.js';
import { downloadRecords } from './service.js';

export const recordsRoutes: FastifyPluginAsyncZod = async (app) => {
  routes(app, 'records', recordsEndpoints, {
    download: async (request, reply) => {
      // The account's language, not the browser's: the README is the person's to keep, in the language they chose.
      const { user } = requireAuth(request);
      const out = await downloadRecords(app.db, viewerOf(request), user, clientOf(request), app.clock.now());
      return reply
        .type('application/zip')
        .header('content-disposition', `attachment; filename="${out.fileName}"`)
        .header('cache-control', 'no-store')
        .send(out.zip);
    },
  });
};
