import { describe, expect, it } from 'vitest';
import { catalogueProblems, TRANSLATED_LANGUAGES } from '../../contracts/messages/translation-checks';
import { LANGUAGES } from '../../contracts/messages/languages';
import { SECURITY_QUESTIONS } from '../../contracts/security-questions';
import { loadTranslation } from './index';

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf as "a.b.c" -> text. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const catalogues = new Map(await Promise.all(LANGUAGES.map(async (lang) => [lang, flatten((await loadTranslation(lang)) as unknown as Tree)] as const)));
const en = catalogues.get('en')!;

describe('translations', () => {
  it.each(TRANSLATED_LANGUAGES)('in %s have every English key, its own plural forms, the same {{placeholders}}, and nothing left in English', (lang) => {
    expect(catalogueProblems(lang, catalogues.get(lang)!, en)).toEqual([]);
  });

  it('write plurals as plural forms (key_one beside key), never as "(s)", in English', () => {
    expect([...en].filter(([, text]) => /\p{L}\((?:s|es)\)/u.test(text)).map(([key]) => key)).toEqual([]);
  });

  it('name each control with its visible words first, in every language (WCAG 2.5.3 Label in Name)', () => {
    const named = [
      ['header.homeLink', 'app.name'],
      ['visits.checkInLabel', 'evv.checkInLink'],
      ['visits.changeLabel', 'visits.change'],
    ] as const;
    const mismatched = [...catalogues].flatMap(([lang, catalogue]) =>
      named.filter(([label, visible]) => !catalogue.get(label)!.toLowerCase().includes(catalogue.get(visible)!.toLowerCase())).map(([label]) => `${lang} ${label}`),
    );
    expect(mismatched).toEqual([]);
  });

  it('word every security question of the contract in every language', () => {
    for (const [lang, catalogue] of catalogues) {
      for (const id of SECURITY_QUESTIONS) expect(catalogue.get(`questions.text.${id}`), `${lang} ${id}`).toBeTruthy();
    }
  });
});

/** The web app's own source, to check the keys it uses against the catalogue. */
const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!./*.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** A plural form (`key_one`) is used wherever its key is: i18next picks it by `count`. */
const withoutPluralSuffix = (key: string) => key.replace(/_(?:zero|one|two|few|many|other)$/, '');

/** Keys built at run time from data: the shared error catalogue and the contract's question ids. */
const DYNAMIC = ['errors.', 'questions.text.'];

describe('keys used by the web app', () => {
  const namespaces = new Set([...en.keys()].map((key) => key.split('.')[0]!));
  const used = new Set<string>();
  for (const text of Object.values(sources)) {
    // Quoted dotted names, except object keys such as the audit actions ('password.reset': ...).
    for (const [, key] of text.matchAll(/'([a-zA-Z]+(?:\.[a-zA-Z0-9_]+)+)'(?!\s*:)/g)) {
      if (key && namespaces.has(key.split('.')[0]!)) used.add(key);
    }
  }

  it('all exist in the catalogue', () => {
    expect([...used].filter((key) => !en.has(key))).toEqual([]);
  });

  it('cover the whole catalogue, so no text is left unused', () => {
    const unused = [...en.keys()].filter((key) => !used.has(withoutPluralSuffix(key)) && !DYNAMIC.some((prefix) => key.startsWith(prefix)));
    expect(unused).toEqual([]);
  });
});
