import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { directDepositEndpoints } from '../../../contracts/direct-deposit.js';
import { routes } from '../../lib/route.js';
import { clientOf, requireRecentAuthentication, viewerOf } from '../../plugins/auth.js';
import * as deposit from './service.js';

export const directDepositRoutes: FastifyPluginAsyncZod = async (app) => {
  routes(app, 'direct deposit', directDepositEndpoints, {
    get: async (request) => deposit.ownDirectDeposit(app.db, viewerOf(request), app.clock.now()),
    // Diverting pay is what a stolen password is for: a change needs the password or a factor given minutes ago.
    change: async (request) => {
      requireRecentAuthentication(request, app.clock.now());
      return deposit.changeDestination({ db: app.db, dataKey: app.config.dataKey }, viewerOf(request), request.body, clientOf(request), app.clock.now());
    },
    cancel: async (request) => deposit.cancelOwn(app.db, viewerOf(request), request.params.destinationId, clientOf(request), app.clock.now()),
    waiting: async (request) => deposit.waitingChanges(app.db, viewerOf(request), app.clock.now()),
    staffCancel: async (request) => deposit.staffCancel(app.db, viewerOf(request), request.params.destinationId, clientOf(request), app.clock.now()),
    ofProvider: async (request) => deposit.providerDirectDeposit(app.db, viewerOf(request), request.params.providerId, app.clock.now()),
    settings: async (request) => deposit.countySettings(app.db, viewerOf(request), request.params.slug),
    updateSettings: async (request) => deposit.updateCountySettings(app.db, viewerOf(request), request.params.slug, request.body.holdBusinessDays, clientOf(request)),
  });
};
