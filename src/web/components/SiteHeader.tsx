import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import type { Role } from '../../contracts/auth';
import { useSession } from '../session';
import { useIssueText } from '../forms/useIssueText';
import { formIssue } from '../forms/issues';
import { HeaderCounts } from '../messages/HeaderCounts';
import { LanguageSwitcher } from './LanguageSwitcher';
import './site-nav.css';

/**
 * The portal's name and, once signed in, a "Menu" button (USWDS header, https://designsystem.digital.gov/components/header/).
 * On a phone the whole menu (pages, language, account) folds behind that one button, so the page's title is on the
 * first screen; from the desktop breakpoint the menu is always shown and the button is not.
 */
export function SiteHeader() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();

  // A link followed from the menu opens a page: the menu folds away behind it.
  useEffect(() => setOpen(false), [pathname]);

  const links = user ? MENU[user.role] : [];
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
        <div className={user ? 'site-header__language site-header__language--wide' : 'site-header__language'}>
          <LanguageSwitcher />
        </div>
        {user && (
          <button
            ref={button}
            type="button"
            className="usa-menu-btn site-header__menu-button"
            aria-expanded={open}
            aria-controls="site-menu"
            onClick={() => setOpen((o) => !o)}
          >
            {t('siteMenu.open')}
          </button>
        )}
      </div>
      {user && (
        <div
          id="site-menu"
          className={`site-menu${open ? ' is-open' : ''}`}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && open) {
              setOpen(false);
              button.current?.focus();
            }
          }}
        >
          <nav className="site-nav" aria-label={t('siteMenu.label')}>
            <ul className="grid-container site-nav__list">
              {links.map(([to, key]) => (
                <li key={to}>
                  <NavLink to={to} end={to === '/staff'} className="site-nav__link">
                    {t(key)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="site-header__account" role="group" aria-label={t('siteMenu.account')}>
            <div className="grid-container site-header__account-inner">
              <span>{t('header.signedInAs', { name: `${user.firstName} ${user.lastName}` })}</span>
              <HeaderCounts />
              <div className="site-header__language site-header__language--narrow">
                <LanguageSwitcher />
              </div>
              <SignOutButton />
            </div>
          </div>
        </div>
      )}
    </header>
  );
}

type MenuKey = `siteMenu.${
  | 'dashboard' | 'checkIn' | 'visits' | 'timesheets' | 'sickLeave' | 'claims' | 'payments' | 'violations' | 'recipients' | 'messages'
  | 'profile' | 'review' | 'console' | 'cases' | 'enrolments' | 'countyReview' | 'countyMessages' | 'unlock' | 'settings' | 'countyAdmins' | 'security'}`;
type MenuLink = readonly [to: string, key: MenuKey];

/** Every page a person of each role works in, with the same roles as the routes (App.tsx, console/routes.tsx) allow. */
const PROVIDER: readonly MenuLink[] = [
  ['/dashboard', 'siteMenu.dashboard'],
  ['/check-in', 'siteMenu.checkIn'],
  ['/visits', 'siteMenu.visits'],
  ['/timesheets', 'siteMenu.timesheets'],
  ['/sick-leave', 'siteMenu.sickLeave'],
  ['/claims', 'siteMenu.claims'],
  ['/payments', 'siteMenu.payments'],
  ['/violations', 'siteMenu.violations'],
  ['/recipients', 'siteMenu.recipients'],
  ['/messages', 'siteMenu.messages'],
  ['/profile', 'siteMenu.profile'],
];
const RECIPIENT: readonly MenuLink[] = [
  ['/dashboard', 'siteMenu.dashboard'],
  ['/visits', 'siteMenu.visits'],
  ['/review', 'siteMenu.review'],
  ['/profile/security', 'siteMenu.security'],
];
const COUNTY: readonly MenuLink[] = [
  ['/staff', 'siteMenu.console'],
  ['/staff/cases', 'siteMenu.cases'],
  ['/staff/enrolments', 'siteMenu.enrolments'],
  ['/staff/review', 'siteMenu.countyReview'],
  ['/staff/violations', 'siteMenu.violations'],
  ['/staff/payments', 'siteMenu.payments'],
  ['/staff/messages', 'siteMenu.countyMessages'],
  ['/staff/unlock', 'siteMenu.unlock'],
  ['/profile/security', 'siteMenu.security'],
];
const MENU: Record<Role, readonly MenuLink[]> = {
  provider: PROVIDER,
  recipient: RECIPIENT,
  county_worker: COUNTY,
  county_admin: [...COUNTY, ['/staff/settings', 'siteMenu.settings']],
  state_admin: [
    ['/staff', 'siteMenu.console'],
    ['/staff/cases', 'siteMenu.cases'],
    ['/staff/enrolments', 'siteMenu.enrolments'],
    ['/staff/payments', 'siteMenu.payments'],
    ['/staff/unlock', 'siteMenu.unlock'],
    ['/staff/settings', 'siteMenu.settings'],
    ['/state/county-admins', 'siteMenu.countyAdmins'],
    ['/profile/security', 'siteMenu.security'],
  ],
};

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
