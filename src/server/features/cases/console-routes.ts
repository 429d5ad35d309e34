import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { STAFF_ROLES } from '../../../contracts/auth.js';
import { caseParams } from '../../../contracts/cases.js';
import {
  assignmentParams,
  authorizationInput,
  createAssignmentRequest,
  createCaseRequest,
  endAssignmentRequest,
  recipientAccountRequest,
  staffCaseList,
  staffCaseListQuery,
  staffCaseSensitiveView,
  staffCaseView,
  updateAssignmentRequest,
  updateCaseRequest,
} from '../../../contracts/cases-console.js';
import { apiError } from '../../../contracts/common.js';
import { clientOf, viewerOf } from '../../plugins/auth.js';
import * as cases from './service.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['cases console'];

/** The county's cases console (issue #6): county workers and admins of the case's county, and state admins. */
export const caseConsoleRoutes: FastifyPluginAsyncZod = async (app) => {
  const access = { access: STAFF_ROLES };

  app.get(
    '/api/staff/cases',
    { config: access, schema: { tags, summary: "Search the county's cases (state admin: any or all counties); nothing sensitive", querystring: staffCaseListQuery, response: { 200: staffCaseList, ...errors } } },
    async (request) => cases.listStaffCases(app.db, viewerOf(request), request.query),
  );

  app.post(
    '/api/staff/cases',
    {
      config: access,
      schema: { tags, summary: 'Create a recipient case (optionally its first authorised hours and the recipient\'s portal account); audited', body: createCaseRequest, response: { 200: staffCaseView, ...errors } },
    },
    async (request) => cases.createStaffCase(app.db, app.config.dataKey, viewerOf(request), request.body, clientOf(request)),
  );

  app.get(
    '/api/staff/cases/:caseNumber',
    { config: access, schema: { tags, summary: 'A case with its authorised hours by month, assignments and recipient account; nothing sensitive', params: caseParams, response: { 200: staffCaseView, ...errors } } },
    async (request) => cases.staffCaseView(app.db, viewerOf(request), request.params.caseNumber),
  );

  app.post(
    '/api/staff/cases/:caseNumber',
    { config: access, schema: { tags, summary: 'Edit a case (names, status, eligibility, address, phone, home, diagnoses); audited', params: caseParams, body: updateCaseRequest, response: { 200: staffCaseView, ...errors } } },
    async (request) => cases.updateStaffCase(app.db, app.config.dataKey, viewerOf(request), request.params.caseNumber, request.body, clientOf(request)),
  );

  app.get(
    '/api/staff/cases/:caseNumber/sensitive',
    { config: access, schema: { tags, summary: 'Address, phone, diagnoses and home coordinates; every read is audited', params: caseParams, response: { 200: staffCaseSensitiveView, ...errors } } },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return cases.readSensitiveForStaff(app.db, app.config.dataKey, viewerOf(request), request.params.caseNumber, clientOf(request));
    },
  );

  app.post(
    '/api/staff/cases/:caseNumber/authorizations',
    { config: access, schema: { tags, summary: 'Set the authorised monthly minutes from a month on; audited', params: caseParams, body: authorizationInput, response: { 200: staffCaseView, ...errors } } },
    async (request) => cases.setAuthorization(app.db, viewerOf(request), request.params.caseNumber, request.body, clientOf(request)),
  );

  app.post(
    '/api/staff/cases/:caseNumber/assignments',
    {
      config: access,
      schema: { tags, summary: 'Assign a provider (by Provider ID); an overlap with their other assignment to this case answers 409 assignmentOverlaps', params: caseParams, body: createAssignmentRequest, response: { 200: staffCaseView, ...errors } },
    },
    async (request) => cases.createAssignment(app.db, viewerOf(request), request.params.caseNumber, request.body, clientOf(request)),
  );

  app.post(
    '/api/staff/cases/:caseNumber/assignments/:assignmentId',
    { config: access, schema: { tags, summary: 'Change an assignment (dates, minutes, live-in, travel agreement); audited', params: assignmentParams, body: updateAssignmentRequest, response: { 200: staffCaseView, ...errors } } },
    async (request) => cases.updateAssignment(app.db, viewerOf(request), request.params.caseNumber, request.params.assignmentId, request.body, clientOf(request)),
  );

  app.post(
    '/api/staff/cases/:caseNumber/assignments/:assignmentId/end',
    { config: access, schema: { tags, summary: 'End an assignment on a date (its last day); audited', params: assignmentParams, body: endAssignmentRequest, response: { 200: staffCaseView, ...errors } } },
    async (request) => cases.endAssignment(app.db, viewerOf(request), request.params.caseNumber, request.params.assignmentId, request.body.endDate, clientOf(request)),
  );

  app.post(
    '/api/staff/cases/:caseNumber/recipient-account',
    {
      config: access,
      schema: {
        tags,
        summary: 'Create the recipient\'s portal account (sign-in: the case number); the recipient chooses a password with "Forgot password?" and is told so by email',
        params: caseParams,
        body: recipientAccountRequest,
        response: { 200: staffCaseView, ...errors },
      },
    },
    async (request) => cases.createRecipientAccount(app.db, viewerOf(request), request.params.caseNumber, request.body.email, clientOf(request)),
  );
};
