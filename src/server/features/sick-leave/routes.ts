import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../../../contracts/common.js';
import {
  sickLeaveBlocked,
  sickLeaveClaimList,
  sickLeaveClaimParams,
  sickLeaveClaimRequest,
  sickLeaveClaimView,
  sickLeaveDecisionRequest,
  sickLeaveOverview,
} from '../../../contracts/sick-leave.js';
import { clientOf, viewerOf } from '../../plugins/auth.js';
import * as sick from './service.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };

export const sickLeaveRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/sick-leave',
    { config: { access: ['provider'] }, schema: { tags: ['sick leave'], summary: 'Balance, when it is usable, and the claims made', response: { 200: sickLeaveOverview, ...errors } } },
    async (request) => sick.overview(app.db, viewerOf(request), request.lang, app.clock.now()),
  );

  app.post(
    '/api/sick-leave/claims',
    {
      config: { access: ['provider'] },
      schema: { tags: ['sick leave'], summary: 'Claim sick leave (1 hour minimum, then 30-minute steps); the recipient confirms', body: sickLeaveClaimRequest, response: { 200: sickLeaveClaimView, 422: z.union([sickLeaveBlocked, apiError]), ...errors } },
    },
    async (request) => sick.claim(app.db, viewerOf(request), request.body, clientOf(request)),
  );

  app.get(
    '/api/recipient/sick-leave',
    { config: { access: ['recipient'] }, schema: { tags: ['sick leave'], summary: "Sick leave claims on the recipient's case", response: { 200: sickLeaveClaimList, ...errors } } },
    async (request) => ({ claims: await sick.listForRecipient(app.db, viewerOf(request), request.lang) }),
  );

  app.post(
    '/api/recipient/sick-leave/:claimId/decision',
    {
      config: { access: ['recipient'] },
      schema: { tags: ['sick leave'], summary: 'Confirm, or reject with a reason', params: sickLeaveClaimParams, body: sickLeaveDecisionRequest, response: { 200: sickLeaveClaimView, ...errors } },
    },
    async (request) => sick.decide(app.db, viewerOf(request), request.params.claimId, request.body, clientOf(request)),
  );
};
