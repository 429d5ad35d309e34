import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sickLeaveEndpoints } from '../../../contracts/sick-leave.js';
import { routes } from '../../lib/route.js';
import { clientOf, viewerOf } from '../../plugins/auth.js';
import * as sick from './service.js';

export const sickLeaveRoutes: FastifyPluginAsyncZod = async (app) => {
  routes(app, 'sick leave', sickLeaveEndpoints, {
    overview: async (request) => sick.overview(app.db, viewerOf(request), request.lang, app.clock.now()),
    claim: async (request) => sick.claim(app.db, viewerOf(request), request.body, clientOf(request)),
    recipientClaims: async (request) => ({ claims: await sick.listForRecipient(app.db, viewerOf(request), request.lang) }),
    decide: async (request) => sick.decide(app.db, viewerOf(request), request.params.claimId, request.body, clientOf(request)),
  });
};
