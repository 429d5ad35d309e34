import { Route, Routes } from 'react-router';
import { STAFF_ROLES } from '../contracts/auth';
import { claimsPaymentsRoutes } from './claims/routes';
import { consoleMessagesRoutes } from './console/routes';
import { EvvSender } from './evv/outbox';
import { workdayRoutes } from './evv/routes';
import { Layout } from './components/Layout';
import { RequireAuth } from './components/RequireAuth';
import { ProfilePage } from './profile/ProfilePage';
import { ReviewListPage } from './recipient/ReviewListPage';
import { ReviewPage } from './recipient/ReviewPage';
import { CountyPage } from './routes/CountyPage';
import { CreateAccountPage } from './routes/CreateAccountPage';
import { DashboardPage } from './routes/DashboardPage';
import { DevOutboxPage } from './routes/DevOutboxPage';
import { ForgotPasswordPage } from './routes/ForgotPasswordPage';
import { HomePage } from './routes/HomePage';
import { NotFoundPage } from './routes/NotFoundPage';
import { SignInHistoryPage } from './routes/SignInHistoryPage';
import { SignInPage } from './routes/SignInPage';
import { StaffUnlockPage } from './routes/StaffUnlockPage';
import { SickLeavePage } from './sick-leave/SickLeavePage';
import { TimesheetPage } from './timesheets/TimesheetPage';
import { TimesheetsPage } from './timesheets/TimesheetsPage';

export function App() {
  return (
    <>
      {/* Check-ins kept on the phone are sent from whichever page is open. */}
      <EvvSender />
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<HomePage />} />
          <Route path="counties/:slug" element={<CountyPage />} />
          <Route path="sign-in" element={<SignInPage />} />
          <Route path="create-account" element={<CreateAccountPage />} />
          <Route path="forgot-password" element={<ForgotPasswordPage />} />
          <Route
            path="dashboard"
            element={
              <RequireAuth>
                <DashboardPage />
              </RequireAuth>
            }
          />
          <Route
            path="account/sign-in-history"
            element={
              <RequireAuth>
                <SignInHistoryPage />
              </RequireAuth>
            }
          />
          <Route
            path="staff/unlock"
            element={
              <RequireAuth roles={STAFF_ROLES}>
                <StaffUnlockPage />
              </RequireAuth>
            }
          />
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
          <Route
            path="sick-leave"
            element={
              <RequireAuth roles={['provider']}>
                <SickLeavePage />
              </RequireAuth>
            }
          />
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
          <Route path="dev/outbox" element={<DevOutboxPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </>
  );
}
