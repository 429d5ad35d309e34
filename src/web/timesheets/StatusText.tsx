import { useTranslation } from 'react-i18next';
import type { TIMESHEET_STATUSES } from '../../contracts/timesheets';

type Status = (typeof TIMESHEET_STATUSES)[number];

/** A timesheet's status in words (a tag's colour alone would say nothing to many people). */
export function useStatusText() {
  const { t } = useTranslation();
  return (status: Status): string =>
    ({
      draft: t('timesheets.status.draft'),
      submitted: t('timesheets.status.submitted'),
      approved_by_recipient: t('timesheets.status.approved'),
      rejected_by_recipient: t('timesheets.status.rejected'),
      superseded: t('timesheets.status.superseded'),
      in_county_review: t('timesheets.status.inCountyReview'),
      approved: t('timesheets.status.countyApproved'),
      denied: t('timesheets.status.countyDenied'),
      payment_issued: t('timesheets.status.paymentIssued'),
      paid: t('timesheets.status.paid'),
    })[status];
}

export function StatusText({ status }: { status: Status }) {
  const text = useStatusText();
  return <span className={`usa-tag timesheet-status timesheet-status--${status}`}>{text(status)}</span>;
}
