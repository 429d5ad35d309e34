// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { Role } from '../../contracts/auth';
import { api } from '../api';
import { SessionProvider } from '../session';
import { setUpPageTests, signedInSession, stubServer } from '../testing/server';
import { lazyPage, type PageData } from './lazyPage';
import { pageAt, RequireAuth } from './RequireAuth';

setUpPageTests();

/** A provider's timesheet page whose code and data are watched. */
function timesheetPage() {
  const data = vi.fn<PageData>();
  const load = vi.fn(() => Promise.resolve(() => <h1>Timesheet</h1>));
  const Page = lazyPage(load, data);
  const routes = (
    <>
      <Route path="timesheets/:id" element={<RequireAuth roles={['provider']}>{<Page />}</RequireAuth>} />
      <Route path="sign-in" element={<h1>Sign in</h1>} />
      <Route path="about" element={<Page />} />
    </>
  );
  return { data, load, routes };
}

function open(at: string, routes: React.ReactNode, client = new QueryClient()) {
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[at]}>
        <SessionProvider>
          <Routes>{routes}</Routes>
        </SessionProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return client;
}

describe("a page behind sign-in asks for its data as it is drawn (issue #13)", () => {
  it('for whoever is signed in, with the address’s parameters and query, and once however often it is redrawn', async () => {
    stubServer((request) => (request.path === '/api/session' ? Response.json(signedInSession()) : undefined));
    const { data, routes } = timesheetPage();
    const client = open('/timesheets/6?from=mail', routes);
    await screen.findByRole('heading', { name: 'Timesheet' });
    client.setQueryData(api.auth.session.key(), signedInSession());
    await screen.findByRole('heading', { name: 'Timesheet' });
    expect(data).toHaveBeenCalledOnce();
    const [at, queryClient] = data.mock.calls[0]!;
    expect([at.user.id, at.params.id, at.search.get('from'), queryClient]).toEqual([7, '6', 'mail', client]);
  });

  it.each([
    ['someone the page is not for', signedInSession({ role: 'recipient' }), 'You do not have access to this page'],
    ['nobody signed in', { authenticated: false, csrfToken: 'token', demo: false }, 'Sign in'],
  ])('asks for nothing for %s', async (_who, session, heading) => {
    stubServer((request) => (request.path === '/api/session' ? Response.json(session) : undefined));
    const { data, routes } = timesheetPage();
    open('/timesheets/6', routes);
    await screen.findByRole('heading', { name: heading });
    expect(data).not.toHaveBeenCalled();
  });
});

describe('the first page, prepared as the app starts', () => {
  const session = signedInSession();
  const provider = session.authenticated ? session.user : undefined;

  it.each<[string, Role | null, boolean]>([
    ['a provider', 'provider', true],
    ['someone the page is not for', 'recipient', false],
    ['nobody known yet', null, false],
  ])("downloads the page's code, and its data only for whom it is (%s)", (_who, role, asks) => {
    const { data, load, routes } = timesheetPage();
    const page = pageAt(routes, { pathname: '/timesheets/6', search: '?from=mail' });
    page.preload();
    if (role && provider) page.prefetch({ ...provider, role }, new QueryClient());
    expect(load).toHaveBeenCalledOnce();
    expect(data.mock.calls.map(([at]) => [at.params.id, at.search.get('from')])).toEqual(asks ? [['6', 'mail']] : []);
  });

  it("downloads a public page's code, and nothing for an address no page has", () => {
    const { data, load, routes } = timesheetPage();
    const nowhere = pageAt(routes, { pathname: '/nowhere', search: '' });
    nowhere.preload();
    nowhere.prefetch(provider!, new QueryClient());
    expect(load).not.toHaveBeenCalled();
    const about = pageAt(routes, { pathname: '/about', search: '' });
    about.preload();
    about.prefetch(provider!, new QueryClient());
    expect(load).toHaveBeenCalledOnce();
    expect(data).not.toHaveBeenCalled();
  });
});
