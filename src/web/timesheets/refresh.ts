import type { QueryClient } from '@tanstack/react-query';
import type { TimesheetView } from '../../contracts/timesheets';
import { api, groupKey } from '../api';

/**
 * After a version is made (a correction started) or sent (submitted): keep the server's answer for it, and refetch
 * every other view whose status it changed: the version it replaces, the timesheet lists, and the claims queries
 * (the Claims list and each claim's timeline), which would otherwise show the old status from the cache for a while.
 */
export async function showNewVersion(queryClient: QueryClient, next: TimesheetView) {
  queryClient.setQueryData(api.timesheets.get.key({ params: { timesheetId: next.id } }), next);
  await Promise.all([
    next.supersedesId === null ? undefined : queryClient.invalidateQueries({ queryKey: api.timesheets.get.key({ params: { timesheetId: next.supersedesId } }) }),
    queryClient.invalidateQueries({ queryKey: api.timesheets.list.key() }),
    queryClient.invalidateQueries({ queryKey: groupKey('claims') }),
  ]);
}
