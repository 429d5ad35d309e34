import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { countyDetail, countyList, countySlugParams } from '../../../contracts/counties.js';
import { getCounties, getCounty } from './service.js';

export const countyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/counties',
    { config: { access: 'public' }, schema: { tags: ['counties'], summary: 'All 58 counties', response: { 200: countyList } } },
    async () => ({ counties: await getCounties(app.db) }),
  );
  app.get(
    '/api/counties/:slug',
    {
      config: { access: 'public' },
      schema: {
        tags: ['counties'],
        summary: "A county's entry page data: help desk, languages, sign-in policy",
        params: countySlugParams,
        response: { 200: countyDetail },
      },
    },
    async (request) => getCounty(app.db, request.params.slug),
  );
};
