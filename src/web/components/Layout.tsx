import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useSession } from '../session';
import { UpdatePrompt } from '../pwa/UpdatePrompt';
import { OtherAccountTapsWarning } from '../evv/KeptTaps';
import { ErrorBoundary } from './ErrorBoundary';
import { IdleWarning } from './IdleWarning';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { StateBanner } from './StateBanner';
import { lazyPage } from './lazyPage';

/** Downloaded only by a session that must add a second factor before anything else (issue #14). */
const FactorGate = lazyPage(() => import('../second-factor/FactorGate').then((m) => m.FactorGate));

/** The frame of every page: skip link, official banner, header, the page, footer and the idle warning. */
export function Layout() {
  const { t } = useTranslation();
  const { user, state } = useSession();
  // Staff, or a county that requires it, with no second factor yet: every page is the set-up until one is added.
  const mustAddFactor = state?.authenticated === true && state.security.mustAddFactor;
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstPage = useRef(true);

  // A new page in a single-page app is silent for screen readers: move focus to its heading, as a page load would. A
  // page whose code or first data is still loading has no heading yet: focus waits on the main region, without
  // scrolling the header away, and moves to the heading when it appears.
  useEffect(() => {
    if (firstPage.current) {
      firstPage.current = false;
      return;
    }
    const region = main.current;
    if (!region) return;
    const focusHeading = () => {
      const heading = region.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      heading.tabIndex = -1;
      heading.focus();
      return true;
    };
    if (focusHeading()) return;
    region.focus({ preventScroll: true });
    const appears = new MutationObserver(() => {
      if (focusHeading()) appears.disconnect();
    });
    appears.observe(region, { childList: true, subtree: true });
    return () => appears.disconnect();
  }, [location.pathname]);

  return (
    <>
      <a
        className="usa-skipnav"
        href="#main-content"
        onClick={(e) => {
          e.preventDefault();
          main.current?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <StateBanner />
      <SiteHeader />
      <main id="main-content" ref={main} tabIndex={-1} className="site-main">
        <div className="grid-container">
          <UpdatePrompt />
          <OtherAccountTapsWarning />
          <ErrorBoundary key={location.pathname}>
            {mustAddFactor ? <FactorGate /> : <Outlet />}
          </ErrorBoundary>
        </div>
      </main>
      <SiteFooter />
      {user && <IdleWarning />}
    </>
  );
}
