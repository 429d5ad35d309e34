import { QueryClient, QueryClientProvider, type QueryKey } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeAll, vi } from 'vitest';
import type { SessionState, SessionUser } from '../../contracts/auth';
import { clock } from '../clock';
import { initI18n } from '../i18n';

/** What every page test needs: the English words, and after each test an empty page and the real fetch again. */
export function setUpPageTests() {
  beforeAll(() => initI18n('en', { signedIn: true }));
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });
}

/** One request a page sent, as the server would read it. */
export interface Sent {
  method: string;
  path: string;
  body: unknown;
}

/** The session nobody stubbed: signed out, with the CSRF token every write needs. */
const SIGNED_OUT = { authenticated: false, csrfToken: 'token', demo: false };

/**
 * What a request nobody stubbed gets: the signed-out session for the session's address, and "not found" for any
 * other, as the real server answers an address it does not have. The web trusts an answer's shape (the server sends
 * it through its contract), so a stub must not hand one page's data another address's body.
 */
const unstubbed = (request: Sent) => (request.path === '/api/session' ? Response.json(SIGNED_OUT) : refusal(404, 'notFound'));

/**
 * Stands in for the server in a jsdom test: `answer` replies to each request (or returns nothing for the default
 * above), and every request is kept, in order, in the list returned.
 */
export function stubServer(answer: (request: Sent) => Response | Promise<Response> | undefined = () => undefined): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((path: string, init: RequestInit = {}) => {
      const request = { method: init.method ?? 'GET', path, body: init.body === undefined ? undefined : (JSON.parse(String(init.body)) as unknown) };
      sent.push(request);
      return Promise.resolve(answer(request) ?? unstubbed(request));
    }),
  );
  return sent;
}

/** The session of a signed-in person (a provider of Alameda unless `user` says otherwise), fresh for 15 minutes. */
export function signedInSession(user: Partial<SessionUser> = {}): SessionState {
  const later = (minutes: number) => new Date(clock.now().getTime() + minutes * 60_000).toISOString();
  return {
    authenticated: true,
    csrfToken: 'token',
    demo: false,
    user: {
      id: 7,
      role: 'provider',
      loginId: '900000001',
      firstName: 'Ann',
      lastName: 'Test',
      county: { slug: 'alameda', name: 'Alameda' },
      helpDesk: { phone: '510-555-0100', email: null, hours: null, statewide: false },
      language: 'en',
      ...user,
    },
    idleTimeoutSeconds: 900,
    idleExpiresAt: later(15),
    absoluteExpiresAt: later(720),
    security: { mustAddFactor: false, inviteToAddFactor: false },
  };
}

/** The writes among the requests sent. */
export const writes = (sent: Sent[]) => sent.filter((request) => request.method !== 'GET');

/** The server's plain refusal (errors.ts), naming fields when it is about them. */
export const refusal = (status: number, code: string, fields: { path: string; code: string }[] = []) =>
  Response.json({ error: { code, message: code, fields: fields.map((f) => ({ ...f, message: f.code })) } }, { status });

/** An answer that has not come yet, to see a form while its request is pending. */
export const pending = () => new Promise<Response>(() => undefined);

function Where() {
  const location = useLocation();
  return <p data-testid="location">{location.pathname}</p>;
}

/**
 * Renders a page at `at` (matched by the route `path`), with a fresh query cache; the current path is in the "location" test id.
 * `cache` puts answers in the cache before the page's first render, as fresh, so the page draws them at once without asking
 * the server for them again.
 */
export function renderPage(page: ReactNode, { path = '/', at = path, cache = [] }: { path?: string; at?: string; cache?: [QueryKey, unknown][] } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  for (const [key, data] of cache) {
    client.setQueryDefaults(key, { staleTime: Number.POSITIVE_INFINITY });
    client.setQueryData(key, data);
  }
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[at]}>
        <Routes>
          <Route path={path} element={page} />
          <Route path="*" element={null} />
        </Routes>
        <Where />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return client;
}
