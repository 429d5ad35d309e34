import { useTranslation } from 'react-i18next';
import type { PaymentStatus, ReturnReason } from '../../contracts/payments';

/** A payment's status in words: Issued, Paid, Returned (by the bank: ADR 0007). The provider's page and payroll's list. */
export function usePaymentStatusText() {
  const { t } = useTranslation();
  return (status: PaymentStatus): string => ({ issued: t('payments.status.issued'), paid: t('payments.status.paid'), returned: t('payments.status.returned') })[status];
}

/** A returned deposit's reason in words and what the provider should do (the shared catalogue, contracts/messages). */
export function useReturnReasonText() {
  const { t } = useTranslation();
  return (reason: ReturnReason) => ({ why: t(`errors.returnReason${reason}`), whatToDo: `${t(`errors.returnWhatToDo${reason}`)} ${t('errors.returnReissue')}` });
}
