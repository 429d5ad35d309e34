// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { en } from '../../contracts/messages/en';
import { initI18n } from '../i18n';
import { SessionProvider } from '../session';
import { pending, refusal, renderPage, signedInSession, stubServer, writes, type Sent } from '../testing/server';
import { SiteHeader } from './SiteHeader';

const SIGN_OUT = '/api/auth/sign-out';


beforeAll(async () => {
  await initI18n('en', { signedIn: true });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The header of a signed-in provider, with the server's answer to the sign-out. */
async function signedInHeader(signOut: () => Response | Promise<Response>) {
  const sent = stubServer((request: Sent) => {
    if (request.path === '/api/session') return Response.json(signedInSession());
    return request.path === SIGN_OUT ? signOut() : undefined;
  });
  renderPage(
    <SessionProvider>
      <SiteHeader />
    </SessionProvider>,
    { path: '*', at: '/dashboard' },
  );
  const button = (await screen.findByRole('button', { name: 'Sign out' })) as HTMLButtonElement;
  return { sent, button };
}

describe('SiteHeader, sign-out', () => {
  it('cannot be sent twice while the first is pending', async () => {
    const { sent, button } = await signedInHeader(pending);
    fireEvent.click(button);

    await vi.waitFor(() => expect(button.disabled).toBe(true));
    fireEvent.click(button);
    expect(writes(sent)).toEqual([{ method: 'POST', path: SIGN_OUT, body: {} }]);
  });

  it('says why a sign-out failed and lets the person try again', async () => {
    const { button } = await signedInHeader(() => refusal(500, 'internal'));
    fireEvent.click(button);

    expect(await screen.findByText(en.internal)).toBeTruthy();
    expect(button.disabled).toBe(false);
    expect(screen.getByRole('button', { name: 'Sign out' })).toBe(button);
  });

  it('takes the person to the sign-in page once signed out', async () => {
    const { button } = await signedInHeader(() => Response.json({ ok: true }));
    fireEvent.click(button);

    await vi.waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/sign-in'));
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
  });
});

describe('SiteHeader, the menu', () => {
  async function openMenu() {
    await signedInHeader(() => Response.json({ ok: true }));
    const button = screen.getByRole('button', { name: 'Menu' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.focus();
    fireEvent.click(button);
    return button;
  }

  it('reaches every part a provider uses, Messages and Profile included', async () => {
    const button = await openMenu();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(button.getAttribute('aria-controls')!)!.className).toContain('is-open');
    const menu = screen.getByRole('navigation', { name: 'Main menu' });
    const links = Array.from(menu.querySelectorAll('a'), (a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Dashboard', '/dashboard'],
      ['Check in and out', '/check-in'],
      ['Visits', '/visits'],
      ['Timesheets', '/timesheets'],
      ['Sick leave', '/sick-leave'],
      ['Claims', '/claims'],
      ['Payments', '/payments'],
      ['Violations', '/violations'],
      ['Recipients', '/recipients'],
      ['Messages', '/messages'],
      ['Profile', '/profile'],
    ]);
    expect(menu.querySelector('a[aria-current="page"]')?.textContent).toBe('Dashboard');
  });

  it('closes with Escape and gives the focus back to its button', async () => {
    const button = await openMenu();
    const profile = screen.getByRole('link', { name: 'Profile' });
    profile.focus();
    fireEvent.keyDown(profile, { key: 'Escape' });

    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('button', { name: 'Menu' })).toBe(document.activeElement);
  });

  it('folds away once a page is chosen from it', async () => {
    const button = await openMenu();
    fireEvent.click(within(screen.getByRole('navigation', { name: 'Main menu' })).getByRole('link', { name: 'Messages' }));

    await vi.waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/messages'));
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });
});
