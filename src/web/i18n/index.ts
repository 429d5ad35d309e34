import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { messages, pickLanguage, type Language } from '../../contracts/messages/index';
import { en } from './en';
import { es } from './es';

export { LANGUAGES, type Language } from '../../contracts/messages/index';

/** Where the chosen language is remembered: a preference, not private data. */
export const LANGUAGE_STORAGE_KEY = 'ihss.lang';

/** Each language's web words, with the shared API messages under `errors.` (e.g. `errors.providerIdShape`). */
export const resources = {
  en: { translation: { ...en, errors: messages.en } },
  es: { translation: { ...es, errors: messages.es } },
} as const;

/** The BCP 47 locale for dates and numbers: U.S. conventions in both languages. */
export function localeOf(lang: string): string {
  return lang === 'es' ? 'es-US' : 'en-US';
}

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    // Storage can be switched off (private browsing, strict settings); the browser's language still works.
    return null;
  }
}

export function initialLanguage(): Language {
  return pickLanguage(storedLanguage(), ...(typeof navigator === 'undefined' ? [] : navigator.languages));
}

export async function initI18n(lang: Language = initialLanguage()) {
  await i18next.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: 'en',
    supportedLngs: ['en', 'es'],
    // React escapes text itself.
    interpolation: { escapeValue: false },
    // No advertising in a government portal's console.
    showSupportNotice: false,
  });
  document.documentElement.lang = lang;
  return i18next;
}

/** Switches the whole page at once and remembers the choice for the next visit. */
export async function setLanguage(lang: Language) {
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // Not remembered when storage is off; the switch still applies to this visit.
  }
}

export function currentLanguage(): Language {
  return i18next.language === 'es' ? 'es' : 'en';
}
