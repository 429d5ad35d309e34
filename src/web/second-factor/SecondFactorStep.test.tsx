// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../contracts/messages/en';
import { SignInPage } from '../auth/SignInPage';
import { enterValue } from '../testing/enter-value';
import { pending, refusal, setUpPageTests, signedInSession, stubServer, writes, type Sent } from '../testing/server';
import { pendingSession, renderWithSession } from './testing';

const startAuthentication = vi.hoisted(() => vi.fn());
vi.mock('@simplewebauthn/browser', () => ({ startAuthentication }));

setUpPageTests();
beforeEach(() => startAuthentication.mockReset());

const ALL = { methods: ['totp', 'sms', 'passkey', 'recovery_code'] as const, textPhone: '(•••) •••-0123' };

/** The sign-in page with a pending session, as after a right password; `answer` stands in for the second-factor routes. */
function openStep(secondFactor: Parameters<typeof pendingSession>[0], answer: (request: Sent) => Response | Promise<Response> | undefined = () => undefined) {
  const sent = stubServer((request) => (request.path === '/api/session' ? Response.json(pendingSession(secondFactor)) : answer(request)));
  renderWithSession(
    <>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/timesheets" element={<h1>Timesheets</h1>} />
    </>,
    '/sign-in?next=%2Ftimesheets',
  );
  return sent;
}

const location = () => screen.getByTestId('location').textContent;

