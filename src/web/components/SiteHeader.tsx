import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { useSession } from '../session';
import { useIssueText } from '../forms/useIssueText';
import { formIssue } from '../forms/issues';
import { HeaderCounts } from '../messages/HeaderCounts';
import { LanguageSwitcher } from './LanguageSwitcher';
import './site-nav.css';

export function SiteHeader() {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <header className="usa-header site-header">
      <div className="grid-container site-header__inner">
        <div className="usa-logo site-header__logo">
          <em className="usa-logo__text">
            <Link to={user ? '/dashboard' : '/'} aria-label={t('header.homeLink')}>
              {t('app.name')}
            </Link>
          </em>
        </div>
        <LanguageSwitcher />
      </div>
      {user && (
        <div className="site-header__account">
          <div className="grid-container site-header__account-inner">
            <span>{t('header.signedInAs', { name: `${user.firstName} ${user.lastName}` })}</span>
            <HeaderCounts />
            <SignOutButton />
          </div>
        </div>
      )}
      {user && (user.role === 'provider' || user.role === 'recipient') && <MainNav links={user.role === 'provider' ? PROVIDER_LINKS : RECIPIENT_LINKS} />}
    </header>
  );
}

const PROVIDER_LINKS = [
  ['/dashboard', 'nav.dashboard'],
  ['/visits', 'nav.visits'],
  ['/timesheets', 'nav.timesheets'],
  ['/claims', 'nav.claims'],
  ['/payments', 'nav.payments'],
  ['/recipients', 'nav.recipients'],
] as const;

const RECIPIENT_LINKS = [
  ['/dashboard', 'nav.dashboard'],
  ['/visits', 'nav.visits'],
  ['/review', 'nav.review'],
] as const;

/** The main pages of a provider or a recipient: a row of plain links that wraps on a phone, the current one marked by more than colour. */
function MainNav({ links }: { links: typeof PROVIDER_LINKS | typeof RECIPIENT_LINKS }) {
  const { t } = useTranslation();
  return (
    <nav className="site-nav" aria-label={t('nav.label')}>
      <ul className="grid-container site-nav__list">
        {links.map(([to, key]) => (
          <li key={to}>
            <NavLink to={to} className="site-nav__link">
              {t(key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function SignOutButton() {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const { signOut } = useSession();
  const signingOut = useMutation({ mutationFn: signOut });
  return (
    <span className="site-header__sign-out">
      <button
        type="button"
        className="usa-button usa-button--outline usa-button--inverse"
        disabled={signingOut.isPending}
        onClick={() => signingOut.mutate()}
      >
        {t('header.signOut')}
      </button>
      <span role="status" className="site-header__sign-out-problem">
        {signingOut.isError && issueText(formIssue(signingOut.error))}
      </span>
    </span>
  );
}
