import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from './issues';

/** Words for an issue in the current language: the catalogue's, else the server's, else a plain fallback. */
export function useIssueText() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (issue: Issue): string => {
      if (issue.code === 'offline') return t('problems.offline');
      const key = `errors.${issue.code}`;
      if (i18n.exists(key)) return t(key, issue.params ?? {});
      return issue.message ?? t('errors.internal');
    },
    [t, i18n],
  );
}
