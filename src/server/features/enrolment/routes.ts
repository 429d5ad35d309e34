import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { STAFF_ROLES } from '../../../contracts/auth.js';
import { apiError } from '../../../contracts/common.js';
import { enrolmentLetter, enrolmentList, enrolmentListQuery, enrolmentParams, enrolProviderRequest } from '../../../contracts/enrolment.js';
import { clientOf, requireAuth } from '../../plugins/auth.js';
import * as enrolment from './service.js';

const COUNTY_STAFF = ['county_worker', 'county_admin'] as const;

export const enrolmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/staff/enrolments',
    {
      config: { access: COUNTY_STAFF },
      schema: { tags: ['county console'], summary: 'Enrol a provider: issues the Provider ID and the letter', body: enrolProviderRequest, response: { 200: enrolmentLetter, 400: apiError } },
    },
    async (request) => enrolment.enrolProvider(app.db, app.config.dataKey, requireAuth(request).user, request.body, clientOf(request)),
  );

  app.get(
    '/api/staff/enrolments',
    { config: { access: STAFF_ROLES }, schema: { tags: ['county console'], summary: 'Recent enrolments of the county', querystring: enrolmentListQuery, response: { 200: enrolmentList, 400: apiError } } },
    async (request) => enrolment.listEnrolments(app.db, requireAuth(request).user, request.query),
  );

  app.get(
    '/api/staff/enrolments/:providerId/letter',
    { config: { access: STAFF_ROLES }, schema: { tags: ['county console'], summary: 'The printable letter again (reprint)', params: enrolmentParams, response: { 200: enrolmentLetter, 404: apiError } } },
    async (request) => enrolment.letterFor(app.db, requireAuth(request).user, request.params.providerId),
  );
};
