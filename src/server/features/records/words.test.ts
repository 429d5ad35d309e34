import { describe, expect, it } from 'vitest';
import { catalogueProblems, TRANSLATED_LANGUAGES } from '../../../contracts/messages/translation-checks.js';
import { LANGUAGES } from '../../../contracts/messages/index.js';
import { DOCUMENT_WORDS } from '../payments/service.js';
import { RECORD_FILES } from './readme.js';
import { RECORD_WORDS } from './words.js';

type Tree = { readonly [key: string]: string | Tree | readonly string[] };

/** Every leaf as "a.b.0" -> text, so the shared catalogue checks can read these words too. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value as Tree, path)) out.set(k, v);
  }
  return out;
}

describe('the words of "Download my records"', () => {
  it.each(TRANSLATED_LANGUAGES)('in %s have every English key and column, the same {{placeholders}}, and nothing left in English', (lang) => {
    expect(catalogueProblems(lang, flatten(RECORD_WORDS[lang] as unknown as Tree), flatten(RECORD_WORDS.en as unknown as Tree))).toEqual([]);
  });

  it('give each column of each file, in every language, a meaning in the README', () => {
    for (const lang of LANGUAGES) {
      const t = RECORD_WORDS[lang];
      for (const file of RECORD_FILES) {
        const headers = file === 'payments' ? DOCUMENT_WORDS[lang].csv : t.files[file].headers;
        expect(t.files[file].meanings, `${lang} ${file}`).toHaveLength(headers.length);
      }
    }
  });
});
