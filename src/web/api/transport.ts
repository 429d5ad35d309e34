import type { SessionState } from '../../contracts/auth';
import type { ApiError as ApiErrorBody } from '../../contracts/common';
import { needsSession } from '../../contracts/endpoint';
import { addresses } from './addresses';
import { clock } from '../clock';
import { currentLanguage, ensureSignedInWords } from '../i18n';

export interface FieldIssue {
  path: string;
  code: string;
  message: string;
  params?: Record<string, unknown>;
}

/** An answer other than 2xx, or no answer at all (code "offline"). `code` is a key of the shared message catalogue. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly params: Record<string, unknown> = {},
    readonly fields: FieldIssue[] = [],
    /** The whole error object, for answers with extra fields (e.g. lockedUntil on 423). */
    readonly detail: Record<string, unknown> = {},
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** No answer at all: the request never reached the server, or its answer never came back. */
export const noAnswer = () => new ApiError(0, 'offline', 'Network error');

/** What the session layer needs to hear about every exchange, to keep the idle timer right. */
export type ApiEvent =
  | { type: 'session'; state: SessionState; serverNow: number | null; receivedAt: number }
  | { type: 'activity'; receivedAt: number }
  | { type: 'unauthorized'; code: string };

type Listener = (event: ApiEvent) => void;
const listeners = new Set<Listener>();

export function onApiEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let lastSession: Extract<ApiEvent, { type: 'session' }> | null = null;

/**
 * The last session answer, for a listener that came after it: main.tsx asks for the session before anything is drawn,
 * so the answer can arrive before the component that keeps the session (session.tsx) is there to hear it.
 */
export function lastSessionAnswer() {
  return lastSession;
}

const readers = new Set<(state: SessionState) => void>();

/**
 * Hears each session answer as soon as it is read. `session` comes later for someone signed in: once the signed-in
 * words have come too, so that no page shows without them. What needs only who is signed in, a page's data
 * (components/RequireAuth.tsx), is asked for here instead, beside those words rather than after them.
 */
export function onSessionRead(reader: (state: SessionState) => void): () => void {
  readers.add(reader);
  return () => readers.delete(reader);
}

function emit(event: ApiEvent) {
  if (event.type === 'session') lastSession = event;
  for (const listener of listeners) listener(event);
}

/** Bound to the session on the server (plugins/csrf.ts): it changes at sign-in and sign-out. */
let csrfToken: string | null = null;

interface RequestOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  /** The entry answers with the session's state (addresses.ts): its CSRF token and idle clock are taken from it. */
  answersSession?: boolean;
  /**
   * A refetch a server push caused, not the person: the server checks the session without restarting its
   * idle clock, and no activity is reported here either, so an idle person is still signed out.
   */
  background?: boolean;
  /**
   * The entry's needsSession (contracts/endpoint.ts): false for endpoints that need no session, whose answers neither
   * extend the idle clock nor, when 401, mean that the session ended.
   */
  readsSession: boolean;
  /** The entry's endsSession: its answer leaves the CSRF token held here stale. */
  endsSession?: boolean;
}

export async function request<T = unknown>(path: string, options: RequestOptions): Promise<T> {
  const method = options.method ?? 'GET';
  if (method !== 'GET' && csrfToken === null) await fetchSession();
  const background = options.background === true;
  const session = options.readsSession;
  let response = await send(path, method, options.body, background);
  if (response.status === 403 && method !== 'GET' && (await errorCode(response)) === 'csrf') {
    // The token went stale (e.g. cookies were cleared): fetch a fresh one and try once more.
    await fetchSession();
    response = await send(path, method, options.body, background);
  }
  const receivedAt = clock.deviceNow();
  const serverNow = serverClock(response);
  // Every answer, a refusal too, keeps the web app's clock in step with the server's (clock.ts).
  if (serverNow !== null) clock.learnServerTime(serverNow, receivedAt);
  if (!response.ok) throw await toApiError(response, session);

  // Ending the session (sign-out) renews the server's CSRF cookie and answers without a token: the next write fetches a new one first.
  if (options.endsSession) csrfToken = null;
  const body: unknown = response.status === 204 ? null : await response.json();
  if (options.answersSession) {
    const state = body as SessionState;
    for (const reader of readers) reader(state);
    // No page behind sign-in shows before its words are here; without them (no signal) it shows what it can.
    if (state.authenticated) await ensureSignedInWords(state.user.role).catch(() => undefined);
    // Sign-in answers with the token bound to the new session; the one from before stops working.
    csrfToken = state.csrfToken;
    emit({ type: 'session', state, serverNow, receivedAt });
  } else if (session && !background) {
    emit({ type: 'activity', receivedAt });
  }
  return body as T;
}

/** Reads the session for the CSRF token a write needs, through the same entry as the web's api.auth.session. */
function fetchSession() {
  const entry = addresses.auth.session;
  return request(entry.path, { answersSession: true, readsSession: needsSession(entry) });
}

async function send(path: string, method: string, body: unknown, background: boolean): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLanguage() };
  if (background) headers['X-Background-Refresh'] = '1';
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw noAnswer();
  }
}

/** The server's clock from the Date header, so deadlines and "today" survive a phone whose clock is wrong. */
function serverClock(response: Response): number | null {
  const date = response.headers.get('Date');
  const ms = date ? Date.parse(date) : Number.NaN;
  return Number.isFinite(ms) ? ms : null;
}

/**
 * The server's error body (contracts/common.ts), or null for anything else: a proxy's HTML page, an empty body. The
 * server's own refusals are serialized through that contract, so its two strings are all the web checks.
 */
function errorBody(raw: unknown): ApiErrorBody['error'] | null {
  const error = typeof raw === 'object' && raw !== null ? (raw as { error?: unknown }).error : undefined;
  if (typeof error !== 'object' || error === null) return null;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return typeof code === 'string' && typeof message === 'string' ? (error as ApiErrorBody['error']) : null;
}

async function errorCode(response: Response): Promise<string | undefined> {
  return errorBody(await response.clone().json().catch(() => null))?.code;
}

async function toApiError(response: Response, readsSession: boolean): Promise<ApiError> {
  const body = errorBody(await response.json().catch(() => null));
  const retryAfter = Number(response.headers.get('Retry-After'));
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null;
  const error = body
    ? new ApiError(response.status, body.code, body.message, body.params ?? {}, body.fields ?? [], body, retryAfterSeconds)
    : new ApiError(response.status, response.status >= 500 ? 'internal' : 'badRequest', response.statusText);
  if (response.status === 401 && readsSession) emit({ type: 'unauthorized', code: error.code });
  return error;
}
