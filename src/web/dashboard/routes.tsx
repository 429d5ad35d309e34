import { Route } from 'react-router';
import { lazyPage } from '../components/lazyPage';
import { RequireAuth } from '../components/RequireAuth';
import { dashboardData } from './data';

const DashboardPage = lazyPage(() => import('./DashboardPage').then((m) => m.DashboardPage), dashboardData);

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
