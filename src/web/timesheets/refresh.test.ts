import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { TimesheetView } from '../../contracts/timesheets';
import { claimListKey, timelineKey } from '../claims/keys';
import { timesheetKey } from './model';
import { showNewVersion } from './refresh';

describe('after a version is submitted or a correction started', () => {
  it('refetches the Claims list and every claim timeline, the timesheet lists and the version it replaces, and keeps the new one', async () => {
    const client = new QueryClient();
    const cached = [claimListKey(''), claimListKey('status=denied'), timelineKey(6), timelineKey(7), ['timesheets', 'all'], timesheetKey(6), timesheetKey(5)];
    for (const key of cached) client.setQueryData(key, { old: true });
    const next = { id: 7, supersedesId: 6 } as TimesheetView;

    await showNewVersion(client, next);

    const invalidated = (key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated;
    expect(cached.filter((key) => invalidated(key)).map((key) => key.join('/'))).toEqual([
      'claims/list/',
      'claims/list/status=denied',
      'claims/timeline/6',
      'claims/timeline/7',
      'timesheets/all',
      'timesheet/6',
    ]);
    expect(client.getQueryData(timesheetKey(7))).toBe(next);
    expect(invalidated(timesheetKey(7))).toBe(false);
  });
});
