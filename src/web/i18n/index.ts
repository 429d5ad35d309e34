import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, localeOf as localeOfLanguage, pickLanguage, type Language } from '../../contracts/messages/languages';
import type { MessageCatalogue } from '../../contracts/messages/en';
import type { WebCatalogue } from './en';
import { ensureIntl } from './intl';

export { isLanguage, LANGUAGES, LANGUAGE_NAMES, type Language } from '../../contracts/messages/languages';

/** Where the chosen language is remembered: a preference, not private data. */
export const LANGUAGE_STORAGE_KEY = 'ihss.lang';

/** A language's web words, with the shared API messages under `errors.` (e.g. `errors.providerIdShape`). */
export type Translation = WebCatalogue & { errors: MessageCatalogue };

/**
 * Each language's words are their own chunk, fetched when that language is first shown: a phone downloads one
 * language, not eight. The web words and the API messages of a language load together.
 */
const LOADERS: Record<Language, () => Promise<Translation>> = {
  en: async () => ({ ...(await import('./en')).en, errors: (await import('../../contracts/messages/en')).en }),
  es: async () => ({ ...(await import('./es')).es, errors: (await import('../../contracts/messages/es')).es }),
  zh: async () => ({ ...(await import('./zh')).zh, errors: (await import('../../contracts/messages/zh')).zh }),
  hy: async () => ({ ...(await import('./hy')).hy, errors: (await import('../../contracts/messages/hy')).hy }),
  vi: async () => ({ ...(await import('./vi')).vi, errors: (await import('../../contracts/messages/vi')).vi }),
  tl: async () => ({ ...(await import('./tl')).tl, errors: (await import('../../contracts/messages/tl')).tl }),
  ru: async () => ({ ...(await import('./ru')).ru, errors: (await import('../../contracts/messages/ru')).ru }),
  ko: async () => ({ ...(await import('./ko')).ko, errors: (await import('../../contracts/messages/ko')).ko }),
};

export function loadTranslation(lang: Language): Promise<Translation> {
  return LOADERS[lang]();
}

/** Makes a language's words available (for a page written in another language, like a letter), once. */
export async function ensureLoaded(lang: Language) {
  await ensureIntl(lang);
  if (!i18next.hasResourceBundle(lang, 'translation')) i18next.addResourceBundle(lang, 'translation', await loadTranslation(lang));
}

/** The BCP 47 locale for dates, numbers and plural rules of a page language (i18next's `language`, a plain string). */
export function localeOf(lang: string): string {
  return localeOfLanguage(isLanguage(lang) ? lang : 'en');
}

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    // Storage can be switched off (private browsing, strict settings); the browser's language still works.
    return null;
  }
}

/** The language of a first visit follows the browser's; a choice made here before wins. */
export function initialLanguage(): Language {
  return pickLanguage(storedLanguage(), ...(typeof navigator === 'undefined' ? [] : navigator.languages));
}

export async function initI18n(lang: Language = initialLanguage()) {
  await ensureIntl(lang);
  await i18next.use(initReactI18next).init({
    resources: { [lang]: { translation: await loadTranslation(lang) } },
    lng: lang,
    // Every language has every key (i18n.test.ts); no second language is downloaded as a fallback.
    fallbackLng: false,
    supportedLngs: [...Object.keys(LOADERS)],
    // React escapes text itself.
    interpolation: { escapeValue: false },
    // No advertising in a government portal's console.
    showSupportNotice: false,
  });
  document.documentElement.lang = lang;
  return i18next;
}

/** The language the person picked on this page since it loaded, if any: at sign-in it becomes the account's. */
let chosenThisVisit: Language | null = null;

export function languageChosenThisVisit(): Language | null {
  return chosenThisVisit;
}

/** A language the person picked themselves (the header's list, the profile): switched to, and kept as their choice. */
export async function chooseLanguage(lang: Language) {
  chosenThisVisit = lang;
  await setLanguage(lang);
}

/** Switches the whole page at once and remembers the choice for the next visit. */
export async function setLanguage(lang: Language) {
  await ensureLoaded(lang);
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // Not remembered when storage is off; the switch still applies to this visit.
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'en';
}
