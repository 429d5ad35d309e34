// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import type { profileView } from '../../contracts/profile';
import { en } from '../../contracts/messages/en';
import { api } from '../api';
import { initI18n } from '../i18n';
import { ProfilePage } from './ProfilePage';

const profile: z.infer<typeof profileView> = {
  loginId: '900000001',
  firstName: 'Maria',
  lastName: 'Test',
  email: null,
  pendingEmail: null,
  phone: null,
  mailingAddress: null,
  preferredLanguage: 'en',
};

/** What the server answers to the next write; a write left unanswered until the test says so. */
let answer: () => Promise<Response>;
let sent: { path: string; body: unknown }[] = [];

beforeAll(async () => {
  await initI18n('en');
});
beforeEach(() => {
  sent = [];
  answer = () => Promise.resolve(Response.json({ ...profile, phone: '5550100199' }));
  vi.stubGlobal(
    'fetch',
    vi.fn((path: string, init: RequestInit) => {
      if (init.method === 'POST') {
        sent.push({ path, body: JSON.parse(String(init.body)) });
        return answer();
      }
      return Promise.resolve(Response.json({ authenticated: false, csrfToken: 'token', demo: false }));
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  client.setQueryData(api.profile.get.key(), profile);
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <ProfilePage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return within(screen.getByRole('region', { name: 'Phone' }));
}

function fillPhone(phoneSection: ReturnType<typeof renderPage>, phone: string) {
  fireEvent.change(phoneSection.getByLabelText('New phone number'), { target: { value: phone } });
  fireEvent.change(phoneSection.getByLabelText('Your current password'), { target: { value: 'my old passphrase' } });
  fireEvent.click(phoneSection.getByRole('button', { name: 'Change phone' }));
}

describe('the phone number on the contact details page', () => {
  it("shows the server's refusal beside the field it names, and in the summary", async () => {
    answer = () =>
      Promise.resolve(
        Response.json(
          { error: { code: 'passwordWrong', message: en.passwordWrong, fields: [{ path: 'currentPassword', code: 'passwordWrong', message: en.passwordWrong }] } },
          { status: 400 },
        ),
      );
    const phone = renderPage();
    fillPhone(phone, '(555) 010-0199');

    const password = phone.getByLabelText('Your current password');
    await waitFor(() => expect(password.getAttribute('aria-invalid')).toBe('true'));
    const beside = phone.getAllByText(en.passwordWrong).find((el) => el.classList.contains('usa-error-message'))!;
    expect(password.getAttribute('aria-describedby')).toContain(beside.id);
    expect(phone.getByRole('link', { name: en.passwordWrong }).getAttribute('href')).toBe('#profile-phone-password');
    expect(phone.getByLabelText('New phone number').getAttribute('aria-invalid')).toBeNull();
    expect(phone.queryByText('Your phone number was changed.')).toBeNull();
  });

  it('sends nothing while a field is wrong', () => {
    const phone = renderPage();
    fillPhone(phone, '555 0100');
    expect(phone.getByLabelText('New phone number').getAttribute('aria-invalid')).toBe('true');
    expect(phone.getByRole('link', { name: en.phoneShape })).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it('cannot be sent twice while the first is pending, then says it was changed', async () => {
    let reply!: () => void;
    answer = () => new Promise((resolve) => (reply = () => resolve(Response.json({ ...profile, phone: '5550100199' }))));
    const phone = renderPage();
    fillPhone(phone, '(555) 010-0199');

    const button = phone.getByRole('button', { name: 'Change phone' }) as HTMLButtonElement;
    await waitFor(() => expect(button.disabled).toBe(true));
    fireEvent.click(button);
    expect(sent).toEqual([{ path: '/api/profile/phone', body: { phone: '5550100199', currentPassword: 'my old passphrase' } }]);

    reply();
    await phone.findByText('Your phone number was changed.');
    expect(phone.getByText('Now: (555) 010-0199')).toBeTruthy();
    expect(button.disabled).toBe(false);
    expect((phone.getByLabelText('Your current password') as HTMLInputElement).value).toBe('');
  });
});
