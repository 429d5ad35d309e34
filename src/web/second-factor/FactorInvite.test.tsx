// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { SessionState } from '../../contracts/auth';
import { en } from '../../contracts/messages/en';
import { refusal, setUpPageTests, signedInSession, stubServer, writes, type Sent } from '../testing/server';
import { FactorInvite } from './FactorInvite';
import { renderWithSession } from './testing';

setUpPageTests();

const invited = (invite: boolean): SessionState => {
  const session = signedInSession();
  return session.authenticated ? { ...session, security: { mustAddFactor: false, inviteToAddFactor: invite } } : session;
};

const INVITATION = { name: 'Protect your account with a second way to sign in' };

function openDashboard(session: SessionState, answer: (request: Sent) => Response | undefined = () => undefined) {
  const sent = stubServer((request) => (request.path === '/api/session' ? Response.json(session) : answer(request)));
  renderWithSession(
    <Route
      path="/dashboard"
      element={
        <>
          <h1>Hello, Ann</h1>
          <FactorInvite />
        </>
      }
    />,
    '/dashboard',
  );
  return sent;
}

describe('the invitation to add a second factor', () => {
  it('offers "Set up now" on "Sign-in and security", and "Not now", which the server keeps for 30 days', async () => {
    const sent = openDashboard(invited(true), (request) => (request.path === '/api/me/second-factor-invite/skip' ? Response.json({ ok: true }) : undefined));
    expect(await screen.findByRole('region', INVITATION)).toBeTruthy();
    expect(screen.getByRole('heading', { ...INVITATION, level: 2 })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Set up now' }).getAttribute('href')).toBe('/profile/security');

    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(screen.queryByRole('region', INVITATION)).toBeNull());
    expect(writes(sent)).toEqual([{ method: 'POST', path: '/api/me/second-factor-invite/skip', body: {} }]);
    // The session is not read again for it: that would count as activity.
    expect(sent.filter((r) => r.path === '/api/session')).toHaveLength(1);
  });

  it('stays, and says why, when "Not now" fails', async () => {
    openDashboard(invited(true), (request) => (request.path === '/api/me/second-factor-invite/skip' ? refusal(500, 'internal') : undefined));
    fireEvent.click(await screen.findByRole('button', { name: 'Not now' }));
    await screen.findByText(en.internal);
    expect(screen.getByRole('link', { name: 'Set up now' })).toBeTruthy();
  });

  it('is not shown once skipped, or to someone who has a factor', async () => {
    openDashboard(invited(false));
    await screen.findByRole('heading', { name: 'Hello, Ann' });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('region', INVITATION)).toBeNull();
  });
});
