import { Route } from 'react-router';
import { lazyPage } from '../components/lazyPage';
import { RequireAuth } from '../components/RequireAuth';
import { withholdingData } from './data';

const WithholdingPage = lazyPage(() => import('./WithholdingPage').then((m) => m.WithholdingPage), withholdingData);

/** The provider's withholding (issue #15), for App's route list. */
export const withholdingRoutes = [
  <Route
    key="payments/withholding"
    path="payments/withholding"
    element={
      <RequireAuth roles={['provider']}>
        <WithholdingPage />
      </RequireAuth>
    }
  />,
];
