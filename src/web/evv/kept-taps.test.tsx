// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SignInPage } from '../auth/SignInPage';
import { clock } from '../clock';
import { initI18n } from '../i18n';
import { SessionProvider, useSession } from '../session';
import { refusal, renderPage, signedInSession, stubServer, writes } from '../testing/server';
import { OtherAccountTapsWarning } from './KeptTaps';
import { EvvSender, recordTap } from './outbox';
import type { QueuedTap } from './queue';

const CHECK_OUT = '/api/evv/check-out';
const OUTBOX = 'ihss.evv.outbox';


/** The sign-in page once the session is gone, nothing while it lasts: where a provider lands when it ends. */
function Screen() {
  const { user } = useSession();
  return user ? null : <SignInPage />;
}

const stored = () => JSON.parse(localStorage.getItem(OUTBOX) ?? '[]') as QueuedTap[];

beforeAll(async () => {
  await initI18n('en', { signedIn: true });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('a tap made after the session ended', () => {
  it('is kept on the phone with its tap time when the server answers 401, and the sign-in page says it is waiting', async () => {
    const sent = stubServer((request) => {
      if (request.path === '/api/session') return Response.json(signedInSession({ id: 7 }));
      if (request.path === CHECK_OUT) return refusal(401, 'sessionExpired');
      return undefined;
    });
    renderPage(
      <SessionProvider>
        <EvvSender />
        <Screen />
      </SessionProvider>,
      { path: '*', at: '/check-in' },
    );
    await vi.waitFor(() => expect(sent.some((r) => r.path === '/api/session')).toBe(true));
    const { key, tappedAt } = await recordTap({ kind: 'check-out', userId: 7, caseNumber: '1234567', recipientName: 'Elena Ramirez', locationType: 'community' });

    await screen.findByRole('heading', { name: 'A tap is waiting on this phone' });
    await vi.waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/sign-in'));
    expect(screen.getByText(/^Check-out tapped /)).toBeTruthy();
    expect(screen.getByText(/will be sent with the time you tapped as soon as you sign in again/)).toBeTruthy();
    expect(screen.queryByText(/Elena Ramirez/)).toBeNull();
    expect(writes(sent).filter((r) => r.path === CHECK_OUT)).toHaveLength(1);
    expect(stored()).toEqual([expect.objectContaining({ key, userId: 7, kind: 'check-out', refusal: null, body: expect.objectContaining({ tappedAt, idempotencyKey: key }) })]);
  });

  it('is kept, never sent, when another provider signs in on the phone, and that provider is told', async () => {
    const theirs: QueuedTap = {
      key: 'k-8',
      seq: 1,
      userId: 8,
      kind: 'check-out',
      recipientName: 'Elena Ramirez',
      locating: false,
      body: { idempotencyKey: 'k-8', caseNumber: '1234567', tappedAt: clock.now().toISOString() },
      refusal: null,
      attempts: 1,
    };
    localStorage.setItem(OUTBOX, JSON.stringify([theirs]));
    const sent = stubServer((request) => (request.path === '/api/session' ? Response.json(signedInSession({ id: 7 })) : undefined));
    renderPage(
      <SessionProvider>
        <EvvSender />
        <OtherAccountTapsWarning />
      </SessionProvider>,
      { path: '*', at: '/dashboard' },
    );

    await screen.findByRole('heading', { name: 'A tap by another account is kept on this phone' });
    expect(screen.getByText(/It will not be recorded under your name/)).toBeTruthy();
    expect(writes(sent)).toEqual([]);
    expect(stored()).toEqual([theirs]);
  });
});
