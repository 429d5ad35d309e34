import { useInfiniteQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportedFileView } from '../../../contracts/payments';
import { formatDateTime } from '../../i18n/format';
import { formatMoney, formatSpan } from '../../timesheets/format';
import { FilteredResults } from '../FilteredResults';
import { NextPageButton } from '../NextPageButton';
import { StackedTable } from './StackedTable';
import './payments.css';
import { api } from '../../api';

interface ImportHistoryProps<F extends ImportedFileView> {
  /** The heading's id, which names the section. */
  id: string;
  queryKey: readonly unknown[];
  /** A page of files: the newest, or those older than `before`. */
  page: (before: number | undefined) => Promise<{ files: F[]; older: number | null }>;
  heading: string;
  caption: string;
  empty: string;
  /** The heads of the count and the sum of the payments a file recorded. */
  recordedHead: string;
  amountHead: string;
  /** The kind's own columns, before the file's SHA-256. */
  columns: readonly { head: string; cell: (file: F) => ReactNode }[];
}

/**
 * Files payroll recorded (the county's; the state admin's: every county's), newest first, with who recorded each and
 * what it recorded; older ones a page at a time. `queryKey` is under the payments group, which the page refreshes after an import.
 */
function ImportHistory<F extends ImportedFileView>({ id, queryKey, page, heading, caption, empty, recordedHead, amountHead, columns }: ImportHistoryProps<F>) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const files = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => page(pageParam ?? undefined),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.older,
  });
  const heads = [
    t('staffPayments.filesFile'),
    t('staffPayments.filesRecordedAt'),
    t('staffPayments.filesRecordedBy'),
    t('staffPayments.filesCounty'),
    recordedHead,
    amountHead,
    ...columns.map((c) => c.head),
    t('staffPayments.filesSha256'),
  ];
  const rowsOf = (list: F[]) =>
    list.map((f) => ({
      key: f.id,
      cells: [
        <span className="import-history__word">{f.fileName}</span>,
        <time dateTime={f.importedAt}>{formatDateTime(f.importedAt, lang)}</time>,
        `${f.importedBy.firstName} ${f.importedBy.lastName}`,
        f.county?.name ?? t('staffPayments.filesStatewide'),
        t('staffPayments.filesRecordedOf', { recorded: f.recorded.toLocaleString(lang), lines: f.lines.toLocaleString(lang) }),
        formatMoney(f.recordedCents, lang),
        ...columns.map((c) => c.cell(f)),
        <code className="import-history__word">{f.fileSha256}</code>,
      ],
    }));
  return (
    <section aria-labelledby={id} className="margin-top-4">
      <h2 id={id}>{heading}</h2>
      <FilteredResults query={files} count={(d) => d.pages.reduce((n, p) => n + p.files.length, 0)} shownText={(count) => t('staffPayments.filesShown', { count })} emptyText={empty}>
        {(d) => <StackedTable caption={caption} heads={heads} rows={rowsOf(d.pages.flatMap((p) => p.files))} />}
      </FilteredResults>
      <NextPageButton query={files} label={t('staffPayments.filesOlder')} loading={t('staffPayments.filesLoadingOlder')} />
    </section>
  );
}

/** The acknowledgement files recorded, with the bank's paid dates. */
export function SettlementHistory() {
  const { t, i18n } = useTranslation();
  return (
    <ImportHistory
      id="settlement-history"
      queryKey={api.payments.settlements.key()}
      page={(before) => api.payments.settlements({ query: { before } })}
      heading={t('staffPayments.filesHeading')}
      caption={t('staffPayments.filesCaption')}
      empty={t('staffPayments.filesEmpty')}
      recordedHead={t('staffPayments.filesPayments')}
      amountHead={t('staffPayments.filesAmount')}
      columns={[{ head: t('staffPayments.paidOn'), cell: (f) => (f.paidOn ? formatSpan(f.paidOn.first, f.paidOn.last, i18n.language) : t('staffPayments.filesNonePaid')) }]}
    />
  );
}

/** The bank's returns files recorded (ADR 0007), with the return dates and how many deposits came back for each reason. */
export function ReturnsHistory() {
  const { t, i18n } = useTranslation();
  return (
    <ImportHistory
      id="returns-history"
      queryKey={api.payments.returnImports.key()}
      page={(before) => api.payments.returnImports({ query: { before } })}
      heading={t('staffPayments.returnFilesHeading')}
      caption={t('staffPayments.returnFilesCaption')}
      empty={t('staffPayments.returnFilesEmpty')}
      recordedHead={t('staffPayments.returnFilesPayments')}
      amountHead={t('staffPayments.returnFilesAmount')}
      columns={[
        { head: t('staffPayments.returnFilesReturnedOn'), cell: (f) => (f.returnedOn ? formatSpan(f.returnedOn.first, f.returnedOn.last, i18n.language) : t('staffPayments.returnFilesNone')) },
        {
          head: t('staffPayments.returnFilesReasons'),
          cell: (f) =>
            f.reasons.length === 0 ? (
              t('staffPayments.returnFilesNoReason')
            ) : (
              <ul className="usa-list usa-list--unstyled">
                {f.reasons.map((r) => (
                  <li key={r.reason}>{t('staffPayments.returnFilesReason', { reason: r.reason, returns: r.count.toLocaleString(i18n.language) })}</li>
                ))}
              </ul>
            ),
        },
      ]}
    />
  );
}
