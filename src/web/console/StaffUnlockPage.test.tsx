// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { en } from '../../contracts/messages/en';
import type { StaffAccountView } from '../../contracts/staff';
import { clock } from '../clock';
import { initI18n } from '../i18n';
import { pending, refusal, renderPage, stubServer, writes, type Sent } from '../testing/server';
import { StaffUnlockPage } from './StaffUnlockPage';
import { enterValue } from '../testing/enter-value';

const ACCOUNT = '/api/staff/accounts/900000001';
const inAnHour = () => new Date(clock.now().getTime() + 3_600_000).toISOString();

function account(overrides: Partial<StaffAccountView> = {}): StaffAccountView {
  return {
    id: 7,
    loginId: '900000001',
    role: 'provider',
    firstName: 'Ann',
    lastName: 'Test',
    county: { slug: 'alameda', name: 'Alameda' },
    status: 'active',
    deactivatedReason: null,
    setUp: true,
    failedAttempts: 5,
    lockedUntil: inAnHour(),
    ...overrides,
  };
}

beforeAll(async () => {
  await initI18n('en', { signedIn: true });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The account page of 900000001, with the server's answers for the account and for `write`. */
function openAccount(write: (request: Sent) => Response | Promise<Response> | undefined, view: () => StaffAccountView = () => account()) {
  const sent = stubServer((request) => (request.method === 'GET' && request.path === ACCOUNT ? Response.json(view()) : write(request)));
  renderPage(<StaffUnlockPage />, { path: '/staff/accounts/:loginId', at: '/staff/accounts/900000001' });
  return sent;
}

const unlockButton = () => screen.getByRole('button', { name: 'Unlock account' }) as HTMLButtonElement;

describe('StaffUnlockPage', () => {
  it('unlocks a locked account and shows it unlocked', async () => {
    let unlocked = false;
    const sent = openAccount(
      (request) => {
        if (request.path !== `${ACCOUNT}/unlock`) return undefined;
        unlocked = true;
        return Response.json({ ok: true });
      },
      () => account(unlocked ? { failedAttempts: 0, lockedUntil: null } : {}),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Unlock account' }));

    expect(await screen.findByText('The account is unlocked. Ann Test can sign in again now.')).toBeTruthy();
    expect(await screen.findByText('Not locked')).toBeTruthy();
    expect(writes(sent)).toEqual([{ method: 'POST', path: `${ACCOUNT}/unlock`, body: {} }]);
  });

  it("shows the server's refusal of an unlock in the alert", async () => {
    openAccount((request) => (request.path === `${ACCOUNT}/unlock` ? refusal(404, 'notFound') : undefined));
    fireEvent.click(await screen.findByRole('button', { name: 'Unlock account' }));

    await vi.waitFor(() => expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toContain(en.notFound));
    expect(unlockButton().disabled).toBe(false);
  });

  it('cannot unlock twice while the first is pending', async () => {
    const sent = openAccount((request) => (request.path === `${ACCOUNT}/unlock` ? pending() : undefined));
    fireEvent.click(await screen.findByRole('button', { name: 'Unlock account' }));

    await vi.waitFor(() => expect(unlockButton().disabled).toBe(true));
    fireEvent.click(unlockButton());
    expect(writes(sent)).toHaveLength(1);
  });

  it('says when no account of the county has that ID', async () => {
    stubServer((request) => (request.path === ACCOUNT ? refusal(404, 'notFound') : undefined));
    renderPage(<StaffUnlockPage />, { path: '/staff/accounts/:loginId', at: '/staff/accounts/900000001' });

    expect(await screen.findByText('There is no account with that ID in your county.')).toBeTruthy();
  });

  it('sends nothing while the reason for deactivating is too short, and says so beside it', async () => {
    const sent = openAccount(() => undefined);
    enterValue(await screen.findByLabelText('Reason for deactivating'), 'no');
    fireEvent.click(screen.getByRole('button', { name: 'Deactivate account' }));

    expect(screen.getByLabelText('Reason for deactivating').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('link', { name: en.deactivateReasonShape })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Yes, deactivate' })).toBeNull();
    expect(writes(sent)).toEqual([]);
  });

  it('deactivates only once confirmed, sending the reason trimmed, and shows the new state', async () => {
    const sent = openAccount((request) =>
      request.path === `${ACCOUNT}/deactivate` ? Response.json(account({ status: 'deactivated', deactivatedReason: 'Left the program' })) : undefined,
    );
    enterValue(await screen.findByLabelText('Reason for deactivating'), '  Left the program  ');
    fireEvent.click(screen.getByRole('button', { name: 'Deactivate account' }));
    expect(writes(sent)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, deactivate' }));

    expect(await screen.findByText('The account of Ann Test is deactivated.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reinstate account' })).toBeTruthy();
    expect(writes(sent)).toEqual([{ method: 'POST', path: `${ACCOUNT}/deactivate`, body: { reason: 'Left the program' } }]);
  });
});
