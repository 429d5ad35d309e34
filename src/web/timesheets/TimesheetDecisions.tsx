import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatSpan } from './format';
import { api } from '../api';

const SHOWN = 5;

/**
 * For the provider's dashboard: the recipients' latest decisions on submitted timesheets, with the reason for
 * a rejection, and the way to the timesheet, sick leave and profile pages.
 */
export function TimesheetDecisions() {
  const { t, i18n } = useTranslation();
  const list = useQuery(api.timesheets.list.query());
  const decided = (list.data?.timesheets ?? [])
    .filter((ts) => ts.decision !== null)
    .sort((a, b) => (a.decision!.decidedAt < b.decision!.decidedAt ? 1 : -1))
    .slice(0, SHOWN);
  return (
    <section className="dashboard-region" aria-labelledby="dash-decisions">
      <h2 id="dash-decisions">{t('timesheets.dashboard.heading')}</h2>
      {list.data && decided.length === 0 && <p className="dashboard-region__empty">{t('timesheets.dashboard.empty')}</p>}
      <ul className="usa-list usa-list--unstyled">
        {decided.map((ts) => {
          const values = { name: `${ts.recipient.firstName} ${ts.recipient.lastName}`, span: formatSpan(ts.payPeriod.start, ts.payPeriod.end, i18n.language) };
          return (
            <li key={ts.id} className="padding-y-1">
              {/* A version still sent back opens its correction; a decided or replaced one, its page. */}
              <Link to={ts.status === 'rejected_by_recipient' ? `/claims/${ts.id}/correct` : `/timesheets/${ts.id}`}>
                {ts.decision!.decision === 'approved' ? t('timesheets.dashboard.approved', values) : t('timesheets.dashboard.rejected', values)}
              </Link>
              {ts.decision!.reason && (
                <>
                  <br />
                  {t('timesheets.editor.rejectedReason', { reason: ts.decision!.reason })}
                </>
              )}
            </li>
          );
        })}
      </ul>
      <ul className="usa-list usa-list--unstyled link-list">
        <li>
          <Link to="/timesheets">{t('timesheets.dashboard.timesheetsLink')}</Link>
        </li>
        <li>
          <Link to="/sick-leave">{t('timesheets.dashboard.sickLeaveLink')}</Link>
        </li>
        <li>
          <Link to="/profile">{t('timesheets.dashboard.profileLink')}</Link>
        </li>
      </ul>
    </section>
  );
}
