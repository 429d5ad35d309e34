import { useTranslation } from 'react-i18next';
import { CountyList } from './CountyList';
import { SignInOrContinue } from '../auth/SignInOrContinue';
import { usePageTitle } from '../components/usePageTitle';

/** The statewide front door: what the portal is, signing in, and every county's own page. */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="measure-5">{t('home.intro')}</p>
      <div className="grid-row grid-gap-lg">
        <section className="tablet-lg:grid-col-6" aria-labelledby="home-sign-in">
          <h2 id="home-sign-in">{t('home.signInHeading')}</h2>
          <SignInOrContinue idPrefix="home-sign-in" />
        </section>
        <section className="tablet-lg:grid-col-6" aria-labelledby="home-counties">
          <h2 id="home-counties">{t('home.countiesHeading')}</h2>
          <p>{t('home.countiesIntro')}</p>
          <CountyList />
        </section>
      </div>
    </>
  );
}
