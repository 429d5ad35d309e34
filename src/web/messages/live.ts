import { skipToken, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { LiveCounts } from '../../contracts/notifications';
import { useSession } from '../session';
import { api } from '../api';

/**
 * The header's counts, pushed by the event stream (api.events.stream) while someone is signed in. The stream is opened here
 * (once, by the header) and closed at sign-out. Nothing is fetched here when an event arrives: only the
 * person's own actions may keep a session alive. Lists the event makes out of date are only marked stale, so
 * they refresh when the person next opens them; a screen that must show a notification's news at once
 * subscribes with useLiveNotification and refetches with getInBackground, which leaves the idle clock alone.
 */
export function useLiveCounts(): LiveCounts | undefined {
  const { user, expire } = useSession();
  const queryClient = useQueryClient();
  const userId = user?.id ?? null;
  useEffect(() => {
    if (userId === null || typeof EventSource === 'undefined') return;
    const source = new EventSource(api.events.stream.url());
    source.addEventListener('counts', (event) => {
      // The server sends what the counts route answers, from the same function (events/service.ts).
      const counts = JSON.parse((event as MessageEvent<string>).data) as LiveCounts;
      const before = queryClient.getQueryData<LiveCounts>(api.events.counts.key());
      // Cached as the counts route's answer, which is what they are; nothing fetches them (queryFn: skipToken).
      queryClient.setQueryData(api.events.counts.key(), counts);
      // The counts the stream opens with say only what the lists asked for with the page already show: a list is out of
      // date when they change, not then (or the dashboard would ask for its messages twice, issue #13).
      if (before === undefined || JSON.stringify(before) === JSON.stringify(counts)) return;
      void queryClient.invalidateQueries({ queryKey: api.messages.inbox.key(), refetchType: 'none' });
      void queryClient.invalidateQueries({ queryKey: api.notifications.list.key(), refetchType: 'none' });
    });
    source.addEventListener('notification', (event) => {
      const { event: name } = JSON.parse((event as MessageEvent<string>).data) as { event?: string };
      if (name) for (const listener of notificationListeners) listener(name);
    });
    source.addEventListener('signedOut', (event) => {
      source.close();
      const { reason } = JSON.parse((event as MessageEvent<string>).data) as { reason?: string };
      // Timed out: the same page and notice as the idle warning's. Otherwise (signed out elsewhere,
      // deactivated) asking for the session again takes the person to the sign-in page.
      if (reason === 'idle' || reason === 'expired') expire();
      else void queryClient.invalidateQueries({ queryKey: api.auth.session.key() });
    });
    return () => source.close();
  }, [userId, expire, queryClient]);
  return useLatestCounts();
}

type NotificationListener = (event: string) => void;
const notificationListeners = new Set<NotificationListener>();

/** Calls `listener` with the event name (e.g. `timesheet_approved`) of each notification pushed to this person. */
export function useLiveNotification(listener: NotificationListener) {
  // The latest listener is called without resubscribing on every render.
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  }, [listener]);
  useEffect(() => {
    const call: NotificationListener = (event) => latest.current(event);
    notificationListeners.add(call);
    return () => {
      notificationListeners.delete(call);
    };
  }, []);
}

/** The last counts the stream pushed, for screens that offer to show what just arrived. */
export function useLatestCounts(): LiveCounts | undefined {
  return useQuery<LiveCounts>({ queryKey: api.events.counts.key(), queryFn: skipToken }).data;
}
