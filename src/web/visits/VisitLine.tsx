import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { VisitOccurrence } from '../../contracts/visits';
import { formatClock, formatDay } from '../evv/format';
import { useSession } from '../session';

/** "Checked in" in words (and a tick), never by colour alone. */
export function VisitStatus({ visit }: { visit: VisitOccurrence }) {
  const { t } = useTranslation();
  if (visit.checkedOut) return <span className="workday-status workday-status--done">{t('visits.checkedOut')}</span>;
  if (visit.checkedIn) return <span className="workday-status workday-status--done">{t('visits.checkedIn')}</span>;
  return <span className="workday-status">{t('visits.notCheckedIn')}</span>;
}

/**
 * One planned visit: its times, who it is with (the recipient for a provider, the provider for a recipient)
 * and check-in state, with the way to change its plan and, for the provider on the day, to check in.
 */
export function VisitLine({ visit, canCheckIn, canChange = true }: { visit: VisitOccurrence; canCheckIn: boolean; canChange?: boolean }) {
  const { t, i18n } = useTranslation();
  const byRecipient = useSession().user?.role === 'recipient';
  const other = byRecipient ? visit.provider : visit.recipient;
  const name = `${other.firstName} ${other.lastName}`;
  return (
    <div className="visit-item">
      <strong>{t('visits.timeRange', { start: formatClock(visit.startTime, i18n.language), end: formatClock(visit.endTime, i18n.language) })}</strong>
      <br />
      {name}
      <br />
      <VisitStatus visit={visit} />
      {((canCheckIn && !byRecipient) || canChange) && <br />}
      {canCheckIn && !byRecipient && !visit.checkedIn && (
        <Link to={`/check-in?case=${visit.caseNumber}`} aria-label={t('visits.checkInLabel', { name })} className="margin-right-2">
          {t('evv.checkInLink')}
        </Link>
      )}
      {canChange && (
        <Link to={`/visits/plans/${visit.planId}`} aria-label={t('visits.changeLabel', { name, date: formatDay(visit.date, i18n.language) })}>
          {t('visits.change')}
        </Link>
      )}
    </div>
  );
}
