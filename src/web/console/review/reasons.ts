import { useTranslation } from 'react-i18next';
import { isReasonCode } from '../../../domain/reason-codes';
import { renderDenialReason } from '../../../domain/reason-texts/render';
import { currentLanguage } from '../../i18n';
import { reasonPack } from '../../i18n/reasons';

/** The reasons a timesheet enters the queue for: the rules' exceptions and the random signature check. */
export const QUEUE_REASONS = ['OVER_70_PERCENT_FIRST_HALF', 'PROVIDER_NOT_ELIGIBLE', 'RECIPIENT_NOT_ELIGIBLE', 'RANDOM_HOLD'] as const;

/**
 * A queue reason in a few words, for the list and its filter. The domain's titles speak to the provider and need
 * the finding's figures, which only the item carries; the item page shows those.
 */
export function useQueueReasonText() {
  const { t } = useTranslation();
  const names: Record<(typeof QUEUE_REASONS)[number], string> = {
    OVER_70_PERCENT_FIRST_HALF: t('countyReview.reason.over70'),
    PROVIDER_NOT_ELIGIBLE: t('countyReview.reason.providerNotEligible'),
    RECIPIENT_NOT_ELIGIBLE: t('countyReview.reason.recipientNotEligible'),
    RANDOM_HOLD: t('countyReview.reason.randomHold'),
  };
  return (code: string): string => (Object.hasOwn(names, code) ? names[code as keyof typeof names] : code);
}

/**
 * A reason to deny for, as the provider will read it: the item's own finding when it has one (with its figures), else
 * the domain's denial title, which needs no figures (a finding's title without them would show empty placeholders).
 */
export function reasonTitle(code: string, findings: ReadonlyArray<{ code: string; title: string }>, recipient: { caseNumber: string; name: string }): string {
  const finding = findings.find((f) => f.code === code);
  if (finding) return finding.title;
  if (!isReasonCode(code)) return code;
  return renderDenialReason(reasonPack(currentLanguage()), code, { recipientId: recipient.caseNumber }, { [recipient.caseNumber]: recipient.name }).title;
}
