import type { ReactNode } from 'react';
import { Route } from 'react-router';
import type { Role } from '../../../contracts/auth';
import { RequireAuth } from '../../components/RequireAuth';
import { PaymentsConsolePage } from '../payments/PaymentsConsolePage';
import { ReviewItemPage } from './ReviewItemPage';
import { ReviewQueuePage } from './ReviewQueuePage';
import { ViolationsPage } from './ViolationsPage';

/** County payroll staff: the same roles the server's routes allow. */
const PAYROLL: readonly Role[] = ['county_worker', 'county_admin'];

const page = (path: string, element: ReactNode, roles: readonly Role[]) => (
  <Route key={path} path={path} element={<RequireAuth roles={roles}>{element}</RequireAuth>} />
);

/** Issue #5, the county's side: the review queue, the supervisor's view, disputed violations and payments. */
export const reviewRoutes = [
  page('staff/review', <ReviewQueuePage />, PAYROLL),
  page('staff/review/escalated', <ReviewQueuePage escalated />, ['county_admin']),
  page('staff/review/:timesheetId', <ReviewItemPage />, PAYROLL),
  page('staff/violations', <ViolationsPage />, PAYROLL),
  page('staff/payments', <PaymentsConsolePage />, [...PAYROLL, 'state_admin']),
];
