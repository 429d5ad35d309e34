import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { caseEndpoints } from '../../../contracts/cases.js';
import { timesheetEndpoints } from '../../../contracts/timesheets.js';
import { californiaDate, monthOf } from '../../../domain/index.js';
import { route, routes } from '../../lib/route.js';
import { clientOf, viewerOf } from '../../plugins/auth.js';
import { caseStatuses } from '../cases/service.js';
import * as timesheets from './service.js';

export const timesheetRoutes: FastifyPluginAsyncZod = async (app) => {
  routes(app, 'timesheets', timesheetEndpoints, {
    list: async (request) => ({ timesheets: await timesheets.listTimesheets(app.db, viewerOf(request), request.query) }),
    open: async (request) => timesheets.openTimesheet(app.db, viewerOf(request), request.body.caseNumber, request.body.payPeriodStart, clientOf(request), app.clock.now()),
    get: async (request) => timesheets.getTimesheet(app.db, viewerOf(request), request.params.timesheetId, request.lang, app.clock.now()),
    saveDays: async (request) => timesheets.saveDays(app.db, viewerOf(request), request.params.timesheetId, request.body.days, clientOf(request), app.clock.now()),
    correct: async (request) => timesheets.startCorrection(app.db, viewerOf(request), request.params.timesheetId, clientOf(request), app.clock.now()),
  });

  // Client status: a case's remaining hours are the minutes claimed on it, which this feature keeps (cases sits below it).
  route(app, 'cases', caseEndpoints.list, async (request) => {
    const month = request.query.month ?? monthOf(californiaDate(app.clock.now()));
    return { month, cases: await caseStatuses(app.db, viewerOf(request), month, timesheets.claimedMinutesInMonth) };
  });
};
