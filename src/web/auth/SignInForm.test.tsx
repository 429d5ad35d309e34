// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MemoryRouter } from 'react-router';
import { en } from '../../contracts/messages/en';
import { initI18n, setLanguage } from '../i18n';
import { pending, stubServer, writes } from '../testing/server';
import { SignInForm } from './SignInForm';
import { enterValue } from '../testing/enter-value';

function renderForm() {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <SignInForm />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

beforeAll(async () => {
  await initI18n('en');
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await setLanguage('en');
});

function signIn() {
  enterValue(screen.getByLabelText('Provider ID'), '900000001');
  enterValue(screen.getByLabelText('Password'), 'a long enough passphrase');
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInForm', () => {
  it('tells a person who types a Social Security number to use the Provider ID, beside the field', async () => {
    renderForm();
    const id = screen.getByLabelText('Provider ID');
    enterValue(id, '123-45-6789');
    fireEvent.blur(id);

    const error = await screen.findByText(en.providerIdShape);
    expect(id.getAttribute('aria-invalid')).toBe('true');
    expect(id.getAttribute('aria-describedby')).toContain(error.id);
  });

  it('lists the problem in the error summary on submit and sends nothing', async () => {
    const sent = stubServer();
    renderForm();
    enterValue(screen.getByLabelText('Provider ID'), '123 45 6789');
    enterValue(screen.getByLabelText('Password'), 'a long enough passphrase');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    const summary = await screen.findByRole('link', { name: en.providerIdShape });
    expect(summary.getAttribute('href')).toBe('#sign-in-loginId');
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
    expect(writes(sent)).toEqual([]);
  });

  it('clears the hint once the ID is corrected', async () => {
    renderForm();
    const id = screen.getByLabelText('Provider ID');
    enterValue(id, '123-45-6789');
    fireEvent.blur(id);
    await screen.findByText(en.providerIdShape);
    enterValue(id, '900-000-001');
    await waitFor(() => expect(screen.queryByText(en.providerIdShape)).toBeNull());
  });

  it('names the ID field after the account type, with a numeric keyboard only for numeric IDs', () => {
    renderForm();
    expect(screen.getByLabelText('Provider ID').getAttribute('inputmode')).toBe('numeric');

    fireEvent.click(screen.getByLabelText(/Recipient/));
    expect(screen.queryByLabelText('Provider ID')).toBeNull();
    expect(screen.getByLabelText('Case number').getAttribute('inputmode')).toBe('numeric');

    fireEvent.click(screen.getByLabelText(/County staff/));
    const staff = screen.getByLabelText('Staff username');
    expect(staff.getAttribute('inputmode')).toBe('text');
    expect(staff.getAttribute('autocomplete')).toBe('username');
  });

  it('offers the password with autocomplete, a show toggle and the links people need', () => {
    renderForm();
    const password = screen.getByLabelText('Password');
    expect(password.getAttribute('autocomplete')).toBe('current-password');
    expect(password.getAttribute('type')).toBe('password');
    fireEvent.click(screen.getByRole('button', { name: 'Show password' }));
    expect(password.getAttribute('type')).toBe('text');
    expect(screen.getByRole('link', { name: 'Forgot password?' }).getAttribute('href')).toBe('/forgot-password');
    expect(screen.getByRole('link', { name: 'Create your account' }).getAttribute('href')).toBe('/create-account');
  });

  it('speaks Spanish when the language changes', async () => {
    renderForm();
    await setLanguage('es');
    expect(await screen.findByLabelText('Número de proveedor (Provider ID)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Iniciar sesión' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('es');
  });

  it('shows a lock with when it ends and both ways out, and moves focus to it', async () => {
    const lockedUntil = '2030-01-01T20:00:00Z';
    stubServer((request) =>
      request.path === '/api/auth/sign-in'
        ? Response.json(
            { error: { code: 'accountLocked', message: 'Locked', params: { until: lockedUntil, phone: '510-555-0100' }, lockedUntil, helpDesk: { phone: '510-555-0100', email: null, hours: null, statewide: false } } },
            { status: 423 },
          )
        : undefined,
    );
    renderForm();
    signIn();

    const problem = await screen.findByRole('heading', { name: 'Your account is locked' });
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('sign-in-problem'));
    expect(problem.closest('#sign-in-problem')).toBeTruthy();
    expect(screen.getByRole('link', { name: '510-555-0100' }).getAttribute('href')).toBe('tel:+15105550100');
  });

  it('cannot be sent twice while the first is pending, and says it is signing in', async () => {
    const sent = stubServer((request) => (request.path === '/api/auth/sign-in' ? pending() : undefined));
    renderForm();
    signIn();

    const button = (await screen.findByRole('button', { name: 'Signing in…' })) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.click(button);
    expect(writes(sent)).toHaveLength(1);
  });
});
