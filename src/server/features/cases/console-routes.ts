import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { caseConsoleEndpoints } from '../../../contracts/cases-console.js';
import { routes } from '../../lib/route.js';
import { clientOf, viewerOf } from '../../plugins/auth.js';
import * as cases from './console.js';

/** The county's cases console (issue #6): county workers and admins of the case's county, and state admins. */
export const caseConsoleRoutes: FastifyPluginAsyncZod = async (app) => {
  routes(app, 'cases console', caseConsoleEndpoints, {
    list: async (request) => cases.listStaffCases(app.db, viewerOf(request), request.query),
    create: async (request) => cases.createStaffCase(app.db, app.config.dataKey, viewerOf(request), request.body, clientOf(request)),
    get: async (request) => cases.staffCaseView(app.db, viewerOf(request), request.params.caseNumber),
    update: async (request) => cases.updateStaffCase(app.db, app.config.dataKey, viewerOf(request), request.params.caseNumber, request.body, clientOf(request)),
    sensitive: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return cases.readSensitiveForStaff(app.db, app.config.dataKey, viewerOf(request), request.params.caseNumber, clientOf(request));
    },
    setAuthorization: async (request) => cases.setAuthorization(app.db, viewerOf(request), request.params.caseNumber, request.body, clientOf(request)),
    assign: async (request) => cases.createAssignment(app.db, viewerOf(request), request.params.caseNumber, request.body, clientOf(request)),
    updateAssignment: async (request) =>
      cases.updateAssignment(app.db, viewerOf(request), request.params.caseNumber, request.params.assignmentId, request.body, clientOf(request)),
    endAssignment: async (request) =>
      cases.endAssignment(app.db, viewerOf(request), request.params.caseNumber, request.params.assignmentId, request.body.endDate, clientOf(request)),
    createRecipientAccount: async (request) => cases.createRecipientAccount(app.db, viewerOf(request), request.params.caseNumber, request.body.email, clientOf(request)),
  });
};
