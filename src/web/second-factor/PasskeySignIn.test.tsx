// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../contracts/messages/en';
import { SignInPage } from '../auth/SignInPage';
import { enterValue } from '../testing/enter-value';
import { refusal, setUpPageTests, signedInSession, stubServer, writes, type Sent } from '../testing/server';
import { pendingSession, renderWithSession } from './testing';

const startAuthentication = vi.hoisted(() => vi.fn());
vi.mock('@simplewebauthn/browser', () => ({ startAuthentication }));

setUpPageTests();
beforeEach(() => startAuthentication.mockReset());

const assertion = { id: 'abc', rawId: 'abc', type: 'public-key', response: { clientDataJSON: 'e30', authenticatorData: 'AA', signature: 'AA', userHandle: 'dQ' }, clientExtensionResults: {} };

function openSignIn(answer: (request: Sent) => Response | undefined = () => undefined, at = '/sign-in?next=%2Fpayments') {
  const sent = stubServer(answer);
  renderWithSession(
    <>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/payments" element={<h1>Payments</h1>} />
      <Route path="/dashboard" element={<h1>Dashboard</h1>} />
    </>,
    at,
  );
  return sent;
}

const location = () => screen.getByTestId('location').textContent;

describe('"Sign in with a passkey"', () => {
  it('is not offered by a browser without WebAuthn', async () => {
    openSignIn();
    await screen.findByRole('button', { name: 'Sign in' });
    expect(screen.queryByRole('button', { name: 'Sign in with a passkey' })).toBeNull();
  });

  describe('in a browser with WebAuthn', () => {
    beforeEach(() => {
      vi.stubGlobal('PublicKeyCredential', function PublicKeyCredential() {});
    });

    it('signs in with the passkey alone, no ID or password typed, and goes on to `next`', async () => {
      startAuthentication.mockResolvedValue(assertion);
      const sent = openSignIn((request) => {
        if (request.path === '/api/auth/passkey/options') return Response.json({ challengeId: 9, options: { challenge: 'c', allowCredentials: [] } });
        if (request.path === '/api/auth/passkey') return Response.json(signedInSession());
        return undefined;
      });
      const button = await screen.findByRole('button', { name: 'Sign in with a passkey' });
      expect(button.getAttribute('aria-describedby')).toBe('sign-in-passkey-hint');
      fireEvent.click(button);
      await waitFor(() => expect(location()).toBe('/payments'));
      expect(startAuthentication).toHaveBeenCalledWith({ optionsJSON: { challenge: 'c', allowCredentials: [] } });
      expect(writes(sent)).toEqual([
        { method: 'POST', path: '/api/auth/passkey/options', body: {} },
        { method: 'POST', path: '/api/auth/passkey', body: { challengeId: 9, response: assertion } },
      ]);
    });

    it('says a closed or timed-out prompt plainly, and can be tried again', async () => {
      startAuthentication.mockRejectedValueOnce(Object.assign(new Error('The operation either timed out or was not allowed.'), { name: 'NotAllowedError' }));
      openSignIn((request) => (request.path === '/api/auth/passkey/options' ? Response.json({ challengeId: 9, options: {} }) : undefined));
      fireEvent.click(await screen.findByRole('button', { name: 'Sign in with a passkey' }));
      await screen.findByText(/The passkey was not used/);
      expect(location()).toBe('/sign-in?next=%2Fpayments');
      expect((screen.getByRole('button', { name: 'Sign in with a passkey' }) as HTMLButtonElement).disabled).toBe(false);
    });

    it('says a browser that cannot do it, and a passkey the portal does not know', async () => {
      startAuthentication.mockRejectedValueOnce(new Error('WebAuthn is not supported in this browser')).mockResolvedValueOnce(assertion);
      openSignIn((request) => {
        if (request.path === '/api/auth/passkey/options') return Response.json({ challengeId: 9, options: {} });
        if (request.path === '/api/auth/passkey') return refusal(400, 'passkeyNotAccepted');
        return undefined;
      });
      fireEvent.click(await screen.findByRole('button', { name: 'Sign in with a passkey' }));
      await screen.findByText('This browser could not use a passkey. Choose another way to sign in.');
      fireEvent.click(screen.getByRole('button', { name: 'Sign in with a passkey' }));
      await screen.findByText(en.passkeyNotAccepted);
    });

    it('says so when there is no signal, instead of failing silently', async () => {
      openSignIn((request) => (request.path === '/api/auth/passkey/options' ? Promise.reject(new TypeError('Failed to fetch')) as never : undefined));
      fireEvent.click(await screen.findByRole('button', { name: 'Sign in with a passkey' }));
      await screen.findByText('We could not reach the portal. Check your internet connection and try again.');
      expect(startAuthentication).not.toHaveBeenCalled();
    });
  });
});

describe('the password form, for an account with a second factor', () => {
  it('goes on to "Finish signing in", keeping where the sign-in was going', async () => {
    let session = { authenticated: false, csrfToken: 'token', demo: false } as object;
    openSignIn((request) => {
      if (request.path === '/api/session') return Response.json(session);
      if (request.path === '/api/auth/sign-in') {
        session = pendingSession({ methods: ['totp'], preferred: 'totp', textPhone: null });
        return Response.json(session);
      }
      return undefined;
    });
    enterValue(await screen.findByLabelText('Provider ID'), '900000001');
    enterValue(screen.getByLabelText('Password'), 'a long enough passphrase');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { name: 'Finish signing in', level: 1 });
    expect(location()).toBe('/sign-in?next=%2Fpayments');
    expect(screen.getByLabelText('6-digit code')).toBeTruthy();
  });
});
