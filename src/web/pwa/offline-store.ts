import type { SessionUser } from '../../contracts/auth';
import type { CaseStatusView } from '../../contracts/cases';
import type { EvvRecordView } from '../../contracts/evv';
import type { VisitOccurrence } from '../../contracts/visits';
import { addDays, type IsoDate } from '../../domain/calendar';
import { checkInCases } from '../evv/state';

/**
 * The last known visits of a provider, kept on the phone so that the portal, opened with no signal, still shows them
 * and lets the provider check in and out (issue #13). Everything else private stays in memory only (main.tsx).
 *
 * The privacy choice, the narrowest that does the job:
 * - Only a provider's, only what the check-in page shows: the visits of today and the next 7 days (date, times, check-in
 *   state), the recipients they check in with, and the visit in progress, with each recipient as first name and last
 *   initial and the case number a tap needs. No address, no diagnosis, no hours or pay, no other person's data.
 * - Forgotten when the session ends (sign-out, expiry, another person signing in: OfflineKeeper), and never shown after
 *   the session's absolute limit, even if the phone was never online again to learn that it ended.
 * - In localStorage of the portal's origin, like the taps waiting to be sent (evv/queue.ts). API answers themselves are
 *   never stored: they carry `Cache-Control: no-store` and the service worker never caches /api (plugin.ts).
 */

export const LAST_KNOWN_KEY = 'ihss.offline.visits';

/** The days after today whose visits are kept: what the dashboard lists. */
export const KEPT_DAYS = 7;

export interface KeptVisit {
  planId: number;
  caseNumber: string;
  date: IsoDate;
  startTime: string;
  endTime: string;
  /** First name and last initial. */
  name: string;
  checkedIn: boolean;
  checkedOut: boolean;
}

export interface KeptRecipient {
  caseNumber: string;
  name: string;
}

export interface KeptOpenVisit {
  caseNumber: string;
  name: string;
  since: string;
  locationType: 'home' | 'community';
}

export interface LastKnownVisits {
  version: 1;
  /** The provider's account: only their taps are made from this copy, and only their session sends them. */
  userId: number;
  firstName: string;
  /** The session's absolute limit: past it, the copy is dropped unread. */
  keepUntil: string;
  /** When the server last said any of it (server time). */
  updatedAt: string;
  /** The server's clock minus the phone's, as last learned (clock.ts): offline taps are stamped in the server's time. */
  skewMs: number;
  /** Each part is missing until its page was loaded once. */
  visits?: KeptVisit[];
  recipients?: KeptRecipient[];
  open?: KeptOpenVisit | null;
}

/** What the web app's cache holds from the server, each part only if loaded. */
export interface LoadedParts {
  occurrences?: readonly VisitOccurrence[];
  cases?: readonly CaseStatusView[];
  open?: EvvRecordView | null;
}

export interface Keeper {
  user: SessionUser;
  keepUntil: string;
  /** When the newest of the parts arrived, in server time. */
  receivedAt: Date;
  skewMs: number;
  today: IsoDate;
}

export const shortName = (person: { firstName: string; lastName: string }) =>
  person.lastName ? `${person.firstName} ${person.lastName.slice(0, 1)}.` : person.firstName;

/**
 * The copy after the server said `loaded`: its parts replace those kept, the others stay. Nothing for anyone but a
 * provider, and a copy of another account is never merged into.
 */
export function keepVisits(previous: LastKnownVisits | null, keeper: Keeper, loaded: LoadedParts): LastKnownVisits | null {
  const { user } = keeper;
  if (user.role !== 'provider') return null;
  const base = previous?.userId === user.id ? previous : null;
  if (loaded.occurrences === undefined && loaded.cases === undefined && loaded.open === undefined) return base;
  const last = addDays(keeper.today, KEPT_DAYS);
  const next: LastKnownVisits = {
    version: 1,
    userId: user.id,
    firstName: user.firstName,
    keepUntil: keeper.keepUntil,
    updatedAt: keeper.receivedAt.toISOString(),
    skewMs: keeper.skewMs,
  };
  const visits =
    loaded.occurrences
      ?.filter((v) => v.date >= keeper.today && v.date <= last)
      .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime))
      .map((v) => ({
        planId: v.planId,
        caseNumber: v.caseNumber,
        date: v.date,
        startTime: v.startTime,
        endTime: v.endTime,
        name: shortName(v.recipient),
        checkedIn: v.checkedIn,
        checkedOut: v.checkedOut,
      })) ?? base?.visits;
  const recipients = loaded.cases ? checkInCases(loaded.cases).map((c) => ({ caseNumber: c.caseNumber, name: shortName(c.recipient) })) : base?.recipients;
  const open =
    loaded.open === undefined
      ? base?.open
      : loaded.open && loaded.open.checkInAt
        ? { caseNumber: loaded.open.caseNumber, name: shortName(loaded.open.recipient), since: loaded.open.checkInAt, locationType: loaded.open.locationType }
        : null;
  if (visits) next.visits = visits;
  if (recipients) next.recipients = recipients;
  if (open !== undefined) next.open = open;
  return next;
}

function isLastKnown(value: unknown): value is LastKnownVisits {
  const v = value as Partial<LastKnownVisits> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.version === 1 &&
    typeof v.userId === 'number' &&
    typeof v.firstName === 'string' &&
    typeof v.keepUntil === 'string' &&
    typeof v.updatedAt === 'string' &&
    typeof v.skewMs === 'number' &&
    (v.visits === undefined || Array.isArray(v.visits)) &&
    (v.recipients === undefined || Array.isArray(v.recipients))
  );
}

/** Storage can be switched off (private browsing, strict settings): the portal then simply keeps nothing. */
function browserStorage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

/**
 * The copy on this phone, if there is one still within its session's limit; an outdated one is dropped. The limit is
 * in server time, so the phone's own time `deviceNowMs` is moved by the skew the copy was kept with.
 */
export function readLastKnown(deviceNowMs: number, storage = browserStorage()): LastKnownVisits | null {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(storage?.getItem(LAST_KNOWN_KEY) ?? 'null');
  } catch {
    // An unreadable copy is as good as none.
  }
  if (isLastKnown(parsed) && Date.parse(parsed.keepUntil) > deviceNowMs + parsed.skewMs) return parsed;
  if (parsed !== null) forgetLastKnown(storage);
  return null;
}

export function saveLastKnown(value: LastKnownVisits, storage = browserStorage()) {
  try {
    storage?.setItem(LAST_KNOWN_KEY, JSON.stringify(value));
  } catch {
    // Full or switched off: the copy is a convenience, the app works without it.
  }
}

export function forgetLastKnown(storage = browserStorage()) {
  try {
    storage?.removeItem(LAST_KNOWN_KEY);
  } catch {
    // Nothing kept where storage is off.
  }
}
