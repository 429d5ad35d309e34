import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { paymentEndpoints } from '../../../contracts/payments.js';
import { AppError } from '../../errors.js';
import { routes } from '../../lib/route.js';
import { clientOf, viewerOf } from '../../plugins/auth.js';
import * as imports from './import-list.js';
import * as payments from './service.js';
import * as returns from './returns.js';
import * as settlements from './settlements.js';

/** A bank file's text is capped by its contract (MAX_SETTLEMENT_CHARS); the body around it, JSON-escaped, needs room. */
const BANK_FILE_BODY_LIMIT = 2 * 1024 * 1024;

export const paymentRoutes: FastifyPluginAsyncZod = async (app) => {
  routes(app, 'payments', paymentEndpoints, {
    list: async (request) => ({ payments: await payments.listPayments(app.db, viewerOf(request), request.query) }),
    stub: async (request, reply) => {
      const stub = await payments.payStub(app.db, viewerOf(request), request.params.paymentId, request.lang);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${stub.fileName}"`).header('cache-control', 'private, no-store').send(stub.pdf);
    },
    taxForms: async (request) => ({ forms: await payments.taxForms(app.db, viewerOf(request), app.clock.now()) }),
    w2: async (request, reply) => {
      const form = await payments.w2Form(app.db, viewerOf(request), request.params, clientOf(request), app.clock.now(), request.lang);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${form.fileName}"`).header('cache-control', 'private, no-store').send(form.pdf);
    },
    exportCsv: async (request, reply) => {
      const out = await payments.paymentHistoryCsv(app.db, viewerOf(request), request.query.year, request.lang);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${out.fileName}"`).header('cache-control', 'private, no-store').send(out.csv);
    },
    startPayRun: async (request) => {
      const v = viewerOf(request);
      if (!app.config.demo) throw new AppError(404, 'payRunDemoOnly');
      return payments.startPayRun(app.db, v, clientOf(request), request.body.issueDate, app.clock.now());
    },
    countyPayments: async (request) => payments.listCountyPayments(app.db, viewerOf(request), request.query),
    payRunTotals: async (request) => payments.payRunTotals(app.db, viewerOf(request), request.query),
    settlements: async (request) => imports.listSettlements(app.db, viewerOf(request), request.query),
    returnImports: async (request) => imports.listReturnImports(app.db, viewerOf(request), request.query),
    importSettlement: {
      handler: async (request) => settlements.importSettlement(app.db, viewerOf(request), clientOf(request), request.body),
      bodyLimit: BANK_FILE_BODY_LIMIT,
    },
    importReturns: {
      handler: async (request) => returns.importReturns(app.db, viewerOf(request), clientOf(request), request.body),
      bodyLimit: BANK_FILE_BODY_LIMIT,
    },
    demoSettle: async (request) => {
      const v = viewerOf(request);
      if (!app.config.demo) throw new AppError(404, 'payRunDemoOnly');
      return settlements.settleIssuedForDemo(app.db, v, clientOf(request));
    },
    demoReturn: async (request) => {
      const v = viewerOf(request);
      if (!app.config.demo) throw new AppError(404, 'payRunDemoOnly');
      return returns.returnLatestForDemo(app.db, v, clientOf(request));
    },
  });
};
