import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import type { SessionState } from '../../contracts/auth';
import { SessionProvider } from '../session';

/** The session after a right password, when the account has these factors. */
export const pendingSession = (secondFactor: NonNullable<Extract<SessionState, { authenticated: false }>['secondFactor']>): SessionState => ({
  authenticated: false,
  csrfToken: 'token',
  demo: false,
  secondFactor,
});

function Where() {
  const location = useLocation();
  return <p data-testid="location">{location.pathname + location.search}</p>;
}

/** Renders `routes` inside the real session (its first answer from the stubbed server) at `at`; the path and search in the "location" test id. */
export function renderWithSession(routes: ReactNode, at: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[at]}>
        <SessionProvider>
          <Routes>
            {routes}
            <Route path="*" element={<p>Somewhere else</p>} />
          </Routes>
          <Where />
        </SessionProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return client;
}
