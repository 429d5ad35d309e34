import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../../../contracts/common.js';
import { checkInRequest, checkOutRequest, evvCorrectionRequest, evvList, evvListQuery, evvRecordParams, evvRecordView, evvState } from '../../../contracts/evv.js';
import { clientOf, requireAuth } from '../../plugins/auth.js';
import * as evv from './service.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError, 422: apiError };

export const evvRoutes: FastifyPluginAsyncZod = async (app) => {
  const actor = (request: Parameters<typeof requireAuth>[0]): evv.Actor => {
    const { user } = requireAuth(request);
    return { id: user.id, loginId: user.loginId, countyId: user.countyId };
  };
  const client = (request: Parameters<typeof clientOf>[0]) => ({ ...clientOf(request), lang: request.lang });

  app.post(
    '/api/evv/check-in',
    {
      config: { access: ['provider'] },
      schema: { tags: ['evv'], summary: 'Check in. Every tap is kept; visits follow the taps\' own times. Idempotent: a retry (or a concurrent twin) with the same key answers with its visit; the key reused for another request is a 422', body: checkInRequest, response: { 200: evvRecordView, ...errors } },
    },
    async (request) => evv.checkIn(app.db, actor(request), request.body, client(request), app.clock.now()),
  );

  app.post(
    '/api/evv/check-out',
    {
      config: { access: ['provider'] },
      schema: { tags: ['evv'], summary: 'Check out: ends the visit of the case\'s check-in right before it in tap time, or is kept alone and flagged. Idempotent like check-in', body: checkOutRequest, response: { 200: evvRecordView, ...errors } },
    },
    async (request) => evv.checkOut(app.db, actor(request), request.body, client(request), app.clock.now()),
  );

  app.get(
    '/api/evv/state',
    { config: { access: ['provider'] }, schema: { tags: ['evv'], summary: 'The open check-in (the latest), visits to fix, and live-in (exempt) cases', response: { 200: evvState, ...errors } } },
    async (request) => evv.evvState(app.db, actor(request), app.clock.now()),
  );

  app.get(
    '/api/evv/records',
    { config: { access: ['provider'] }, schema: { tags: ['evv'], summary: "The provider's EVV records for California dates [from, to]", querystring: evvListQuery, response: { 200: evvList, ...errors } } },
    async (request) => ({ records: await evv.listRecords(app.db, actor(request), request.query.from, request.query.to, app.clock.now()) }),
  );

  app.post(
    '/api/evv/records/:recordId/correct',
    {
      config: { access: ['provider'] },
      schema: { tags: ['evv'], summary: 'Correct a visit\'s times, or say it was not a visit, with a reason (audited; idempotent with a key)', params: evvRecordParams, body: evvCorrectionRequest, response: { 200: evvRecordView, ...errors } },
    },
    async (request) => evv.correct(app.db, actor(request), request.params.recordId, request.body, client(request), app.clock.now()),
  );
};