describe('"Finish signing in"', () => {
  it('asks for the factor used last, with a one-time-code field, and lists the other ways', async () => {
    openStep({ ...ALL, methods: [...ALL.methods], preferred: 'totp' });
    const title = await screen.findByRole('heading', { name: 'Finish signing in', level: 1 });
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(screen.getByRole('heading', { name: 'Enter the code from your authenticator app', level: 2 })).toBeTruthy();
    const code = screen.getByLabelText('6-digit code');
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(code.getAttribute('inputmode')).toBe('numeric');
    expect(code.getAttribute('aria-describedby')).toContain('second-factor-totp-hint');
    // jsdom has no WebAuthn, so the passkey is not offered there.
    const others = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(others).toEqual(['Get a code by text message', 'Use a recovery code']);
    expect(screen.queryByRole('button', { name: 'Use your passkey' })).toBeNull();
  });

  it('finishes with the app code and goes on to where the sign-in was going', async () => {
    const sent = openStep({ ...ALL, methods: ['totp'], preferred: 'totp' }, (request) =>
      request.path === '/api/auth/second-factor/totp' ? Response.json(signedInSession()) : undefined,
    );
    enterValue(await screen.findByLabelText('6-digit code'), ' 123 456 ');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(location()).toBe('/timesheets'));
    expect(writes(sent)).toEqual([{ method: 'POST', path: '/api/auth/second-factor/totp', body: { code: '123456' } }]);
    expect(screen.queryByRole('heading', { name: 'Use a different way' })).toBeNull();
  });

  it('says a code of the wrong shape beside the field, and sends nothing', async () => {
    const sent = openStep({ ...ALL, methods: ['totp'], preferred: 'totp' });
    const code = await screen.findByLabelText('6-digit code');
    enterValue(code, '12345');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const error = await screen.findByText(en.codeShape, { selector: '.usa-error-message' });
    expect(code.getAttribute('aria-invalid')).toBe('true');
    expect(code.getAttribute('aria-describedby')).toContain(error.id);
    expect(screen.getByRole('link', { name: en.codeShape }).getAttribute('href')).toBe('#second-factor-totp');
    expect(writes(sent)).toEqual([]);
  });

  it('ties a wrong code to the field, and a lock after too many to the sign-in lock message', async () => {
    let tries = 0;
    const lockedUntil = '2030-01-01T20:00:00Z';
    openStep({ ...ALL, methods: ['totp'], preferred: 'totp' }, (request) => {
      if (request.path !== '/api/auth/second-factor/totp') return undefined;
      tries += 1;
      if (tries === 1) return refusal(400, 'factorCodeWrong');
      return Response.json(
        { error: { code: 'accountLocked', message: 'Locked', params: { until: lockedUntil, phone: '510-555-0100' }, lockedUntil, helpDesk: { phone: '510-555-0100', email: null, hours: null, statewide: false } } },
        { status: 423 },
      );
    });
    const code = await screen.findByLabelText('6-digit code');
    enterValue(code, '111111');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const error = await screen.findByText(en.factorCodeWrong, { selector: '.usa-error-message' });
    expect(code.getAttribute('aria-describedby')).toContain(error.id);

    enterValue(code, '222222');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { name: 'Your account is locked' });
    await waitFor(() => expect(document.activeElement?.id).toBe('sign-in-problem'));
    expect(screen.queryByText(en.factorCodeWrong)).toBeNull();
  });

  it('cannot send a code twice while the first is being checked', async () => {
    const sent = openStep({ ...ALL, methods: ['totp'], preferred: 'totp' }, (request) => (request.path === '/api/auth/second-factor/totp' ? pending() : undefined));
    enterValue(await screen.findByLabelText('6-digit code'), '123456');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const button = (await screen.findByRole('button', { name: 'Checking…' })) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.submit(button.closest('form')!);
    expect(writes(sent)).toHaveLength(1);
  });

  it('texts a code only when asked, to the masked phone, and sends a new one on request', async () => {
    const sent = openStep({ ...ALL, methods: ['sms', 'recovery_code'], preferred: 'sms' }, (request) => {
      if (request.path === '/api/auth/second-factor/text') return Response.json({ sentTo: '(•••) •••-0123', expiresAt: '2030-01-01T00:10:00Z' });
      if (request.path === '/api/auth/second-factor/text/verify') return Response.json(signedInSession());
      return undefined;
    });
    await screen.findByText(/least safe way to sign in/);
    expect(screen.queryByLabelText('6-digit code')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Send a code to (•••) •••-0123' }));
    await screen.findByText('We sent a code to (•••) •••-0123.');
    const code = screen.getByLabelText('6-digit code');
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');

    fireEvent.click(screen.getByRole('button', { name: 'Send a new code' }));
    await screen.findByText('We sent a new code. Use the newest one.');
    enterValue(code, '654321');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(location()).toBe('/timesheets'));
    expect(writes(sent).map((r) => r.path)).toEqual(['/api/auth/second-factor/text', '/api/auth/second-factor/text', '/api/auth/second-factor/text/verify']);
    expect(writes(sent)[2]!.body).toEqual({ code: '654321' });
  });

  it('says when texts cannot be sent, so another way can be chosen', async () => {
    openStep({ ...ALL, methods: ['sms', 'recovery_code'], preferred: 'sms' }, (request) =>
      request.path === '/api/auth/second-factor/text' ? refusal(503, 'textCodesUnavailable') : undefined,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Send a code to (•••) •••-0123' }));
    expect((await screen.findByRole('alert', { name: '' })).textContent).toBe(en.textCodesUnavailable);
  });

  it('switches to a recovery code in one tap, moves focus to it, and accepts dashes, spaces and lower case', async () => {
    const sent = openStep({ ...ALL, methods: ['totp', 'recovery_code'], preferred: 'totp' }, (request) =>
      request.path === '/api/auth/second-factor/recovery-code' ? Response.json(signedInSession()) : undefined,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Use a recovery code' }));
    const heading = await screen.findByRole('heading', { name: 'Use a recovery code', level: 2 });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    // The way just left is now the other way.
    expect(screen.getByRole('button', { name: 'Use a code from your authenticator app' })).toBeTruthy();
    const code = screen.getByLabelText('Recovery code');
    expect(code.getAttribute('inputmode')).toBe('text');
    enterValue(code, ' 7kqm2 - x9d4p');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(location()).toBe('/timesheets'));
    expect(writes(sent)).toEqual([{ method: 'POST', path: '/api/auth/second-factor/recovery-code', body: { code: '7KQM2X9D4P' } }]);
  });

  it('says a used recovery code beside the field', async () => {
    openStep({ ...ALL, methods: ['recovery_code'], preferred: 'recovery_code' }, (request) =>
      request.path === '/api/auth/second-factor/recovery-code' ? refusal(400, 'recoveryCodeWrong') : undefined,
    );
    const code = await screen.findByLabelText('Recovery code');
    enterValue(code, '7KQM2-X9D4P');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const error = await screen.findByText(en.recoveryCodeWrong, { selector: '.usa-error-message' });
    expect(code.getAttribute('aria-describedby')).toContain(error.id);
  });

  it('"Cancel" signs the half-open session out', async () => {
    const sent = openStep({ ...ALL, methods: ['totp'], preferred: 'totp' }, (request) => (request.path === '/api/auth/sign-out' ? Response.json({ ok: true }) : undefined));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    await screen.findByText('You have signed out.');
    expect(writes(sent).map((r) => r.path)).toEqual(['/api/auth/sign-out']);
    expect(screen.getByRole('heading', { name: 'Sign in', level: 1 })).toBeTruthy();
  });
});

