import { Route } from 'react-router';
import { lazyPage } from '../components/lazyPage';
import { RequireAuth } from '../components/RequireAuth';

const ClaimsPage = lazyPage(() => import('./ClaimsPage').then((m) => m.ClaimsPage));
const ClaimTimelinePage = lazyPage(() => import('./ClaimTimelinePage').then((m) => m.ClaimTimelinePage));
const CorrectionStart = lazyPage(() => import('./CorrectionStart').then((m) => m.CorrectionStart));
const PaymentsPage = lazyPage(() => import('../payments/PaymentsPage').then((m) => m.PaymentsPage));
const TaxFormsPage = lazyPage(() => import('../payments/TaxFormsPage').then((m) => m.TaxFormsPage));
const ViolationsPage = lazyPage(() => import('../violations/ViolationsPage').then((m) => m.ViolationsPage));

const PAGES = [
  ['claims', <ClaimsPage />],
  ['claims/:timesheetId', <ClaimTimelinePage />],
  ['claims/:timesheetId/correct', <CorrectionStart />],
  ['payments', <PaymentsPage />],
  ['payments/tax-forms', <TaxFormsPage />],
  ['violations', <ViolationsPage />],
] as const;

/** The provider's claims, payments and violations (issue #5), for App's route list. */
export const claimsPaymentsRoutes = PAGES.map(([path, page]) => (
  <Route key={path} path={path} element={<RequireAuth roles={['provider']}>{page}</RequireAuth>} />
));
