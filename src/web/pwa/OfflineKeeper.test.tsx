// @vitest-environment jsdom
import { screen, fireEvent } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api';
import { clock } from '../clock';
import { SessionProvider, useSession } from '../session';
import { activeCase } from '../testing/cases';
import { renderPage, setUpPageTests, signedInSession, stubServer } from '../testing/server';
import { OfflineKeeper } from './OfflineKeeper';
import { LAST_KNOWN_KEY, type LastKnownVisits } from './offline-store';

setUpPageTests();
afterEach(() => localStorage.clear());

const elena = activeCase('9000001');
const kept = () => JSON.parse(localStorage.getItem(LAST_KNOWN_KEY) ?? 'null') as LastKnownVisits | null;

function SignOut() {
  const { user, signOut } = useSession();
  return user ? (
    <button type="button" onClick={() => void signOut()}>
      Sign out
    </button>
  ) : null;
}

function Unreadable() {
  return useSession().loadFailed ? <p>The session could not be read</p> : null;
}

function renderKeeper(answer: Parameters<typeof stubServer>[0]) {
  stubServer(answer);
  return renderPage(
    <SessionProvider>
      <OfflineKeeper />
      <SignOut />
    </SessionProvider>,
    { path: '*', at: '/dashboard' },
  );
}

describe('the last known visits, kept in step with the session', () => {
  it('are kept when a provider’s cases arrive, and forgotten at sign-out', async () => {
    const client = renderKeeper((request) => {
      if (request.path === '/api/session') return Response.json(signedInSession({ id: 7 }));
      if (request.path === '/api/auth/sign-out') return Response.json({ ok: true });
      return undefined;
    });
    await screen.findByRole('button', { name: 'Sign out' });
    client.setQueryData(api.cases.list.key(), { month: elena.month, cases: [elena] });
    await vi.waitFor(() => expect(kept()).toEqual(expect.objectContaining({ userId: 7, recipients: [{ caseNumber: '9000001', name: 'Elena R.' }] })));

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await vi.waitFor(() => expect(kept()).toBeNull());
  });

  it('are forgotten when the phone learns the session ended while it was away', async () => {
    localStorage.setItem(LAST_KNOWN_KEY, JSON.stringify({ version: 1, userId: 7, firstName: 'Ann', keepUntil: '2999-01-01T00:00:00Z', updatedAt: clock.now().toISOString(), skewMs: 0, visits: [] }));
    renderKeeper(() => undefined);
    await vi.waitFor(() => expect(kept()).toBeNull());
  });

  it('are forgotten when someone else signs in, and never kept for staff', async () => {
    localStorage.setItem(LAST_KNOWN_KEY, JSON.stringify({ version: 1, userId: 7, firstName: 'Ann', keepUntil: '2999-01-01T00:00:00Z', updatedAt: clock.now().toISOString(), skewMs: 0, visits: [] }));
    const client = renderKeeper((request) => (request.path === '/api/session' ? Response.json(signedInSession({ id: 30, role: 'county_worker' })) : undefined));
    await vi.waitFor(() => expect(kept()).toBeNull());
    client.setQueryData(api.cases.list.key(), { month: elena.month, cases: [elena] });
    expect(kept()).toBeNull();
  });

  it('are left as they are while the session cannot be read at all (no signal)', async () => {
    const copy = { version: 1, userId: 7, firstName: 'Ann', keepUntil: '2999-01-01T00:00:00Z', updatedAt: clock.now().toISOString(), skewMs: 0, visits: [] };
    localStorage.setItem(LAST_KNOWN_KEY, JSON.stringify(copy));
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    renderPage(
      <SessionProvider>
        <OfflineKeeper />
        <Unreadable />
      </SessionProvider>,
      { path: '*', at: '/dashboard' },
    );
    await screen.findByText('The session could not be read');
    expect(kept()).toEqual(copy);
  });
});
