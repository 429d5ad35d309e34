import { Button } from '../../components/uswds';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { ProblemAlert } from '../../forms/ProblemAlert';
import { useSession } from '../../session';
import { CountyPicker } from '../CountyPicker';
import { STATUS_WORDS, useHoursText } from './fields';
import './cases.css';
import { api } from '../../api';

/** The county's cases: search by case number or last name, and the way to add a recipient. */
export function CasesPage() {
  const { t } = useTranslation();
  usePageTitle(t('cases.title'));
  const { user } = useSession();
  const hoursText = useHoursText();
  const state = user?.role === 'state_admin';
  const [county, setCounty] = useState('');
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const query = { ...(search ? { q: search } : {}), ...(state && county ? { county } : {}) };
  const list = useInfiniteQuery({
    queryKey: api.caseConsole.list.key({ query }),
    initialPageParam: '',
    queryFn: ({ pageParam }) => api.caseConsole.list({ query: { ...query, ...(pageParam ? { after: pageParam } : {}) } }),
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const cases = list.data?.pages.flatMap((p) => p.cases) ?? [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSearch(typed.trim());
  };
  return (
    <>
      <h1>{t('cases.title')}</h1>
      <p>{t('cases.intro')}</p>
      <p>
        <Link className="usa-button" to="/staff/cases/new">
          {t('cases.addTitle')}
        </Link>
      </p>
      {state && <CountyPicker id="cases-county" value={county} onChange={setCounty} />}
      <div role="search">
        <form className="usa-form" onSubmit={submit}>
          <label className="usa-label" htmlFor="cases-search">
            {t('cases.searchLabel')}
          </label>
          <div className="usa-hint" id="cases-search-hint">
            {t('cases.searchHint')}
          </div>
          <div className="cases-search">
            <input id="cases-search" className="usa-input" type="search" value={typed} onChange={(e) => setTyped(e.target.value)} aria-describedby="cases-search-hint" maxLength={100} />
            <Button type="submit">{t('cases.searchButton')}</Button>
          </div>
        </form>
      </div>
      <div role="status" className="margin-top-3">
        {list.data && (search ? t('cases.foundFor', { shown: cases.length, query: search }) : t('cases.found', { shown: cases.length }))}
      </div>
      {list.isFetching && !list.data && <Loading />}
      <ProblemAlert error={list.error} slim />
      {cases.length > 0 && (
        <table className="usa-table usa-table--stacked usa-table--borderless width-full">
          <caption className="usa-sr-only">{t('cases.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cases.caseColumn')}</th>
              <th scope="col">{t('cases.nameColumn')}</th>
              <th scope="col">{t('cases.statusLabel')}</th>
              <th scope="col">{t('cases.hoursColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((c) => (
              <tr key={c.caseNumber}>
                <th scope="row" data-label={t('cases.caseColumn')}>
                  <Link to={`/staff/cases/${c.caseNumber}`}>{c.caseNumber}</Link>
                </th>
                <td data-label={t('cases.nameColumn')}>
                  {c.recipient.lastName}, {c.recipient.firstName}
                  {state && ` (${c.county.name})`}
                </td>
                <td data-label={t('cases.statusLabel')}>{t(STATUS_WORDS[c.status])}</td>
                <td data-label={t('cases.hoursColumn')}>{hoursText(c.authorizedMinutesThisMonth)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.hasNextPage && (
        <Button type="button" outline onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          {t('cases.more')}
        </Button>
      )}
    </>
  );
}
