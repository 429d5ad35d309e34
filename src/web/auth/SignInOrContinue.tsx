import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../session';
import { SignInForm } from './SignInForm';

/** The sign-in form on the entry pages, or, for someone already signed in, the way back to their dashboard. */
export function SignInOrContinue({ countySlug, idPrefix }: { countySlug?: string; idPrefix: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user) return <SignInForm countySlug={countySlug} idPrefix={idPrefix} />;
  return (
    <p>
      {t('header.signedInAs', { name: `${user.firstName} ${user.lastName}` })}{' '}
      <Link to="/dashboard">{t('header.dashboard')}</Link>
    </p>
  );
}
