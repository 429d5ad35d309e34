import { Route, Routes } from 'react-router';
import { authRoutes } from './auth/routes';
import { claimsPaymentsRoutes } from './claims/routes';
import { consoleMessagesRoutes } from './console/routes';
import { countyRoutes } from './counties/routes';
import { dashboardRoutes } from './dashboard/routes';
import { EvvSender } from './evv/outbox';
import { workdayRoutes } from './evv/routes';
import { Layout } from './components/Layout';
import { NotFoundPage } from './components/NotFoundPage';
import { RequireAuth } from './components/RequireAuth';
import { ProfilePage } from './profile/ProfilePage';
import { ReviewListPage } from './recipient/ReviewListPage';
import { ReviewPage } from './recipient/ReviewPage';
import { mailRoutes } from './mail/routes';
import { sickLeaveRoutes } from './sick-leave/routes';
import { TimesheetPage } from './timesheets/TimesheetPage';
import { TimesheetsPage } from './timesheets/TimesheetsPage';

export function App() {
  return (
    <>
      {/* Check-ins kept on the phone are sent from whichever page is open. */}
      <EvvSender />
      <Routes>
        <Route element={<Layout />}>
          {countyRoutes}
          {authRoutes}
          {dashboardRoutes}
          <Route
            path="timesheets"
            element={
              <RequireAuth roles={['provider']}>
                <TimesheetsPage />
              </RequireAuth>
            }
          />
          <Route
            path="timesheets/:id"
            element={
              <RequireAuth roles={['provider']}>
                <TimesheetPage />
              </RequireAuth>
            }
          />
          {sickLeaveRoutes}
          <Route
            path="profile"
            element={
              <RequireAuth roles={['provider']}>
                <ProfilePage />
              </RequireAuth>
            }
          />
          <Route
            path="review"
            element={
              <RequireAuth roles={['recipient']}>
                <ReviewListPage />
              </RequireAuth>
            }
          />
          <Route
            path="review/:id"
            element={
              <RequireAuth roles={['recipient']}>
                <ReviewPage />
              </RequireAuth>
            }
          />
          {consoleMessagesRoutes}
          {workdayRoutes}
          {claimsPaymentsRoutes}
          {mailRoutes}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </>
  );
}
