import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../timesheets/format';

export interface CountAmountRow {
  key: string;
  /** The row's header cell: what is counted (a status, often a link to the list of it). */
  label: ReactNode;
  count: number;
  cents: number;
}

/** Counts and amounts by kind (claims or payments by status): a labelled row each, figures right-aligned. */
export function CountAmountTable({ caption, heads, rows }: { caption?: string; heads: readonly [label: string, count: string, amount: string]; rows: readonly CountAmountRow[] }) {
  const lang = useTranslation().i18n.language;
  return (
    <table className="usa-table usa-table--borderless width-full">
      {caption && <caption className="usa-sr-only">{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{heads[0]}</th>
          <th scope="col" className="text-right">
            {heads[1]}
          </th>
          <th scope="col" className="text-right">
            {heads[2]}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td className="text-right">{r.count.toLocaleString(lang)}</td>
            <td className="text-right">{formatMoney(r.cents, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
