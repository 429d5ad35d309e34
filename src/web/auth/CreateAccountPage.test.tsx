// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { en } from '../../contracts/messages/en';
import { initI18n } from '../i18n';
import { pending, refusal, renderPage, stubServer, writes, type Sent } from '../testing/server';
import { CreateAccountPage } from './CreateAccountPage';
import { enterValue } from '../testing/enter-value';

const FLOW = 'f'.repeat(43);
const IDENTITY = '/api/auth/setup/identity';

beforeAll(async () => {
  await initI18n('en');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** A server whose set-up steps all succeed, unless `override` answers first. */
function setupServer(override: (request: Sent) => Response | Promise<Response> | undefined = () => undefined) {
  return stubServer((request) => {
    const answer = override(request);
    if (answer) return answer;
    if (request.path === IDENTITY) return Response.json({ flowToken: FLOW, firstName: 'Ann', securityQuestionsAllowed: false, emailOnFile: null });
    if (request.path === '/api/auth/setup/email-code') return Response.json({ sentTo: 'a***@example.com', expiresAt: '2030-01-01T00:00:00Z' });
    if (request.path === '/api/auth/setup/verify-email' || request.path === '/api/auth/setup/complete') return Response.json({ ok: true });
    return undefined;
  });
}

function fillIdentity() {
  enterValue(screen.getByLabelText('Provider ID'), '900-000-001');
  enterValue(screen.getByLabelText('Last name'), 'Test');
  enterValue(screen.getByLabelText('Month'), '4');
  enterValue(screen.getByLabelText('Day'), '28');
  enterValue(screen.getByLabelText('Year'), '1986');
  enterValue(screen.getByLabelText('Last 4 digits of your Social Security number'), '1234');
}

const continueButton = () => screen.getByRole('button', { name: 'Continue' });

describe('CreateAccountPage, identity step', () => {
  it('sends nothing while a field is wrong, and lists each problem in the summary', () => {
    const sent = setupServer();
    renderPage(<CreateAccountPage />);
    enterValue(screen.getByLabelText('Provider ID'), '123-45-6789');
    fireEvent.click(continueButton());

    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
    expect(screen.getByRole('link', { name: en.providerIdShape }).getAttribute('href')).toBe('#setup-providerId');
    expect(screen.getByRole('link', { name: en.lastNameShape }).getAttribute('href')).toBe('#setup-lastName');
    expect(screen.getByRole('link', { name: en.ssnLast4Shape }).getAttribute('href')).toBe('#setup-ssnLast4');
    expect(writes(sent)).toEqual([]);
  });

  it('sends the details as the contract reads them: the Provider ID without its dashes, the date as a calendar day', async () => {
    const sent = setupServer();
    renderPage(<CreateAccountPage />);
    fillIdentity();
    fireEvent.click(continueButton());

    expect(await screen.findByText('Hello, Ann. We found your county record.')).toBeTruthy();
    expect(writes(sent)).toEqual([
      { method: 'POST', path: IDENTITY, body: { providerId: '900000001', lastName: 'Test', dateOfBirth: '1986-04-28', ssnLast4: '1234' } },
    ]);
  });

  it('says for the whole form when the details match no record', async () => {
    setupServer((request) => (request.path === IDENTITY ? refusal(400, 'identityNotMatched') : undefined));
    renderPage(<CreateAccountPage />);
    fillIdentity();
    fireEvent.click(continueButton());

    const summary = await screen.findByRole('heading', { name: 'There is a problem' });
    expect(within(summary.parentElement!).getByText(en.identityNotMatched)).toBeTruthy();
    expect(screen.getByLabelText('Provider ID').getAttribute('aria-invalid')).not.toBe('true');
  });

  it('offers sign-in and a password reset when the account is already set up', async () => {
    setupServer((request) => (request.path === IDENTITY ? refusal(400, 'alreadySetUp') : undefined));
    renderPage(<CreateAccountPage />);
    fillIdentity();
    fireEvent.click(continueButton());

    expect(await screen.findByText(en.alreadySetUp)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Forgot password?' }).getAttribute('href')).toBe('/forgot-password');
  });

  it('cannot be sent twice while the first is pending', async () => {
    const sent = setupServer((request) => (request.path === IDENTITY ? pending() : undefined));
    renderPage(<CreateAccountPage />);
    fillIdentity();
    fireEvent.click(continueButton());

    await vi.waitFor(() => expect((continueButton() as HTMLButtonElement).disabled).toBe(true));
    fireEvent.click(continueButton());
    expect(writes(sent)).toHaveLength(1);
  });
});

/** Steps 1 to 3 with a server that accepts them, up to the password step. */
async function reachPasswordStep() {
  fillIdentity();
  fireEvent.click(continueButton());
  enterValue(await screen.findByLabelText('Email address'), 'ann@example.com');
  fireEvent.click(screen.getByRole('button', { name: 'Send code' }));
  enterValue(await screen.findByLabelText('Code'), '123456');
  fireEvent.click(screen.getByRole('button', { name: 'Confirm email' }));
  await screen.findByLabelText('New password');
}

const choose = (password: string, confirm: string) => {
  enterValue(screen.getByLabelText('New password'), password);
  enterValue(screen.getByLabelText('Type the new password again'), confirm);
  fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
};

describe('CreateAccountPage, password step', () => {
  it('sends nothing while the two passwords differ, and says so beside the second', async () => {
    const sent = setupServer();
    renderPage(<CreateAccountPage />);
    await reachPasswordStep();
    choose('correct horse battery staple', 'correct horse battery stapler');

    const confirm = screen.getByLabelText('Type the new password again');
    expect(confirm.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('link', { name: en.passwordsDiffer }).getAttribute('href')).toBe('#setup-confirm');
    expect(writes(sent).map((w) => w.path)).not.toContain('/api/auth/setup/complete');
  });

  it("shows the server's refusal beside the field it names", async () => {
    setupServer((request) => (request.path === '/api/auth/setup/complete' ? refusal(400, 'validation', [{ path: 'password', code: 'passwordCommon' }]) : undefined));
    renderPage(<CreateAccountPage />);
    await reachPasswordStep();
    choose('correct horse battery staple', 'correct horse battery staple');

    expect(await screen.findByRole('link', { name: en.passwordCommon })).toBeTruthy();
    expect(screen.getByLabelText('New password').getAttribute('aria-invalid')).toBe('true');
  });

  it('ends on the sign-in page once the account is created', async () => {
    setupServer();
    renderPage(<CreateAccountPage />, { path: '/create-account' });
    await reachPasswordStep();
    choose('correct horse battery staple', 'correct horse battery staple');

    await vi.waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/sign-in'));
  });
});
