// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { en } from '../../contracts/messages/en';
import { NOTIFICATION_CHANNELS, PREFERENCE_EVENTS, isSecurityEvent, type NotificationPreferences } from '../../contracts/notifications';
import { initI18n } from '../i18n';
import { pending, refusal, renderPage, stubServer, writes, type Sent } from '../testing/server';
import { PreferencesPage } from './PreferencesPage';

/** A person with an email address and no phone for texts: in the portal and by email until they choose. */
const saved: NotificationPreferences = {
  preferences: PREFERENCE_EVENTS.flatMap((event) =>
    NOTIFICATION_CHANNELS.map((channel) => {
      const locked = isSecurityEvent(event);
      return { event, channel, locked, enabled: locked || channel !== 'sms' };
    }),
  ),
  emailOnFile: 'j***@example.com',
  textPhoneOnFile: null,
  textAvailable: true,
};

const PATH = '/api/notifications/preferences';

function server(save: (request: Sent) => Response | Promise<Response>) {
  return stubServer((request) => {
    if (request.path !== PATH) return undefined;
    return request.method === 'GET' ? Response.json(saved) : save(request);
  });
}

const box = (event: string, channel: string) => document.getElementById(`pref-${event}-${channel}`) as HTMLInputElement;
const saveButton = () => screen.getByRole('button', { name: 'Save preferences' }) as HTMLButtonElement;

async function open() {
  renderPage(<PreferencesPage />);
  await screen.findByRole('table');
}

beforeAll(async () => {
  await initI18n('en', { signedIn: true });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('notification preferences', () => {
  it('keeps security notices on: their switches are on and cannot be changed', async () => {
    server(() => Response.json(saved));
    await open();
    expect(box('password_changed', 'email').checked).toBe(true);
    expect(box('password_changed', 'email').disabled).toBe(true);
    // Texts cannot be switched on without a phone to send them to.
    expect(box('new_message', 'sms').disabled).toBe(true);
    expect(box('new_message', 'email').disabled).toBe(false);
  });

  it('sends every switch the person may change, as they left it, and says the choices are saved', async () => {
    const sent = server(() => Response.json(saved));
    await open();
    fireEvent.click(box('payment_issued', 'email'));
    fireEvent.click(saveButton());
    await screen.findByText('Your preferences are saved.');

    const [write] = writes(sent);
    const expected = saved.preferences
      .filter((p) => !p.locked)
      .map(({ event, channel, enabled }) => ({ event, channel, enabled: event === 'payment_issued' && channel === 'email' ? false : enabled }));
    expect(write).toEqual({ method: 'POST', path: PATH, body: { preferences: expected } });
  });

  it('cannot be saved twice while the first save is pending', async () => {
    const sent = server(() => pending());
    await open();
    fireEvent.click(saveButton());
    await waitFor(() => expect(writes(sent)).toHaveLength(1));
    expect(saveButton().disabled).toBe(true);
    fireEvent.click(saveButton());
    expect(writes(sent)).toHaveLength(1);
  });

  it("shows the server's refusal in words", async () => {
    server(() => refusal(400, 'securityNoticeLocked', [{ path: 'preferences.0.enabled', code: 'securityNoticeLocked' }]));
    await open();
    fireEvent.click(saveButton());
    const alert = await screen.findByText(en.securityNoticeLocked);
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect(screen.queryByText('Your preferences are saved.')).toBeNull();
  });
});
