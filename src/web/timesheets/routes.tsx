import { Route } from 'react-router';
import { lazyPage } from '../components/lazyPage';
import { RequireAuth } from '../components/RequireAuth';
import { timesheetData } from './data';

const TimesheetsPage = lazyPage(() => import('./TimesheetsPage').then((m) => m.TimesheetsPage));
const TimesheetPage = lazyPage(() => import('./TimesheetPage').then((m) => m.TimesheetPage), timesheetData);
const ProfilePage = lazyPage(() => import('../profile/ProfilePage').then((m) => m.ProfilePage));

const PAGES = [
  ['timesheets', <TimesheetsPage />],
  ['timesheets/:id', <TimesheetPage />],
  ['profile', <ProfilePage />],
] as const;

/** The provider's timesheets and profile, for App's route list. */
export const timesheetRoutes = PAGES.map(([path, page]) => (
  <Route key={path} path={path} element={<RequireAuth roles={['provider']}>{page}</RequireAuth>} />
));
