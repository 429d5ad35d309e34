import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { evvEndpoints } from '../../../contracts/evv.js';
import { routes } from '../../lib/route.js';
import { clientOf, requireAuth } from '../../plugins/auth.js';
import * as evv from './service.js';

export const evvRoutes: FastifyPluginAsyncZod = async (app) => {
  const actor = (request: Parameters<typeof requireAuth>[0]): evv.Actor => {
    const { user } = requireAuth(request);
    return { id: user.id, loginId: user.loginId, countyId: user.countyId };
  };
  routes(app, 'evv', evvEndpoints, {
    checkIn: async (request) => evv.checkIn(app.db, actor(request), request.body, clientOf(request), app.clock.now()),
    checkOut: async (request) => evv.checkOut(app.db, actor(request), request.body, clientOf(request), app.clock.now()),
    state: async (request) => evv.evvState(app.db, actor(request), app.clock.now()),
    records: async (request) => ({ records: await evv.listRecords(app.db, actor(request), request.query.from, request.query.to, app.clock.now()) }),
    correct: async (request) => evv.correct(app.db, actor(request), request.params.recordId, request.body, clientOf(request), app.clock.now()),
  });
};
