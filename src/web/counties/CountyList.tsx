import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TextField } from '../forms/TextField';
import { ProblemAlert } from '../forms/ProblemAlert';
import { Loading } from '../components/Loading';
import { api } from '../api';

/** Folds accents and case, so "san jose" finds names however they are typed. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().trim();

/** All 58 counties, each linking to its entry page, with a filter that keeps the list short on a phone. */
export function CountyList() {
  const { t } = useTranslation();
  const counties = useQuery({ ...api.counties.list.query(), staleTime: 60 * 60_000 });
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);

  if (counties.isPending) return <Loading />;
  if (counties.isError) return <ProblemAlert error={counties.error} slim />;
  const all = counties.data.counties;
  const shown = all.filter((c) => fold(c.name).includes(fold(deferred)));
  return (
    <div className="county-list">
      <TextField
        id="county-filter"
        type="search"
        label={t('home.filterLabel')}
        hint={t('home.filterHint')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
      />
      <p className="county-list__count" role="status">
        {shown.length === 0 ? t('home.noMatch', { query: deferred }) : t('home.countiesShown', { shown: shown.length, total: all.length })}
      </p>
      <ul className="county-list__items">
        {shown.map((c) => (
          <li key={c.slug}>
            <Link to={`/counties/${c.slug}`}>{t('county.title', { county: c.name })}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
