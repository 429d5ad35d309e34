import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { caseList, caseListQuery } from '../../../contracts/cases.js';
import { apiError } from '../../../contracts/common.js';
import {
  openTimesheetRequest,
  saveDaysRequest,
  timesheetList,
  timesheetListQuery,
  timesheetParams,
  timesheetView,
} from '../../../contracts/timesheets.js';
import { californiaDate, monthOf } from '../../../domain/index.js';
import { clientOf, viewerOf } from '../../plugins/auth.js';
import { caseStatuses } from '../cases/service.js';
import * as timesheets from './service.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };

export const timesheetRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/timesheets',
    {
      config: { access: ['provider', 'recipient'] },
      schema: { tags: ['timesheets'], summary: "A provider's timesheets (all versions), or the submitted ones of a recipient's case", querystring: timesheetListQuery, response: { 200: timesheetList, ...errors } },
    },
    async (request) => ({ timesheets: await timesheets.listTimesheets(app.db, viewerOf(request), request.query) }),
  );

  app.post(
    '/api/timesheets/open',
    {
      config: { access: ['provider'] },
      schema: { tags: ['timesheets'], summary: 'The timesheet of a recipient and pay period: the newest version, or a new draft filled from EVV', body: openTimesheetRequest, response: { 200: timesheetView, ...errors } },
    },
    async (request) => timesheets.openTimesheet(app.db, viewerOf(request), request.body.caseNumber, request.body.payPeriodStart, clientOf(request), app.clock.now()),
  );

  app.get(
    '/api/timesheets/:timesheetId',
    {
      config: { access: ['provider', 'recipient'] },
      schema: { tags: ['timesheets'], summary: 'A timesheet with its days, findings and running totals', params: timesheetParams, response: { 200: timesheetView, ...errors } },
    },
    async (request) => timesheets.getTimesheet(app.db, viewerOf(request), request.params.timesheetId, request.lang, app.clock.now()),
  );

  app.post(
    '/api/timesheets/:timesheetId/days',
    {
      config: { access: ['provider'] },
      schema: { tags: ['timesheets'], summary: "Save a draft's days (the whole list); answers with the server's findings", params: timesheetParams, body: saveDaysRequest, response: { 200: timesheetView, ...errors } },
    },
    async (request) => timesheets.saveDays(app.db, viewerOf(request), request.params.timesheetId, request.body.days, clientOf(request), app.clock.now()),
  );

  app.post(
    '/api/timesheets/:timesheetId/correct',
    {
      config: { access: ['provider'] },
      schema: { tags: ['timesheets'], summary: 'Start a correction: a new draft version that keeps the submitted one', params: timesheetParams, response: { 200: timesheetView, ...errors } },
    },
    async (request) => timesheets.startCorrection(app.db, viewerOf(request), request.params.timesheetId, clientOf(request), app.clock.now()),
  );

  // Client status: a case's remaining hours are the minutes claimed on it, which this feature keeps (cases sits below it).
  app.get(
    '/api/cases',
    {
      config: { access: ['provider', 'recipient'] },
      schema: { tags: ['cases'], summary: "Client status: each case's status, eligibility, and this month's authorised, assigned and remaining hours", querystring: caseListQuery, response: { 200: caseList, 400: apiError, 401: apiError, 403: apiError, 404: apiError } },
    },
    async (request) => {
      const month = request.query.month ?? monthOf(californiaDate(app.clock.now()));
      return { month, cases: await caseStatuses(app.db, viewerOf(request), month, timesheets.claimedMinutesInMonth) };
    },
  );
};
