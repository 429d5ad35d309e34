import { en, type MessageKey } from './en.js';
import { es } from './es.js';

export type { MessageKey } from './en.js';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export const messages: Record<Language, Record<MessageKey, string>> = { en, es };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/**
 * The message of `key` for `count` by the language's plural rules, as i18next picks it on the web: `key_one` etc.
 * when the catalogue has that form, else `key` itself (the catalogue writes the general form there).
 */
function pluralForm(lang: Language, key: MessageKey, count: unknown): string {
  if (typeof count !== 'number') return messages[lang][key];
  const form = `${key}_${new Intl.PluralRules(lang).select(count)}`;
  return isMessageKey(form) ? messages[lang][form] : messages[lang][key];
}

/** Fills `{{name}}` placeholders and picks the plural form the same way i18next does, for messages rendered on the server. */
export function formatMessage(lang: Language, key: MessageKey, params: Record<string, unknown> = {}): string {
  return pluralForm(lang, key, params.count).replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

const ORDINALS: Record<Language, readonly string[]> = { en: ['1st', '2nd', '3rd', '4th'], es: ['1.ª', '2.ª', '3.ª', '4.ª'] };

/** A violation's number as an ordinal word in `lang` ("2nd", "2.ª": una infracción, feminine). */
export function violationOrdinal(lang: Language, n: number): string {
  return ORDINALS[lang][n - 1] ?? String(n);
}

/** Picks the first supported language from an Accept-Language header or a stored preference. */
export function pickLanguage(...candidates: (string | undefined | null)[]): Language {
  for (const c of candidates) {
    if (!c) continue;
    for (const part of c.split(',')) {
      const tag = part.split(';')[0]?.trim().toLowerCase().slice(0, 2);
      if (tag && (LANGUAGES as readonly string[]).includes(tag)) return tag as Language;
    }
  }
  return 'en';
}
