import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../../contracts/common.js';
import {
  payRunView,
  paymentCsvQuery,
  paymentList,
  paymentListQuery,
  paymentParams,
  importListQuery,
  returnImportList,
  returnImportRequest,
  returnImportResult,
  settlementImportRequest,
  settlementList,
  settlementResult,
  staffPaymentList,
  staffPaymentsQuery,
  startPayRunRequest,
} from '../../../contracts/payments.js';
import { AppError } from '../../errors.js';
import { clientOf, viewerOf } from '../../plugins/auth.js';
import * as imports from './import-list.js';
import * as payments from './service.js';
import * as returns from './returns.js';
import * as settlements from './settlements.js';

/** Payroll: county staff for their county, the state admin for all. */
const PAYROLL = ['county_worker', 'county_admin', 'state_admin'] as const;

/** A bank file's text is capped by its contract (MAX_SETTLEMENT_CHARS); the body around it, JSON-escaped, needs room. */
const BANK_FILE_BODY_LIMIT = 2 * 1024 * 1024;

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };

export const paymentRoutes: FastifyPluginAsyncZod = async (app) => {

  app.get(
    '/api/payments',
    {
      config: { access: ['provider'] },
      schema: { tags: ['payments'], summary: "The provider's payments, newest first (optionally one year's)", querystring: paymentListQuery, response: { 200: paymentList, ...errors } },
    },
    async (request) => ({ payments: await payments.listPayments(app.db, viewerOf(request), request.query) }),
  );

  app.get(
    '/api/payments/:paymentId/stub.pdf',
    {
      config: { access: ['provider'] },
      schema: { tags: ['payments'], summary: 'The pay stub of a payment: a one-page PDF (application/pdf) in the request language', params: paymentParams, response: { 200: z.any().describe('application/pdf'), 401: apiError, 403: apiError, 404: apiError } },
    },
    async (request, reply) => {
      const stub = await payments.payStub(app.db, viewerOf(request), request.params.paymentId, request.lang);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${stub.fileName}"`).header('cache-control', 'private, no-store').send(stub.pdf);
    },
  );

  app.get(
    '/api/payments/export.csv',
    {
      config: { access: ['provider'] },
      schema: { tags: ['payments'], summary: "A year's payments as CSV (text/csv; cells that could run as spreadsheet formulas are quoted with a leading ')", querystring: paymentCsvQuery, response: { 200: z.string().describe('text/csv'), 400: apiError, 401: apiError, 403: apiError } },
    },
    async (request, reply) => {
      const out = await payments.paymentHistoryCsv(app.db, viewerOf(request), request.query.year, request.lang);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${out.fileName}"`).header('cache-control', 'private, no-store').send(out.csv);
    },
  );

  app.post(
    '/api/staff/pay-runs',
    {
      config: { access: PAYROLL },
      schema: {
        tags: ['payments'],
        summary: "Demo only: run the pay run now for the staff member's county (state admin: all). Idempotent: approved versions already paid are not paid again",
        body: startPayRunRequest,
        response: { 200: payRunView, ...errors },
      },
    },
    async (request) => {
      const v = viewerOf(request);
      if (!app.config.demo) throw new AppError(404, 'payRunDemoOnly');
      return payments.startPayRun(app.db, v, clientOf(request), request.body.issueDate, app.clock.now());
    },
  );

  app.get(
    '/api/staff/payments',
    {
      config: { access: PAYROLL },
      schema: { tags: ['payments'], summary: "Payroll's list: the county's payments (the state admin: all), newest first, with totals by status", querystring: staffPaymentsQuery, response: { 200: staffPaymentList, ...errors } },
    },
    async (request) => payments.listCountyPayments(app.db, viewerOf(request), request.query),
  );

  app.get(
    '/api/staff/payment-settlements',
    {
      config: { access: PAYROLL },
      bodyLimit: BANK_FILE_BODY_LIMIT,
      schema: {
        tags: ['payments'],
        summary: "Payroll's record of the acknowledgement files imported: the county's (the state admin: all), newest first, with what each recorded",
        querystring: importListQuery,
        response: { 200: settlementList, ...errors },
      },
    },
    async (request) => imports.listSettlements(app.db, viewerOf(request), request.query),
  );

  app.get(
    '/api/staff/payment-returns',
    {
      config: { access: PAYROLL },
      bodyLimit: BANK_FILE_BODY_LIMIT,
      schema: {
        tags: ['payments'],
        summary: "Payroll's record of the bank's returns files imported: the county's (the state admin: all), newest first, with what each recorded and why the deposits came back",
        querystring: importListQuery,
        response: { 200: returnImportList, ...errors },
      },
    },
    async (request) => imports.listReturnImports(app.db, viewerOf(request), request.query),
  );

  app.post(
    '/api/staff/payment-settlements',
    {
      config: { access: PAYROLL },
      schema: {
        tags: ['payments'],
        summary: "Record the bank's acknowledgement file: its payments become paid. All lines or none; a line already recorded on the same day is counted, not repeated",
        body: settlementImportRequest,
        response: { 200: settlementResult, ...errors },
      },
    },
    async (request) => settlements.importSettlement(app.db, viewerOf(request), clientOf(request), request.body),
  );

  app.post(
    '/api/staff/payment-returns',
    {
      config: { access: PAYROLL },
      schema: {
        tags: ['payments'],
        summary: "Record the bank's returns file: its paid payments become returned (NACHA reason codes), the provider is told what to do. All lines or none; a return already recorded is counted, not repeated",
        body: returnImportRequest,
        response: { 200: returnImportResult, ...errors },
      },
    },
    async (request) => returns.importReturns(app.db, viewerOf(request), clientOf(request), request.body),
  );

  app.post(
    '/api/staff/payment-settlements/demo',
    {
      config: { access: PAYROLL },
      schema: { tags: ['payments'], summary: "Demo only: record every issued payment of the county as paid today, as the bank's file would", response: { 200: settlementResult, ...errors } },
    },
    async (request) => {
      const v = viewerOf(request);
      if (!app.config.demo) throw new AppError(404, 'payRunDemoOnly');
      return settlements.settleIssuedForDemo(app.db, v, clientOf(request));
    },
  );

  app.post(
    '/api/staff/payment-returns/demo',
    {
      config: { access: PAYROLL },
      schema: { tags: ['payments'], summary: "Demo only: the bank returns the deposit of the county's payment paid most recently (account closed, R02, today), as the bank's returns file would", response: { 200: returnImportResult, ...errors } },
    },
    async (request) => {
      const v = viewerOf(request);
      if (!app.config.demo) throw new AppError(404, 'payRunDemoOnly');
      return returns.returnLatestForDemo(app.db, v, clientOf(request));
    },
  );
};
