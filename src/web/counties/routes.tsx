import { Route } from 'react-router';
import { CountyPage } from './CountyPage';
import { HomePage } from './HomePage';

/** The front doors, statewide and each county's, for App's route list. */
export const countyRoutes = [<Route key="home" index element={<HomePage />} />, <Route key="counties/:slug" path="counties/:slug" element={<CountyPage />} />];
