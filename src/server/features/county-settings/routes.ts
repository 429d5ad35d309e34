import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { countySettingsEndpoints } from '../../../contracts/county-settings.js';
import { routes } from '../../lib/route.js';
import { clientOf, requireAuth } from '../../plugins/auth.js';
import * as settings from './service.js';

export const countySettingsRoutes: FastifyPluginAsyncZod = async (app) => {
  routes(app, 'county console', countySettingsEndpoints, {
    get: async (request) => settings.getCountySettings(app.db, requireAuth(request).user, request.params.slug),
    update: async (request) => settings.updateCountySettings(app.db, requireAuth(request).user, request.params.slug, request.body, clientOf(request)),
    wageRates: async (request) => settings.listWageRates(app.db, requireAuth(request).user, request.params.slug),
    addWageRate: async (request) => settings.addWageRate(app.db, requireAuth(request).user, request.params.slug, request.body, clientOf(request)),
  });
};
