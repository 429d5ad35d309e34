// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CountySettings } from '../../contracts/county-settings';
import type { StaffDirectDepositView } from '../../contracts/direct-deposit';
import { en } from '../../contracts/messages/en';
import type { StaffAccountView } from '../../contracts/staff';
import { api } from '../api';
import { SettingsPage } from '../console/SettingsPage';
import { StaffUnlockPage } from '../console/StaffUnlockPage';
import { SessionProvider } from '../session';
import { enterValue } from '../testing/enter-value';
import { refusal, renderPage, setUpPageTests, signedInSession, stubServer, writes, type Sent } from '../testing/server';

const ACCOUNT = '/api/staff/accounts/900000001';
const PERSON: StaffAccountView = {
  id: 7,
  loginId: '900000001',
  role: 'provider',
  firstName: 'Ann',
  lastName: 'Test',
  county: { slug: 'alameda', name: 'Alameda' },
  status: 'active',
  deactivatedReason: null,
  setUp: true,
  failedAttempts: 0,
  lockedUntil: null,
};

/** The provider's direct deposit, which the account page shows beside the unlock and reset controls: a paper warrant. */
const DEPOSIT = '/api/staff/providers/900000001/direct-deposit';
const NO_DEPOSIT: StaffDirectDepositView = { inForce: null, waiting: null, history: [], holdBusinessDays: 3, helpPhone: '(555) 010-0199', provider: { firstName: 'Ann', lastName: 'Test', providerId: '900000001' } };

setUpPageTests();

function openAccount(write: (request: Sent) => Response | undefined) {
  const reads: Record<string, unknown> = { [ACCOUNT]: PERSON, [DEPOSIT]: NO_DEPOSIT };
  const sent = stubServer((request) => (request.method === 'GET' && request.path in reads ? Response.json(reads[request.path]) : write(request)));
  renderPage(<StaffUnlockPage />, { path: '/staff/accounts/:loginId', at: '/staff/accounts/900000001' });
  return sent;
}

describe('"Reset second factor" in the county console', () => {
  it('needs the person\'s proof of who they are, checked and described, before it sends anything', async () => {
    const sent = openAccount(() => Response.json({ ok: true }));
    fireEvent.click(await screen.findByRole('button', { name: 'Reset second factor' }));
    const form = within(screen.getByRole('form', { name: 'Reset the second factor of Ann Test' }));
    fireEvent.click(form.getByRole('button', { name: 'Reset second factor' }));

    const box = form.getByLabelText('The person proved who they are');
    await waitFor(() => expect(box.getAttribute('aria-invalid')).toBe('true'));
    const beside = form.getAllByText(en.identityCheckRequired).find((el) => el.classList.contains('usa-error-message'))!;
    expect(box.getAttribute('aria-describedby')).toBe(beside.id);
    expect(form.getByLabelText('How they proved it').getAttribute('aria-invalid')).toBe('true');
    expect(writes(sent)).toEqual([]);

    fireEvent.click(box);
    enterValue(form.getByLabelText('How they proved it'), 'Called from the phone on file; answered questions about the case.');
    fireEvent.click(form.getByRole('button', { name: 'Reset second factor' }));
    await screen.findByText('The second factors of Ann Test were removed. They sign in with their password and set up a new one.');
    expect(writes(sent)).toEqual([
      {
        method: 'POST',
        path: `${ACCOUNT}/reset-second-factor`,
        body: { identityChecked: true, how: 'Called from the phone on file; answered questions about the case.' },
      },
    ]);
    expect(screen.queryByRole('form', { name: /Reset the second factor/ })).toBeNull();
  });

  it("shows the server's refusal", async () => {
    openAccount(() => refusal(403, 'forbidden'));
    fireEvent.click(await screen.findByRole('button', { name: 'Reset second factor' }));
    const form = within(screen.getByRole('form', { name: 'Reset the second factor of Ann Test' }));
    fireEvent.click(form.getByLabelText('The person proved who they are'));
    enterValue(form.getByLabelText('How they proved it'), 'Photo ID at the office.');
    fireEvent.click(form.getByRole('button', { name: 'Reset second factor' }));
    await form.findByText(en.forbidden);
  });
});

describe("the county's setting", () => {
  const SETTINGS: CountySettings = {
    county: { code: 1, slug: 'alameda', name: 'Alameda' },
    helpDesk: { phone: '510-555-0100', email: null, hours: null },
    policy: { lockoutThreshold: 5, lockoutMinutes: 30, idleTimeoutMinutes: 15, absoluteTimeoutMinutes: 720, securityQuestionsAllowed: false, requireSecondFactor: false },
    languages: ['en', 'es'],
    randomHoldPerMille: 0,
    limits: { lockoutThreshold: { min: 3, max: 20 }, lockoutMinutes: { min: 5, max: 10080 }, idleTimeoutMinutes: { min: 2, max: 60 }, absoluteTimeoutMinutes: { min: 30, max: 1440 } },
    wageRates: [],
    updatedAt: '2026-03-01T18:00:00Z',
  };

  it('"Require a second factor for providers and recipients" is saved with the settings', async () => {
    const session = signedInSession({ role: 'county_admin' });
    const sent = stubServer((request) => {
      if (request.path === '/api/staff/counties/alameda/settings') return Response.json(request.method === 'POST' ? { ...SETTINGS, policy: { ...SETTINGS.policy, requireSecondFactor: true } } : SETTINGS);
      if (request.path === '/api/session') return Response.json(session);
      return undefined;
    });
    renderPage(
      <SessionProvider>
        <SettingsPage />
      </SessionProvider>,
      { cache: [[api.auth.session.key(), session]] },
    );
    const box = (await screen.findByLabelText(/Require a second factor for providers and recipients/)) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('The settings are saved.');
    const saved = writes(sent).find((r) => r.path === '/api/staff/counties/alameda/settings');
    expect(saved?.body).toMatchObject({ requireSecondFactor: true, securityQuestionsAllowed: false });
  });
});
