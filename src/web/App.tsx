import { Route, Routes } from 'react-router';
import { authRoutes } from './auth/routes';
import { claimsPaymentsRoutes } from './claims/routes';
import { consoleMessagesRoutes } from './console/routes';
import { countyRoutes } from './counties/routes';
import { dashboardRoutes } from './dashboard/routes';
import { AccountLanguage } from './components/AccountLanguage';
import { EvvSender } from './evv/outbox';
import { OfflineKeeper } from './pwa/OfflineKeeper';
import { workdayRoutes } from './evv/routes';
import { Layout } from './components/Layout';
import { NotFoundPage } from './components/NotFoundPage';
import { recipientRoutes } from './recipient/routes';
import { mailRoutes } from './mail/routes';
import { securityRoutes } from './security/routes';
import { sickLeaveRoutes } from './sick-leave/routes';
import { timesheetRoutes } from './timesheets/routes';
import { withholdingRoutes } from './withholding/routes';
import { directDepositRoutes } from './direct-deposit/routes';

/** The portal's pages, inside the frame around them (header, navigation, footer). */
export const appRoutes = (
  <Route element={<Layout />}>
    {countyRoutes}
    {authRoutes}
    {dashboardRoutes}
    {timesheetRoutes}
    {sickLeaveRoutes}
    {recipientRoutes}
    {consoleMessagesRoutes}
    {workdayRoutes}
    {claimsPaymentsRoutes}
    {mailRoutes}
    {securityRoutes}
    {withholdingRoutes}
    {directDepositRoutes}
    <Route path="*" element={<NotFoundPage />} />
  </Route>
);

/** Every page is its own chunk (components/lazyPage.tsx): only the frame around them is in the first download. */
export function App() {
  return (
    <>
      {/* Check-ins kept on the phone are sent from whichever page is open. */}
      <EvvSender />
      {/* The last known visits kept on a provider's phone for offline use, forgotten when the session ends. */}
      <OfflineKeeper />
      {/* The page and the account speak one language (the account's mail and texts follow it). */}
      <AccountLanguage />
      <Routes>{appRoutes}</Routes>
    </>
  );
}
