import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from './usePageTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('problems.notFoundTitle'));
  return (
    <>
      <h1>{t('problems.notFoundTitle')}</h1>
      <p>{t('problems.notFoundText')}</p>
      <p>
        <Link to="/">{t('problems.home')}</Link>
      </p>
    </>
  );
}
