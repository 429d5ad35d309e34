import { infiniteQueryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { reviewQueueQuery } from '../../../contracts/claims';
import { api } from '../../api';
import type { PageData } from '../../components/lazyPage';

/** The review queue's filters, as the address holds them. */
export type QueueFilters = z.input<typeof reviewQueueQuery>;

/** The county's review queue (`escalated`: the supervisor's view) with `filters`, a page at a time, oldest first. */
export function queueQuery(escalated: boolean, filters: QueueFilters) {
  const queue = escalated ? api.claims.escalated : api.claims.queue;
  return infiniteQueryOptions({
    queryKey: queue.key({ query: filters }),
    queryFn: ({ pageParam }) => queue({ query: { ...filters, ...(pageParam !== null && { after: pageParam }) } }),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.next,
  });
}

/** The queue's first page, with the address's filters, asked for beside the page's code (lazyPage's `data`). */
export const queueData =
  (escalated: boolean): PageData =>
  ({ search }, queryClient) =>
    void queryClient.prefetchInfiniteQuery(queueQuery(escalated, Object.fromEntries(search) as QueueFilters));
