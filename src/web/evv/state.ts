import { useQuery } from '@tanstack/react-query';
import type { CaseStatusView } from '../../contracts/cases';
import { useQueuedTaps } from './outbox';
import type { QueuedTap } from './queue';
import { clock } from '../clock';
import { api } from '../api';
import { prefetchAll, type PageData } from '../components/lazyPage';


/** Cases this provider checks in to: assigned, active, and not live-in (live-in providers enter hours directly). */
export function checkInCases(cases: readonly CaseStatusView[]) {
  return cases.filter((c) => c.assignment && !c.assignment.liveIn && c.status === 'active');
}

export function useEvvState() {
  return useQuery(api.evv.state.query());
}

export function useCases() {
  return useQuery(api.cases.list.query());
}

const todayRecordsQuery = (today: string) => api.evv.records.query({ query: { from: today, to: today } });

export function useTodayRecords() {
  return useQuery(todayRecordsQuery(clock.today()));
}

/** The check-in page's data (its cases, the open visit, today's records), asked for beside its code (lazyPage's `data`). */
export const checkInData: PageData = (_at, queryClient) =>
  prefetchAll(queryClient, [api.cases.list.query(), api.evv.state.query(), todayRecordsQuery(clock.today())]);

/** The visit a provider is in: a check-in still on the phone, or the server's open one. */
export interface OpenVisit {
  caseNumber: string;
  recipientName: string;
  since: string;
  locationType: 'home' | 'community';
  /** Not yet received by the server. */
  pending: boolean;
}

/** The last of `waiting` (taps still on the phone, oldest first) decides; with none, `server`'s open visit does. */
export function openVisitFrom(waiting: readonly QueuedTap[], server: OpenVisit | null): OpenVisit | null {
  const last = waiting.at(-1);
  if (!last) return server;
  if (last.kind === 'check-out') return null;
  const body = last.body as { locationType: 'home' | 'community' };
  return { caseNumber: last.body.caseNumber, recipientName: last.recipientName, since: last.body.tappedAt, locationType: body.locationType, pending: true };
}

/** The visit the signed-in provider is in, from the taps on the phone and the server's open check-in. */
export function useOpenVisit(): { open: OpenVisit | null; loaded: boolean } {
  const state = useEvvState();
  const waiting = useQueuedTaps().filter((tap) => !tap.refusal);
  const open = state.data?.open;
  const server = open
    ? {
        caseNumber: open.caseNumber,
        recipientName: `${open.recipient.firstName} ${open.recipient.lastName}`,
        since: open.checkInAt!,
        locationType: open.locationType,
        pending: false,
      }
    : null;
  return { open: openVisitFrom(waiting, server), loaded: waiting.length > 0 || state.data !== undefined };
}
