import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../components/usePageTitle';
import { useSession } from '../session';
import { StaffDashboard } from './StaffWork';

/** County staff's start page: what waits for them, counted, each count a link to its list; then the tools their role may use. */
export function ConsoleHomePage() {
  const { t } = useTranslation();
  usePageTitle(t('console.title'));
  const { user } = useSession();
  if (!user) return null;
  return (
    <>
      <h1>{t('console.title')}</h1>
      <p>{user.county ? t('console.countyIntro', { county: user.county.name }) : t('console.stateIntro')}</p>
      <StaffDashboard user={user} />
    </>
  );
}
