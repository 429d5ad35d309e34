import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { visitEndpoints } from '../../../contracts/visits.js';
import { routes } from '../../lib/route.js';
import { clientOf, viewerOf } from '../../plugins/auth.js';
import * as visits from './service.js';

export const visitRoutes: FastifyPluginAsyncZod = async (app) => {
  routes(app, 'visits', visitEndpoints, {
    occurrences: async (request) => visits.occurrences(app.db, viewerOf(request), request.query, app.clock.now()),
    plans: async (request) => ({ plans: await visits.listPlans(app.db, viewerOf(request), app.clock.now()) }),
    createPlan: async (request) => visits.createPlan(app.db, viewerOf(request), request.body, clientOf(request)),
    updatePlan: async (request) => visits.updatePlan(app.db, viewerOf(request), request.params.planId, request.body, clientOf(request)),
    cancelPlan: async (request) => {
      await visits.cancelPlan(app.db, viewerOf(request), request.params.planId, clientOf(request), app.clock.now());
      return { ok: true as const };
    },
    feedStatus: async (request) => visits.feedStatus(app.db, viewerOf(request).id),
    createFeed: async (request) => {
      const { token, createdAt } = await visits.createFeed(app.db, viewerOf(request), clientOf(request));
      // From PUBLIC_URL, never the request's Host: a forged Host must not put someone else's server in the link.
      return { url: `${app.config.publicUrl}/api/calendar/${token}.ics`, createdAt };
    },
    revokeFeed: async (request) => {
      await visits.revokeFeed(app.db, viewerOf(request), clientOf(request));
      return { ok: true as const };
    },
    calendarFeed: async (request, reply) => {
      const body = await visits.calendarFeed(app.db, request.params.token, app.clock.now());
      return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300').send(body);
    },
  });
};
