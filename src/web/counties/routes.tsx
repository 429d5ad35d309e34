import { Route } from 'react-router';
import { lazyPage } from '../components/lazyPage';

const HomePage = lazyPage(() => import('./HomePage').then((m) => m.HomePage));
const CountyPage = lazyPage(() => import('./CountyPage').then((m) => m.CountyPage));

/** The front doors, statewide and each county's, for App's route list. */
export const countyRoutes = [<Route key="home" index element={<HomePage />} />, <Route key="counties/:slug" path="counties/:slug" element={<CountyPage />} />];
