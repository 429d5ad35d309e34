// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays } from '../../domain';
import { clock } from '../clock';
import { RequireAuth } from '../components/RequireAuth';
import { EvvSender } from '../evv/outbox';
import type { QueuedTap } from '../evv/queue';
import { SessionProvider } from '../session';
import { renderPage, setUpPageTests, signedInSession, type Sent } from '../testing/server';
import { LAST_KNOWN_KEY, type LastKnownVisits } from './offline-store';

setUpPageTests();
afterEach(() => localStorage.clear());

const today = clock.today();
const copy: LastKnownVisits = {
  version: 1,
  userId: 7,
  firstName: 'Ann',
  keepUntil: new Date(clock.now().getTime() + 3_600_000).toISOString(),
  updatedAt: clock.now().toISOString(),
  skewMs: 0,
  visits: [
    { planId: 1, caseNumber: '9000001', date: today, startTime: '09:00', endTime: '12:00', name: 'Elena R.', checkedIn: false, checkedOut: false },
    { planId: 2, caseNumber: '9000001', date: addDays(today, 2), startTime: '13:00', endTime: '15:00', name: 'Elena R.', checkedIn: false, checkedOut: false },
  ],
  recipients: [{ caseNumber: '9000001', name: 'Elena R.' }],
  open: null,
};
const storedTaps = () => JSON.parse(localStorage.getItem('ihss.evv.outbox') ?? '[]') as QueuedTap[];

/** No signal until `online` is true; then the server answers as for a provider still signed in. */
function network() {
  const state = { online: false, sent: [] as Sent[] };
  vi.stubGlobal(
    'fetch',
    vi.fn((path: string, init: RequestInit = {}) => {
      if (!state.online) return Promise.reject(new TypeError('Failed to fetch'));
      state.sent.push({ method: init.method ?? 'GET', path, body: init.body === undefined ? undefined : (JSON.parse(String(init.body)) as unknown) });
      if (path === '/api/session') return Promise.resolve(Response.json(signedInSession({ id: 7 })));
      return Promise.resolve(Response.json({}, { status: 500 }));
    }),
  );
  return state;
}

function renderOffline() {
  renderPage(
    <SessionProvider>
      <EvvSender />
      <RequireAuth roles={['provider']}>
        <h1>Check in and out</h1>
      </RequireAuth>
    </SessionProvider>,
    { path: '*', at: '/check-in' },
  );
}

describe('the portal opened with no signal', () => {
  it('shows the provider’s last known visits with when they were last updated, and keeps a check-in on the phone', async () => {
    localStorage.setItem(LAST_KNOWN_KEY, JSON.stringify(copy));
    network();
    renderOffline();

    await screen.findByRole('heading', { name: 'Your visits', level: 1 });
    expect(screen.getByText(/^Last updated .*; you are offline\./)).toBeTruthy();
    const visits = within(screen.getByRole('region', { name: 'Scheduled visits' }));
    expect(visits.getAllByText('Elena R.')).toHaveLength(2);
    expect(visits.getByRole('heading', { name: 'Coming up' })).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: /^Community/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Check in' }));
    await screen.findByText(/^Checked in with Elena R\. at /);
    await screen.findByRole('heading', { name: 'Waiting to send' });
    expect(storedTaps()).toEqual([expect.objectContaining({ userId: 7, kind: 'check-in', body: expect.objectContaining({ caseNumber: '9000001', locationType: 'community' }) })]);
    expect(screen.getByRole('button', { name: 'Check out' })).toBeTruthy();
  });

  it('goes back to the page asked for, and sends the tap once, when the signal returns', async () => {
    localStorage.setItem(LAST_KNOWN_KEY, JSON.stringify(copy));
    const net = network();
    renderOffline();
    await screen.findByRole('heading', { name: 'Your visits', level: 1 });
    fireEvent.click(screen.getByRole('radio', { name: /^Community/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Check in' }));
    await screen.findByRole('heading', { name: 'Waiting to send' });
    const [tap] = storedTaps();

    net.online = true;
    window.dispatchEvent(new Event('online'));
    await screen.findByRole('heading', { name: 'Check in and out', level: 1 });
    await vi.waitFor(() => expect(net.sent.filter((r) => r.path === '/api/evv/check-in')).toHaveLength(1));
    expect(net.sent.find((r) => r.path === '/api/evv/check-in')!.body).toEqual(expect.objectContaining({ caseNumber: '9000001', idempotencyKey: tap!.key }));
  });

  it('says only that the portal cannot be reached when this phone keeps no visits', async () => {
    network();
    renderOffline();
    await screen.findByText('We could not reach the portal. Check your internet connection and try again.');
    expect(screen.queryByRole('heading', { name: 'Your visits' })).toBeNull();
  });
});
