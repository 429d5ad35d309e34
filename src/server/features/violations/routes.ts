import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../../../contracts/common.js';
import { disputeDecisionRequest, disputeRequest, staffViolationQuery, violationList, violationParams, violationView } from '../../../contracts/violations.js';
import { clientOf, viewerOf } from '../../plugins/auth.js';
import * as violations from './service.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['violations'];

export const violationRoutes: FastifyPluginAsyncZod = async (app) => {
  const client = (request: Parameters<typeof clientOf>[0]) => ({ ...clientOf(request), lang: request.lang });

  app.get(
    '/api/violations',
    { config: { access: ['provider'] }, schema: { tags, summary: "The provider's violations with the notice's text, dispute and training", response: { 200: violationList, ...errors } } },
    async (request) => ({ violations: await violations.listOwn(app.db, viewerOf(request), request.lang, app.clock.now()) }),
  );

  app.post(
    '/api/violations/:violationId/dispute',
    {
      config: { access: ['provider'] },
      schema: { tags, summary: 'Dispute within 10 days of the notice (SOC 2272)', params: violationParams, body: disputeRequest, response: { 200: violationView, ...errors } },
    },
    async (request) => violations.dispute(app.db, viewerOf(request), request.params.violationId, request.body.text, client(request), app.clock.now()),
  );

  app.post(
    '/api/violations/:violationId/training',
    {
      config: { access: ['provider'] },
      schema: { tags, summary: 'Record the once-only training for a 2nd violation, done within 14 days: removes it', params: violationParams, response: { 200: violationView, ...errors } },
    },
    async (request) => violations.completeTrainingFor(app.db, viewerOf(request), request.params.violationId, client(request), app.clock.now()),
  );

  app.get(
    '/api/staff/violations',
    {
      config: { access: ['county_worker', 'county_admin'] },
      schema: { tags, summary: "The county's violations (disputed=true: those awaiting an answer)", querystring: staffViolationQuery, response: { 200: violationList, ...errors } },
    },
    async (request) => ({ violations: await violations.listForCounty(app.db, viewerOf(request), request.query.disputed === 'true', request.lang, app.clock.now()) }),
  );

  app.post(
    '/api/staff/violations/:violationId/dispute-decision',
    {
      config: { access: ['county_worker', 'county_admin'] },
      schema: { tags, summary: 'Uphold or overturn a dispute (overturned: removed)', params: violationParams, body: disputeDecisionRequest, response: { 200: violationView, ...errors } },
    },
    async (request) => violations.decideDispute(app.db, viewerOf(request), request.params.violationId, request.body, client(request), app.clock.now()),
  );
};
