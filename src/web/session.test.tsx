// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api } from './api';
import { SessionProvider, useSession } from './session';
import { renderPage, setUpPageTests, signedInSession, stubServer } from './testing/server';

setUpPageTests();

function Deadline() {
  const { deadlines } = useSession();
  return <p>{deadlines ? 'idle deadline known' : 'no idle deadline'}</p>;
}

describe('the session, asked for before the page is drawn (main.tsx)', () => {
  it('is heard when its answer came before the session keeper was there: the idle deadline is known', async () => {
    stubServer((request) => (request.path === '/api/session' ? Response.json(signedInSession()) : undefined));
    const answer = await api.auth.session();
    renderPage(
      <SessionProvider>
        <Deadline />
      </SessionProvider>,
      { cache: [[api.auth.session.key(), answer]] },
    );
    expect(await screen.findByText('idle deadline known')).toBeTruthy();
  });

  it('is not taken from an older answer than the session the page holds', async () => {
    stubServer((request) => (request.path === '/api/session' ? Response.json(signedInSession({ id: 30 })) : undefined));
    await api.auth.session();
    renderPage(
      <SessionProvider>
        <Deadline />
      </SessionProvider>,
      { cache: [[api.auth.session.key(), { authenticated: false, csrfToken: 'token', demo: false }]] },
    );
    expect(await screen.findByText('no idle deadline')).toBeTruthy();
    expect(screen.queryByText('idle deadline known')).toBeNull();
  });
});
