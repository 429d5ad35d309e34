import { Route } from 'react-router';
import { lazyPage } from '../components/lazyPage';
import { RequireAuth } from '../components/RequireAuth';

const SignInPage = lazyPage(() => import('./SignInPage').then((m) => m.SignInPage));
const CreateAccountPage = lazyPage(() => import('./CreateAccountPage').then((m) => m.CreateAccountPage));
const ForgotPasswordPage = lazyPage(() => import('./ForgotPasswordPage').then((m) => m.ForgotPasswordPage));
const SignInHistoryPage = lazyPage(() => import('./SignInHistoryPage').then((m) => m.SignInHistoryPage));

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
