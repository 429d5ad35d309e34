import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, localeOf as localeOfLanguage, pickLanguage, type Language } from '../../contracts/messages/languages';
import type { Role } from '../../contracts/auth';
import type { MessageCatalogue } from '../../contracts/messages/en';
import { isStaffRole } from '../roles';
import type { PublicWords } from './en';
import type { SignedInWords } from './signed-in.en';
import type { StaffWords } from './staff.en';
import { ensureIntl } from './intl';
import { loadReasons } from './reasons';

export { isLanguage, LANGUAGES, LANGUAGE_NAMES, type Language } from '../../contracts/messages/languages';

/** Where the chosen language is remembered: a preference, not private data. */
export const LANGUAGE_STORAGE_KEY = 'ihss.lang';

/** A language's web words, with the shared API messages under `errors.` (e.g. `errors.providerIdShape`). */
export type Translation = PublicWords & SignedInWords & StaffWords & { errors: MessageCatalogue };

/**
 * The three parts of a language's words: `public` for the pages anyone may open and the frame around every page (with
 * the API messages), `signedIn` for the pages behind sign-in (with the rules engine's reasons, reasons.ts), `staff` for
 * the county console's own pages. Each is a chunk of its own per language, fetched when first needed: a phone downloads
 * one language, not eight, the sign-in page does not download the words of the pages behind it, and a provider's phone
 * not the console's (issue #13).
 */
type Part = 'public' | 'signedIn' | 'staff';

/** A language's public words with the API's messages under `errors.`, asked for together (one file in the build: scripts/vite/chunks.ts). */
async function withMessages(words: Promise<object>, messages: Promise<object>) {
  const [publicWords, errors] = await Promise.all([words, messages]);
  return { ...publicWords, errors };
}

const PARTS: Record<Language, Record<Part, () => Promise<object>>> = {
  en: {
    public: () => withMessages(import('./en').then((m) => m.en), import('../../contracts/messages/en').then((m) => m.en)),
    signedIn: async () => (await Promise.all([import('./signed-in.en'), loadReasons('en')]))[0].signedInEn,
    staff: () => import('./staff.en').then((m) => m.staffEn),
  },
  es: {
    public: () => withMessages(import('./es').then((m) => m.es), import('../../contracts/messages/es').then((m) => m.es)),
    signedIn: async () => (await Promise.all([import('./signed-in.es'), loadReasons('es')]))[0].signedInEs,
    staff: () => import('./staff.es').then((m) => m.staffEs),
  },
  zh: {
    public: () => withMessages(import('./zh').then((m) => m.zh), import('../../contracts/messages/zh').then((m) => m.zh)),
    signedIn: async () => (await Promise.all([import('./signed-in.zh'), loadReasons('zh')]))[0].signedInZh,
    staff: () => import('./staff.zh').then((m) => m.staffZh),
  },
  hy: {
    public: () => withMessages(import('./hy').then((m) => m.hy), import('../../contracts/messages/hy').then((m) => m.hy)),
    signedIn: async () => (await Promise.all([import('./signed-in.hy'), loadReasons('hy')]))[0].signedInHy,
    staff: () => import('./staff.hy').then((m) => m.staffHy),
  },
  vi: {
    public: () => withMessages(import('./vi').then((m) => m.vi), import('../../contracts/messages/vi').then((m) => m.vi)),
    signedIn: async () => (await Promise.all([import('./signed-in.vi'), loadReasons('vi')]))[0].signedInVi,
    staff: () => import('./staff.vi').then((m) => m.staffVi),
  },
  tl: {
    public: () => withMessages(import('./tl').then((m) => m.tl), import('../../contracts/messages/tl').then((m) => m.tl)),
    signedIn: async () => (await Promise.all([import('./signed-in.tl'), loadReasons('tl')]))[0].signedInTl,
    staff: () => import('./staff.tl').then((m) => m.staffTl),
  },
  ru: {
    public: () => withMessages(import('./ru').then((m) => m.ru), import('../../contracts/messages/ru').then((m) => m.ru)),
    signedIn: async () => (await Promise.all([import('./signed-in.ru'), loadReasons('ru')]))[0].signedInRu,
    staff: () => import('./staff.ru').then((m) => m.staffRu),
  },
  ko: {
    public: () => withMessages(import('./ko').then((m) => m.ko), import('../../contracts/messages/ko').then((m) => m.ko)),
    signedIn: async () => (await Promise.all([import('./signed-in.ko'), loadReasons('ko')]))[0].signedInKo,
    staff: () => import('./staff.ko').then((m) => m.staffKo),
  },
};

/** A language's whole catalogue, all three parts. */
export async function loadTranslation(lang: Language): Promise<Translation> {
  const [publicWords, signedInWords, staffWords] = await Promise.all([PARTS[lang].public(), PARTS[lang].signedIn(), PARTS[lang].staff()]);
  return { ...publicWords, ...signedInWords, ...staffWords } as Translation;
}

/** The parts this page shows: the signed-in part joins once a session is known, and then for every language. */
const wanted = new Set<Part>(['public']);
const added = new Set<string>();

/** Makes a language's words available (the page's, or another's, like a letter's), each part once. */
export async function ensureLoaded(lang: Language) {
  // Each part is its own download: asked for together, a phone waits for one round trip, not three.
  const missing = [...wanted].filter((part) => !added.has(`${lang}/${part}`));
  const [, ...words] = await Promise.all([ensureIntl(lang), ...missing.map((part) => PARTS[lang][part]())]);
  // The session is asked for while i18next starts (main.tsx): words can arrive before its store exists.
  await started;
  missing.forEach((part, i) => {
    if (added.has(`${lang}/${part}`)) return;
    i18next.addResourceBundle(lang, 'translation', words[i]!, true, true);
    added.add(`${lang}/${part}`);
  });
}

/**
 * The words of the pages behind sign-in, in the page's language and any switched to later; for staff (`role`), the
 * console's too. The transport asks for them with the first answer that shows a signed-in session, before anyone sees
 * a page behind sign-in.
 */
export async function ensureSignedInWords(role?: Role) {
  wanted.add('signedIn');
  if (role && isStaffRole(role)) wanted.add('staff');
  await ensureLoaded(currentLanguage());
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

let started: Promise<unknown> | null = null;
/** The language initI18n was asked for, which the page speaks once i18next has started. */
let starting: Language | null = null;

/** Starts i18next in `lang` with the public words; `signedIn` adds the other parts at once (tests of such pages). */
export async function initI18n(lang: Language = initialLanguage(), { signedIn = false } = {}) {
  starting = lang;
  started = i18next.use(initReactI18next).init({
    // The words are already here when it starts (resources are added, not fetched): nothing to wait a tick for.
    initAsync: false,
    resources: {},
    lng: lang,
    // Every language has every key (i18n.test.ts); no second language is downloaded as a fallback.
    fallbackLng: false,
    supportedLngs: [...Object.keys(PARTS)],
    // React escapes text itself.
    interpolation: { escapeValue: false },
    // No advertising in a government portal's console.
    showSupportNotice: false,
  });
  await started;
  if (signedIn) for (const part of ['signedIn', 'staff'] as const) wanted.add(part);
  // A new init starts an empty store (tests start one per file).
  added.clear();
  await ensureLoaded(lang);
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
  return isLanguage(i18next.language) ? i18next.language : (starting ?? 'en');
}
