import { localeOf, type Language } from '../../contracts/messages/languages';

/**
 * Dates and numbers through `Intl` in the reader's locale, also where the browser lacks the locale's data: Chrome (and
 * so most Android phones) ships without Armenian dates and numbers, and would write "Monday, December 7" on an Armenian
 * page. There, and only there, FormatJS's polyfills replace `Intl.DateTimeFormat` and `Intl.NumberFormat`, with the
 * data of the languages shown and California's time zone rules; every other reader downloads none of it.
 */
let polyfilled = false;

const DATA: Record<Language, () => Promise<unknown>> = {
  en: () => Promise.all([import('@formatjs/intl-datetimeformat/locale-data/en.js'), import('@formatjs/intl-numberformat/locale-data/en.js')]),
  es: () => Promise.all([import('@formatjs/intl-datetimeformat/locale-data/es-US.js'), import('@formatjs/intl-numberformat/locale-data/es-US.js')]),
  zh: () => Promise.all([import('@formatjs/intl-datetimeformat/locale-data/zh-Hant.js'), import('@formatjs/intl-numberformat/locale-data/zh-Hant.js')]),
  hy: () => Promise.all([import('@formatjs/intl-datetimeformat/locale-data/hy.js'), import('@formatjs/intl-numberformat/locale-data/hy.js')]),
  vi: () => Promise.all([import('@formatjs/intl-datetimeformat/locale-data/vi.js'), import('@formatjs/intl-numberformat/locale-data/vi.js')]),
  tl: () => Promise.all([import('@formatjs/intl-datetimeformat/locale-data/fil.js'), import('@formatjs/intl-numberformat/locale-data/fil.js')]),
  ru: () => Promise.all([import('@formatjs/intl-datetimeformat/locale-data/ru.js'), import('@formatjs/intl-numberformat/locale-data/ru.js')]),
  ko: () => Promise.all([import('@formatjs/intl-datetimeformat/locale-data/ko.js'), import('@formatjs/intl-numberformat/locale-data/ko.js')]),
};

/**
 * Asked once per language: the answer is slow to get on a cheap phone and never changes. English is not asked: every
 * browser the portal supports writes it, and the first question to `Intl` is where the browser loads its locale data
 * (about 60 ms on a fast machine, four times that on the phones of issue #13), which a page in English that shows no
 * date need not wait for.
 */
const supported = new Map<Language, boolean>([['en', true]]);

function browserHas(lang: Language): boolean {
  const locale = localeOf(lang);
  if (!supported.has(lang)) {
    supported.set(lang, Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 && Intl.NumberFormat.supportedLocalesOf([locale]).length > 0);
  }
  return supported.get(lang)!;
}

/** The languages this page has shown: once the polyfill replaces `Intl`, it writes their dates too. */
const shown = new Set<Language>();
let installing: Promise<void> | null = null;

/** Makes `Intl` able to write `lang`'s dates and numbers before a page shows them in it. */
export async function ensureIntl(lang: Language): Promise<void> {
  shown.add(lang);
  if (polyfilled) return void (await DATA[lang]());
  if (browserHas(lang)) return;
  installing ??= installPolyfill();
  await installing;
  await DATA[lang]();
}

/**
 * Replaces the browser's `Intl.DateTimeFormat` and `Intl.NumberFormat` for every language at once. The page is still
 * drawn in the language it showed (English, while the account's Armenian loads), so the data of every language shown
 * so far is loaded first: FormatJS keeps data loaded before its polyfill in a buffer that the polyfill reads as it
 * installs, so no date is ever asked of a polyfill that lacks its language.
 */
async function installPolyfill() {
  const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  const [, { PACIFIC_TIME }] = await Promise.all([Promise.all([...shown].map((language) => DATA[language]())), import('./pacific-time')]);
  await import('@formatjs/intl-datetimeformat/polyfill-force.js');
  await import('@formatjs/intl-numberformat/polyfill-force.js');
  const polyfill = Intl.DateTimeFormat as unknown as { __addTZData(data: unknown): void; __setDefaultTimeZone(zone: string): void };
  polyfill.__addTZData(PACIFIC_TIME);
  // A time without a zone is the phone's; the rules here are California's, where the portal's people are.
  polyfill.__setDefaultTimeZone(zone === 'UTC' ? 'UTC' : 'America/Los_Angeles');
  polyfilled = true;
}

/**
 * Formatters made once per locale and options: making one costs far more than using it (on a cheap phone a page of
 * dates spent most of its blocking time making formatters), and the same few are asked for on every render.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

function made<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(kind: string, locale: string, options: object, make: () => F): F {
  const key = `${kind} ${locale} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

export const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) => made('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions) => made('number', locale, options, () => new Intl.NumberFormat(locale, options));
export const listFormat = (locale: string, options: Intl.ListFormatOptions) => made('list', locale, options, () => new Intl.ListFormat(locale, options));
