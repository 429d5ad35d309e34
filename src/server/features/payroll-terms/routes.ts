import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { payrollTermsEndpoints } from '../../../contracts/payroll-terms.js';
import { routes } from '../../lib/route.js';
import { clientOf, requireRecentAuthentication, viewerOf } from '../../plugins/auth.js';
import * as terms from './service.js';

/**
 * The provider's withholding elections, and what county staff record of each provider's terms, each case's Share of
 * Cost and the county's deduction rates (issue #15). `firstPaidOn` is the payments feature's, handed in by app.ts:
 * payments asks this feature for a payment's terms, so this one cannot import it.
 */
export const payrollTermsRoutes: FastifyPluginAsyncZod<{ firstPaidOn: terms.FirstPaidOn }> = async (app, { firstPaidOn }) => {
  /** A change of withholding moves pay as surely as a new bank account: only within minutes of the last password or code. */
  const changer = (request: Parameters<typeof viewerOf>[0]) => {
    requireRecentAuthentication(request, app.clock.now());
    return viewerOf(request);
  };
  routes(app, 'payroll terms', payrollTermsEndpoints, {
    withholding: async (request) => terms.withholdingView(app.db, viewerOf(request), firstPaidOn),
    changeFederal: async (request) => terms.changeElection(app.db, changer(request), { tax: 'federal', election: request.body.election }, clientOf(request), firstPaidOn),
    changeState: async (request) => terms.changeElection(app.db, changer(request), { tax: 'state', election: request.body.election }, clientOf(request), firstPaidOn),
    caseTerms: async (request) => terms.caseTermsView(app.db, viewerOf(request), request.params.caseNumber),
    setTerms: async (request) => terms.setTerms(app.db, viewerOf(request), request.params.caseNumber, request.params.providerId, request.body, clientOf(request)),
    staffWithholding: async (request) => terms.staffWithholdingView(app.db, viewerOf(request), request.params.caseNumber, request.params.providerId, clientOf(request)),
    setShareOfCost: async (request) => terms.setShareOfCost(app.db, viewerOf(request), request.params.caseNumber, request.body, clientOf(request)),
    deductionRates: async (request) => terms.listDeductionRates(app.db, viewerOf(request), request.params.slug),
    setDeductionRates: async (request) => terms.setDeductionRates(app.db, viewerOf(request), request.params.slug, request.body, clientOf(request)),
  });
};
