// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { profileView } from '../../contracts/profile';
import { en } from '../../contracts/messages/en';
import { api } from '../api';
import { refusal, renderPage, setUpPageTests, stubServer, writes } from '../testing/server';
import { ProfilePage } from './ProfilePage';
import { enterValue } from '../testing/enter-value';

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

const changed = () => Response.json({ ...profile, phone: '5550100199' });

/** A server that answers every change with `change`. */
const server = (change: () => Response | Promise<Response> = changed) => stubServer((request) => (request.method === 'POST' ? change() : undefined));

setUpPageTests();

function open() {
  renderPage(<ProfilePage />, { cache: [[api.profile.get.key(), profile]] });
  return within(screen.getByRole('region', { name: 'Phone' }));
}

function fillPhone(phoneSection: ReturnType<typeof open>, phone: string) {
  enterValue(phoneSection.getByLabelText('New phone number'), phone);
  enterValue(phoneSection.getByLabelText('Your current password'), 'my old passphrase');
  fireEvent.click(phoneSection.getByRole('button', { name: 'Change phone' }));
}

describe('the phone number on the contact details page', () => {
  it("shows the server's refusal beside the field it names, and in the summary", async () => {
    server(() => refusal(400, 'passwordWrong', [{ path: 'currentPassword', code: 'passwordWrong' }]));
    const phone = open();
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
    const sent = server();
    const phone = open();
    fillPhone(phone, '555 0100');
    expect(phone.getByLabelText('New phone number').getAttribute('aria-invalid')).toBe('true');
    expect(phone.getByRole('link', { name: en.phoneShape })).toBeTruthy();
    expect(writes(sent)).toEqual([]);
  });

  it('cannot be sent twice while the first is pending, then says it was changed', async () => {
    let reply!: () => void;
    const sent = server(() => new Promise((resolve) => (reply = () => resolve(changed()))));
    const phone = open();
    fillPhone(phone, '(555) 010-0199');

    const button = phone.getByRole('button', { name: 'Change phone' }) as HTMLButtonElement;
    await waitFor(() => expect(button.disabled).toBe(true));
    fireEvent.click(button);
    expect(writes(sent)).toEqual([{ method: 'POST', path: '/api/profile/phone', body: { phone: '5550100199', currentPassword: 'my old passphrase' } }]);

    reply();
    await phone.findByText('Your phone number was changed.');
    expect(phone.getByText('Now: (555) 010-0199')).toBeTruthy();
    expect(button.disabled).toBe(false);
    expect((phone.getByLabelText('Your current password') as HTMLInputElement).value).toBe('');
  });
});
