import { Button } from '@trussworks/react-uswds';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { settlementList, type SettlementView } from '../../../contracts/payments';
import { get } from '../../api';
import { formatDateTime } from '../../i18n/format';
import { formatMoney, formatSpan } from '../../timesheets/format';
import { FilteredResults } from '../FilteredResults';
import { StackedTable } from './StackedTable';
import './payments.css';

/**
 * The acknowledgement files recorded so far (the county's; the state admin's: every county's), newest first, with
 * what each recorded; older ones a page at a time. The page invalidates `queryKey` after an import.
 */
export function SettlementHistory({ queryKey }: { queryKey: readonly unknown[] }) {
  const { t } = useTranslation();
  const files = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => get(`/api/staff/payment-settlements${pageParam === null ? '' : `?before=${pageParam}`}`, settlementList),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.older,
  });
  return (
    <section aria-labelledby="settlement-history" className="margin-top-4">
      <h2 id="settlement-history">{t('staffPayments.filesHeading')}</h2>
      <FilteredResults
        query={files}
        count={(d) => d.pages.reduce((n, p) => n + p.settlements.length, 0)}
        shownText={(count) => t('staffPayments.filesShown', { count })}
        emptyText={t('staffPayments.filesEmpty')}
      >
        {(d) => <SettlementTable settlements={d.pages.flatMap((p) => p.settlements)} />}
      </FilteredResults>
      {files.hasNextPage && (
        <Button type="button" outline disabled={files.isFetchingNextPage} onClick={() => void files.fetchNextPage()}>
          {files.isFetchingNextPage ? t('staffPayments.filesLoadingOlder') : t('staffPayments.filesOlder')}
        </Button>
      )}
    </section>
  );
}

function SettlementTable({ settlements }: { settlements: SettlementView[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const heads = [
    t('staffPayments.filesFile'),
    t('staffPayments.filesRecordedAt'),
    t('staffPayments.filesRecordedBy'),
    t('staffPayments.filesCounty'),
    t('staffPayments.filesPayments'),
    t('staffPayments.filesAmount'),
    t('staffPayments.paidOn'),
    t('staffPayments.filesSha256'),
  ];
  const rows = settlements.map((s) => ({
    key: s.id,
    cells: [
      <span className="settlement-history__word">{s.fileName}</span>,
      <time dateTime={s.importedAt}>{formatDateTime(s.importedAt, lang)}</time>,
      `${s.importedBy.firstName} ${s.importedBy.lastName}`,
      s.county?.name ?? t('staffPayments.filesStatewide'),
      t('staffPayments.filesRecordedOf', { recorded: s.recorded.toLocaleString(lang), lines: s.lines.toLocaleString(lang) }),
      formatMoney(s.recordedCents, lang),
      s.paidOn ? formatSpan(s.paidOn.first, s.paidOn.last, lang) : t('staffPayments.filesNonePaid'),
      <code className="settlement-history__word">{s.fileSha256}</code>,
    ],
  }));
  return <StackedTable caption={t('staffPayments.filesCaption')} heads={heads} rows={rows} />;
}
