import type { ReactNode } from 'react';
import { Route } from 'react-router';
import type { Role } from '../../../contracts/auth';
import { COUNTY_STAFF } from '../../contract-constants';
import { addresses } from '../../api/addresses';
import { lazyPage } from '../../components/lazyPage';
import { RequireAuth } from '../../components/RequireAuth';
import { queueData } from './data';

const PaymentsConsolePage = lazyPage(() => import('../payments/PaymentsConsolePage').then((m) => m.PaymentsConsolePage));
const ReviewItemPage = lazyPage(() => import('./ReviewItemPage').then((m) => m.ReviewItemPage));
const loadQueuePage = () => import('./ReviewQueuePage').then((m) => m.ReviewQueuePage);
const ReviewQueuePage = lazyPage(loadQueuePage, queueData(false));
const EscalatedQueuePage = lazyPage(loadQueuePage, queueData(true));
const ViolationsPage = lazyPage(() => import('./ViolationsPage').then((m) => m.ViolationsPage));
const claims = addresses.claims;

const page = (path: string, element: ReactNode, roles: readonly Role[]) => (
  <Route key={path} path={path} element={<RequireAuth roles={roles}>{element}</RequireAuth>} />
);

/** Issue #5, the county's side: the review queue, the supervisor's view, disputed violations and payments, each for the roles its server routes allow. */
export const reviewRoutes = [
  page('staff/review', <ReviewQueuePage />, claims.queue.access),
  page('staff/review/escalated', <EscalatedQueuePage escalated />, claims.escalated.access),
  page('staff/review/:timesheetId', <ReviewItemPage />, claims.item.access),
  page('staff/violations', <ViolationsPage />, COUNTY_STAFF),
  page('staff/payments', <PaymentsConsolePage />, [...COUNTY_STAFF, 'state_admin']),
];