describe('"Finish signing in" with a passkey', () => {
  beforeEach(() => {
    vi.stubGlobal('PublicKeyCredential', function PublicKeyCredential() {});
  });

  const assertion = { id: 'abc', rawId: 'abc', type: 'public-key', response: { clientDataJSON: 'e30', authenticatorData: 'AA', signature: 'AA' }, clientExtensionResults: {} };

  it('answers the challenge with the browser passkey and goes on', async () => {
    startAuthentication.mockResolvedValue(assertion);
    const sent = openStep({ ...ALL, methods: [...ALL.methods], preferred: 'passkey' }, (request) => {
      if (request.path === '/api/auth/second-factor/passkey/options') return Response.json({ challengeId: 5, options: { challenge: 'xyz' } });
      if (request.path === '/api/auth/second-factor/passkey') return Response.json(signedInSession());
      return undefined;
    });
    await screen.findByText('Use the face, fingerprint, PIN or security key you set up for this account.');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Use a code from your authenticator app', 'Get a code by text message', 'Use a recovery code']);
    fireEvent.click(screen.getByRole('button', { name: 'Use your passkey' }));
    await waitFor(() => expect(location()).toBe('/timesheets'));
    expect(startAuthentication).toHaveBeenCalledWith({ optionsJSON: { challenge: 'xyz' } });
    expect(writes(sent)[1]).toEqual({ method: 'POST', path: '/api/auth/second-factor/passkey', body: { challengeId: 5, response: assertion } });
  });

  it('says so when the prompt is closed, and lets the person try again', async () => {
    startAuthentication.mockRejectedValueOnce(Object.assign(new Error('closed'), { name: 'NotAllowedError' }));
    openStep({ ...ALL, methods: ['passkey', 'totp'], preferred: 'passkey' }, (request) =>
      request.path === '/api/auth/second-factor/passkey/options' ? Response.json({ challengeId: 5, options: {} }) : undefined,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Use your passkey' }));
    await screen.findByText(/The passkey was not used/);
    expect((screen.getByRole('button', { name: 'Use your passkey' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("says the server's refusal of the passkey", async () => {
    startAuthentication.mockResolvedValue(assertion);
    openStep({ ...ALL, methods: ['passkey'], preferred: 'passkey' }, (request) => {
      if (request.path === '/api/auth/second-factor/passkey/options') return Response.json({ challengeId: 5, options: {} });
      if (request.path === '/api/auth/second-factor/passkey') return refusal(400, 'passkeyNotAccepted');
      return undefined;
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Use your passkey' }));
    await screen.findByText(en.passkeyNotAccepted);
  });
});
