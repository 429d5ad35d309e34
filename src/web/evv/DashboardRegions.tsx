import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AttentionItem } from '../../contracts/dashboard';
import { californiaDate } from '../../domain/california-time';
import { formatTime } from '../i18n/format';
import { dashboardQueries } from '../dashboard/data';
import { ReturnedItem } from '../dashboard/ReturnedItem';
import { VisitLine } from '../visits/VisitLine';
import { LiveInNotice } from './LiveInNotice';
import { FixesLink, OpenVisitPanel, TapDone, WaitingTaps } from './components';
import { formatDay, formatShortDate } from './format';
import { checkInCases, useCases, useEvvState, useOpenVisit } from './state';
import { clock } from '../clock';

/** How many visits after today the dashboard lists; the calendar has the rest. */
const COMING = 3;


export function useDashboard() {
  return useQuery(dashboardQueries.summary());
}

const nameOf = (item: AttentionItem) => (item.recipient ? `${item.recipient.firstName} ${item.recipient.lastName}` : '');

/** Each thing to act on, in words, linked to the page where it is done. Provider kinds only. */
function AttentionLine({ item }: { item: AttentionItem }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = nameOf(item);
  const timesheet = item.timesheetId ? `/timesheets/${item.timesheetId}` : '/timesheets';
  switch (item.kind) {
    case 'open_check_in':
      return <Link to="/check-in">{t('workdayDashboard.openCheckIn', { name, time: item.since ? formatTime(item.since, lang) : '' })}</Link>;
    case 'evv_needs_fix':
      return (
        <Link to="/timekeeping/fixes">{t('workdayDashboard.needsFix', { name, date: item.since ? formatDay(californiaDate(item.since), lang) : '' })}</Link>
      );
    case 'period_ending_unsubmitted': {
      const date = item.payPeriod ? formatDay(item.payPeriod.end, lang) : '';
      return <Link to={timesheet}>{name ? t('workdayDashboard.periodEnding', { date, name }) : t('workdayDashboard.periodEndingNoName', { date })}</Link>;
    }
    case 'timesheet_rejected':
      return <ReturnedItem item={item} />;
    case 'awaiting_recipient':
      return <Link to={timesheet}>{t('workdayDashboard.awaiting', { name })}</Link>;
    default:
      return null;
  }
}

const PROVIDER_KINDS = new Set<AttentionItem['kind']>(['open_check_in', 'evv_needs_fix', 'period_ending_unsubmitted', 'timesheet_rejected', 'awaiting_recipient']);

export function AttentionStrip() {
  const { t } = useTranslation();
  const data = useDashboard().data;
  const items = data?.role === 'provider' ? data.attention.filter((item) => PROVIDER_KINDS.has(item.kind)) : [];
  return (
    <section
      className={`usa-alert usa-alert--slim attention-strip ${items.length > 0 ? 'usa-alert--warning' : 'usa-alert--info'}`}
      aria-labelledby="dash-attention"
    >
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="dash-attention">
          {t('dashboard.attentionHeading')}
        </h2>
        {data && items.length === 0 && <p className="usa-alert__text">{t('dashboard.attentionEmpty')}</p>}
        {items.length > 0 && (
          <ul className="usa-list">
            {items.map((item, i) => (
              <li key={`${item.kind}-${item.timesheetId ?? item.evvRecordId ?? item.caseNumber ?? i}`}>
                <AttentionLine item={item} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

export function VisitsRegion() {
  const { t, i18n } = useTranslation();
  const today = clock.today();
  const visits = useQuery(dashboardQueries.comingVisits(today));
  const all = visits.data?.occurrences ?? [];
  const todays = all.filter((v) => v.date === today);
  const coming = all.filter((v) => v.date > today).slice(0, COMING);
  return (
    <section className="dashboard-region" aria-labelledby="dash-visits">
      <h2 id="dash-visits">{t('dashboard.visitsHeading')}</h2>
      {visits.data && all.length === 0 && <p className="dashboard-region__empty">{t('dashboard.visitsEmpty')}</p>}
      {visits.data && all.length > 0 && (
        <>
          <h3>{t('workdayDashboard.todayHeading')}</h3>
          {todays.length === 0 ? (
            <p>{t('workdayDashboard.noVisitsToday')}</p>
          ) : (
            todays.map((v) => <VisitLine key={`${v.planId}-${v.date}`} visit={v} canCheckIn canChange={false} />)
          )}
          {coming.length > 0 && (
            <>
              <h3>{t('workdayDashboard.comingHeading')}</h3>
              {coming.map((v) => (
                <div key={`${v.planId}-${v.date}`}>
                  <p className="margin-bottom-0 text-bold">{formatDay(v.date, i18n.language)}</p>
                  <VisitLine visit={v} canCheckIn={false} canChange={false} />
                </div>
              ))}
            </>
          )}
        </>
      )}
      <ul className="usa-list usa-list--unstyled link-list">
        <li>
          <Link to="/visits">{t('workdayDashboard.calendarLink')}</Link>
        </li>
        <li>
          <Link to="/visits/new">{t('workdayDashboard.planLink')}</Link>
        </li>
      </ul>
    </section>
  );
}

export function TimekeepingRegion() {
  const { t, i18n } = useTranslation();
  const data = useDashboard().data;
  const cases = useCases();
  const state = useEvvState();
  const { open } = useOpenVisit();
  const [done, setDone] = useState<string | null>(null);
  const timesheets = data?.role === 'provider' ? data.timekeeping.timesheets : [];
  const canCheckIn = checkInCases(cases.data?.cases ?? []).length > 0;
  return (
    <section className="dashboard-region" aria-labelledby="dash-time">
      <h2 id="dash-time">{t('dashboard.timekeepingHeading')}</h2>
      <TapDone message={done} />
      <WaitingTaps headingLevel={3} />
      {open ? (
        <OpenVisitPanel open={open} onCheckedOut={setDone} headingLevel={3} />
      ) : (
        canCheckIn && (
          <p>
            <Link to="/check-in" className="usa-button usa-button--big evv-tap">
              {t('evv.checkIn')}
            </Link>
          </p>
        )
      )}
      <LiveInNotice cases={cases.data?.cases ?? []} />
      <FixesLink count={state.data?.needsFix.length ?? 0} />
      {data?.role === 'provider' && (
        <>
          <h3>
            {t('workdayDashboard.timesheetsHeading', {
              span: `${formatShortDate(data.payPeriod.start, i18n.language)} – ${formatShortDate(data.payPeriod.end, i18n.language)}`,
            })}
          </h3>
          {timesheets.length === 0 ? (
            <p className="dashboard-region__empty">{t('dashboard.timekeepingEmpty')}</p>
          ) : (
            <ul className="usa-list usa-list--unstyled">
              {timesheets.map((ts) => (
                <li key={ts.id}>
                  <Link to={`/timesheets/${ts.id}`}>{t('workdayDashboard.timesheetFor', { name: `${ts.recipient.firstName} ${ts.recipient.lastName}` })}</Link>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <p>
        <Link to="/timesheets">{t('workdayDashboard.timesheetsLink')}</Link>
      </p>
    </section>
  );
}
