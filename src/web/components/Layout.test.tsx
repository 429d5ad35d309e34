// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SessionProvider } from '../session';
import { setUpPageTests, stubServer } from '../testing/server';
import { Layout } from './Layout';

setUpPageTests();

/** A page whose heading arrives after its data, as a lazily loaded page's does. */
function SlowPage() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), 50);
    return () => clearTimeout(timer);
  }, []);
  return ready ? <h1>Slow page</h1> : <p className="loading">Loading…</p>;
}

describe('Layout, moving between pages', () => {
  it('moves focus to the new page heading once it appears, waiting on the main region meanwhile', async () => {
    stubServer();
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter initialEntries={['/first']}>
          <SessionProvider>
            <Routes>
              <Route element={<Layout />}>
                <Route path="first" element={<Link to="/slow">Go</Link>} />
                <Route path="slow" element={<SlowPage />} />
              </Route>
            </Routes>
          </SessionProvider>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    fireEvent.click(await screen.findByRole('link', { name: 'Go' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('main-content'));
    const heading = await screen.findByRole('heading', { name: 'Slow page', level: 1 });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });
});
