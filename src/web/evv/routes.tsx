import { Route } from 'react-router';
import { RecipientsPage } from '../clients/RecipientsPage';
import { RequireAuth } from '../components/RequireAuth';
import { CalendarFeedPage } from '../visits/CalendarFeedPage';
import { VisitPlanPage } from '../visits/VisitPlanPage';
import { VisitsPage } from '../visits/VisitsPage';
import { CheckInPage } from './CheckInPage';
import { FixesPage } from './FixesPage';

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
