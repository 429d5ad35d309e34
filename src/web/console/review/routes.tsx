import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { COUNTY_STAFF, type Role } from '../../../contracts/auth';
import { claimEndpoints } from '../../../contracts/claims';
import { RequireAuth } from '../../components/RequireAuth';
import { PaymentsConsolePage } from '../payments/PaymentsConsolePage';
import { ReviewItemPage } from './ReviewItemPage';
import { ReviewQueuePage } from './ReviewQueuePage';
import { ViolationsPage } from './ViolationsPage';

const page = (path: string, element: ReactNode, roles: readonly Role[]) => (
  <Route key={path} path={path} element={<RequireAuth roles={roles}>{element}</RequireAuth>} />
);

/** Issue #5, the county's side: the review queue, the supervisor's view, disputed violations and payments, each for the roles its server routes allow. */
export const reviewRoutes = [
  page('staff/review', <ReviewQueuePage />, claimEndpoints.queue.access),
  page('staff/review/escalated', <ReviewQueuePage escalated />, claimEndpoints.escalated.access),
  page('staff/review/:timesheetId', <ReviewItemPage />, claimEndpoints.item.access),
  page('staff/violations', <ViolationsPage />, COUNTY_STAFF),
  page('staff/payments', <PaymentsConsolePage />, [...COUNTY_STAFF, 'state_admin']),
];
