import type { ReactNode } from 'react';
import { Route } from 'react-router';
import type { Role } from '../../contracts/auth';
import { STAFF_ROLES } from '../contract-constants';
import { lazyPage } from '../components/lazyPage';
import { RequireAuth } from '../components/RequireAuth';
import { reviewRoutes } from './review/routes';

const InboxPage = lazyPage(() => import('../messages/InboxPage').then((m) => m.InboxPage));
const StaffComposePage = lazyPage(() => import('../messages/StaffComposePage').then((m) => m.StaffComposePage));
const StaffMessagesPage = lazyPage(() => import('../messages/StaffMessagesPage').then((m) => m.StaffMessagesPage));
const StaffThreadPage = lazyPage(() => import('../messages/StaffThreadPage').then((m) => m.StaffThreadPage));
const ThreadPage = lazyPage(() => import('../messages/ThreadPage').then((m) => m.ThreadPage));
const NotificationsPage = lazyPage(() => import('../notifications/NotificationsPage').then((m) => m.NotificationsPage));
const PreferencesPage = lazyPage(() => import('../notifications/PreferencesPage').then((m) => m.PreferencesPage));
const StaffUnlockPage = lazyPage(() => import('./StaffUnlockPage').then((m) => m.StaffUnlockPage));
const CasePage = lazyPage(() => import('./cases/CasePage').then((m) => m.CasePage));
const CasesPage = lazyPage(() => import('./cases/CasesPage').then((m) => m.CasesPage));
const NewCasePage = lazyPage(() => import('./cases/NewCasePage').then((m) => m.NewCasePage));
const ConsoleHomePage = lazyPage(() => import('./ConsoleHomePage').then((m) => m.ConsoleHomePage));
const CountyAdminsPage = lazyPage(() => import('./CountyAdminsPage').then((m) => m.CountyAdminsPage));
const EnrolmentsPage = lazyPage(() => import('./EnrolmentsPage').then((m) => m.EnrolmentsPage));
const EnrolPage = lazyPage(() => import('./EnrolPage').then((m) => m.EnrolPage));
const LetterPage = lazyPage(() => import('./LetterPage').then((m) => m.LetterPage));
const SettingsPage = lazyPage(() => import('./SettingsPage').then((m) => m.SettingsPage));

/** Roles that may use each screen: the same lists the server's routes allow. */
const COUNTY_STAFF: readonly Role[] = ['county_worker', 'county_admin'];
const SETTINGS: readonly Role[] = ['county_admin', 'state_admin'];
const PROVIDER: readonly Role[] = ['provider'];

const page = (path: string, element: ReactNode, roles?: readonly Role[]) => (
  <Route key={path} path={path} element={<RequireAuth roles={roles}>{element}</RequireAuth>} />
);

/** The county console, messages and notifications (issue #6), as children of the layout's route. */
export const consoleMessagesRoutes = [
  page('staff', <ConsoleHomePage />, STAFF_ROLES),
  page('staff/cases', <CasesPage />, STAFF_ROLES),
  page('staff/cases/new', <NewCasePage />, STAFF_ROLES),
  page('staff/cases/:caseNumber', <CasePage />, STAFF_ROLES),
  page('staff/enrol', <EnrolPage />, COUNTY_STAFF),
  page('staff/enrolments', <EnrolmentsPage />, STAFF_ROLES),
  page('staff/enrolments/:providerId/letter', <LetterPage />, STAFF_ROLES),
  page('staff/unlock', <StaffUnlockPage />, STAFF_ROLES),
  page('staff/accounts/:loginId', <StaffUnlockPage />, STAFF_ROLES),
  page('staff/settings', <SettingsPage />, SETTINGS),
  page('staff/messages', <StaffMessagesPage />, COUNTY_STAFF),
  page('staff/messages/new', <StaffComposePage />, COUNTY_STAFF),
  page('staff/messages/:threadId', <StaffThreadPage />, COUNTY_STAFF),
  ...reviewRoutes,
  page('state/county-admins', <CountyAdminsPage />, ['state_admin']),
  page('messages', <InboxPage />, PROVIDER),
  page('messages/:threadId', <ThreadPage />, PROVIDER),
  page('notifications', <NotificationsPage />),
  page('notifications/preferences', <PreferencesPage />),
];
