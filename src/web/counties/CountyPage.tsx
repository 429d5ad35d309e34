import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { HelpDeskContact } from '../components/HelpDeskContact';
import { Loading } from '../components/Loading';
import { SignInOrContinue } from '../auth/SignInOrContinue';
import { usePageTitle } from '../components/usePageTitle';
import { ProblemAlert } from '../forms/ProblemAlert';
import { api, ApiError } from '../api';

/** A county's own entry page: its name, its help desk (or the statewide one), and the sign-in form. */
export function CountyPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const county = useQuery({ ...api.counties.get.query({ params: { slug } }), staleTime: 5 * 60_000 });
  // A malformed slug fails the server's validation (400); to the person it is the same: no such county.
  const missing = county.error instanceof ApiError && (county.error.status === 404 || county.error.status === 400);
  usePageTitle(county.data ? t('county.title', { county: county.data.name }) : missing ? t('county.notFoundTitle') : t('app.loading'));

  if (missing) return <CountyNotFound />;
  if (county.isError) return <ProblemAlert error={county.error} />;
  if (county.isPending) return <Loading />;

  const { name, helpDesk } = county.data;
  return (
    <>
      <h1>
        {t('county.title', { county: name })}
        <span className="county-subtitle">{t('county.subtitle')}</span>
      </h1>
      <div className="grid-row grid-gap-lg">
        <section className="tablet-lg:grid-col-7" aria-labelledby="county-sign-in">
          <h2 id="county-sign-in">{t('county.signInHeading')}</h2>
          <SignInOrContinue countySlug={county.data.slug} idPrefix="county-sign-in" />
        </section>
        <aside className="tablet-lg:grid-col-5" aria-labelledby="county-help">
          <div className="usa-summary-box margin-top-4">
            <div className="usa-summary-box__body">
              <h2 className="usa-summary-box__heading" id="county-help">
                {t('county.helpHeading')}
              </h2>
              {helpDesk.statewide && <p>{t('county.statewideNote', { county: name })}</p>}
              <HelpDeskContact helpDesk={helpDesk} countyName={name} headingLevel={3} />
            </div>
          </div>
        </aside>
      </div>
    </>
  );
}

function CountyNotFound() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('county.notFoundTitle')}</h1>
      <p>{t('county.notFoundText')}</p>
      <p>
        <Link to="/">{t('county.allCounties')}</Link>
      </p>
    </>
  );
}
