// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../contracts/messages/en';
import type { SecurityOverview } from '../../contracts/second-factors';
import { api } from '../api';
import { enterValue } from '../testing/enter-value';
import { refusal, renderPage, setUpPageTests, stubServer, writes, type Sent } from '../testing/server';
import { SecurityPage } from './SecurityPage';

const webauthn = vi.hoisted(() => ({ startRegistration: vi.fn(), startAuthentication: vi.fn() }));
vi.mock('@simplewebauthn/browser', () => webauthn);

const NONE: SecurityOverview = {
  passkeys: [],
  authenticatorApp: null,
  textMessages: null,
  recoveryCodes: null,
  lastFactor: null,
  required: false,
  reauthenticatedUntil: null,
  securityQuestions: false,
};

const PHONE_KEY = { id: 3, name: 'My phone', createdAt: '2026-03-02T18:00:00Z', lastUsedAt: '2026-03-05T18:00:00Z' };
const WITH_PASSKEY: SecurityOverview = { ...NONE, passkeys: [PHONE_KEY], lastFactor: 'passkey', recoveryCodes: { remaining: 7, createdAt: '2026-03-02T18:00:00Z' } };

const CODES = ['7KQM2X9D4P', 'A1B2C3D4E5', 'F6G7H8J9K0', 'M1N2P3Q4R5', 'S6T7V8W9X0', 'Y1Z2A3B4C5', 'D6E7F8G9H0', 'J1K2M3N4P5', 'Q6R7S8T9V0', 'W1X2Y3Z4A5'];

setUpPageTests();

beforeEach(() => {
  webauthn.startRegistration.mockReset();
  webauthn.startAuthentication.mockReset();
});

/** The page with `overview` already loaded, and the server answering each write with `answer`. */
function open(overview: SecurityOverview, answer: (request: Sent) => Response | Promise<Response> | undefined) {
  vi.stubGlobal('PublicKeyCredential', function PublicKeyCredential() {});
  const sent = stubServer((request) => (request.method === 'POST' ? answer(request) : undefined));
  renderPage(<SecurityPage />, { cache: [[api.secondFactors.overview.key(), overview]] });
  return sent;
}

const region = (name: string) => within(screen.getByRole('region', { name }));

