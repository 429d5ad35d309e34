import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../../../contracts/common.js';
import { recipientDecisionRequest, timesheetList, timesheetParams, timesheetView } from '../../../contracts/timesheets.js';
import { clientOf, viewerOf } from '../../plugins/auth.js';
import { recordRecipientDecision } from '../claim-life/service.js';
import * as review from './service.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };

export const recipientReviewRoutes: FastifyPluginAsyncZod = async (app) => {

  app.get(
    '/api/recipient/timesheets',
    { config: { access: ['recipient'] }, schema: { tags: ['recipient review'], summary: "Submitted timesheets of the recipient's case", response: { 200: timesheetList, ...errors } } },
    async (request) => ({ timesheets: await review.listForReview(app.db, viewerOf(request)) }),
  );

  app.post(
    '/api/recipient/timesheets/:timesheetId/decision',
    {
      config: { access: ['recipient'] },
      schema: { tags: ['recipient review'], summary: 'Approve, or reject with a reason (the provider sees it at once)', params: timesheetParams, body: recipientDecisionRequest, response: { 200: timesheetView, ...errors } },
    },
    async (request) => recordRecipientDecision(app.db, viewerOf(request), request.params.timesheetId, request.body, clientOf(request), app.clock.now()),
  );
};
