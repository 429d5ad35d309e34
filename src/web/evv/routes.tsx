import { Route } from 'react-router';
import { RecipientsPage } from '../clients/RecipientsPage';
import { RequireAuth } from '../components/RequireAuth';
import { CalendarFeedPage } from '../visits/CalendarFeedPage';
import { VisitPlanPage } from '../visits/VisitPlanPage';
import { VisitsPage } from '../visits/VisitsPage';
import { CheckInPage } from './CheckInPage';
import { FixesPage } from './FixesPage';

const PAGES = [
  ['check-in', <CheckInPage />],
  ['timekeeping/fixes', <FixesPage />],
  ['visits', <VisitsPage />],
  ['visits/new', <VisitPlanPage />],
  ['visits/plans/:planId', <VisitPlanPage />],
  ['visits/calendar-feed', <CalendarFeedPage />],
  ['recipients', <RecipientsPage />],
] as const;

/** The provider's workday pages (issue #4), for App's route list. */
export const workdayRoutes = PAGES.map(([path, page]) => (
  <Route key={path} path={path} element={<RequireAuth roles={['provider']}>{page}</RequireAuth>} />
));
