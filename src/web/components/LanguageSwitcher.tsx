import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { chooseLanguage, currentLanguage, isLanguage, LANGUAGE_NAMES, LANGUAGES } from '../i18n';
import { useSession } from '../session';

/**
 * The page's language, chosen from a list in which each language is named in itself, so a person who cannot read the
 * current one still finds theirs, and kept on the account of whoever is signed in. A native select: eight languages fit a phone's header, and every phone reads it out.
 */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const { user } = useSession();
  const id = useId();
  return (
    <div className="language-switcher">
      <label className="language-switcher__label" htmlFor={id}>
        {t('header.language')}
      </label>
      <select
        id={id}
        className="usa-select language-switcher__select"
        value={currentLanguage()}
        onChange={(e) => {
          const lang = e.target.value;
          if (!isLanguage(lang)) return;
          void chooseLanguage(lang);
          // Signed in, the choice is the account's too; a failure leaves the page switched and is tried at the next choice.
          if (user) api.auth.setLanguage({ body: { language: lang } }).catch(() => undefined);
        }}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {LANGUAGE_NAMES[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}
