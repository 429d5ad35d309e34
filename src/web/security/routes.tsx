import { Route } from 'react-router';
import { lazyPage } from '../components/lazyPage';
import { RequireAuth } from '../components/RequireAuth';

const SecurityPage = lazyPage(() => import('./SecurityPage').then((m) => m.SecurityPage));

/** "Sign-in and security": every signed-in role has it, for App's route list. */
export const securityRoutes = [
  <Route
    key="profile/security"
    path="profile/security"
    element={
      <RequireAuth>
        <SecurityPage />
      </RequireAuth>
    }
  />,
];
