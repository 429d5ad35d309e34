import { Alert } from '../components/uswds';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { safeNextPath } from './safeNextPath';
import { SignInForm } from './SignInForm';
import { usePageTitle } from '../components/usePageTitle';
import { useSession } from '../session';
import { Loading } from '../components/Loading';

/** The second step is downloaded only by those whose password was right and who have a second factor. */
const SecondFactorStep = lazy(() => import('../second-factor/SecondFactorStep').then((m) => ({ default: m.SecondFactorStep })));

type Notice = 'signedOut' | 'setupComplete';

function noticeOf(state: unknown): Notice | null {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return notice === 'signedOut' || notice === 'setupComplete' ? notice : null;
}

/** Sign-in without county branding, and where people land after signing out or when the session ends. */
export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const { user, state } = useSession();
  const location = useLocation();
  const [params] = useSearchParams();
  const notice = noticeOf(location.state);
  const expired = params.get('reason') === 'expired';

  // Already signed in (or just now, by the form below): on to where they were going.
  if (user) return <Navigate to={safeNextPath(params.get('next')) ?? '/dashboard'} replace />;
  // The password was right; the sign-in finishes with a second factor (issue #14).
  const pending = state && !state.authenticated ? state.secondFactor : undefined;
  if (pending) {
    return (
      <Suspense fallback={<Loading />}>
        <SecondFactorStep secondFactor={pending} />
      </Suspense>
    );
  }
  return (
    <div className="page-narrow">
      <h1>{t('signIn.title')}</h1>
      <div role="status" className="page-notices">
        {expired && (
          <Alert type="warning" headingLevel="h2" slim>
            {t('errors.sessionExpired')}
          </Alert>
        )}
        {notice === 'signedOut' && (
          <Alert type="info" headingLevel="h2" slim>
            {t('signIn.signedOut')}
          </Alert>
        )}
        {notice === 'setupComplete' && (
          <Alert type="success" headingLevel="h2" slim>
            {t('signIn.setupComplete')}
          </Alert>
        )}
      </div>
      <SignInForm />
    </div>
  );
}
