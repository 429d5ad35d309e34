import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { TimesheetView } from '../../contracts/timesheets';
import { showNewVersion } from './refresh';
import { api } from '../api';

describe('after a version is submitted or a correction started', () => {
  it('refetches the Claims list and every claim timeline, the timesheet lists and the version it replaces, and keeps the new one', async () => {
    const client = new QueryClient();
    const version = (timesheetId: number) => api.timesheets.get.key({ params: { timesheetId } });
    const cached: Record<string, readonly unknown[]> = {
      'all claims': api.claims.list.key({ query: {} }),
      'denied claims': api.claims.list.key({ query: { status: 'denied' } }),
      'timeline 6': api.claims.timeline.key({ params: { timesheetId: 6 } }),
      'timeline 7': api.claims.timeline.key({ params: { timesheetId: 7 } }),
      'all timesheets': api.timesheets.list.key(),
      "the period's versions": api.timesheets.list.key({ query: { caseNumber: '9000001', payPeriodStart: '2026-11-01' } }),
      'version 6': version(6),
      'version 5': version(5),
    };
    for (const key of Object.values(cached)) client.setQueryData(key, { old: true });
    const next = { id: 7, supersedesId: 6 } as TimesheetView;

    await showNewVersion(client, next);

    const invalidated = (key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated;
    expect(Object.keys(cached).filter((name) => invalidated(cached[name]!))).toEqual([
      'all claims',
      'denied claims',
      'timeline 6',
      'timeline 7',
      'all timesheets',
      "the period's versions",
      'version 6',
    ]);
    expect(client.getQueryData(version(7))).toBe(next);
    expect(invalidated(version(7))).toBe(false);
  });
});
