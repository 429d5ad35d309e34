import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../components/usePageTitle';
import { useSession } from '../session';

interface Tool {
  to: string;
  label: string;
  hint: string;
}

/** County staff's start page: the tools their role may use, and only those. */
export function ConsoleHomePage() {
  const { t } = useTranslation();
  usePageTitle(t('console.title'));
  const { user } = useSession();
  if (!user) return null;
  const countyStaff = user.role === 'county_worker' || user.role === 'county_admin';
  const tools: Tool[] = [
    { to: '/staff/cases', label: t('cases.title'), hint: t('cases.consoleHint') },
    ...(countyStaff
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
    <>
      <h1>{t('console.title')}</h1>
      <p>{user.county ? t('console.countyIntro', { county: user.county.name }) : t('console.stateIntro')}</p>
      <ul className="usa-list usa-list--unstyled console-tools">
        {tools.map((tool) => (
          <li key={tool.to}>
            <Link to={tool.to}>{tool.label}</Link>
            <br />
            <span className="usa-hint">{tool.hint}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
