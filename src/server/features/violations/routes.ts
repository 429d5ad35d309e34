import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { violationEndpoints } from '../../../contracts/violations.js';
import { routes } from '../../lib/route.js';
import { clientOf, viewerOf } from '../../plugins/auth.js';
import * as violations from './service.js';

export const violationRoutes: FastifyPluginAsyncZod = async (app) => {
  routes(app, 'violations', violationEndpoints, {
    list: async (request) => ({ violations: await violations.listOwn(app.db, viewerOf(request), request.lang, app.clock.now()) }),
    dispute: async (request) => violations.dispute(app.db, viewerOf(request), request.params.violationId, request.body.text, clientOf(request), app.clock.now()),
    training: async (request) => violations.completeTrainingFor(app.db, viewerOf(request), request.params.violationId, clientOf(request), app.clock.now()),
    countyList: async (request) =>
      ({ violations: await violations.listForCounty(app.db, viewerOf(request), request.query.disputed === 'true', request.lang, app.clock.now()) }),
    decideDispute: async (request) => violations.decideDispute(app.db, viewerOf(request), request.params.violationId, request.body, clientOf(request), app.clock.now()),
  });
};
