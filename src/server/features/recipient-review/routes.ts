import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { recipientReviewEndpoints } from '../../../contracts/recipient-review.js';
import { routes } from '../../lib/route.js';
import { clientOf, viewerOf } from '../../plugins/auth.js';
import { recordRecipientDecision } from '../claim-life/service.js';
import * as review from './service.js';

export const recipientReviewRoutes: FastifyPluginAsyncZod = async (app) => {
  routes(app, 'recipient review', recipientReviewEndpoints, {
    list: async (request) => ({ timesheets: await review.listForReview(app.db, viewerOf(request)) }),
    decide: async (request) => recordRecipientDecision(app.db, viewerOf(request), request.params.timesheetId, request.body, clientOf(request), app.clock.now()),
  });
};
