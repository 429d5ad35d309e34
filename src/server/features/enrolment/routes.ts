import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { enrolmentEndpoints } from '../../../contracts/enrolment.js';
import { routes } from '../../lib/route.js';
import { clientOf, requireAuth } from '../../plugins/auth.js';
import * as enrolment from './service.js';

export const enrolmentRoutes: FastifyPluginAsyncZod = async (app) => {
  routes(app, 'county console', enrolmentEndpoints, {
    enrol: async (request) => enrolment.enrolProvider(app.db, app.config.dataKey, requireAuth(request).user, request.body, clientOf(request)),
    list: async (request) => enrolment.listEnrolments(app.db, requireAuth(request).user, request.query),
    letter: async (request) => enrolment.letterFor(app.db, requireAuth(request).user, request.params.providerId),
  });
};
