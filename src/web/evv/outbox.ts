import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { z } from 'zod';
import type { CheckInRequest, CheckOutRequest, EvvRecordView, evvState } from '../../contracts/evv';
import { clock } from '../clock';
import { useSession } from '../session';
import { askLocation } from './location';
import { backoffSeconds, browserTapStore, isDefinitive, TapQueue, type QueuedTap, type SendResult, type TapKind } from './queue';
import { api, groupKey, ApiError } from '../api';

type EvvStateData = z.infer<typeof evvState>;

/**
 * The one outbox of this tab, over the phone's durable storage, and the React side of it: the taps waiting
 * to be sent, making a tap, and the sender that runs while a provider is signed in.
 */

let snapshot: readonly QueuedTap[] = [];
const listeners = new Set<() => void>();
/** Taps whose location question is still open in this tab (any other tab's was lost with it). */
const locatingHere = new Set<string>();

/** Puts the server's answer on screen before the tap leaves the outbox, so the page never flickers between them. */
let onRecorded: ((tap: QueuedTap, record: EvvRecordView) => void) | null = null;

async function sendTap(tap: QueuedTap): Promise<SendResult> {
  try {
    const record = await (tap.kind === 'check-in' ? api.evv.checkIn({ body: tap.body as CheckInRequest }) : api.evv.checkOut({ body: tap.body }));
    onRecorded?.(tap, record);
    return { outcome: 'sent' };
  } catch (error) {
    if (error instanceof ApiError && isDefinitive(error.status)) {
      return { outcome: 'refused', refusal: { status: error.status, code: error.code, params: error.params, message: error.message } };
    }
    return { outcome: 'retry' };
  }
}

let queue: Promise<TapQueue> | null = null;
function outbox(): Promise<TapQueue> {
  queue ??= browserTapStore().then((store) => new TapQueue(store, sendTap, () => void refresh()));
  return queue;
}

async function refresh() {
  snapshot = await (await outbox()).list();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (listeners.size === 1) void refresh();
  return () => listeners.delete(listener);
}

/**
 * The signed-in person's taps still on this device (or `userId`'s, where no one is signed in: the last known visits,
 * offline): waiting to be sent, or refused and not yet dismissed.
 */
export function useQueuedTaps(userId?: number): QueuedTap[] {
  const { user } = useSession();
  const all = useSyncExternalStore(subscribe, () => snapshot);
  const owner = userId ?? user?.id;
  return all.filter((tap) => tap.userId === owner);
}

/**
 * Every tap on this device still waiting to be sent, whoever made it: for the sign-in page (no one is signed in) and
 * for the warning that another account's tap is kept here. Only its own account's session ever sends a tap (EvvSender).
 */
export function useWaitingTapsOnDevice(): QueuedTap[] {
  const all = useSyncExternalStore(subscribe, () => snapshot);
  return all.filter((tap) => !tap.refusal);
}

export async function dismissTap(key: string) {
  await (await outbox()).dismiss(key);
}

let wake: (() => void) | null = null;

/** Tries to send now (after a tap, or when the person asks), rather than at the next retry. */
export function sendWaitingTaps() {
  wake?.();
}

/** The moment of the tap as an instant: when the person tapped, not when the tap reached the server. */
function deviceInstant(at: Date): string {
  return at.toISOString();
}

/** A key made once per tap (or correction); randomUUID needs a secure context, which a phone on plain http may lack. */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface TapInput {
  kind: TapKind;
  userId: number;
  caseNumber: string;
  recipientName: string;
  locationType: 'home' | 'community';
}

/**
 * A check-in or check-out: its time and key are fixed now, it is stored before anything else, then (for a
 * Home visit) the phone is asked for its location once, then it is sent. Resolves when it is stored and
 * its location question settled, whether or not it could be sent yet.
 */
