import { useTranslation } from 'react-i18next';
import type { DepositStage, DestinationView } from '../../contracts/direct-deposit';
import { formatShortDay } from '../timesheets/format';

/** How a change of where pay goes is said: the way (the last 4 digits only), its stage, its dates. */
export function useDestinationWords() {
  const { t, i18n } = useTranslation();
  const type = (d: Pick<DestinationView, 'accountType'>) => (d.accountType === 'savings' ? t('directDeposit.savings') : t('directDeposit.checking'));
  const stages: Record<DepositStage, string> = {
    held: t('directDeposit.stage.held'),
    pending: t('directDeposit.stage.pending'),
    active: t('directDeposit.stage.active'),
    cancelled: t('directDeposit.stage.cancelled'),
    replaced: t('directDeposit.stage.replaced'),
  };
  return {
    type,
    what: (d: Pick<DestinationView, 'method' | 'accountType' | 'last4'>) => (d.method === 'warrant' ? t('directDeposit.warrant') : t('directDeposit.accountEnding', { type: type(d), last4: d.last4 })),
    stage: (s: DepositStage) => stages[s],
    day: (iso: string) => formatShortDay(iso, i18n.language),
  };
}
