import { Route } from 'react-router';
import { RequireAuth } from '../components/RequireAuth';
import { SickLeavePage } from './SickLeavePage';

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
