import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Role, SessionUser } from '../../contracts/auth';
import type { StaffWork } from '../../contracts/staff-work';
import { api } from '../api';
import { Loading } from '../components/Loading';
import { ProblemAlert } from '../forms/ProblemAlert';
import { formatDate } from './format';

interface Tool {
  to: string;
  label: string;
  hint: string;
}

/** A count of work and the list it totals; `to` is null where the viewer's role has no such list (a state admin). */
interface Count {
  text: string;
  to: string | null;
  hint?: string | undefined;
}

const isCountyStaff = (role: Role) => role === 'county_worker' || role === 'county_admin';

/** What waits for a staff member, counted, each count a link to its list: the first thing staff see after signing in. */
function StaffWorkSection({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const work = useQuery(api.staffWork.counts.query());
  return (
    <section aria-labelledby="console-work">
      <h2 id="console-work">{t('console.work.heading')}</h2>
      {!isCountyStaff(user.role) && <p>{t('console.work.stateTotals')}</p>}
      {work.isPending && <Loading />}
      <ProblemAlert error={work.error} />
      {work.data && <WorkCounts work={work.data} role={user.role} />}
    </section>
  );
}

/** What waits for a staff member, and their tools: the console's start page and staff's part of the dashboard. */
export function StaffDashboard({ user }: { user: SessionUser }) {
  return (
    <>
      <StaffWorkSection user={user} />
      <ConsoleTools user={user} />
    </>
  );
}

/** The console's tools that the staff member's role may use, and only those. */
function ConsoleTools({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const tools: Tool[] = [
    { to: '/staff/cases', label: t('cases.title'), hint: t('cases.consoleHint') },
    ...(isCountyStaff(user.role)
      ? [
          { to: '/staff/enrol', label: t('enrol.title'), hint: t('console.enrolHint') },
          { to: '/staff/messages', label: t('messaging.sentTitle'), hint: t('console.messagesHint') },
          { to: '/staff/messages/new', label: t('messaging.composeTitle'), hint: t('console.composeHint') },
          { to: '/staff/review', label: t('countyReview.title'), hint: t('countyReview.consoleHint') },
          { to: '/staff/violations', label: t('staffViolations.title'), hint: t('staffViolations.consoleHint') },
        ]
      : []),
    { to: '/staff/payments', label: t('staffPayments.title'), hint: t('staffPayments.consoleHint') },
    { to: '/staff/enrolments', label: t('enrol.listTitle'), hint: t('console.enrolmentsHint') },
    { to: '/staff/unlock', label: t('unlock.title'), hint: t('console.accountsHint') },
    ...(user.role !== 'county_worker' ? [{ to: '/staff/settings', label: t('settings.title'), hint: t('console.settingsHint') }] : []),
    ...(user.role === 'state_admin' ? [{ to: '/state/county-admins', label: t('countyAdmins.title'), hint: t('console.countyAdminsHint') }] : []),
  ];
  return (
    <section aria-labelledby="console-tools">
      <h2 id="console-tools">{t('console.work.toolsHeading')}</h2>
      <ul className="usa-list usa-list--unstyled console-tools">
        {tools.map((tool) => (
          <li key={tool.to}>
            <Link to={tool.to}>{tool.label}</Link>
            <br />
            <span className="usa-hint">{tool.hint}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The counts, each linked to the list it totals. A county worker's queue shows which items are escalated; only the
 * supervisor (county admin) has the escalated list. The review queue and the disputes are county staff's lists.
 */
function WorkCounts({ work, role }: { work: StaffWork; role: Role }) {
  const { t, i18n } = useTranslation();
  const countyStaff = isCountyStaff(role);
  const counts: Count[] = [
    { text: t('console.work.reviewWaiting', { count: work.review.waiting }), to: countyStaff ? '/staff/review' : null },
    { text: t('console.work.escalated', { count: work.review.escalated }), to: role === 'county_admin' ? '/staff/review/escalated' : null },
    {
      text: t('console.work.disputes', { count: work.disputes.waiting }),
      to: countyStaff ? '/staff/violations' : null,
      hint: work.disputes.soonestDue ? t('console.work.soonestDue', { date: formatDate(work.disputes.soonestDue, i18n.language) }) : undefined,
    },
    { text: t('console.work.notSetUp', { count: work.enrolmentsNotSetUp }), to: '/staff/enrolments' },
  ];
  return (
    <ul className="usa-list usa-list--unstyled console-tools">
      {counts.map((c) => (
        <li key={c.text}>
          {c.to ? <Link to={c.to}>{c.text}</Link> : c.text}
          {c.hint && (
            <>
              <br />
              <span className="usa-hint">{c.hint}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
