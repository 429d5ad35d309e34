import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { formatDateTime } from '../i18n/format';
import { ProblemAlert } from '../forms/ProblemAlert';
import { useSession } from '../session';
import { CountyPicker } from './CountyPicker';
import { api } from '../api';

/** Recent enrolments of the county: whether each provider has created their account, and the letter again. */
export function EnrolmentsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('enrol.listTitle'));
  const { user } = useSession();
  const state = user?.role === 'state_admin';
  const [county, setCounty] = useState('');
  const list = useQuery({ ...api.enrolment.list.query({ query: state ? { county } : {} }), enabled: !state || county !== '' });
  return (
    <>
      <h1>{t('enrol.listTitle')}</h1>
      {user?.role !== 'state_admin' && (
        <p>
          <Link className="usa-button" to="/staff/enrol">
            {t('enrol.title')}
          </Link>
        </p>
      )}
      {state && <CountyPicker id="enrolments-county" value={county} onChange={setCounty} />}
      {list.isFetching && !list.data && <Loading />}
      <ProblemAlert error={list.error} slim />
      {list.data?.enrolments.length === 0 && <p>{t('enrol.listEmpty')}</p>}
      {list.data && list.data.enrolments.length > 0 && (
        <table className="usa-table usa-table--stacked usa-table--borderless width-full">
          <caption className="usa-sr-only">{t('enrol.listTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('enrol.providerColumn')}</th>
              <th scope="col">{t('enrol.enrolledColumn')}</th>
              <th scope="col">{t('enrol.accountColumn')}</th>
              <th scope="col">{t('enrol.letterColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.enrolments.map((e) => (
              <tr key={e.providerId}>
                <th scope="row" data-label={t('enrol.providerColumn')}>
                  <Link to={`/staff/accounts/${e.providerId}`}>
                    {e.firstName} {e.lastName} ({e.providerId})
                  </Link>
                </th>
                <td data-label={t('enrol.enrolledColumn')}>{t('enrol.enrolledBy', { at: formatDateTime(e.enrolledAt, i18n.language), by: e.enrolledBy })}</td>
                <td data-label={t('enrol.accountColumn')}>
                  {e.status === 'deactivated' ? t('unlock.deactivated') : e.setUp ? t('enrol.accountCreated') : t('enrol.accountNotYet')}
                </td>
                <td data-label={t('enrol.letterColumn')}>
                  <Link to={`/staff/enrolments/${e.providerId}/letter`}>{t('enrol.viewLetter', { name: `${e.firstName} ${e.lastName}` })}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
