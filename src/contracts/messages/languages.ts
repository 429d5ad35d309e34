/**
 * The languages the portal speaks, with no catalogue attached, so the web app can name and pick a language without
 * downloading every language's words. The state's own portal speaks English, Spanish, Chinese and Armenian; county
 * EVV guides add Vietnamese, Tagalog (Filipino), Russian and Korean (issue #13; CDSS "IHSS Program Forms" lists
 * its notices in these threshold languages).
 */
export const LANGUAGES = ['en', 'es', 'zh', 'hy', 'vi', 'tl', 'ru', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language named in itself, so its speakers recognise it in a picker whatever the page's language. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  es: 'Español',
  zh: '中文',
  hy: 'Հայերեն',
  vi: 'Tiếng Việt',
  tl: 'Tagalog',
  ru: 'Русский',
  ko: '한국어',
};

/**
 * The BCP 47 locale for `Intl` (dates, numbers, plural rules). Chinese is written in Traditional characters, as the
 * state's notices are; Tagalog's CLDR data is filed under Filipino (`fil`). English and Spanish keep U.S. conventions.
 */
const LOCALES: Readonly<Record<Language, string>> = {
  en: 'en-US',
  es: 'es-US',
  zh: 'zh-Hant',
  hy: 'hy',
  vi: 'vi',
  tl: 'fil',
  ru: 'ru',
  ko: 'ko',
};

export function localeOf(lang: Language): string {
  return LOCALES[lang];
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Language subtags that name one of ours under another code: Filipino is the standard form of Tagalog. */
const ALIASES: Readonly<Record<string, Language>> = { fil: 'tl' };

/**
 * Picks the first supported language from an Accept-Language header, `navigator.languages` or a stored preference,
 * by each tag's primary language subtag ("zh-TW" and "zh-Hant-HK" are Chinese, "fil-PH" is Tagalog); English when
 * none is ours.
 */
export function pickLanguage(...candidates: (string | undefined | null)[]): Language {
  for (const c of candidates) {
    if (!c) continue;
    for (const part of c.split(',')) {
      const primary = part.split(';')[0]?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
      const lang = ALIASES[primary] ?? primary;
      if (isLanguage(lang)) return lang;
    }
  }
  return 'en';
}

/** The plural categories of CLDR, as i18next suffixes them (`key_one`, `key_few`...). */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

/**
 * The categories a language uses for counts a provider meets (0 to 200 hours, visits, problems), other than `other`,
 * which is written as the key itself. English and Spanish need `_one`; Russian `_one`, `_few` and `_many`; Chinese,
 * Vietnamese and Korean none.
 */
export function pluralFormsOf(lang: Language): PluralCategory[] {
  const rules = new Intl.PluralRules(localeOf(lang));
  const used = new Set<PluralCategory>();
  for (let n = 0; n <= 200; n++) used.add(rules.select(n) as PluralCategory);
  return PLURAL_CATEGORIES.filter((c) => c !== 'other' && used.has(c));
}
