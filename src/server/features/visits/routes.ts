import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError, ok } from '../../../contracts/common.js';
import {
  calendarFeedCreated,
  calendarFeedParams,
  calendarFeedStatus,
  occurrenceList,
  occurrencesQuery,
  visitPlanInput,
  visitPlanList,
  visitPlanParams,
  visitPlanView,
} from '../../../contracts/visits.js';
import { clientOf, viewerOf } from '../../plugins/auth.js';
import * as visits from './service.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError };
const PLANNERS = ['provider', 'recipient'] as const;

export const visitRoutes: FastifyPluginAsyncZod = async (app) => {

  app.get(
    '/api/visits',
    { config: { access: PLANNERS }, schema: { tags: ['visits'], summary: 'Planned visits in a date range (California dates), expanded, with check-in state', querystring: occurrencesQuery, response: { 200: occurrenceList, ...errors } } },
    async (request) => visits.occurrences(app.db, viewerOf(request), request.query, app.clock.now()),
  );

  app.get(
    '/api/visits/plans',
    { config: { access: PLANNERS }, schema: { tags: ['visits'], summary: 'Visit plans still running', response: { 200: visitPlanList, ...errors } } },
    async (request) => ({ plans: await visits.listPlans(app.db, viewerOf(request), app.clock.now()) }),
  );

  app.post(
    '/api/visits/plans',
    { config: { access: PLANNERS }, schema: { tags: ['visits'], summary: 'Plan a one-off or weekly visit', body: visitPlanInput, response: { 200: visitPlanView, ...errors } } },
    async (request) => visits.createPlan(app.db, viewerOf(request), request.body, clientOf(request)),
  );

  app.post(
    '/api/visits/plans/:planId',
    { config: { access: PLANNERS }, schema: { tags: ['visits'], summary: 'Change a visit plan', params: visitPlanParams, body: visitPlanInput, response: { 200: visitPlanView, ...errors } } },
    async (request) => visits.updatePlan(app.db, viewerOf(request), request.params.planId, request.body, clientOf(request)),
  );

  app.post(
    '/api/visits/plans/:planId/cancel',
    { config: { access: PLANNERS }, schema: { tags: ['visits'], summary: 'Cancel a visit plan', params: visitPlanParams, response: { 200: ok, ...errors } } },
    async (request) => {
      await visits.cancelPlan(app.db, viewerOf(request), request.params.planId, clientOf(request), app.clock.now());
      return { ok: true as const };
    },
  );

  app.get(
    '/api/calendar/feed',
    { config: { access: ['provider'] }, schema: { tags: ['visits'], summary: 'Whether a calendar feed URL is active', response: { 200: calendarFeedStatus, ...errors } } },
    async (request) => visits.feedStatus(app.db, viewerOf(request).id),
  );

  app.post(
    '/api/calendar/feed',
    { config: { access: ['provider'] }, schema: { tags: ['visits'], summary: 'Make a new secret calendar URL (the old one stops working)', response: { 200: calendarFeedCreated, ...errors } } },
    async (request) => {
      const { token, createdAt } = await visits.createFeed(app.db, viewerOf(request), clientOf(request));
      // From PUBLIC_URL, never the request's Host: a forged Host must not put someone else's server in the link.
      return { url: `${app.config.publicUrl}/api/calendar/${token}.ics`, createdAt };
    },
  );

  app.post(
    '/api/calendar/feed/revoke',
    { config: { access: ['provider'] }, schema: { tags: ['visits'], summary: 'Stop the calendar URL', response: { 200: ok, ...errors } } },
    async (request) => {
      await visits.revokeFeed(app.db, viewerOf(request), clientOf(request));
      return { ok: true as const };
    },
  );

  app.get(
    '/api/calendar/:token.ics',
    {
      config: { access: 'public' },
      schema: { tags: ['visits'], summary: 'iCalendar feed of planned visits (secret URL; no address, no health data)', params: calendarFeedParams, response: { 200: z.string(), 404: apiError } },
    },
    async (request, reply) => {
      const body = await visits.calendarFeed(app.db, request.params.token, app.clock.now());
      return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300').send(body);
    },
  );
};