describe('Sign-in and security', () => {
  it('is headed "Sign-in and security", lists each passkey with its dates, and calls passkeys the strongest and texts the weakest', () => {
    open(WITH_PASSKEY, () => undefined);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Sign-in and security');
    const passkeys = region('Passkeys');
    passkeys.getByText('My phone', { selector: 'strong' });
    passkeys.getByText(/Added Mar 2, 2026 · last used Mar 5, 2026/);
    passkeys.getByText('Face, fingerprint or screen lock; cannot be phished.', { exact: false });
    region('Text-message codes').getByText(/The weakest way/);
    region('Recovery codes').getByText('7 codes left, created Mar 2, 2026.');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent).slice(0, 4)).toEqual(['Passkeys', 'Authenticator app', 'Text-message codes', 'Recovery codes']);
  });

  it('adds a passkey: a name, the server\'s options to the browser, and the answer back; then offers recovery codes', async () => {
    const options = { challenge: 'abc', rp: { name: 'IHSS' } };
    const registration = { id: 'cred', rawId: 'cred', type: 'public-key', response: { clientDataJSON: 'e30', attestationObject: 'o2' }, clientExtensionResults: {} };
    webauthn.startRegistration.mockResolvedValue(registration);
    const sent = open(NONE, (request) => {
      if (request.path === '/api/me/passkeys/options') return Response.json({ challengeId: 41, options });
      if (request.path === '/api/me/passkeys') return Response.json({ ...NONE, passkeys: [{ ...PHONE_KEY, name: 'Work laptop', lastUsedAt: null }], lastFactor: 'passkey' });
      return undefined;
    });
    const passkeys = region('Passkeys');
    fireEvent.click(passkeys.getByRole('button', { name: 'Add a passkey' }));
    fireEvent.click(passkeys.getByRole('button', { name: 'Continue' }));
    expect(passkeys.getByLabelText('Name for this passkey').getAttribute('aria-invalid')).toBe('true');
    expect(writes(sent)).toEqual([]);

    enterValue(passkeys.getByLabelText('Name for this passkey'), 'Work laptop');
    fireEvent.click(passkeys.getByRole('button', { name: 'Continue' }));
    await passkeys.findByText('The passkey “Work laptop” was added.');
    expect(webauthn.startRegistration).toHaveBeenCalledWith({ optionsJSON: options });
    expect(writes(sent)).toEqual([
      { method: 'POST', path: '/api/me/passkeys/options', body: {} },
      { method: 'POST', path: '/api/me/passkeys', body: { challengeId: 41, name: 'Work laptop', response: registration } },
    ]);
    passkeys.getByText(/not used yet/);
    // The first factor is in: recovery codes are offered next, and focus moves there.
    region('Recovery codes').getByText(/Next, create recovery codes/);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Recovery codes'));
  });

  it('says so when the device does not make the passkey, and sends nothing more', async () => {
    webauthn.startRegistration.mockRejectedValue(Object.assign(new Error('cancelled'), { name: 'NotAllowedError' }));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const sent = open(NONE, (request) => (request.path === '/api/me/passkeys/options' ? Response.json({ challengeId: 41, options: {} }) : undefined));
    const passkeys = region('Passkeys');
    fireEvent.click(passkeys.getByRole('button', { name: 'Add a passkey' }));
    enterValue(passkeys.getByLabelText('Name for this passkey'), 'Work laptop');
    fireEvent.click(passkeys.getByRole('button', { name: 'Continue' }));
    await passkeys.findByText(/The passkey was not added/);
    expect(writes(sent).map((r) => r.path)).toEqual(['/api/me/passkeys/options']);
  });

  it('asks before removing a passkey, and shows the refusal to remove the last one', async () => {
    const sent = open(WITH_PASSKEY, () => refusal(409, 'lastFactorRequired'));
    const passkeys = region('Passkeys');
    fireEvent.click(passkeys.getByRole('button', { name: 'Remove My phone' }));
    passkeys.getByText('Remove My phone? You will no longer be able to sign in with it.');
    expect(writes(sent)).toEqual([]);
    fireEvent.click(passkeys.getByRole('button', { name: 'Yes, remove it' }));
    await passkeys.findByText(en.lastFactorRequired);
    expect(writes(sent)).toEqual([{ method: 'POST', path: '/api/me/passkeys/3/remove', body: {} }]);
  });

  it('asks for the password when the server wants it, then repeats the change', async () => {
    let confirmed = false;
    const sent = open(WITH_PASSKEY, (request) => {
      if (request.path === '/api/me/reauthenticate') {
        confirmed = true;
        return Response.json({ ...WITH_PASSKEY, reauthenticatedUntil: '2026-03-05T18:05:00Z' });
      }
      if (request.path === '/api/me/passkeys/3/remove') return confirmed ? Response.json({ ...WITH_PASSKEY, passkeys: [] }) : refusal(403, 'reauthRequired');
      return undefined;
    });
    fireEvent.click(region('Passkeys').getByRole('button', { name: 'Remove My phone' }));
    fireEvent.click(region('Passkeys').getByRole('button', { name: 'Yes, remove it' }));

    const dialog = within(await screen.findByRole('dialog', { name: 'Confirm it is you' }));
    // The account's passkey is another way to confirm; the password is the first.
    dialog.getByRole('radio', { name: 'Passkey' });
    fireEvent.click(dialog.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(dialog.getByLabelText('Your password').getAttribute('aria-invalid')).toBe('true'));
    enterValue(dialog.getByLabelText('Your password'), 'my long passphrase');
    fireEvent.click(dialog.getByRole('button', { name: 'Confirm' }));

    await region('Passkeys').findByText('The passkey “My phone” was removed.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(writes(sent)).toEqual([
      { method: 'POST', path: '/api/me/passkeys/3/remove', body: {} },
      { method: 'POST', path: '/api/me/reauthenticate', body: { method: 'password', password: 'my long passphrase' } },
      { method: 'POST', path: '/api/me/passkeys/3/remove', body: {} },
    ]);
  });

  it('confirms with a passkey in the dialog', async () => {
    let confirmed = false;
    const assertion = { id: 'cred', rawId: 'cred', type: 'public-key', response: { clientDataJSON: 'e30', authenticatorData: 'YQ', signature: 'c2ln' }, clientExtensionResults: {} };
    webauthn.startAuthentication.mockResolvedValue(assertion);
    const sent = open(WITH_PASSKEY, (request) => {
      if (request.path === '/api/me/reauthenticate/passkey-options') return Response.json({ challengeId: 9, options: { challenge: 'xyz' } });
      if (request.path === '/api/me/reauthenticate') {
        confirmed = true;
        return Response.json(WITH_PASSKEY);
      }
      if (request.path === '/api/me/recovery-codes') return confirmed ? Response.json({ codes: CODES, createdAt: '2026-03-05T18:00:00Z' }) : refusal(403, 'reauthRequired');
      return undefined;
    });
    fireEvent.click(region('Recovery codes').getByRole('button', { name: 'Create new recovery codes' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Confirm it is you' }));
    fireEvent.click(dialog.getByRole('radio', { name: 'Passkey' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Confirm' }));
    await region('Recovery codes').findByText('7KQM2X9D4P');
    expect(webauthn.startAuthentication).toHaveBeenCalledWith({ optionsJSON: { challenge: 'xyz' } });
    expect(writes(sent).map((r) => r.path)).toEqual(['/api/me/recovery-codes', '/api/me/reauthenticate/passkey-options', '/api/me/reauthenticate', '/api/me/recovery-codes']);
    expect(writes(sent)[2]!.body).toEqual({ method: 'passkey', challengeId: 9, response: assertion });
  });

  it('gives focus back when the dialog is cancelled, and says why nothing changed', async () => {
    const sent = open(NONE, () => refusal(403, 'reauthRequired'));
    const app = region('Authenticator app');
    const setUp = app.getByRole('button', { name: 'Set up an authenticator app' });
    setUp.focus();
    fireEvent.click(setUp);
    const dialog = await screen.findByRole('dialog', { name: 'Confirm it is you' });
    // Only the password: the account has no factor yet.
    expect(within(dialog).queryByRole('radio')).toBeNull();
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    // Tab from the last control comes back to the first: the focus stays in the dialog.
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    cancel.focus();
    fireEvent.keyDown(cancel, { key: 'Tab' });
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Your password'));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(setUp));
    app.getByText(en.reauthRequired);
    expect(writes(sent)).toHaveLength(1);
  });

  it('sets up an authenticator app: the QR code as an image, the key grouped and copyable, then the first code', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const sent = open(WITH_PASSKEY, (request) => {
      if (request.path === '/api/me/authenticator-app') return Response.json({ key: 'JBSWY3DPEHPK3PXP', uri: 'otpauth://totp/IHSS', qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>' });
      if (request.path === '/api/me/authenticator-app/confirm') {
        const { code } = request.body as { code: string };
        return code === '123456'
          ? Response.json({ ...WITH_PASSKEY, authenticatorApp: { addedAt: '2026-03-05T18:00:00Z' } })
          : refusal(400, 'factorCodeWrong', [{ path: 'code', code: 'factorCodeWrong' }]);
      }
      return undefined;
    });
    const app = region('Authenticator app');
    fireEvent.click(app.getByRole('button', { name: 'Set up an authenticator app' }));
    const qr = await app.findByRole('img', { name: 'QR code to scan with your authenticator app' });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    app.getByText('JBSW Y3DP EHPK 3PXP');
    fireEvent.click(app.getByRole('button', { name: 'Copy key' }));
    await app.findByText('The key was copied.');
    expect(writeText).toHaveBeenCalledWith('JBSWY3DPEHPK3PXP');

    enterValue(app.getByLabelText('First code from the app'), '654321');
    fireEvent.click(app.getByRole('button', { name: 'Confirm app' }));
    const field = app.getByLabelText('First code from the app');
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    const beside = app.getAllByText(en.factorCodeWrong).find((el) => el.classList.contains('usa-error-message'))!;
    expect(field.getAttribute('aria-describedby')).toContain(beside.id);

    enterValue(app.getByLabelText('First code from the app'), '123 456');
    fireEvent.click(app.getByRole('button', { name: 'Confirm app' }));
    await app.findByText('An authenticator app is set up. Added Mar 5, 2026.');
    expect(writes(sent).at(-1)).toEqual({ method: 'POST', path: '/api/me/authenticator-app/confirm', body: { code: '123456' } });
  });

  it('verifies the phone with a texted code before using it for codes', async () => {
    const sent = open(WITH_PASSKEY, (request) => {
      if (request.path === '/api/me/text-codes') return Response.json({ sentTo: '(•••) •••-0199', expiresAt: '2026-03-05T18:10:00Z' });
      if (request.path === '/api/me/text-codes/confirm') return Response.json({ ...WITH_PASSKEY, textMessages: { phone: '(•••) •••-0199', addedAt: '2026-03-05T18:00:00Z' } });
      return undefined;
    });
    const text = region('Text-message codes');
    fireEvent.click(text.getByRole('button', { name: 'Set up text-message codes' }));
    enterValue(text.getByLabelText('Mobile phone number'), '555 010');
    fireEvent.click(text.getByRole('button', { name: 'Text me a code' }));
    expect(text.getByRole('link', { name: en.phoneShape })).toBeTruthy();

    enterValue(text.getByLabelText('Mobile phone number'), '(555) 010-0199');
    fireEvent.click(text.getByRole('button', { name: 'Text me a code' }));
    await text.findByText(/We texted a code to \(•••\) •••-0199\. It works until/);
    enterValue(text.getByLabelText('Code from the text'), '246810');
    fireEvent.click(text.getByRole('button', { name: 'Confirm phone' }));
    await text.findByText('Codes are texted to (•••) •••-0199. Added Mar 5, 2026.');
    expect(writes(sent)).toEqual([
      { method: 'POST', path: '/api/me/text-codes', body: { phone: '5550100199' } },
      { method: 'POST', path: '/api/me/text-codes/confirm', body: { code: '246810' } },
    ]);
  });

  it('shows new recovery codes once, with Download and Print, until the person says they saved them', async () => {
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:codes');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const sent = open(WITH_PASSKEY, (request) => (request.path === '/api/me/recovery-codes' ? Response.json({ codes: CODES, createdAt: '2026-03-05T18:00:00Z' }) : undefined));
    const recovery = region('Recovery codes');
    recovery.getByText('Your old recovery codes stop working as soon as new ones are created.');
    fireEvent.click(recovery.getByRole('button', { name: 'Create new recovery codes' }));

    await recovery.findByText('7KQM2X9D4P');
    expect(recovery.getAllByRole('listitem')).toHaveLength(10);
    recovery.getByText(/shown only this once/);
    recovery.getByText('10 codes left, created Mar 5, 2026.');

    fireEvent.click(recovery.getByRole('button', { name: 'Download' }));
    expect(click).toHaveBeenCalled();
    const file = await createObjectURL.mock.calls[0]![0].text();
    expect(file).toContain('W1X2Y3Z4A5');
    expect(file).toContain('Each code works once.');
    fireEvent.click(recovery.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalled();

    fireEvent.click(recovery.getByRole('button', { name: 'Done' }));
    const box = recovery.getByLabelText('I saved these codes');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    recovery.getByText('Check the box once you have saved the codes.');
    fireEvent.click(box);
    fireEvent.click(recovery.getByRole('button', { name: 'Done' }));
    await recovery.findByText('Your new recovery codes are ready. Each works once.');
    expect(screen.queryByText('7KQM2X9D4P')).toBeNull();
    expect(writes(sent)).toHaveLength(1);
  });
});
