import './design-system.scss';
import './styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import type { SessionState } from '../contracts/auth';
import { api, ApiError, onSessionRead } from './api';
import { clock } from './clock';
import { SessionProvider, sessionQuery } from './session';
import { App, appRoutes } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { pageAt } from './components/RequireAuth';
import { initI18n } from './i18n';
import './pwa/register';

/**
 * Private data lives only in this in-memory cache: never persisted, dropped at sign-out and expiry. Nothing
 * refetches by itself, because every request to a private route restarts the session's idle clock and
 * only the person's own actions should keep a session alive.
 */
const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 5_000,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
      retry: (failures, error) => failures < 1 && !(error instanceof ApiError && error.status > 0 && error.status < 500),
    },
    mutations: { retry: false },
  },
});

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <SessionProvider>
              <App />
            </SessionProvider>
          </BrowserRouter>
        </QueryClientProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}

// The session (index.html preloads it), the words, the page's code and its data download side by side: the first page
// waits for one round trip after the app's code, not four.
const firstPage = pageAt(appRoutes, window.location);
firstPage.preload();
const stopReading = onSessionRead((state) => {
  stopReading();
  // A session that must add a second factor first is shown only that (Layout), and the server answers nothing else.
  if (state.authenticated && !state.security.mustAddFactor) firstPage.prefetch(state.user, queryClient);
});
void queryClient.prefetchQuery(sessionQuery()).then(() => {
  // The pages behind sign-in show California times: the browser's time-zone data is loaded now, while the page waits
  // for its data, in a task of its own, rather than inside the one that draws the first time (about 15 ms here, four
  // times that on the phones of issue #13).
  if (queryClient.getQueryData<SessionState>(api.auth.session.key())?.authenticated) setTimeout(() => clock.today());
});
void initI18n().then(render);
