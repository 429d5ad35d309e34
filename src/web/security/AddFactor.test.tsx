// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SecurityOverview } from '../../contracts/second-factors';
import { api } from '../api';
import { enterValue } from '../testing/enter-value';
import { refusal, renderPage, setUpPageTests, stubServer, writes, type Sent } from '../testing/server';
import { AddFactor } from './AddFactor';

const NONE: SecurityOverview = {
  passkeys: [],
  authenticatorApp: null,
  textMessages: null,
  recoveryCodes: null,
  lastFactor: null,
  required: true,
  reauthenticatedUntil: null,
  securityQuestions: false,
};
const WITH_APP: SecurityOverview = { ...NONE, authenticatorApp: { addedAt: '2026-03-05T18:00:00Z' }, lastFactor: 'totp' };
const SETUP = { key: 'JBSWY3DPEHPK3PXP', uri: 'otpauth://totp/IHSS', qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>' };
const CODES = ['7KQM2X9D4P', 'A1B2C3D4E5', 'F6G7H8J9K0', 'M1N2P3Q4R5', 'S6T7V8W9X0', 'Y1Z2A3B4C5', 'D6E7F8G9H0', 'J1K2M3N4P5', 'Q6R7S8T9V0', 'W1X2Y3Z4A5'];

setUpPageTests();

/** AddFactor on its own, as the enrolment gate shows it, with the server answering each write with `answer`. */
function open(answer: (request: Sent) => Response | undefined) {
  vi.stubGlobal('PublicKeyCredential', function PublicKeyCredential() {});
  const sent = stubServer((request) => (request.method === 'POST' ? answer(request) : undefined));
  const onAdded = vi.fn();
  renderPage(<AddFactor onAdded={onAdded} />, { cache: [[api.secondFactors.overview.key(), NONE]] });
  return { sent, onAdded };
}

async function setUpApp() {
  fireEvent.click(screen.getByRole('radio', { name: /Authenticator app/ }));
  fireEvent.click(screen.getByRole('button', { name: 'Set up an authenticator app' }));
  enterValue(await screen.findByLabelText('First code from the app'), '123456');
  fireEvent.click(screen.getByRole('button', { name: 'Confirm app' }));
}

describe('AddFactor', () => {
  it('offers a passkey first, as the strongest, and text messages as the weakest', () => {
    open(() => undefined);
    const choices = within(screen.getByRole('group', { name: 'Choose a second way to sign in' }));
    expect(choices.getAllByRole('radio').map((r) => (r as HTMLInputElement).checked)).toEqual([true, false, false]);
    choices.getByText(/The strongest way to sign in\./);
    choices.getByText(/The weakest way/);
    screen.getByLabelText('Name for this passkey');
  });

  it('offers recovery codes after the first factor, and is finished when they are saved', async () => {
    const { sent, onAdded } = open((request) => {
      if (request.path === '/api/me/authenticator-app') return Response.json(SETUP);
      if (request.path === '/api/me/authenticator-app/confirm') return Response.json(WITH_APP);
      if (request.path === '/api/me/recovery-codes') return Response.json({ codes: CODES, createdAt: '2026-03-05T18:00:00Z' });
      return undefined;
    });
    await setUpApp();
    await screen.findByRole('heading', { name: 'Recovery codes' });
    expect(onAdded).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Create recovery codes' }));
    await screen.findByText('7KQM2X9D4P');
    // "Not now" is gone while the codes are on screen.
    expect(screen.queryByRole('button', { name: 'Not now' })).toBeNull();
    fireEvent.click(screen.getByLabelText('I saved these codes'));
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(onAdded).toHaveBeenCalledTimes(1));
    expect(writes(sent).map((r) => r.path)).toEqual(['/api/me/authenticator-app', '/api/me/authenticator-app/confirm', '/api/me/recovery-codes']);
  });

  it('can leave the recovery codes for later', async () => {
    const { onAdded } = open((request) => {
      if (request.path === '/api/me/authenticator-app') return Response.json(SETUP);
      if (request.path === '/api/me/authenticator-app/confirm') return Response.json(WITH_APP);
      return undefined;
    });
    await setUpApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Not now' }));
    expect(onAdded).toHaveBeenCalledTimes(1);
  });

  it('is finished at once when the account already has recovery codes', async () => {
    const { onAdded } = open((request) => {
      if (request.path === '/api/me/authenticator-app') return Response.json(SETUP);
      if (request.path === '/api/me/authenticator-app/confirm') return Response.json({ ...WITH_APP, recoveryCodes: { remaining: 4, createdAt: '2026-01-05T18:00:00Z' } });
      return undefined;
    });
    await setUpApp();
    await waitFor(() => expect(onAdded).toHaveBeenCalledTimes(1));
  });

  it('brings its own "Confirm it is you" dialog, and repeats the step after it', async () => {
    let confirmed = false;
    const { sent } = open((request) => {
      if (request.path === '/api/me/reauthenticate') {
        confirmed = true;
        return Response.json(NONE);
      }
      if (request.path === '/api/me/authenticator-app') return confirmed ? Response.json(SETUP) : refusal(403, 'reauthRequired');
      return undefined;
    });
    fireEvent.click(screen.getByRole('radio', { name: /Authenticator app/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Set up an authenticator app' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Confirm it is you' }));
    enterValue(dialog.getByLabelText('Your password'), 'my long passphrase');
    fireEvent.click(dialog.getByRole('button', { name: 'Confirm' }));
    await screen.findByRole('img', { name: 'QR code to scan with your authenticator app' });
    expect(writes(sent).map((r) => r.path)).toEqual(['/api/me/authenticator-app', '/api/me/reauthenticate', '/api/me/authenticator-app']);
  });
});
