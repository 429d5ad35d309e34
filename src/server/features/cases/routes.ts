import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { caseEndpoints } from '../../../contracts/cases.js';
import { californiaDate } from '../../../domain/index.js';
import { route } from '../../lib/route.js';
import { clientOf, viewerOf } from '../../plugins/auth.js';
import * as cases from './service.js';

/** The case list (`caseEndpoints.list`) counts claimed minutes, the timesheets' data, so timesheets/routes.ts serves it. */
export const caseRoutes: FastifyPluginAsyncZod = async (app) => {
  route(app, 'cases', caseEndpoints.providers, async (request) => ({
    providers: await cases.providersForRecipient(app.db, viewerOf(request), request.params.caseNumber, californiaDate(app.clock.now())),
  }));
  route(app, 'cases', caseEndpoints.sensitive, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return cases.readSensitive(app.db, app.config.dataKey, viewerOf(request), request.params.caseNumber, californiaDate(app.clock.now()), clientOf(request));
  });
};
