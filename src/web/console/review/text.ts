import { useTranslation } from 'react-i18next';
import type { ClaimEvent } from '../../../contracts/claims';

/** How long an item has waited, in words. */
export function useAgeText() {
  const { t } = useTranslation();
  return (days: number): string =>
    days === 0 ? t('countyReview.age.today') : days === 1 ? t('countyReview.age.oneDay') : t('countyReview.age.days', { count: days });
}

/** A timeline event's action and who took it, in words. */
export function useEventText() {
  const { t } = useTranslation();
  const actions: Record<string, string> = {
    submit: t('countyReview.action.submit'),
    recipient_approve: t('countyReview.action.recipientApprove'),
    recipient_reject: t('countyReview.action.recipientReject'),
    route_to_county: t('countyReview.action.routeToCounty'),
    auto_approve: t('countyReview.action.autoApprove'),
    hold: t('countyReview.action.hold'),
    release: t('countyReview.action.release'),
    county_approve: t('countyReview.action.countyApprove'),
    county_deny: t('countyReview.action.countyDeny'),
    issue_payment: t('countyReview.action.issuePayment'),
    mark_paid: t('countyReview.action.markPaid'),
    supersede: t('countyReview.action.supersede'),
  };
  const actors: Record<ClaimEvent['actorKind'], string> = {
    county: t('countyReview.byCounty'),
    provider: t('countyReview.byProvider'),
    recipient: t('countyReview.byRecipient'),
    system: t('countyReview.bySystem'),
  };
  return {
    action: (e: ClaimEvent) => actions[e.action] ?? e.action,
    actor: (e: ClaimEvent) => (e.actorName ? t('countyReview.by', { name: e.actorName }) : actors[e.actorKind]),
  };
}
