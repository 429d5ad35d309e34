import { Route } from 'react-router';
import { RequireAuth } from '../components/RequireAuth';
import { PaymentsPage } from '../payments/PaymentsPage';
import { ViolationsPage } from '../violations/ViolationsPage';
import { ClaimsPage } from './ClaimsPage';
import { ClaimTimelinePage } from './ClaimTimelinePage';
import { CorrectionStart } from './CorrectionStart';

const PAGES = [
  ['claims', <ClaimsPage />],
  ['claims/:timesheetId', <ClaimTimelinePage />],
  ['claims/:timesheetId/correct', <CorrectionStart />],
  ['payments', <PaymentsPage />],
  ['violations', <ViolationsPage />],
] as const;

/** The provider's claims, payments and violations (issue #5), for App's route list. */
export const claimsPaymentsRoutes = PAGES.map(([path, page]) => (
  <Route key={path} path={path} element={<RequireAuth roles={['provider']}>{page}</RequireAuth>} />
));
