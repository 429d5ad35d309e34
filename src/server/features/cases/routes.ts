import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { caseList, caseListQuery, caseParams, caseProviderList, caseSensitiveView } from '../../../contracts/cases.js';
import { apiError } from '../../../contracts/common.js';
import { californiaDate, monthOf } from '../../../domain/index.js';
import { clientOf, viewerOf } from '../../plugins/auth.js';
import { claimedMinutesInMonth } from '../timesheets/service.js';
import * as cases from './service.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError };

export const caseRoutes: FastifyPluginAsyncZod = async (app) => {

  app.get(
    '/api/cases',
    {
      config: { access: ['provider', 'recipient'] },
      schema: { tags: ['cases'], summary: "Client status: each case's status, eligibility, and this month's authorised, assigned and remaining hours", querystring: caseListQuery, response: { 200: caseList, ...errors } },
    },
    async (request) => {
      const month = request.query.month ?? monthOf(californiaDate(app.clock.now()));
      return { month, cases: await cases.caseStatuses(app.db, viewerOf(request), month, claimedMinutesInMonth) };
    },
  );

  app.get(
    '/api/cases/:caseNumber/providers',
    {
      config: { access: ['recipient'] },
      schema: { tags: ['cases'], summary: "The recipient's providers, assigned today or later: names and Provider IDs only, to plan a visit with", params: caseParams, response: { 200: caseProviderList, ...errors } },
    },
    async (request) => ({ providers: await cases.providersForRecipient(app.db, viewerOf(request), request.params.caseNumber, californiaDate(app.clock.now())) }),
  );

  app.get(
    '/api/cases/:caseNumber/sensitive',
    {
      config: { access: ['provider', 'recipient'] },
      schema: { tags: ['cases'], summary: 'Address, phone and diagnoses: only for those assigned to the case; every read is audited', params: caseParams, response: { 200: caseSensitiveView, ...errors } },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return cases.readSensitive(app.db, app.config.dataKey, viewerOf(request), request.params.caseNumber, californiaDate(app.clock.now()), clientOf(request));
    },
  );
};
