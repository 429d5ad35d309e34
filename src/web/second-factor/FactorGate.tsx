import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { usePageTitle } from '../components/usePageTitle';
import { AddFactor } from '../security/AddFactor';
import { isStaffRole } from '../roles';
import { useSession } from '../session';

/**
 * What every page shows while the session must add a second factor first (`security.mustAddFactor`: staff always, or
 * a county that requires it): why, and the ways to add one. The server answers nothing else in this stage. Once a
 * factor is added the session is read again, and the page the person asked for shows.
 */
export function FactorGate() {
  const { t } = useTranslation();
  usePageTitle(t('factorGate.title'));
  const { user } = useSession();
  const queryClient = useQueryClient();
  if (!user) return null;
  const staff = isStaffRole(user.role);
  const why = staff
    ? t('factorGate.whyStaff')
    : user.county
      ? t('factorGate.whyCounty', { county: user.county.name })
      : t('factorGate.whyNoCounty');
  return (
    <div className="page-narrow factor-gate">
      <h1>{t('factorGate.title')}</h1>
      <p>{why}</p>
      <p>{t('factorGate.how')}</p>
      <p>{t('factorGate.then')}</p>
      <h2>{t('factorGate.addHeading')}</h2>
      <AddFactor onAdded={() => void queryClient.invalidateQueries({ queryKey: api.auth.session.key() })} />
    </div>
  );
}
