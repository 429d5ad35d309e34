import { hashKey, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { SessionState, SessionUser } from '../contracts/auth';
import { api, ApiError, lastSessionAnswer, onApiEvent, type ApiEvent } from './api';
import { afterActivity, deadlinesFromSession, type Deadlines } from './idle';

type EndReason = 'expired' | 'signedOut' | 'required';

/**
 * Where a person goes when their session ends, and what the sign-in page then says. Both the session
 * (which navigates) and RequireAuth (which redirects a private page that just lost its user) use it, so
 * whichever acts first, the person lands on the same page with the same notice.
 */
export function signInRouteAfter(reason: 'expired' | 'signedOut') {
  return reason === 'expired'
    ? { to: '/sign-in?reason=expired', state: null }
    : { to: '/sign-in', state: { notice: 'signedOut' } };
}

interface SessionContextValue {
  /** Undefined until the first answer of api.auth.session. */
  state: SessionState | undefined;
  loadFailed: boolean;
  user: SessionUser | null;
  /** Demo mode: the console shows its demo buttons. */
  demo: boolean;
  /** How the last session ended in this tab, until someone signs in again. */
  ended: 'expired' | 'signedOut' | null;
  deadlines: Deadlines | null;
  signOut(): Promise<void>;
  keepAlive(): Promise<void>;
  /** The idle deadline passed: forget everything private and go to the sign-in page. */
  expire(): void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/** Tabs of the same browser share one session cookie, so they tell each other about activity and sign-outs. */
type TabMessage = { type: 'activity'; idleAt: number } | { type: 'signed-out' } | { type: 'signed-in' };

function openChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('ihss.session');
}

/** The session as the web app reads it: on purpose only, because every read restarts its idle clock on the server. */
export function sessionQuery() {
  return { ...api.auth.session.query(), staleTime: Number.POSITIVE_INFINITY, retry: 1 };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const query = useQuery(sessionQuery());
  const [deadlines, setDeadlinesState] = useState<Deadlines | null>(null);
  // Mirrors the state so event handlers read the latest deadlines without re-subscribing.
  const deadlinesRef = useRef<Deadlines | null>(null);
  const setDeadlines = useCallback((next: Deadlines | null) => {
    deadlinesRef.current = next;
    setDeadlinesState(next);
  }, []);
  const channel = useRef<BroadcastChannel | null>(null);
  const signedInAs = useRef<number | null>(null);
  const [ended, setEnded] = useState<'expired' | 'signedOut' | null>(null);
  // navigate changes with every page; read through a ref so the listeners below are set up once.
  const navigateRef = useRef(navigate);
  useEffect(() => {
    navigateRef.current = navigate;
  }, [navigate]);

  const end = useCallback(
    (reason: EndReason) => {
      if (reason !== 'required') {
        const { to, state } = signInRouteAfter(reason);
        navigateRef.current(to, { replace: true, state });
        setEnded(reason);
      }
      signedInAs.current = null;
      setDeadlines(null);
      queryClient.setQueryData<SessionState>(api.auth.session.key(), (old) => ({ authenticated: false, csrfToken: old?.csrfToken ?? '', demo: old?.demo ?? false }));
      // Nothing private stays in memory once the person is gone.
      const session = hashKey(api.auth.session.key());
      queryClient.removeQueries({ predicate: (q) => q.queryHash !== session });
    },
    [queryClient, setDeadlines],
  );

  useEffect(() => {
    const tabs = openChannel();
    channel.current = tabs;
    const share = (message: TabMessage) => tabs?.postMessage(message);

    const onEvent = (event: ApiEvent) => {
      if (event.type === 'session') {
        queryClient.setQueryData(api.auth.session.key(), event.state);
        if (!event.state.authenticated) {
          signedInAs.current = null;
          setDeadlines(null);
          return;
        }
        const next = deadlinesFromSession(event.state, event.serverNow, event.receivedAt);
        setDeadlines(next);
        setEnded(null);
        if (signedInAs.current !== event.state.user.id) share({ type: 'signed-in' });
        signedInAs.current = event.state.user.id;
        share({ type: 'activity', idleAt: next.idleAt });
      } else if (event.type === 'activity') {
        const d = deadlinesRef.current;
        if (!d) return;
        const next = afterActivity(d, event.receivedAt);
        if (next.idleAt === d.idleAt) return;
        setDeadlines(next);
        share({ type: 'activity', idleAt: next.idleAt });
      } else {
        end(event.code === 'sessionExpired' ? 'expired' : 'required');
      }
    };
    const stopApi = onApiEvent(onEvent);
    // The answer main.tsx asked for may have come before this listened: it is heard now, if it is still the session
    // the page holds (the same answer, not an older one).
    const early = lastSessionAnswer();
    if (early && queryClient.getQueryData(api.auth.session.key()) === early.state) onEvent(early);

    if (tabs) {
      tabs.onmessage = (e: MessageEvent<TabMessage>) => {
        const message = e.data;
        const d = deadlinesRef.current;
        if (message.type === 'activity') {
          if (d && message.idleAt > d.idleAt) setDeadlines({ ...d, idleAt: message.idleAt });
        } else if (message.type === 'signed-out') {
          if (signedInAs.current !== null) end('signedOut');
        } else {
          void queryClient.invalidateQueries({ queryKey: api.auth.session.key() });
        }
      };
    }
    return () => {
      stopApi();
      tabs?.close();
      channel.current = null;
    };
  }, [end, queryClient, setDeadlines]);

  const signOut = useCallback(async () => {
    await api.auth.signOut();
    channel.current?.postMessage({ type: 'signed-out' } satisfies TabMessage);
    end('signedOut');
  }, [end]);

  const keepAlive = useCallback(async () => {
    try {
      await api.auth.keepAlive();
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) end('expired');
      else throw error;
    }
  }, [end]);

  const expire = useCallback(() => {
    // The server ends an idle session by itself; telling it now also ends one this tab estimated early.
    api.auth.signOut().catch(() => undefined);
    end('expired');
  }, [end]);

  const value = useMemo<SessionContextValue>(
    () => ({
      state: query.data,
      loadFailed: query.isError && query.data === undefined,
      user: query.data?.authenticated ? query.data.user : null,
      demo: query.data?.demo ?? false,
      ended,
      deadlines,
      signOut,
      keepAlive,
      expire,
    }),
    [query.data, query.isError, ended, deadlines, signOut, keepAlive, expire],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}
