import { addDays, type IsoDate } from '../../domain/calendar';
import { api } from '../api';
import { prefetchAll, type PageData } from '../components/lazyPage';
import { clock } from '../clock';

/** How many of the newest messages, and of the newest notifications, the dashboard lists; the inbox has the rest. */
const NEWEST = 3;
/** The dashboard's visits: today's and the coming week's (the calendar has the rest). */
const WEEK_DAYS = 7;

/**
 * What the dashboard's regions ask for, built here once so that the regions and `dashboardData` ask with the same
 * keys: the page then finds its data already asked for, not asked twice.
 */
export const dashboardQueries = {
  summary: () => api.dashboard.get.query(),
  comingVisits: (today: IsoDate) => api.visits.occurrences.query({ query: { from: today, to: addDays(today, WEEK_DAYS) } }),
  newestMessages: () => api.messages.inbox.query({ query: { limit: NEWEST } }),
  newestNotifications: () => api.notifications.list.query({ query: { limit: NEWEST } }),
};

/** The dashboard's data for each role, asked for beside the page's code (lazyPage's `data`). */
export const dashboardData: PageData = ({ user }, queryClient) => {
  if (user.role === 'provider') {
    prefetchAll(queryClient, [
      dashboardQueries.summary(),
      dashboardQueries.comingVisits(clock.today()),
      api.cases.list.query(),
      api.evv.state.query(),
      api.violations.list.query(),
      dashboardQueries.newestMessages(),
      dashboardQueries.newestNotifications(),
      api.timesheets.list.query(),
    ]);
  } else if (user.role === 'recipient') {
    prefetchAll(queryClient, [api.recipientReview.list.query(), api.sickLeave.recipientClaims.query(), dashboardQueries.comingVisits(clock.today())]);
  } else {
    prefetchAll(queryClient, [api.staffWork.counts.query()]);
  }
};
