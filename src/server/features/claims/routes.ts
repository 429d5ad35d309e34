import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { claimEndpoints } from '../../../contracts/claims.js';
import { routes } from '../../lib/route.js';
import { clientOf, viewerOf } from '../../plugins/auth.js';
import { submit } from '../claim-life/submission.js';
import * as claims from './service.js';

export const claimRoutes: FastifyPluginAsyncZod = async (app) => {
  routes(app, 'claims', claimEndpoints, {
    submit: async (request) => submit(app.db, viewerOf(request), request.params.timesheetId, request.body, clientOf(request), app.clock.now()),
    list: async (request) => ({ claims: await claims.listClaims(app.db, viewerOf(request), request.query) }),
    timeline: async (request) => claims.timeline(app.db, viewerOf(request), request.params.timesheetId, request.lang, app.clock.now()),
    queue: async (request) => claims.listQueue(app.db, viewerOf(request), request.query, app.clock.now()),
    escalated: async (request) => claims.listQueue(app.db, viewerOf(request), request.query, app.clock.now(), { escalatedOnly: true }),
    item: async (request) => claims.getItem(app.db, viewerOf(request), request.params.timesheetId, request.lang, app.clock.now()),
    decide: async (request) => claims.decide(app.db, viewerOf(request), request.params.timesheetId, request.body, clientOf(request), app.clock.now()),
  });
};
