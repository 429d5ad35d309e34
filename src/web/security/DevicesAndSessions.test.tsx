// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '../../contracts/messages/en';
import type { SessionList, SessionView } from '../../contracts/sessions';
import { refusal, renderPage, setUpPageTests, stubServer, writes, type Sent } from '../testing/server';
import { DevicesAndSessions } from './DevicesAndSessions';

setUpPageTests();

const at = '2026-03-02T18:30:00.000Z';
const session = (over: Partial<SessionView>): SessionView => ({
  id: '0123456789abcdef',
  current: false,
  device: 'phone',
  browser: 'Chrome',
  os: 'Android',
  network: 'internet',
  ipVersion: 4,
  address: '203.0.113.x',
  signedInAt: at,
  lastUsedAt: at,
  ...over,
});
const LAPTOP = session({ id: 'aaaaaaaaaaaaaaaa', current: true, device: 'computer', browser: 'Edge', os: 'Windows', network: 'private', address: null });
const PHONE = session({ id: 'bbbbbbbbbbbbbbbb' });
const IPAD = session({ id: 'cccccccccccccccc', device: 'tablet', browser: null, os: 'iOS', network: 'internet', ipVersion: 6, address: null });

/** The server: the list as given (changed by each sign-out), and `write` for the sign-outs. */
function server(start: SessionView[], write: (request: Sent) => Response | undefined = () => undefined) {
  let open = start;
  return stubServer((request) => {
    if (request.path === '/api/sessions' && request.method === 'GET') return Response.json({ sessions: open } satisfies SessionList);
    if (request.method !== 'POST') return undefined;
    const answer = write(request);
    if (answer) return answer;
    if (request.path === '/api/sessions/sign-out-others') {
      const ended = open.filter((s) => !s.current).length;
      open = open.filter((s) => s.current);
      return Response.json({ ended });
    }
    const id = /^\/api\/sessions\/([0-9a-f]{16})\/sign-out$/.exec(request.path)?.[1];
    if (!id) return undefined;
    open = open.filter((s) => s.id !== id);
    return Response.json({ ok: true });
  });
}

const rowOf = (name: string) => screen.getByRole('heading', { level: 3, name: new RegExp(`^${name}`) }).closest('li')!;

describe('Devices and sessions', () => {
  it('lists each session in words, with this device marked and no sign-out button of its own', async () => {
    server([LAPTOP, PHONE, IPAD]);
    renderPage(<DevicesAndSessions />);
    expect(screen.getByRole('heading', { level: 2, name: 'Devices and sessions' })).toBeTruthy();
    await screen.findByRole('heading', { level: 3, name: /^Computer, Edge on Windows/ });
    const laptop = rowOf('Computer, Edge on Windows');
    expect(within(laptop).getByText('This device')).toBeTruthy();
    expect(within(laptop).getByText('Private network')).toBeTruthy();
    expect(within(laptop).queryByRole('button')).toBeNull();
    expect(within(rowOf('Phone, Chrome on Android')).getByText('Internet, IPv4 203.0.113.x')).toBeTruthy();
    const ipad = rowOf('Tablet, Unknown browser on iOS');
    expect(within(ipad).getByText('Internet, IPv6')).toBeTruthy();
    expect(within(ipad).getByRole('button', { name: 'Sign out Tablet, Unknown browser on iOS' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign out of every other session' })).toBeTruthy();
  });

  it('asks before signing out one session, then signs out only that one and says so', async () => {
    const sent = server([LAPTOP, PHONE, IPAD]);
    renderPage(<DevicesAndSessions />);
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out Phone, Chrome on Android' }));
    const question = screen.getByText('Sign out Phone, Chrome on Android? Whoever uses it will have to sign in again.');
    expect(document.activeElement).toBe(question);
    expect(writes(sent)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, sign it out' }));
    const status = await screen.findByText('Phone, Chrome on Android is signed out.');
    expect(status.closest('[role="status"]')).not.toBeNull();
    expect(writes(sent)).toEqual([{ method: 'POST', path: `/api/sessions/${PHONE.id}/sign-out`, body: {} }]);
    await waitFor(() => expect(screen.queryByRole('heading', { level: 3, name: /^Phone/ })).toBeNull());
    expect(screen.getByRole('heading', { level: 3, name: /^Tablet/ })).toBeTruthy();
  });

  it('can be cancelled: nothing is sent', async () => {
    const sent = server([LAPTOP, PHONE]);
    renderPage(<DevicesAndSessions />);
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out of every other session' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('button', { name: 'Yes, sign out the others' })).toBeNull();
    expect(writes(sent)).toEqual([]);
  });

  it('signs out every other session after asking, and says how many', async () => {
    const sent = server([LAPTOP, PHONE, IPAD]);
    renderPage(<DevicesAndSessions />);
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out of every other session' }));
    expect(document.activeElement).toBe(screen.getByText('Sign out of every session except this one? Each will have to sign in again.'));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, sign out the others' }));
    await screen.findByText('2 other sessions are signed out.');
    expect(writes(sent)).toEqual([{ method: 'POST', path: '/api/sessions/sign-out-others', body: {} }]);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Sign out of every other session' })).toBeNull());
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(1);
  });

  it('says when the account is signed in nowhere else', async () => {
    server([LAPTOP]);
    renderPage(<DevicesAndSessions />);
    await screen.findByText('Your account is not signed in anywhere else.');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it("shows the server's refusal in words, as an alert", async () => {
    server([LAPTOP, PHONE], () => refusal(404, 'notFound'));
    renderPage(<DevicesAndSessions />);
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out Phone, Chrome on Android' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, sign it out' }));
    const alert = await screen.findByText(en.notFound);
    expect(alert.closest('[role="alert"]')).not.toBeNull();
  });
});
