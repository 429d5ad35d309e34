import { describe, expect, it } from 'vitest';
import { LANGUAGES as PACKS, type LanguagePack } from '../../domain/reason-texts/index.js';
import { LANGUAGES } from './languages.js';
import { catalogueProblems, TRANSLATED_LANGUAGES } from './translation-checks.js';

/** A language's reason texts as one flat catalogue: `reasons.CODE.title`, `denied.CODE.howToFix`, `evvElements.x`. */
function flat(pack: LanguagePack): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of ['reasons', 'denied', 'evvElements'] as const) {
    for (const [code, value] of Object.entries(pack[part])) {
      if (typeof value === 'string') out.set(`${part}.${code}`, value);
      else for (const [field, text] of Object.entries(value)) out.set(`${part}.${code}.${field}`, text as string);
    }
  }
  return out;
}

describe("the rules engine's reasons", () => {
  it('exist in every language the portal speaks', () => {
    expect(Object.keys(PACKS).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(TRANSLATED_LANGUAGES)('are all written in %s, with the same placeholders as English', (lang) => {
    expect(catalogueProblems(lang, flat(PACKS[lang]), flat(PACKS.en))).toEqual([]);
  });

  it.each(TRANSLATED_LANGUAGES)('say a duration in %s words, not in English', (lang) => {
    const words = [60, 90, 125].map((m) => PACKS[lang].formatDuration(m));
    expect(words.filter((w) => /hour|minute/.test(w))).toEqual([]);
  });
});
