import { Route } from 'react-router';
import { RequireAuth } from '../components/RequireAuth';
import { DashboardPage } from './DashboardPage';

/** The signed-in home, for App's route list. */
export const dashboardRoutes = [
  <Route
    key="dashboard"
    path="dashboard"
    element={
      <RequireAuth>
        <DashboardPage />
      </RequireAuth>
    }
  />,
];
