import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api';

export function useCounties() {
  return useQuery({ ...api.counties.list.query(), staleTime: Number.POSITIVE_INFINITY });
}

/** The state admin works for every county: they pick one. Its value is the county's slug. */
export function CountyPicker({ id, value, onChange }: { id: string; value: string; onChange(slug: string): void }) {
  const { t } = useTranslation();
  const counties = useCounties();
  return (
    <div className="usa-form-group">
      <label className="usa-label" htmlFor={id}>
        {t('console.countyLabel')}
      </label>
      <select id={id} className="usa-select" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('console.chooseCounty')}</option>
        {counties.data?.counties.map((c) => (
          <option key={c.slug} value={c.slug}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}
