import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../../../contracts/common.js';
import { countySlugParams } from '../../../contracts/counties.js';
import { addWageRateRequest, countySettings, updateCountySettingsRequest, wageRateList } from '../../../contracts/county-settings.js';
import { clientOf, requireAuth } from '../../plugins/auth.js';
import * as settings from './service.js';

const ADMINS = ['county_admin', 'state_admin'] as const;

export const countySettingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/staff/counties/:slug/settings',
    { config: { access: ADMINS }, schema: { tags: ['county console'], summary: "A county's help desk, security policy, languages and wage rates", params: countySlugParams, response: { 200: countySettings, 404: apiError } } },
    async (request) => settings.getCountySettings(app.db, requireAuth(request).user, request.params.slug),
  );

  app.post(
    '/api/staff/counties/:slug/settings',
    {
      config: { access: ADMINS },
      schema: { tags: ['county console'], summary: "Change a county's settings (audited)", params: countySlugParams, body: updateCountySettingsRequest, response: { 200: countySettings, 400: apiError, 404: apiError } },
    },
    async (request) => settings.updateCountySettings(app.db, requireAuth(request).user, request.params.slug, request.body, clientOf(request)),
  );

  app.get(
    '/api/staff/counties/:slug/wage-rates',
    { config: { access: ADMINS }, schema: { tags: ['county console'], summary: "A county's hourly wage by effective date, and the earliest date a new rate may start", params: countySlugParams, response: { 200: wageRateList, 404: apiError } } },
    async (request) => settings.listWageRates(app.db, requireAuth(request).user, request.params.slug),
  );

  app.post(
    '/api/staff/counties/:slug/wage-rates',
    {
      config: { access: ADMINS },
      schema: {
        tags: ['county console'],
        summary: 'Add a wage rate from a date (after the last submitted pay period; one per date); audited',
        params: countySlugParams,
        body: addWageRateRequest,
        response: { 200: wageRateList, 400: apiError, 404: apiError },
      },
    },
    async (request) => settings.addWageRate(app.db, requireAuth(request).user, request.params.slug, request.body, clientOf(request)),
  );
};
