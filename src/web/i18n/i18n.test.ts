import { describe, expect, it } from 'vitest';
import { SECURITY_QUESTIONS } from '../../contracts/security-questions';
import { resources } from './index';

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

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const en = flatten(resources.en.translation);
const es = flatten(resources.es.translation);

describe('translations', () => {
  it('have the same keys in English and Spanish', () => {
    expect([...es.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !es.has(k))).toEqual([]);
  });

  it('have the same {{placeholders}} in both languages', () => {
    const differ = [...en].filter(([key, text]) => placeholders(text).join() !== placeholders(es.get(key) ?? '').join());
    expect(differ.map(([key]) => key)).toEqual([]);
  });

  it('write plurals as plural forms (key_one beside key), never as "(s)" in any language', () => {
    const halfPlurals = [...en, ...es].filter(([, text]) => /\p{L}\((?:s|es|a|as|os)\)/u.test(text)).map(([key, text]) => `${key}: ${text}`);
    expect(halfPlurals).toEqual([]);
  });

  it('leave no text empty', () => {
    expect([...en, ...es].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('word every security question of the contract', () => {
    for (const id of SECURITY_QUESTIONS) {
      expect(en.get(`questions.text.${id}`)).toBeTruthy();
      expect(es.get(`questions.text.${id}`)).toBeTruthy();
    }
  });
});

/** The web app's own source, to check the keys it uses against the catalogue. */
const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!./en.ts', '!./es.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** A plural form (`key_one`) is used wherever its key is: i18next picks it by `count`. */
const withoutPluralSuffix = (key: string) => key.replace(/_(?:zero|one|two|few|many|other)$/, '');

/** Keys built at run time from data: the shared error catalogue and the contract's question ids. */
const DYNAMIC = ['errors.', 'questions.text.'];

describe('keys used by the web app', () => {
  const namespaces = new Set(Object.keys(resources.en.translation));
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
