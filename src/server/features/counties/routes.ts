import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { countyEndpoints } from '../../../contracts/counties.js';
import { routes } from '../../lib/route.js';
import { getCounties, getCounty } from './service.js';

export const countyRoutes: FastifyPluginAsyncZod = async (app) => {
  routes(app, 'counties', countyEndpoints, {
    list: async () => ({ counties: await getCounties(app.db) }),
    get: async (request) => getCounty(app.db, request.params.slug),
  });
};
