import { Route } from 'react-router';
import { lazyPage } from '../components/lazyPage';
import { RequireAuth } from '../components/RequireAuth';

const ReviewListPage = lazyPage(() => import('./ReviewListPage').then((m) => m.ReviewListPage));
const ReviewPage = lazyPage(() => import('./ReviewPage').then((m) => m.ReviewPage));

const PAGES = [
  ['review', <ReviewListPage />],
  ['review/:id', <ReviewPage />],
] as const;

/** The recipient's review of their providers' timesheets, for App's route list. */
export const recipientRoutes = PAGES.map(([path, page]) => (
  <Route key={path} path={path} element={<RequireAuth roles={['recipient']}>{page}</RequireAuth>} />
));
