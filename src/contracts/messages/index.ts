import { en, type MessageCatalogue, type MessageKey } from './en.js';
import { es } from './es.js';
import { zh } from './zh.js';
import { hy } from './hy.js';
import { vi } from './vi.js';
import { tl } from './tl.js';
import { ru } from './ru.js';
import { ko } from './ko.js';
import { localeOf, type Language } from './languages.js';

export type { MessageCatalogue, MessageKey } from './en.js';
export { LANGUAGES, LANGUAGE_NAMES, isLanguage, localeOf, pickLanguage, type Language } from './languages.js';

/** Every language's messages, for the server; the web app loads only the reader's language (src/web/i18n). */
export const messages: Record<Language, MessageCatalogue> = { en, es, zh, hy, vi, tl, ru, ko };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** A message of `lang` by any key, plural forms included; undefined when that language does not write it. */
function lookUp(lang: Language, key: string): string | undefined {
  return (messages[lang] as Partial<Record<string, string>>)[key];
}

/**
 * The message of `key` for `count` by the language's plural rules, as i18next picks it on the web: `key_few` etc.
 * when the catalogue has that form, else `key` itself (the catalogue writes the general form there).
 */
function pluralForm(lang: Language, key: MessageKey, count: unknown): string {
  const general = lookUp(lang, key) ?? en[key];
  if (typeof count !== 'number') return general;
  return lookUp(lang, `${key}_${new Intl.PluralRules(localeOf(lang)).select(count)}`) ?? general;
}

/** Fills `{{name}}` placeholders and picks the plural form the same way i18next does, for messages rendered on the server. */
export function formatMessage(lang: Language, key: MessageKey, params: Record<string, unknown> = {}): string {
  return pluralForm(lang, key, params.count).replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** A violation's number as an ordinal word in `lang` ("2nd", "2.ª": una infracción, feminine); beyond the 4th, the figure. */
export function violationOrdinal(lang: Language, n: number): string {
  return n >= 1 && n <= 4 ? formatMessage(lang, `violationOrdinal${n as 1 | 2 | 3 | 4}`) : String(n);
}
