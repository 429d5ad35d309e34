import { Button } from '../../components/uswds';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReturnImportResult, SettlementResult, StaffPaymentView } from '../../../contracts/payments';
import { CountAmountTable } from '../../components/CountAmountTable';
import { usePageTitle } from '../../components/usePageTitle';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { formatMoney, formatShortDay, formatSpan } from '../../timesheets/format';
import { DemoActionPanel } from '../DemoActionPanel';
import { FilteredResults } from '../FilteredResults';
import { ProviderIdFilter } from '../ProviderIdFilter';
import { PayRunPanel } from '../review/PayRunPanel';
import { WaitingChanges } from '../../direct-deposit/WaitingChanges';
import { useUrlFilters } from '../useUrlFilters';
import { useDeductionText } from '../../payments/deductions';
import { usePaymentStatusText } from '../../payments/status';
import { PayRunTotals } from './PayRunTotals';
import { ReturnsForm, SettlementForm } from './SettlementForm';
import { ReturnsHistory, SettlementHistory } from './ImportHistory';
import { StackedTable } from './StackedTable';
import { api, groupKey } from '../../api';

const FIELDS = [
  ['status', 'payments-status'],
  ['providerId', 'payments-provider'],
] as const;

/**
 * Payroll's Payments page (issue #5, ADR 0007): totals, the bank's acknowledgement and returns files, the county's payments
 * with their deductions and net, what each pay run owes each tax agency and the union (issue #15), and the files recorded.
 */
export function PaymentsConsolePage() {
  const { t } = useTranslation();
  usePageTitle(t('staffPayments.title'));
  const queryClient = useQueryClient();
  const { draft, set, apply, form, filters } = useUrlFilters(FIELDS, () => import('../../../contracts/payments').then((m) => m.staffPaymentsQuery));
  const list = useQuery(api.payments.countyPayments.query({ query: filters }));
  const [formKey, setFormKey] = useState(0);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: groupKey('payments') });
  // Demo mode only: the bank's files, built by the server and recorded through the real imports.
  const demoFiles = [
    {
      id: 'demo-settle',
      heading: t('staffPayments.demoHeading'),
      intro: t('staffPayments.demoIntro'),
      button: t('staffPayments.demoButton'),
      run: () => api.payments.demoSettle(),
      nothing: t('staffPayments.demoNothing'),
      recordedText: (r: SettlementResult) => t('staffPayments.recorded', { fileName: r.fileName, recorded: r.recorded, already: r.already }),
    },
    {
      id: 'demo-return',
      heading: t('staffPayments.demoReturnHeading'),
      intro: t('staffPayments.demoReturnIntro'),
      button: t('staffPayments.demoReturnButton'),
      run: () => api.payments.demoReturn(),
      nothing: t('staffPayments.demoReturnNothing'),
      recordedText: (r: ReturnImportResult) => t('staffPayments.returnsRecorded', { fileName: r.fileName, recorded: r.recorded, already: r.already }),
    },
  ];
  const demoDone = () => {
    refresh();
    // A file form's earlier problem is about a file nobody is sending any more.
    setFormKey((k) => k + 1);
  };
  const statusText = usePaymentStatusText();

  return (
    <>
      <h1>{t('staffPayments.title')}</h1>
      <p className="measure-5">{t('staffPayments.intro')}</p>
      {list.data && list.data.totals.length > 0 && (
        <section aria-labelledby="payments-totals">
          <h2 id="payments-totals">{t('staffPayments.totalsHeading')}</h2>
          <CountAmountTable
            heads={[t('staffPayments.statusLabel'), t('staffPayments.count'), t('staffPayments.gross')]}
            rows={list.data.totals.map((s) => ({ key: s.status, label: statusText(s.status), count: s.count, cents: s.cents }))}
          />
        </section>
      )}
      <SettlementForm key={`settlement-${formKey}`} onRecorded={refresh} />
      <ReturnsForm key={`returns-${formKey}`} onRecorded={refresh} />
      {demoFiles.map(({ nothing, recordedText, ...demo }) => (
        <DemoActionPanel key={demo.id} {...demo} running={t('staffPayments.recording')} resultText={(r) => (r.lines === 0 ? nothing : recordedText(r))} onDone={demoDone} />
      ))}
      <PayRunPanel onDone={refresh} />
      <WaitingChanges />

      <form className="usa-form margin-top-4" onSubmit={apply} noValidate aria-labelledby="payments-list">
        <h2 id="payments-list">{t('staffPayments.listHeading')}</h2>
        <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
        <label className="usa-label" htmlFor="payments-status">
          {t('staffPayments.statusLabel')}
        </label>
        <select id="payments-status" className="usa-select" value={draft.status} onChange={set('status')}>
          <option value="">{t('staffPayments.anyStatus')}</option>
          <option value="issued">{t('payments.status.issued')}</option>
          <option value="paid">{t('payments.status.paid')}</option>
          <option value="returned">{t('payments.status.returned')}</option>
        </select>
        <ProviderIdFilter id="payments-provider" value={draft.providerId} onChange={set('providerId')} error={form.errorOf('providerId')} />
        <Button type="submit" className="margin-top-2" outline>
          {t('staffPayments.show')}
        </Button>
      </form>
      <FilteredResults query={list} count={(d) => d.payments.length} shownText={(count) => t('staffPayments.shown', { count })} emptyText={t('staffPayments.empty')}>
        {(d) => <PaymentTable payments={d.payments} />}
      </FilteredResults>
      <PayRunTotals />
      {/* Last, as a record to look back on. In the payments group, so `refresh` after an import (or a demo button's)
          lists the new file too. */}
      <SettlementHistory />
      <ReturnsHistory />
    </>
  );
}

function PaymentTable({ payments }: { payments: StaffPaymentView[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const statusText = usePaymentStatusText();
  const deductionText = useDeductionText();
  const heads = [
    t('staffPayments.number'),
    t('staffPayments.provider'),
    t('staffPayments.recipient'),
    t('staffPayments.period'),
    t('staffPayments.issued'),
    t('staffPayments.statusLabel'),
    t('staffPayments.paidOn'),
    t('staffPayments.gross'),
    t('staffPayments.deductions'),
    t('staffPayments.net'),
  ];
  const rows = payments.map((p) => ({
    key: p.id,
    cells: [
      p.paymentNumber,
      `${p.provider.firstName} ${p.provider.lastName} (${p.provider.providerId})`,
      `${p.recipient.firstName} ${p.recipient.lastName} (${p.caseNumber})`,
      formatSpan(p.payPeriod.start, p.payPeriod.end, lang),
      formatShortDay(p.issueDate, lang),
      p.returned ? t('staffPayments.returnedCell', { status: statusText(p.status), date: formatShortDay(p.returned.on, lang), reason: p.returned.reason }) : statusText(p.status),
      p.paidOn ? formatShortDay(p.paidOn, lang) : t('staffPayments.notYet'),
      formatMoney(p.cents.gross, lang),
      p.deductions.some((d) => d.cents > 0) ? (
        <ul className="usa-list usa-list--unstyled">
          {p.deductions
            .filter((d) => d.cents > 0)
            .map((d) => (
              <li key={d.kind}>{t('staffPayments.deductionLine', { kind: deductionText(d.kind), amount: formatMoney(d.cents, lang) })}</li>
            ))}
        </ul>
      ) : (
        t('staffPayments.noDeductions')
      ),
      formatMoney(p.cents.net, lang),
    ],
  }));
  return <StackedTable caption={t('staffPayments.tableCaption')} heads={heads} rows={rows} />;
}
