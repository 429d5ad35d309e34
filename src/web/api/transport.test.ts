import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, onApiEvent, onSessionRead, type ApiEvent } from '.';

let tokens = 0;
let sent: { method: string; path: string; csrf: string | undefined }[] = [];

beforeEach(() => {
  sent = [];
  // A server that hands out a new CSRF token with each reading of the session and refuses anything else as signed out.
  vi.stubGlobal(
    'fetch',
    vi.fn((path: string, init: RequestInit) => {
      const headers = init.headers as Record<string, string>;
      sent.push({ method: init.method ?? 'GET', path, csrf: headers['X-CSRF-Token'] });
      if (path === '/api/session') return Promise.resolve(Response.json({ authenticated: false, csrfToken: `token-${++tokens}`, demo: false }));
      if (path === '/api/auth/sign-out') return Promise.resolve(Response.json({ ok: true }));
      return Promise.resolve(Response.json({ error: { code: 'signInRequired', message: 'Sign in' } }, { status: 401 }));
    }),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the session as the route table names it', () => {
  it('reads a new CSRF token before the next write once an endpoint has ended the session', async () => {
    await api.auth.signOut();
    await api.auth.resetStart({ body: { accountType: 'provider', loginId: '900000001', method: 'email' } }).catch(() => undefined);

    expect(sent.map(({ method, path }) => `${method} ${path}`)).toEqual([
      'GET /api/session',
      'POST /api/auth/sign-out',
      'GET /api/session',
      'POST /api/auth/reset/start',
    ]);
    expect(sent[3]!.csrf).not.toBe(sent[1]!.csrf);
  });

  it('hears the session end from a refusal of an endpoint that needs one, not from a sign-in refused', async () => {
    const events: ApiEvent[] = [];
    const stop = onApiEvent((event) => events.push(event));
    await expect(api.auth.signIn({ body: { accountType: 'provider', loginId: '900000001', password: 'wrong password' } })).rejects.toBeInstanceOf(ApiError);
    expect(events.filter((e) => e.type === 'unauthorized')).toEqual([]);

    await expect(api.auth.signInHistory()).rejects.toBeInstanceOf(ApiError);
    expect(events.filter((e) => e.type === 'unauthorized')).toEqual([{ type: 'unauthorized', code: 'signInRequired' }]);
    stop();
  });
});

describe('the session as soon as it is read', () => {
  it('tells who is signed in before the signed-in words have come, so a page can ask for its data meanwhile', async () => {
    const session = { authenticated: true, csrfToken: 'token', demo: false, user: { id: 7, role: 'provider' } };
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(Response.json(session))));
    const heard: string[] = [];
    const stopReading = onSessionRead((state) => heard.push(`read ${state.authenticated ? state.user.id : 'nobody'}`));
    const stopEvents = onApiEvent((event) => heard.push(event.type));
    await api.auth.session();
    stopReading();
    stopEvents();
    expect(heard).toEqual(['read 7', 'session']);
  });
});
