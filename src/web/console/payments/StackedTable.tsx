import type { ReactNode } from 'react';

interface StackedTableProps {
  /** Read by screen readers only: the section's visible heading says it to everyone else. */
  caption: string;
  heads: readonly string[];
  /** One cell a head; the first is the row's header. */
  rows: readonly { key: string | number; cells: readonly ReactNode[] }[];
}

/** A table that stacks each row under its headings on a phone (USWDS `usa-table--stacked`). */
export function StackedTable({ caption, heads, rows }: StackedTableProps) {
  return (
    <table className="usa-table usa-table--stacked usa-table--borderless width-full">
      <caption className="usa-sr-only">{caption}</caption>
      <thead>
        <tr>
          {heads.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" data-label={heads[0]}>
              {row.cells[0]}
            </th>
            {row.cells.slice(1).map((c, i) => (
              <td key={heads[i + 1]} data-label={heads[i + 1]}>
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
