import { useQueryClient } from '@tanstack/react-query';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BillingRegion } from '../claims/BillingRegion';
import { PageLead } from '../components/lazyPage';
import { usePageTitle } from '../components/usePageTitle';
import { AttentionStrip, TimekeepingRegion, VisitsRegion } from '../evv/DashboardRegions';
import { DashboardMessages } from '../messages/DashboardMessages';
import { useLiveNotification } from '../messages/live';
import { isStaffRole } from '../roles';
import { useSession } from '../session';
import { ReviewSummary } from '../recipient/ReviewSummary';
import { TimesheetDecisions } from '../timesheets/TimesheetDecisions';
import { api } from '../api';
import { FactorInvite } from '../second-factor/FactorInvite';

/**
 * Staff's part, downloaded only by staff: a provider's dashboard carries none of the console. No Suspense of its own,
 * so the page (components/lazyPage.tsx) shows once it is here too.
 */
const StaffDashboard = lazy(() => import('../console/StaffWork').then((m) => ({ default: m.StaffDashboard })));

/** The signed-in home: a greeting, and the regions that fit the person's role. */
export function DashboardPage() {
  const { t } = useTranslation();
  usePageTitle(t('dashboard.title'));
  const { user } = useSession();
  if (!user) return null;
  const idLine =
    user.role === 'provider'
      ? t('dashboard.providerLine', { loginId: user.loginId })
      : user.role === 'recipient'
        ? t('dashboard.recipientLine', { loginId: user.loginId })
        : t('dashboard.staffLine', { loginId: user.loginId });
  return (
    <>
      <PageLead>
        <h1>{t('dashboard.greeting', { firstName: user.firstName })}</h1>
        <p className="dashboard-id">
          {idLine}
          {user.county && (
            <>
              <br />
              {t('dashboard.countyLine', { county: user.county.name })}
            </>
          )}
        </p>
        <FactorInvite />
      </PageLead>
      {user.role === 'provider' && <ProviderDashboard />}
      {user.role === 'recipient' && <ReviewSummary />}
      {user.role === 'recipient' && <VisitsRegion />}
      {user.role === 'provider' && <TimesheetDecisions />}
      {isStaffRole(user.role) && <StaffDashboard user={user} />}
      <section className="dashboard-region" aria-labelledby="dash-account">
        <h2 id="dash-account">{t('dashboard.accountHeading')}</h2>
        <p>
          <Link to="/account/sign-in-history">{t('dashboard.historyLink')}</Link>
          <br />
          <span className="usa-hint">{t('dashboard.historyHint')}</span>
        </p>
      </section>
    </>
  );
}

/** The notifications that carry a recipient's decision on a timesheet. */
const DECISION_EVENTS = new Set(['timesheet_approved', 'timesheet_rejected']);

/**
 * A recipient's decision shows at once: the dashboard and the decisions list (TimesheetDecisions' query) are
 * refetched when its notification is pushed, as background requests that do not count as activity. The push
 * says the data changed, so no cached answer is fresh enough (staleTime 0).
 */
function useDecisionsRefresh() {
  const queryClient = useQueryClient();
  useLiveNotification((event) => {
    if (!DECISION_EVENTS.has(event)) return;
    void queryClient.fetchQuery({ ...api.dashboard.get.query(undefined, { background: true }), staleTime: 0 }).catch(() => undefined);
    void queryClient.fetchQuery({ ...api.timesheets.list.query(undefined, { background: true }), staleTime: 0 }).catch(() => undefined);
  });
}

function ProviderDashboard() {
  useDecisionsRefresh();
  return (
    <>
      <AttentionStrip />
      <div className="grid-row grid-gap-lg">
        <div className="tablet:grid-col-6">
          <VisitsRegion />
        </div>
        <div className="tablet:grid-col-6">
          <TimekeepingRegion />
        </div>
        <div className="tablet:grid-col-6">
          <BillingRegion />
        </div>
        <div className="tablet:grid-col-6">
          <DashboardMessages />
        </div>
      </div>
    </>
  );
}
