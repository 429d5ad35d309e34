import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { STAFF_ROLES, type Role } from '../../contracts/auth';
import { RequireAuth } from '../components/RequireAuth';
import { InboxPage } from '../messages/InboxPage';
import { StaffComposePage } from '../messages/StaffComposePage';
import { StaffMessagesPage } from '../messages/StaffMessagesPage';
import { StaffThreadPage } from '../messages/StaffThreadPage';
import { ThreadPage } from '../messages/ThreadPage';
import { NotificationsPage } from '../notifications/NotificationsPage';
import { PreferencesPage } from '../notifications/PreferencesPage';
import { StaffUnlockPage } from './StaffUnlockPage';
import { CasePage } from './cases/CasePage';
import { CasesPage } from './cases/CasesPage';
import { NewCasePage } from './cases/NewCasePage';
import { ConsoleHomePage } from './ConsoleHomePage';
import { CountyAdminsPage } from './CountyAdminsPage';
import { EnrolmentsPage } from './EnrolmentsPage';
import { EnrolPage } from './EnrolPage';
import { LetterPage } from './LetterPage';
import { reviewRoutes } from './review/routes';
import { SettingsPage } from './SettingsPage';

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
