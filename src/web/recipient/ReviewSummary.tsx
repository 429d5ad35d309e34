import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api';

/** For the recipient's dashboard: how many timesheets and sick leave claims wait for their decision. */
export function ReviewSummary() {
  const { t } = useTranslation();
  const timesheets = useQuery(api.recipientReview.list.query());
  const claims = useQuery(api.sickLeave.recipientClaims.query());
  const toReview = (timesheets.data?.timesheets ?? []).filter((ts) => ts.status === 'submitted').length;
  const toConfirm = (claims.data?.claims ?? []).filter((c) => c.status === 'pending').length;
  const loaded = timesheets.data !== undefined && claims.data !== undefined;
  return (
    <section className="dashboard-region" aria-labelledby="dash-review">
      <h2 id="dash-review">{t('dashboard.reviewHeading')}</h2>
      {loaded && toReview + toConfirm === 0 ? (
        <p className="dashboard-region__empty">{t('dashboard.reviewEmpty')}</p>
      ) : (
        <p>
          {t('review.summary.timesheets', { count: toReview })}
          <br />
          {t('review.summary.sickLeave', { count: toConfirm })}
        </p>
      )}
      <p>
        <Link to="/review">{t('review.summary.link')}</Link>
      </p>
    </section>
  );
}
