import { useTranslation } from 'react-i18next';
import type { DeductionKind } from '../../contracts/payments';

/** A deduction's name in words (issue #15): the provider's payments and stub, and payroll's lists and totals. */
export function useDeductionText() {
  const { t } = useTranslation();
  return (kind: DeductionKind): string =>
    ({
      social_security: t('payDeductions.kind.social_security'),
      medicare: t('payDeductions.kind.medicare'),
      sdi: t('payDeductions.kind.sdi'),
      federal_income_tax: t('payDeductions.kind.federal_income_tax'),
      state_income_tax: t('payDeductions.kind.state_income_tax'),
      share_of_cost: t('payDeductions.kind.share_of_cost'),
      health_premium: t('payDeductions.kind.health_premium'),
      union_dues: t('payDeductions.kind.union_dues'),
      cope: t('payDeductions.kind.cope'),
    })[kind];
}
