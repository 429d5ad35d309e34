import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { claimList, claimListQuery, claimTimeline, reviewDecisionRequest, reviewItem, reviewQueue, reviewQueueQuery } from '../../../contracts/claims.js';
import { apiError } from '../../../contracts/common.js';
import { blockedSubmission, submitTimesheetRequest, timesheetParams, timesheetView } from '../../../contracts/timesheets.js';
import { clientOf, viewerOf } from '../../plugins/auth.js';
import { submit } from '../claim-life/submission.js';
import * as claims from './service.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const PAYROLL = ['county_worker', 'county_admin'] as const;

export const claimRoutes: FastifyPluginAsyncZod = async (app) => {
  // A claim's first move, at the timesheet's address: the provider submits the draft they have been editing.
  app.post(
    '/api/timesheets/:timesheetId/submit',
    {
      config: { access: ['provider'] },
      schema: {
        tags: ['timesheets'],
        summary: 'Submit (idempotent: a retry with the same key answers with the first result; the key reused for another request is a 422). 422 lists every blocking finding; 409 when visits are still scheduled and not acknowledged',
        params: timesheetParams,
        body: submitTimesheetRequest,
        response: { 200: timesheetView, 422: z.union([blockedSubmission, apiError]), ...errors },
      },
    },
    async (request) => submit(app.db, viewerOf(request), request.params.timesheetId, request.body, clientOf(request), app.clock.now()),
  );

  app.get(
    '/api/claims',
    {
      config: { access: ['provider'] },
      schema: { tags: ['claims'], summary: "The provider's claims (every version sent), with filters", querystring: claimListQuery, response: { 200: claimList, ...errors } },
    },
    async (request) => ({ claims: await claims.listClaims(app.db, viewerOf(request), request.query) }),
  );

  app.get(
    '/api/claims/:timesheetId/timeline',
    {
      config: { access: ['provider'] },
      schema: { tags: ['claims'], summary: 'Every version and every change of a claim, with denial reasons in plain words', params: timesheetParams, response: { 200: claimTimeline, ...errors } },
    },
    async (request) => claims.timeline(app.db, viewerOf(request), request.params.timesheetId, request.lang),
  );

  app.get(
    '/api/staff/review',
    {
      config: { access: [...PAYROLL] },
      schema: { tags: ['county review'], summary: "The county's payroll queue, oldest first (own county only)", querystring: reviewQueueQuery, response: { 200: reviewQueue, ...errors } },
    },
    async (request) => claims.listQueue(app.db, viewerOf(request), request.query, app.clock.now()),
  );

  app.get(
    '/api/staff/review/escalated',
    {
      config: { access: ['county_admin'] },
      schema: { tags: ['county review'], summary: "The supervisor's view: items untouched for 1 business day", querystring: reviewQueueQuery, response: { 200: reviewQueue, ...errors } },
    },
    async (request) => claims.listQueue(app.db, viewerOf(request), request.query, app.clock.now(), { escalatedOnly: true }),
  );

  app.get(
    '/api/staff/review/:timesheetId',
    {
      config: { access: [...PAYROLL] },
      schema: { tags: ['county review'], summary: "An item: findings, the EVV records beside the claimed days, the provider's recent claims, the timeline", params: timesheetParams, response: { 200: reviewItem, ...errors } },
    },
    async (request) => claims.getItem(app.db, viewerOf(request), request.params.timesheetId, request.lang, app.clock.now()),
  );

  app.post(
    '/api/staff/review/:timesheetId/decision',
    {
      config: { access: [...PAYROLL] },
      schema: {
        tags: ['county review'],
        summary: 'Approve; deny with reason codes and a note; hold with a note; release. Audited; a retried decision changes nothing',
        params: timesheetParams,
        body: reviewDecisionRequest,
        response: { 200: reviewItem, ...errors },
      },
    },
    async (request) => claims.decide(app.db, viewerOf(request), request.params.timesheetId, request.body, clientOf(request), app.clock.now()),
  );
};
