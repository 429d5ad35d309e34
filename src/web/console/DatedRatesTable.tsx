import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from './format';

interface DatedRate {
  effectiveFrom: string;
  note: string | null;
}

interface DatedRatesTableProps<R extends DatedRate> {
  caption: string;
  /** Shown instead of the table when the county has set none. */
  empty: string;
  rates: readonly R[];
  fromColumn: string;
  noteColumn: string;
  /** The rate's own columns, between its date and its note. */
  columns: readonly { heading: string; cell(rate: R): ReactNode }[];
}

/** A county's rates by the date each applies from, the latest first: its wage rates, its union dues and premium. */
export function DatedRatesTable<R extends DatedRate>({ caption, empty, rates, fromColumn, noteColumn, columns }: DatedRatesTableProps<R>) {
  const { i18n } = useTranslation();
  if (rates.length === 0) return <p>{empty}</p>;
  return (
    <table className="usa-table usa-table--borderless width-full">
      <caption className="usa-sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{fromColumn}</th>
          {columns.map((c) => (
            <th key={c.heading} scope="col">
              {c.heading}
            </th>
          ))}
          <th scope="col">{noteColumn}</th>
        </tr>
      </thead>
      <tbody>
        {[...rates].reverse().map((r) => (
          <tr key={r.effectiveFrom}>
            <th scope="row">{formatDate(r.effectiveFrom, i18n.language)}</th>
            {columns.map((c) => (
              <td key={c.heading}>{c.cell(r)}</td>
            ))}
            <td>{r.note ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
