import { partialMatchKey, useQueryClient, type Query, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { CaseStatusView } from '../../contracts/cases';
import type { EvvRecordView } from '../../contracts/evv';
import type { VisitOccurrence } from '../../contracts/visits';
import { api } from '../api';
import { clock } from '../clock';
import { useSession } from '../session';
import { forgetLastKnown, keepVisits, readLastKnown, saveLastKnown, type LoadedParts } from './offline-store';

const KEPT = { visits: api.visits.occurrences.key(), cases: api.cases.list.key(), evv: api.evv.state.key() };

const isKept = (key: readonly unknown[]) => Object.values(KEPT).some((kept) => partialMatchKey(key, kept));

/** What the cache holds of the kept answers, and when the newest of them arrived (the phone's time). */
export function loadedParts(queryClient: QueryClient): { parts: LoadedParts; receivedAtMs: number } {
  const cache = queryClient.getQueryCache();
  const loaded = (query: Query) => query.state.status === 'success';
  const visits = cache.findAll({ queryKey: KEPT.visits }).filter(loaded).sort((a, b) => a.state.dataUpdatedAt - b.state.dataUpdatedAt);
  const cases = cache.find({ queryKey: KEPT.cases, exact: true });
  const evv = cache.find({ queryKey: KEPT.evv, exact: true });
  const used = [...visits, ...[cases, evv].filter((q): q is Query => q !== undefined && loaded(q))];
  const parts: LoadedParts = {};
  if (visits.length > 0) {
    // Several ranges may be loaded (dashboard, calendar): the newest answer about a visit wins.
    const byVisit = new Map<string, VisitOccurrence>();
    for (const query of visits) for (const v of (query.state.data as { occurrences: VisitOccurrence[] }).occurrences) byVisit.set(`${v.planId}/${v.date}`, v);
    parts.occurrences = [...byVisit.values()];
  }
  if (cases && loaded(cases)) parts.cases = (cases.state.data as { cases: CaseStatusView[] }).cases;
  if (evv && loaded(evv)) parts.open = (evv.state.data as { open: EvvRecordView | null }).open;
  return { parts, receivedAtMs: Math.max(0, ...used.map((q) => q.state.dataUpdatedAt)) };
}

/**
 * Keeps the last known visits (offline-store.ts) in step with the session: updated whenever the server answers about
 * the provider's visits, cases or open check-in, and forgotten the moment the session is known to have ended or to be
 * someone else's. While the session cannot be read at all (no signal), the copy is left as it is: that is when it is
 * needed. Mounted once, for the whole app.
 */
export function OfflineKeeper() {
  const { state } = useSession();
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!state) return;
    if (!state.authenticated || state.user.role !== 'provider') {
      forgetLastKnown();
      return;
    }
    const { user, absoluteExpiresAt } = state;
    const keep = () => {
      const { parts, receivedAtMs } = loadedParts(queryClient);
      const previous = readLastKnown(clock.deviceNow());
      const next = keepVisits(previous, { user, keepUntil: absoluteExpiresAt, receivedAt: new Date(receivedAtMs + clock.offsetMs), skewMs: clock.offsetMs, today: clock.today() }, parts);
      if (next) saveLastKnown(next);
      else forgetLastKnown();
    };
    keep();
    // Answers come in bunches as a page loads: the copy is written once after them, in a task of its own, not inside
    // the one that draws each answer (on a cheap phone, every long task delays the next tap; issue #13).
    let pending: ReturnType<typeof setTimeout> | null = null;
    const stop = queryClient.getQueryCache().subscribe((event) => {
      if (pending !== null || event.type !== 'updated' || event.action.type !== 'success' || !isKept(event.query.queryKey)) return;
      pending = setTimeout(() => {
        pending = null;
        keep();
      });
    });
    return () => {
      stop();
      if (pending !== null) clearTimeout(pending);
    };
  }, [state, queryClient]);

  return null;
}
