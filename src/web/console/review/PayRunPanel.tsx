import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../timesheets/format';
import { DemoActionPanel } from '../DemoActionPanel';
import { formatDate } from '../format';
import { api } from '../../api';

/** Demo mode only: county staff start the pay run that is otherwise a background job, and see what it paid. */
export function PayRunPanel({ onDone }: { onDone?: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <DemoActionPanel
      id="pay-run"
      heading={t('payRun.heading')}
      intro={t('payRun.intro')}
      button={t('payRun.button')}
      running={t('payRun.running')}
      run={() => api.payments.startPayRun()}
      resultText={(r) => t('payRun.result', { id: r.id, date: formatDate(r.issueDate, i18n.language), count: r.payments, total: formatMoney(r.totalCents, i18n.language) })}
      {...(onDone ? { onDone } : {})}
    />
  );
}
