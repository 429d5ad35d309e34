import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { clock } from '../clock';
import { usePageTitle } from '../components/usePageTitle';
import { CheckInForm } from '../evv/CheckInPage';
import { OpenVisitPanel, TapDone, WaitingTaps } from '../evv/components';
import { formatClock, formatDay } from '../evv/format';
import { useQueuedTaps } from '../evv/outbox';
import { openVisitFrom } from '../evv/state';
import { formatDateTime } from '../i18n/format';
import type { KeptVisit, LastKnownVisits } from './offline-store';

function VisitItem({ visit }: { visit: KeptVisit }) {
  const { t, i18n } = useTranslation();
  const status = visit.checkedOut ? 'visits.checkedOut' : visit.checkedIn ? 'visits.checkedIn' : 'visits.notCheckedIn';
  return (
    <li className="visit-item">
      <strong>{t('visits.timeRange', { start: formatClock(visit.startTime, i18n.language), end: formatClock(visit.endTime, i18n.language) })}</strong>
      <br />
      {visit.name}
      <br />
      <span className="workday-status">{t(status)}</span>
    </li>
  );
}

/**
 * The portal with no signal, for the provider whose last known visits this phone keeps: when they were last updated,
 * the visit in progress or the check-in, the taps waiting to be sent, and the visits of today and the coming days.
 * Taps go to the phone's outbox as they do online (evv/outbox.ts) and are sent, once, by the provider's session when
 * the portal reaches the server again; that happens as soon as the phone is back online, or when they try again.
 */
export function OfflineWorkday({ copy }: { copy: LastKnownVisits }) {
  const { t, i18n } = useTranslation();
  usePageTitle(t('offline.title'));
  const queryClient = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const checking = useIsFetching({ queryKey: api.auth.session.key() }) > 0;
  const waiting = useQueuedTaps(copy.userId).filter((tap) => !tap.refusal);
  const kept = copy.open ? { caseNumber: copy.open.caseNumber, recipientName: copy.open.name, since: copy.open.since, locationType: copy.open.locationType, pending: false } : null;
  const open = openVisitFrom(waiting, kept);

  const retry = useCallback(() => void queryClient.refetchQueries({ queryKey: api.auth.session.key() }), [queryClient]);
  useEffect(() => {
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [retry]);

  const today = clock.today();
  const visits = copy.visits?.filter((v) => v.date >= today) ?? [];
  const todays = visits.filter((v) => v.date === today);
  const coming = visits.filter((v) => v.date > today);
  const days = [...new Set(coming.map((v) => v.date))];
  return (
    <>
      <h1>{t('offline.title')}</h1>
      <div className="usa-alert usa-alert--warning usa-alert--slim margin-bottom-3">
        <div className="usa-alert__body">
          <p className="usa-alert__text">{t('offline.notice', { time: formatDateTime(copy.updatedAt, i18n.language) })}</p>
          <p className="usa-alert__text">{t('offline.taps')}</p>
          <button type="button" className="usa-button usa-button--outline margin-top-1" onClick={retry} disabled={checking}>
            {checking ? t('offline.checking') : t('offline.retry')}
          </button>
        </div>
      </div>
      <TapDone message={done} />
      <WaitingTaps userId={copy.userId} />
      {open ? (
        <OpenVisitPanel open={open} userId={copy.userId} onCheckedOut={setDone} />
      ) : (
        copy.recipients &&
        copy.recipients.length > 0 && <CheckInForm recipients={copy.recipients} userId={copy.userId} preset={null} onCheckedIn={setDone} />
      )}
      <section aria-labelledby="offline-visits">
        <h2 id="offline-visits">{t('dashboard.visitsHeading')}</h2>
        {copy.visits === undefined ? (
          <p>{t('offline.visitsUnknown')}</p>
        ) : (
          <>
            <h3>{t('workdayDashboard.todayHeading')}</h3>
            {todays.length === 0 ? (
              <p>{t('workdayDashboard.noVisitsToday')}</p>
            ) : (
              <ul className="usa-list usa-list--unstyled">
                {todays.map((v) => (
                  <VisitItem key={`${v.planId}/${v.date}`} visit={v} />
                ))}
              </ul>
            )}
            {days.length > 0 && <h3>{t('workdayDashboard.comingHeading')}</h3>}
            {days.map((day) => (
              <div key={day}>
                <p className="margin-bottom-0 text-bold">{formatDay(day, i18n.language)}</p>
                <ul className="usa-list usa-list--unstyled">
                  {coming
                    .filter((v) => v.date === day)
                    .map((v) => (
                      <VisitItem key={`${v.planId}/${v.date}`} visit={v} />
                    ))}
                </ul>
              </div>
            ))}
          </>
        )}
      </section>
    </>
  );
}
