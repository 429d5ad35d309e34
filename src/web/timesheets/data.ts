import type { TimesheetView } from '../../contracts/timesheets';
import { monthOf } from '../../domain/calendar';
import { api } from '../api';
import { prefetchAll, type PageData } from '../components/lazyPage';

/**
 * What a timesheet's page asks for, built here once so that the page and `timesheetData` ask with the same keys. `id`
 * is the address's, as typed: a malformed one is the server's to refuse, the same way for both.
 */
export const timesheetQueries = {
  view: (id: string) => api.timesheets.get.query({ params: { timesheetId: Number(id) } }),
  claim: (id: string) => api.claims.timeline.query({ params: { timesheetId: Number(id) } }),
  /** Every version of the recipient's timesheet for the period. */
  versions: (view: TimesheetView) => api.timesheets.list.query({ query: { caseNumber: view.caseNumber, payPeriodStart: view.payPeriod.start } }),
  /** The provider's cases in a month, for the recipients' names in the editor's reasons. */
  casesOfMonth: (month: string) => api.cases.list.query({ query: { month } }),
};

/**
 * A timesheet's data, asked for beside the page's code (lazyPage's `data`): the timesheet and its claim's story at
 * once, then what the timesheet itself points to (its versions; for a draft, the editor's names), as soon as it answers.
 */
export const timesheetData: PageData = ({ params }, queryClient) => {
  const id = params.id ?? '';
  void queryClient.prefetchQuery(timesheetQueries.claim(id));
  queryClient.fetchQuery(timesheetQueries.view(id)).then(
    (view) =>
      prefetchAll(queryClient, [
        timesheetQueries.versions(view),
        ...(view.editable ? [timesheetQueries.casesOfMonth(monthOf(view.payPeriod.start))] : []),
      ]),
    // The page asks again when it opens, and shows the refusal or the lost signal itself.
    () => undefined,
  );
};
