// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api';
import { clock } from '../clock';
import { initI18n } from '../i18n';
import { SessionProvider } from '../session';
import { activeCase } from '../testing/cases';
import { signedInSession } from '../testing/server';
import { CheckInPage } from './CheckInPage';
import type { QueuedTap } from './queue';

const today = clock.today();
const session = signedInSession({ firstName: 'Maria', county: null, helpDesk: { phone: '8005550100', email: null, hours: null, statewide: true } });
const ann = activeCase('9000001', { recipient: { firstName: 'Ann', lastName: 'Test' } });

/** The phone's answers to "where are you?", held until the test gives them: a Home tap waits for its location. */
let locating: (() => void)[] = [];
const storedTaps = () => JSON.parse(localStorage.getItem('ihss.evv.outbox') ?? '[]') as QueuedTap[];

beforeAll(async () => {
  await initI18n('en', { signedIn: true });
});
beforeEach(() => {
  localStorage.clear();
  locating = [];
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: {
      getCurrentPosition: (_found: PositionCallback, failed: PositionErrorCallback) => {
        locating.push(() => failed({ code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: 'denied' }));
      },
    },
  });
  // Nothing is sent in these tests (no sender runs); a request would only read the session.
  vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(Response.json(session))));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'geolocation');
});

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  client.setQueryData(api.auth.session.key(), session);
  client.setQueryData(api.cases.list.key(), { month: ann.month, cases: [ann] });
  client.setQueryData(api.evv.state.key(), { open: null, needsFix: [], exemptCases: [] });
  client.setQueryData(api.evv.records.key({ query: { from: today, to: today } }), { records: [] });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <SessionProvider>
          <CheckInPage />
        </SessionProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const answerLocation = () => locating.shift()!();

describe('checking in and out', () => {
  it('records one tap however often the button is pressed while the first is being recorded', async () => {
    renderPage();
    fireEvent.click(screen.getByRole('radio', { name: /^Home/ }));
    const checkIn = screen.getByRole('button', { name: 'Check in' });
    // A double tap: the second press comes before the page has drawn the first as pending.
    fireEvent.click(checkIn);
    fireEvent.click(checkIn);

    const checkOut = await screen.findByRole('button', { name: 'Check out' });
    expect(storedTaps().map((tap) => tap.kind)).toEqual(['check-in']);
    expect(locating).toHaveLength(1);
    answerLocation();
    await screen.findByText(/^Checked in with Ann Test at /);

    fireEvent.click(checkOut);
    fireEvent.click(checkOut);
    await vi.waitFor(() => expect(locating).toHaveLength(1));
    answerLocation();
    await screen.findByText(/^Checked out from Ann Test at /);
    expect(storedTaps().map((tap) => [tap.kind, tap.body.caseNumber, tap.body.locationStatus])).toEqual([
      ['check-in', '9000001', 'refused'],
      ['check-out', '9000001', 'refused'],
    ]);
  });


  it('keeps a tap made without signal on the phone', async () => {
    renderPage();
    window.dispatchEvent(new Event('offline'));
    try {
      fireEvent.click(screen.getByRole('radio', { name: /^Community/ }));
      fireEvent.click(screen.getByRole('button', { name: 'Check in' }));
      await screen.findByText(/^Checked in with Ann Test at /);
      expect(storedTaps().map((tap) => [tap.kind, tap.body.caseNumber])).toEqual([['check-in', '9000001']]);
    } finally {
      window.dispatchEvent(new Event('online'));
    }
  });
});
