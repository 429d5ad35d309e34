import { describe, expect, it } from 'vitest';
import * as fontkit from 'fontkit';
import { dateInWords } from '../../../contracts/messages/dates.js';
import { LANGUAGES } from '../../../contracts/messages/index.js';
import { catalogueProblems, TRANSLATED_LANGUAGES } from '../../../contracts/messages/translation-checks.js';
import { RETURN_REASONS } from '../../../contracts/payments.js';
import { csvCell, DOCUMENT_WORDS, dollars, hours, returnReasonWords } from './documents.js';
import { STUB_FONTS } from './stub-fonts.js';

/** What PDF's standard fonts can write (WinAnsiEncoding: Latin-1 and the Windows-1252 punctuation). */
const WIN_ANSI = /^[\u0020-\u007e\u00a0-\u00ff‘’“”–—…•€™]$/u;

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('Ramirez, Elena')).toBe('"Ramirez, Elena"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });
  it('defuses text a spreadsheet would run as a formula', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) expect(csvCell(s).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell(12.5)).toBe('12.5');
  });
  it('formats dollars and hours for the stub, the reader\'s way, and hours for the CSV as a spreadsheet reads them', () => {
    expect(dollars(123456, 'vi')).toBe('1.234,56\u00a0US$');
    expect(hours(750, 'ru')).toBe('12,50');
    expect(dollars(123456)).toBe('$1,234.56');
    expect(dollars(5)).toBe('$0.05');
    expect(hours(750)).toBe('12.50');
  });
});

describe('the pay stub and the CSV in every language', () => {
  const flat = (words: object, prefix = ''): [string, string][] =>
    Object.entries(words).flatMap(([k, v]): [string, string][] =>
      typeof v === 'string' ? [[`${prefix}${k}`, v]] : Array.isArray(v) ? v.map((t: string, i: number): [string, string] => [`${prefix}${k}.${i}`, t]) : flat(v as object, `${prefix}${k}.`),
    );

  it.each(TRANSLATED_LANGUAGES)('are written in %s, with the same placeholders as English', (lang) => {
    expect(catalogueProblems(lang, new Map(flat(DOCUMENT_WORDS[lang])), new Map(flat(DOCUMENT_WORDS.en)))).toEqual([]);
  });

  it.each(LANGUAGES)('set %s in a font that holds every character the stub writes', (lang) => {
    const texts = [
      ...flat(DOCUMENT_WORDS[lang]).map(([, t]) => t),
      dateInWords(lang, '2026-09-30'),
      dollars(123456789, lang),
      hours(123456, lang),
      ...RETURN_REASONS.flatMap((r) => Object.values(returnReasonWords(lang, r))),
    ];
    const characters = [...new Set([...texts.join('')])].filter((c) => c.trim() !== '');
    const fonts = STUB_FONTS[lang];
    const missing = [fonts.regular, fonts.bold].flatMap((font) => {
      if (!font.endsWith('.ttf')) return characters.filter((c) => !WIN_ANSI.test(c));
      const face = fontkit.openSync(font) as fontkit.Font;
      return characters.filter((c) => !face.hasGlyphForCodePoint(c.codePointAt(0)!));
    });
    expect(missing).toEqual([]);
  });
});
