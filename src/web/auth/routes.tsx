import { Route } from 'react-router';
import { RequireAuth } from '../components/RequireAuth';
import { CreateAccountPage } from './CreateAccountPage';
import { ForgotPasswordPage } from './ForgotPasswordPage';
import { SignInHistoryPage } from './SignInHistoryPage';
import { SignInPage } from './SignInPage';

/** Signing in, setting up an account, resetting a password and one's own sign-in history, for App's route list. */
export const authRoutes = [
  <Route key="sign-in" path="sign-in" element={<SignInPage />} />,
  <Route key="create-account" path="create-account" element={<CreateAccountPage />} />,
  <Route key="forgot-password" path="forgot-password" element={<ForgotPasswordPage />} />,
  <Route
    key="account/sign-in-history"
    path="account/sign-in-history"
    element={
      <RequireAuth>
        <SignInHistoryPage />
      </RequireAuth>
    }
  />,
];
