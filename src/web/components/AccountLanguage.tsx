import { useEffect } from 'react';
import { api } from '../api';
import { currentLanguage, languageChosenThisVisit, setLanguage } from '../i18n';
import { useSession } from '../session';

/**
 * One language for the page and the account. At sign-in, a language picked on this page before signing in becomes the
 * account's (its mail and texts follow it); otherwise the page switches to the account's language, so a person who
 * chose theirs once reads it on any phone. A choice made later in the header is kept by the header's list itself.
 */
export function AccountLanguage() {
  const { user } = useSession();
  const userId = user?.id;
  const accountLanguage = user?.language;
  useEffect(() => {
    if (userId === undefined || accountLanguage === undefined) return;
    const chosen = languageChosenThisVisit();
    if (chosen && chosen !== accountLanguage) {
      // A preference: if keeping it fails, the page is still in the chosen language and the next choice tries again.
      api.auth.setLanguage({ body: { language: chosen } }).catch(() => undefined);
    } else if (!chosen && accountLanguage !== currentLanguage()) {
      void setLanguage(accountLanguage);
    }
    // Once per person signed in: the account's language in the cached session is not refreshed by a later choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [userId]);
  return null;
}
