import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import type { Role } from '../../contracts/auth';
import { OfflineFallback } from '../pwa/OfflineFallback';
import { signInRouteAfter, useSession } from '../session';
import { preloadPage } from './lazyPage';
import { Loading } from './Loading';
import { usePageTitle } from './usePageTitle';

/**
 * A page for signed-in people only: others go to the sign-in page, which brings them back here after.
 * With `roles`, only those roles see it.
 */
export function RequireAuth({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const { state, loadFailed, user, ended } = useSession();
  const location = useLocation();
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
  if (roles && !roles.includes(user.role)) return <Forbidden />;
  return children;
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
