import { localeOf as locale, type Language } from './languages.js';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/**
 * One formatter per language and style: building an `Intl.DateTimeFormat` costs far more than formatting with one, and
 * a pay run words a date for every notice it writes.
 */
function formatterOf(style: 'date' | 'month', lang: Language): Intl.DateTimeFormat {
  const key = `${style}:${lang}`;
  let f = FORMATTERS.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = style === 'date' ? { dateStyle: 'long', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' };
    f = new Intl.DateTimeFormat(locale(lang), options);
    FORMATTERS.set(key, f);
  }
  return f;
}
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar date in words, in the reader's language: "November 20, 2026", "20 de noviembre de 2026". For text that
 * leaves the screen (notices, emails, texts, documents), where "2026-11-20" reads as a code to many providers.
 * Anything that is not a YYYY-MM-DD date comes back as it was.
 */
export function dateInWords(lang: Language, value: string): string {
  const m = ISO_DATE.exec(value);
  if (!m) return value;
  return formatterOf('date', lang).format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** A calendar month in words: "March 2026", "marzo de 2026"; anything that is not YYYY-MM comes back as it was. */
export function monthInWords(lang: Language, value: string): string {
  const m = ISO_MONTH.exec(value);
  if (!m) return value;
  return formatterOf('month', lang).format(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
}
