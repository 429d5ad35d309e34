import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Language } from '../i18n';

/** Each language is named in itself, so a person who cannot read the current one still finds theirs. */
const NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switcher" role="group" aria-label={t('header.language')}>
      {LANGUAGES.map((lang) => {
        const current = i18n.language === lang;
        return (
          <button
            key={lang}
            type="button"
            lang={lang}
            className={`usa-button language-switcher__button${current ? '' : ' usa-button--outline'}`}
            aria-pressed={current}
            onClick={() => void setLanguage(lang)}
          >
            {NAMES[lang]}
          </button>
        );
      })}
    </div>
  );
}
