// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { SessionState } from '../../contracts/auth';
import { Layout } from '../components/Layout';
import { setUpPageTests, signedInSession, stubServer } from '../testing/server';
import { renderWithSession } from './testing';

// The add-factor controls are "Sign-in and security"'s (src/web/security), tested there; here, one that adds a factor at once.
vi.mock('../security/AddFactor', () => ({
  AddFactor: ({ onAdded }: { onAdded: () => void }) => (
    <button type="button" onClick={onAdded}>
      Add a factor (stand-in)
    </button>
  ),
}));

setUpPageTests();

const mustAdd = (user: Parameters<typeof signedInSession>[0]): SessionState => {
  const session = signedInSession(user);
  return session.authenticated ? { ...session, security: { mustAddFactor: true, inviteToAddFactor: false } } : session;
};

function openPortal(first: SessionState, at: string) {
  let session = first;
  const sent = stubServer((request) => (request.path === '/api/session' ? Response.json(session) : undefined));
  renderWithSession(
    <Route element={<Layout />}>
      <Route path="/console/cases" element={<h1>Recipients and cases</h1>} />
      <Route path="/dashboard" element={<h1>Hello, Ann</h1>} />
    </Route>,
    at,
  );
  return { sent, added: () => (session = signedInSession(first.authenticated ? first.user : {})) };
}

describe('"Set up a second way to sign in"', () => {
  it('is every page a staff member sees until a factor is added, and says why; then the page asked for shows', async () => {
    const portal = openPortal(mustAdd({ role: 'county_worker', firstName: 'Dana', loginId: 'demo.worker' }), '/console/cases');
    await screen.findByRole('heading', { name: 'Set up a second way to sign in', level: 1 });
    expect(screen.getByText(/County and state staff must use a second way to sign in/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Recipients and cases' })).toBeNull();
    expect(document.title).toBe('Set up a second way to sign in | IHSS Provider Portal');

    portal.added();
    fireEvent.click(screen.getByRole('button', { name: 'Add a factor (stand-in)' }));
    await screen.findByRole('heading', { name: 'Recipients and cases', level: 1 });
    expect(screen.queryByRole('heading', { name: 'Set up a second way to sign in' })).toBeNull();
    expect(portal.sent.filter((r) => r.path === '/api/session')).toHaveLength(2);
  });

  it("names the county whose rule it is for a provider", async () => {
    openPortal(mustAdd({ role: 'provider', county: { slug: 'alameda', name: 'Alameda' } }), '/dashboard');
    await screen.findByRole('heading', { name: 'Set up a second way to sign in', level: 1 });
    expect(screen.getByText('Alameda County requires a second way to sign in for every account.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Hello, Ann' })).toBeNull();
  });

  it('is not shown to a session that has its factor', async () => {
    openPortal(signedInSession({ role: 'county_worker' }), '/console/cases');
    await screen.findByRole('heading', { name: 'Recipients and cases', level: 1 });
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Set up a second way to sign in' })).toBeNull());
  });
});
