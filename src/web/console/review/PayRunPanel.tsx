import { Alert, Button } from '@trussworks/react-uswds';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { payRunView } from '../../../contracts/payments';
import { post } from '../../api';
import { formatDate } from '../format';
import { LoadProblem } from '../../messages/shared';
import { formatMoney } from '../../timesheets/format';

/** Demo mode only: county staff start the pay run that is otherwise a background job, and see what it paid. */
export function PayRunPanel() {
  const { t, i18n } = useTranslation();
  const run = useMutation({ mutationFn: () => post('/api/staff/pay-runs', {}, payRunView) });
  return (
    <section aria-labelledby="pay-run-heading" className="margin-top-4">
      <h2 id="pay-run-heading">{t('payRun.heading')}</h2>
      <p>{t('payRun.intro')}</p>
      <Button type="button" onClick={() => run.mutate()} disabled={run.isPending}>
        {run.isPending ? t('payRun.running') : t('payRun.button')}
      </Button>
      <div role="status" className="margin-top-2">
        {run.data && (
          <Alert type="success" headingLevel="h3" slim>
            {t('payRun.result', {
              id: run.data.id,
              date: formatDate(run.data.issueDate, i18n.language),
              count: run.data.payments,
              total: formatMoney(run.data.totalCents, i18n.language),
            })}
          </Alert>
        )}
      </div>
      {run.isError && <LoadProblem error={run.error} />}
    </section>
  );
}
