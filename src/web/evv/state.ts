import { useQuery } from '@tanstack/react-query';
import { useQueuedTaps } from './outbox';
import { clock } from '../clock';
import { api } from '../api';


export function useEvvState() {
  return useQuery(api.evv.state.query());
}

export function useCases() {
  return useQuery(api.cases.list.query());
}

export function useTodayRecords() {
  const today = clock.today();
  return useQuery(api.evv.records.query({ query: { from: today, to: today } }));
}

/** The visit a provider is in: a check-in still on the phone, or the server's open one. */
export interface OpenVisit {
  caseNumber: string;
  recipientName: string;
  since: string;
  locationType: 'home' | 'community';
  /** Not yet received by the server. */
  pending: boolean;
}

/** The last tap still on the phone decides; with none waiting, the server's open check-in does. */
export function useOpenVisit(): { open: OpenVisit | null; loaded: boolean } {
  const state = useEvvState();
  const waiting = useQueuedTaps().filter((tap) => !tap.refusal);
  const last = waiting.at(-1);
  if (last) {
    if (last.kind === 'check-out') return { open: null, loaded: true };
    const body = last.body as { locationType: 'home' | 'community' };
    return {
      open: { caseNumber: last.body.caseNumber, recipientName: last.recipientName, since: last.body.tappedAt, locationType: body.locationType, pending: true },
      loaded: true,
    };
  }
  const open = state.data?.open;
  return {
    open: open
      ? {
          caseNumber: open.caseNumber,
          recipientName: `${open.recipient.firstName} ${open.recipient.lastName}`,
          since: open.checkInAt!,
          locationType: open.locationType,
          pending: false,
        }
      : null,
    loaded: state.data !== undefined,
  };
}
