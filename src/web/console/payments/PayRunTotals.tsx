import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PayRunTotalsView } from '../../../contracts/payments';
import { useDeductionText } from '../../payments/deductions';
import { formatMoney, formatShortDay } from '../../timesheets/format';
import { FilteredResults } from '../FilteredResults';
import { NextPageButton } from '../NextPageButton';
import { api } from '../../api';

/**
 * Payroll's pay runs, newest first (issue #15): each run's payments, gross, deductions per kind and net, which is what
 * the State owes each tax agency and the union for the run (a county: its own payments). The newest run is open, the
 * others folded; older runs a page at a time. Under the payments group, so a pay run started here lists itself.
 */
export function PayRunTotals() {
  const { t } = useTranslation();
  const runs = useInfiniteQuery({
    queryKey: api.payments.payRunTotals.key(),
    queryFn: ({ pageParam }) => api.payments.payRunTotals({ query: { before: pageParam ?? undefined } }),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.older,
  });
  return (
    <section aria-labelledby="pay-run-totals" className="margin-top-4">
      <h2 id="pay-run-totals">{t('staffPayments.runsHeading')}</h2>
      <p className="measure-5">{t('staffPayments.runsIntro')}</p>
      <FilteredResults
        query={runs}
        count={(d) => d.pages.reduce((n, p) => n + p.runs.length, 0)}
        shownText={(count) => t('staffPayments.runsShown', { count })}
        emptyText={t('staffPayments.runsEmpty')}
      >
        {(d) => d.pages.flatMap((p) => p.runs).map((r, i) => <PayRun key={r.id} run={r} open={i === 0} />)}
      </FilteredResults>
      <NextPageButton query={runs} label={t('staffPayments.runsOlder')} loading={t('staffPayments.runsLoadingOlder')} />
    </section>
  );
}

function PayRun({ run: r, open }: { run: PayRunTotalsView; open: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const deductionText = useDeductionText();
  const title = t('staffPayments.runTitle', { id: r.id, date: formatShortDay(r.issueDate, lang), scope: r.statewide ? t('staffPayments.filesStatewide') : t('staffPayments.filesCounty') });
  const rows = [
    [t('staffPayments.count'), r.payments.toLocaleString(lang)],
    [t('staffPayments.gross'), formatMoney(r.grossCents, lang)],
    ...r.deductions.map((d) => [deductionText(d.kind), formatMoney(d.cents, lang)] as const),
    [t('staffPayments.runDeductions'), formatMoney(r.deductions.reduce((s, d) => s + d.cents, 0), lang)],
    [t('staffPayments.runNet'), formatMoney(r.netCents, lang)],
  ] as const;
  return (
    <details open={open} className="margin-bottom-2">
      <summary>{title}</summary>
      <table className="usa-table usa-table--borderless width-full">
        <caption className="usa-sr-only">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('staffPayments.runWhat')}</th>
            <th scope="col" className="text-right">
              {t('staffPayments.runAmount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="text-right">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
