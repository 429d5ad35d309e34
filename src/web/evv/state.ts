import { useQuery } from '@tanstack/react-query';
import { caseList } from '../../contracts/cases';
import { evvList, evvState } from '../../contracts/evv';
import { get } from '../api';
import { EVV_STATE_KEY } from './keys';
import { useQueuedTaps } from './outbox';
import { clock } from '../clock';


export function useEvvState() {
  return useQuery({ queryKey: EVV_STATE_KEY, queryFn: () => get('/api/evv/state', evvState) });
}

export function useCases() {
  return useQuery({ queryKey: ['cases'], queryFn: () => get('/api/cases', caseList) });
}

export function useTodayRecords() {
  const today = clock.today();
  return useQuery({ queryKey: ['evv', 'records', today], queryFn: () => get(`/api/evv/records?from=${today}&to=${today}`, evvList) });
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
