import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the browser tab after the page, in the current language, as screen readers announce it on arrival. */
export function usePageTitle(title: string) {
  const { t } = useTranslation();
  const site = t('app.name');
  useEffect(() => {
    document.title = `${title} | ${site}`;
  }, [title, site]);
}
