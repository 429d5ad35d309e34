import { useTranslation } from 'react-i18next';
import type { PaymentView } from '../../contracts/payments';

/** Where a payment went, as its provider reads it (issue #15): the account's last 4 digits, or a paper warrant. */
export function PaidTo({ paidTo }: { paidTo: PaymentView['paidTo'] }) {
  const { t } = useTranslation();
  if (!paidTo) return null;
  return <p className="margin-top-0">{paidTo.method === 'warrant' ? t('directDeposit.paidByWarrant') : t('directDeposit.paidToAccount', { last4: paidTo.last4 })}</p>;
}
