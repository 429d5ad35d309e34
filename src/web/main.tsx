import './design-system.scss';
import './styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApiError } from './api';
import { SessionProvider, sessionQuery } from './session';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
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

// The session, the words and the app's code download side by side: the first page waits for one round trip, not three.
void queryClient.prefetchQuery(sessionQuery());
void initI18n().then(render);
