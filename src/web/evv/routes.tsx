import { Route } from 'react-router';
import { lazyPage } from '../components/lazyPage';
import { RequireAuth } from '../components/RequireAuth';
import { checkInData } from './state';

const CheckInPage = lazyPage(() => import('./CheckInPage').then((m) => m.CheckInPage), checkInData);
const FixesPage = lazyPage(() => import('./FixesPage').then((m) => m.FixesPage));
const VisitsPage = lazyPage(() => import('../visits/VisitsPage').then((m) => m.VisitsPage));
const VisitPlanPage = lazyPage(() => import('../visits/VisitPlanPage').then((m) => m.VisitPlanPage));
const CalendarFeedPage = lazyPage(() => import('../visits/CalendarFeedPage').then((m) => m.CalendarFeedPage));
const RecipientsPage = lazyPage(() => import('../clients/RecipientsPage').then((m) => m.RecipientsPage));

const PROVIDER = ['provider'] as const;
/** Recipients plan visits with their providers too (issue #4). */
const PLANNERS = ['provider', 'recipient'] as const;

const PAGES = [
  ['check-in', <CheckInPage />, PROVIDER],
  ['timekeeping/fixes', <FixesPage />, PROVIDER],
  ['visits', <VisitsPage />, PLANNERS],
  ['visits/new', <VisitPlanPage />, PLANNERS],
  ['visits/plans/:planId', <VisitPlanPage />, PLANNERS],
  ['visits/calendar-feed', <CalendarFeedPage />, PROVIDER],
  ['recipients', <RecipientsPage />, PROVIDER],
] as const;

/** The workday pages (issue #4), for App's route list. */
export const workdayRoutes = PAGES.map(([path, page, roles]) => (
  <Route key={path} path={path} element={<RequireAuth roles={roles}>{page}</RequireAuth>} />
));
