import { Route } from 'react-router';
import { lazyPage } from '../components/lazyPage';
import { RequireAuth } from '../components/RequireAuth';

const SickLeavePage = lazyPage(() => import('./SickLeavePage').then((m) => m.SickLeavePage));

/** The provider's paid sick leave, for App's route list. */
export const sickLeaveRoutes = [
  <Route
    key="sick-leave"
    path="sick-leave"
    element={
      <RequireAuth roles={['provider']}>
        <SickLeavePage />
      </RequireAuth>
    }
  />,
];
