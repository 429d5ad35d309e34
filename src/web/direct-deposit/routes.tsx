import { Route } from 'react-router';
import { lazyPage } from '../components/lazyPage';
import { RequireAuth } from '../components/RequireAuth';
import { directDepositData } from './data';

const DirectDepositPage = lazyPage(() => import('./DirectDepositPage').then((m) => m.DirectDepositPage), directDepositData);

/** The provider's direct deposit (issue #15), for App's route list. */
export const directDepositRoutes = [
  <Route
    key="payments/direct-deposit"
    path="payments/direct-deposit"
    element={
      <RequireAuth roles={['provider']}>
        <DirectDepositPage />
      </RequireAuth>
    }
  />,
];
