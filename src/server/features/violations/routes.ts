import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { violationEndpoints } from '../../../contracts/violations.js';
import { routes } from '../../lib/route.js';
import { clientOf, viewerOf } from '../../plugins/auth.js';
import * as violations from './service.js';

export const violationRoutes: FastifyPluginAsyncZod = async (app) => {
  const client = (request: Parameters<typeof clientOf>[0]) => ({ ...clientOf(request), lang: request.lang });

  routes(app, 'violations', violationEndpoints, {
    list: async (request) => ({ violations: await violations.listOwn(app.db, viewerOf(request), request.lang, app.clock.now()) }),
    dispute: async (request) => violations.dispute(app.db, viewerOf(request), request.params.violationId, request.body.text, client(request), app.clock.now()),
    training: async (request) => violations.completeTrainingFor(app.db, viewerOf(request), request.params.violationId, client(request), app.clock.now()),
    countyList: async (request) =>
      ({ violations: await violations.listForCounty(app.db, viewerOf(request), request.query.disputed === 'true', request.lang, app.clock.now()) }),
    decideDispute: async (request) => violations.decideDispute(app.db, viewerOf(request), request.params.violationId, request.body, client(request), app.clock.now()),
  });
};
