import { LANGUAGES, pluralFormsOf, type Language } from './languages.js';

/**
 * The checks every catalogue's tests share (web words, API messages, reason texts, notifications, documents): no text
 * left in English, the same placeholders, each language's own plural forms. Used by tests only.
 */

const glossaries = import.meta.glob<string>('../../../docs/glossary/*.md', { query: '?raw', import: 'default', eager: true });

/**
 * Keys a language keeps word for word as in English on purpose: the list under "## Kept as in English" in that
 * language's glossary (docs/glossary/<lang>.md), one `key` in backticks at the start of each item, with its reason.
 */
export function keptAsInEnglish(lang: Language): Set<string> {
  const text = glossaries[`../../../docs/glossary/${lang}.md`] ?? '';
  const section = text.split(/^## Kept as in English\s*$/m)[1]?.split(/^## /m)[0] ?? '';
  return new Set([...section.matchAll(/^\s*[-*|]\s*`([^`]+)`/gm)].map((m) => m[1]!));
}

export const TRANSLATED_LANGUAGES = LANGUAGES.filter((l) => l !== 'en');

/** Names that are the same in every language of the portal: the program's, the file formats', payment numbers. */
const NAMES = /\b(?:IHSS|EVV|CDSS|PDF|CSV|ID|SMS|HTTPS|ca\.gov|Medi-Cal|P\d{4}-\d+)\b/g;

/**
 * Whether a translated text is the English one left as it was: equal to it, with words in it once placeholders, names
 * that are never translated, figures and punctuation are set aside.
 */
export function looksUntranslated(translated: string, english: string): boolean {
  if (translated !== english) return false;
  return /\p{L}{2,}/u.test(english.replace(/\{\{\s*\w+\s*\}\}/g, ' ').replace(NAMES, ' '));
}

export const placeholdersOf = (text: string) => [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!))].sort();

const PLURAL_SUFFIX = /_(?:zero|one|two|few|many|other)$/;

/**
 * What is wrong with one language's flat catalogue (`a.b.c` -> text) against English's: keys missing or extra, plural
 * forms the language's rules need but lacks (or writes but never uses), placeholders that differ, texts left empty or
 * in English, "(s)" half-plurals. Empty when the language is complete.
 */
export function catalogueProblems(lang: Language, catalogue: ReadonlyMap<string, string>, english: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const kept = keptAsInEnglish(lang);
  const pluralBases = new Set([...english.keys()].filter((k) => k.endsWith('_one')).map((k) => k.slice(0, -4)));
  const forms = pluralFormsOf(lang);
  const expected = new Set([...english.keys()].filter((k) => !k.endsWith('_one')));
  for (const base of pluralBases) for (const form of forms) expected.add(`${base}_${form}`);
  for (const key of expected) if (!catalogue.has(key)) problems.push(`${key}: missing`);
  for (const [key, text] of catalogue) {
    if (!expected.has(key)) {
      problems.push(`${key}: not a key of English${PLURAL_SUFFIX.test(key) ? ` (${lang} uses ${forms.map((f) => `_${f}`).join(', ') || 'no plural forms'})` : ''}`);
      continue;
    }
    const base = key.replace(PLURAL_SUFFIX, '');
    const plural = pluralBases.has(base);
    const englishText = english.get(key) ?? english.get(base) ?? '';
    // Every form says what English's general form says; a `_one` form may leave out the count ("one problem").
    const want = placeholdersOf(plural ? (english.get(base) ?? '') : englishText).filter((p) => !(plural && key.endsWith('_one') && p === 'count'));
    const have = placeholdersOf(text).filter((p) => !(plural && key.endsWith('_one') && p === 'count'));
    if (have.join() !== want.join()) problems.push(`${key}: placeholders {{${have.join('}}, {{')}}} differ from English {{${want.join('}}, {{')}}}`);
    if (text.trim() === '') problems.push(`${key}: empty`);
    if (/\p{L}\((?:s|es|a|as|os)\)/u.test(text)) problems.push(`${key}: "(s)" instead of plural forms`);
    if (!kept.has(key) && looksUntranslated(text, englishText)) problems.push(`${key}: still in English`);
  }
  return problems;
}
