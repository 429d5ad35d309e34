import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { isValidElement, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createRoutesFromChildren, Link, matchRoutes, Navigate, useLocation, useParams } from 'react-router';
import type { Role, SessionUser } from '../../contracts/auth';
import { OfflineFallback } from '../pwa/OfflineFallback';
import { signInRouteAfter, useSession } from '../session';
import { prefetchPage, preloadPage } from './lazyPage';
import { Loading } from './Loading';
import { usePageTitle } from './usePageTitle';

/**
 * A page for signed-in people only: others go to the sign-in page, which brings them back here after.
 * With `roles`, only those roles see it. Once the session says who is signed in, the page's data is asked for while
 * its code downloads (lazyPage's `data`).
 */
export function RequireAuth({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const { state, loadFailed, user, ended } = useSession();
  const location = useLocation();
  const params = useParams();
  const queryClient = useQueryClient();
  const asked = useRef<string | null>(null);
  // As the page is drawn, not once the frame around it is: its answers are handed on in a later task (TanStack
  // Query's notifyManager), so nothing else is redrawn while this is. Once per address and person: a redraw for any
  // other reason asks for nothing (and an answer still fresh is not asked for again in any case).
  const page = user ? `${user.id} ${location.pathname}${location.search}` : null;
  if (user && allows(roles, user) && asked.current !== page) {
    asked.current = page;
    prefetchPage(children, { user, params, search: new URLSearchParams(location.search) }, queryClient);
  }
  if (loadFailed) return <OfflineFallback unreachable={<Unreachable />} />;
  if (!state) {
    // The page's code downloads while the session is asked for, instead of after.
    preloadPage(children);
    return <Loading />;
  }
  if (!user && ended) {
    const after = signInRouteAfter(ended);
    return <Navigate to={after.to} state={after.state} replace />;
  }
  if (!user) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  if (!allows(roles, user)) return <Forbidden />;
  return children;
}

const allows = (roles: readonly Role[] | undefined, user: SessionUser) => !roles || roles.includes(user.role);

/** The page `routes` show at an address, found once: its code can be downloaded, and its data asked for. */
export interface RoutedPage {
  preload(): void;
  /** Asks for the page's data for `user`, if the page is for them (nothing for a page that is not behind sign-in). */
  prefetch(user: SessionUser, queryClient: QueryClient): void;
}

/**
 * The page `routes` show at `location`: main.tsx downloads its code as the app starts and asks for its data once the
 * session says who is signed in, so that both come beside the words rather than once the frame is drawn (issue #13).
 * The same as RequireAuth does once drawn, which then asks for nothing already asked for.
 */
export function pageAt(routes: ReactNode, location: { pathname: string; search: string }): RoutedPage {
  const match = matchRoutes(createRoutesFromChildren(routes), location.pathname)?.at(-1);
  const element = match?.route.element;
  if (!isValidElement<{ roles?: readonly Role[]; children?: ReactNode }>(element)) return { preload: () => undefined, prefetch: () => undefined };
  if (element.type !== RequireAuth) return { preload: () => preloadPage(element), prefetch: () => undefined };
  const { roles, children: page } = element.props;
  return {
    preload: () => preloadPage(page),
    prefetch: (user, queryClient) => {
      if (allows(roles, user)) prefetchPage(page, { user, params: match!.params, search: new URLSearchParams(location.search) }, queryClient);
    },
  };
}

function Unreachable() {
  const { t } = useTranslation();
  return (
    <div className="usa-alert usa-alert--error" role="alert">
      <div className="usa-alert__body">
        <p className="usa-alert__text">{t('problems.offline')}</p>
      </div>
    </div>
  );
}

function Forbidden() {
  const { t } = useTranslation();
  usePageTitle(t('problems.forbiddenTitle'));
  return (
    <>
      <h1>{t('problems.forbiddenTitle')}</h1>
      <p>{t('problems.forbiddenText')}</p>
      <p>
        <Link to="/dashboard">{t('header.dashboard')}</Link>
      </p>
    </>
  );
}