export async function recordTap(input: TapInput): Promise<{ key: string; tappedAt: string }> {
  const key = newKey();
  // The phone's time plus the skew last learned from the server (clock.ts): a tap kept offline on a phone whose
  // clock is wrong still records when it happened, in the server's time, which is how the server reads it.
  const tappedAt = deviceInstant(clock.now());
  const home = input.locationType === 'home';
  const common = { idempotencyKey: key, caseNumber: input.caseNumber, tappedAt };
  // Until the phone answers, the tap counts as "no fix": that is what is sent if the question never ends.
  const body: CheckInRequest | CheckOutRequest =
    input.kind === 'check-in'
      ? { ...common, locationType: input.locationType, ...(home ? { locationStatus: 'unavailable' as const } : {}) }
      : { ...common, ...(home ? { locationStatus: 'unavailable' as const } : {}) };
  const q = await outbox();
  if (home) locatingHere.add(key);
  await q.enqueue({ key, userId: input.userId, kind: input.kind, recipientName: input.recipientName, locating: home, body });
  if (home) {
    const location = await askLocation();
    await q.update(key, { locating: false, body: { ...body, ...location } });
    locatingHere.delete(key);
  }
  sendWaitingTaps();
  return { key, tappedAt };
}

/**
 * A check-in or check-out button's tap (recordTap), one at a time per kind: a doubled punch is a visit recorded twice,
 * so a second press is dropped at once, before the disabled button is drawn (a mutation's state reaches the screen a
 * task after it starts). It runs offline too: the tap goes to the phone's storage, not to the network.
 */
export function useTap(kind: TapKind, onRecorded: (tap: { tappedAt: string; recipientName: string }) => void) {
  const queryClient = useQueryClient();
  const mutationKey = ['evv-tap', kind];
  const tap = useMutation({
    mutationKey,
    networkMode: 'always',
    mutationFn: (input: Omit<TapInput, 'kind'>) => recordTap({ ...input, kind }),
    onSuccess: ({ tappedAt }, { recipientName }) => onRecorded({ tappedAt, recipientName }),
  });
  const record = (input: Omit<TapInput, 'kind'>) => {
    if (queryClient.isMutating({ mutationKey }) === 0) tap.mutate(input);
  };
  return { record, isPending: tap.isPending };
}

/**
 * Sends the signed-in provider's waiting taps: at once, when the connection returns, when the page is shown
 * again, and on a growing delay while they keep failing. Mounted once, for the whole app.
 */
export function EvvSender() {
  const { user } = useSession();
  const queryClient = useQueryClient();
  const userId = user?.role === 'provider' ? user.id : null;

  const afterSend = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: groupKey('evv') });
    void queryClient.invalidateQueries({ queryKey: groupKey('dashboard') });
    void queryClient.invalidateQueries({ queryKey: groupKey('visits') });
  }, [queryClient]);

  useEffect(() => {
    if (userId === null) return;
    onRecorded = (tap, record) => {
      // A tap that arrived late may belong to an earlier visit than the open one: only its own visit changes here.
      const open = (old: EvvStateData['open']) => {
        if (tap.kind === 'check-in') {
          const stillOpen = record.checkOutAt === null && !record.flags.includes('missing_check_out');
          return stillOpen && !(old?.checkInAt && old.checkInAt > record.checkInAt!) ? record : old;
        }
        return old?.id === record.id ? null : old;
      };
      queryClient.setQueryData<EvvStateData>(api.evv.state.key(), (old) => old && { ...old, open: open(old.open) });
    };
    let failures = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;

    const run = async () => {
      clearTimeout(timer);
      const q = await outbox();
      await q.settleAbandoned(userId, locatingHere);
      const before = (await q.list(userId)).filter((t) => !t.refusal).length;
      const done = await q.flush(userId);
      const after = (await q.list(userId)).filter((t) => !t.refusal).length;
      if (after < before) afterSend();
      if (stopped) return;
      if (done) {
        failures = 0;
      } else {
        failures += 1;
        timer = setTimeout(() => void run(), backoffSeconds(failures) * 1000);
      }
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') void run();
    };
    const onOnline = () => void run();
    wake = onOnline;
    window.addEventListener('online', onOnline);
    document.addEventListener('visibilitychange', onVisible);
    void run();
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onVisible);
      if (wake === onOnline) wake = null;
      onRecorded = null;
    };
  }, [userId, afterSend, queryClient]);

  return null;
}
