import { describe, expect, it } from 'vitest';
import * as fontkit from 'fontkit';
import { dateInWords } from '../../../contracts/messages/dates.js';
import { LANGUAGES } from '../../../contracts/messages/index.js';
import { catalogueProblems, TRANSLATED_LANGUAGES } from '../../../contracts/messages/translation-checks.js';
import { RETURN_REASONS } from '../../../contracts/payments.js';
import type { PaymentStatement } from '../../../contracts/payments.js';
import { DEDUCTION_KINDS } from '../../../domain/index.js';
import { csvCell, DOCUMENT_WORDS, dollars, hours, payStubPdf, returnReasonWords, W2_BOXES, W2_ROWS, w2Layout, w2Values, type Rect } from './documents.js';
import type { PaymentRow } from './store.js';
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

describe("the W-2's boxes", () => {
  const width = 532;
  const rowHeight = 44;
  const layout = w2Layout(width, rowHeight);
  const boxes = Object.entries(layout);

  it('are every box of the form, once, inside the grid of W2_ROWS rows', () => {
    expect(Object.keys(layout).sort()).toEqual([...W2_BOXES].sort());
    for (const [box, r] of boxes) {
      expect(r.x, box).toBeGreaterThanOrEqual(0);
      expect(r.y, box).toBeGreaterThanOrEqual(0);
      expect(r.x + r.w, box).toBeLessThanOrEqual(width + 1e-9);
      expect(r.y + r.h, box).toBeLessThanOrEqual(W2_ROWS * rowHeight);
    }
  });

  it('never overlap, and fill the grid whole as the printed form does', () => {
    const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w - 1e-9 && b.x < a.x + a.w - 1e-9 && a.y < b.y + b.h - 1e-9 && b.y < a.y + a.h - 1e-9;
    const pairs = boxes.flatMap(([a, ra], i) => boxes.slice(i + 1).filter(([, rb]) => overlap(ra, rb)).map(([b]) => `${a}/${b}`));
    expect(pairs).toEqual([]);
    expect(boxes.reduce((s, [, r]) => s + r.w * r.h, 0)).toBeCloseTo(width * W2_ROWS * rowHeight, 6);
  });

  it('say, in each box, what the form puts there: dollars in boxes 1 to 6, 16 and 17, CA SDI in box 14, the state in box 15', () => {
    const values = w2Values(
      {
        year: 2026,
        boxes: { wages: 123456, federalTax: 1000, socialSecurityWages: 123456, socialSecurityTax: 7654, medicareWages: 123456, medicareTax: 1790, stateWages: 123456, stateTax: 0, sdi: 1605 },
        employer: { name: 'Elena Ramirez', address: { street: '100 Main St', unit: 'Apt 4', city: 'Los Angeles', state: 'CA', zip: '90012' } },
        employee: { name: 'Maria Gonzalez', providerId: '900000001', address: null },
        caseNumber: '1234567',
      },
      'en',
    );
    expect(values).toMatchObject({ '1': ['$1,234.56'], '2': ['$10.00'], '4': ['$76.54'], '6': ['$17.90'], '14': ['CA SDI $16.05'], '15': ['CA'], '17': ['$0.00'], e: ['Maria Gonzalez'], f: [] });
    expect(values.c).toEqual(['Elena Ramirez', '100 Main St Apt 4', 'Los Angeles, CA 90012']);
    expect(values.a).toEqual([DOCUMENT_WORDS.en.w2.notShown]);
  });
});

describe('the pay stub', () => {
  const row = {
    id: 1,
    payment_number: 'P2026-00000042',
    provider_first_name: 'Maria',
    provider_last_name: 'Gonzalez',
    provider_login_id: '900000001',
    recipient_first_name: 'Elena',
    recipient_last_name: 'Ramirez',
    case_number: '1234567',
    pay_period_start: '2026-11-01',
    pay_period_end: '2026-11-15',
    issue_date: '2026-11-20',
    paid_on: '2026-11-24',
    status: 'returned',
    returned_on: '2026-11-25',
    return_reason: 'R03',
    rate_cents: 1820,
    regular_minutes: 4800,
    overtime_minutes: 300,
    travel_minutes: 60,
    sick_minutes: 240,
  } as unknown as PaymentRow;
  const wages = { federal: 168350, socialSecurity: 168350, medicare: 168350, state: 168350, sdi: 168350 };
  const statement = {
    minutes: { regular: 4800, overtime: 300, travel: 60, sickLeave: 240 },
    cents: { regular: 145600, overtime: 13650, travel: 1820, sickLeave: 7280, gross: 168350, net: 123350 },
    deductions: DEDUCTION_KINDS.map((kind) => ({ kind, cents: 5000, yearToDateCents: 1_000_000 })),
    taxableWages: wages,
    yearToDate: { cents: { regular: 3000000, overtime: 200000, travel: 30000, sickLeave: 70000, gross: 3300000, net: 2400000 }, taxableWages: wages },
  } as unknown as PaymentStatement;

  it.each(LANGUAGES)('fits one page in %s with every deduction taken and a returned deposit explained', async (lang) => {
    const pdf = await payStubPdf(row, statement, lang);
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
  });
});
