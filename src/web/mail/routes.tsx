import { Route } from 'react-router';
import { lazyPage } from '../components/lazyPage';

const DevOutboxPage = lazyPage(() => import('./DevOutboxPage').then((m) => m.DevOutboxPage));

/** The demo mail's outbox (the server answers it only in demo mode), for App's route list. */
export const mailRoutes = [<Route key="dev/outbox" path="dev/outbox" element={<DevOutboxPage />} />];
