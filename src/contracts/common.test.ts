import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { enteredPassword, idParam, instant, INT4_MAX, isoDate, isoMonth, password, recordId, text, withoutRefusedCharacters } from './common.js';
import { geoPoint } from './evv.js';

/** The first issue as the browser and the server see it: a catalogue key and its params. */
function issue(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  const first = result.error.issues[0]!;
  return { code: first.message, ...('params' in first && first.params ? { params: first.params } : {}) };
}

describe('text(): the one way to declare free text', () => {
  const line = text({ max: 10 });
  const area = text({ max: 20, multiline: true });

  it('trims, and counts characters as PostgreSQL does (an emoji is one)', () => {
    expect(line.parse('  Ana María \n')).toBe('Ana María');
    expect(line.parse('😀'.repeat(10))).toBe('😀'.repeat(10));
    expect(issue(line, '😀'.repeat(11))).toEqual({ code: 'textTooLong', params: { max: 10 } });
  });

  it.each([
    ['NUL', '\u0000', 'U+0000'],
    ['a C0 control', '\u001B', 'U+001B'],
    ['DEL', '\u007F', 'U+007F'],
    ['a C1 control', '\u0085', 'U+0085'],
    ['a lone high surrogate', '\uD83D', 'U+D83D'],
    ['a lone low surrogate', '\uDE00', 'U+DE00'],
    ['the noncharacter U+FFFE', '\uFFFE', 'U+FFFE'],
    ['the noncharacter U+FFFF', '\uFFFF', 'U+FFFF'],
    ['a noncharacter of another plane', '\u{10FFFF}', 'U+10FFFF'],
  ])('refuses %s, naming it and where it is, in one- and multi-line fields', (_, char, character) => {
    expect(issue(line, `ab${char}c`)).toEqual({ code: 'textControlChar', params: { position: 3, character } });
    expect(issue(area, `😀\n${char}`)).toEqual({ code: 'textControlChar', params: { position: 3, character } });
  });

  it('refuses a NUL that trimming would not remove, at either end', () => {
    expect(issue(line, '\u0000abc')).toMatchObject({ code: 'textControlChar', params: { position: 1 } });
    expect(issue(line, 'abc\u0000')).toMatchObject({ code: 'textControlChar', params: { position: 4 } });
  });

  it('takes line breaks and tabs only in a multi-line field, with \\r\\n and a lone \\r made \\n', () => {
    expect(issue(line, 'a\nb')).toEqual({ code: 'textOneLine', params: { position: 2, character: 'U+000A' } });
    expect(issue(line, 'a\tb')).toEqual({ code: 'textOneLine', params: { position: 2, character: 'U+0009' } });
    expect(issue(line, 'a\r\nb')).toEqual({ code: 'textOneLine', params: { position: 2, character: 'U+000D' } });
    expect(area.parse('\r\n one\r\ntwo\rthree\tfour \n')).toBe('one\ntwo\nthree\tfour');
  });

  it('keeps other invisible but meaningful characters: joiners in emoji and scripts, the no-break space', () => {
    expect(line.parse('👩‍👩‍👧')).toBe('👩‍👩‍👧');
    expect(line.parse('a\u00A0b')).toBe('a\u00A0b');
  });

  it('says what is missing or too short in the field’s own words, or in general words', () => {
    const name = text({ max: 100, message: 'nameShape' });
    expect(issue(name, undefined)).toEqual({ code: 'nameShape' });
    expect(issue(name, '   ')).toEqual({ code: 'nameShape', params: { min: 1 } });
    expect(issue(text({ max: 10 }), '')).toEqual({ code: 'required', params: { min: 1 } });
    expect(issue(text({ min: 3, max: 10 }), ' ab ')).toEqual({ code: 'textTooShort', params: { min: 3 } });
    expect(text({ min: 0, max: 10 }).parse('  ')).toBe('');
  });

  it('keeps a verbatim value exactly, \\r\\n line ends included, and still refuses a lone \\r or NUL', () => {
    const file = text({ min: 0, max: 100, multiline: true, verbatim: true });
    expect(file.parse(' a,b\r\nc,d\n')).toBe(' a,b\r\nc,d\n');
    expect(issue(file, 'a\rb')).toMatchObject({ code: 'textControlChar', params: { position: 2 } });
    expect(issue(file, 'a\u0000')).toMatchObject({ code: 'textControlChar' });
  });

  it('stops counting a long value at its cap: a 1 MB string is refused at once', () => {
    expect(issue(text({ max: 5000 }), 'x'.repeat(1_000_000))).toEqual({ code: 'textTooLong', params: { max: 5000 } });
  });

  it('gives the OpenAPI document its limits, in characters as JSON Schema counts them', () => {
    expect(z.toJSONSchema(text({ min: 3, max: 500 }).optional(), { io: 'input' })).toMatchObject({ type: 'string', minLength: 3, maxLength: 500 });
  });
});

describe('passwords', () => {
  it('keeps spaces, inside and around (NIST SP 800-63B 3.1.1.2), and counts characters', () => {
    expect(password.parse('  correct horse battery  ')).toBe('  correct horse battery  ');
    expect(enteredPassword.parse(' old password ')).toBe(' old password ');
    expect(issue(password, 'ñ'.repeat(14))).toEqual({ code: 'passwordTooShort', params: { min: 15 } });
    expect(issue(password, 'x'.repeat(129))).toEqual({ code: 'passwordTooLong', params: { max: 128 } });
  });

  it('refuses control characters, which no keyboard types', () => {
    expect(issue(password, 'correct horse\u0000battery')).toMatchObject({ code: 'textControlChar', params: { position: 14 } });
    expect(issue(password, 'correct horse\tbattery staple')).toMatchObject({ code: 'textOneLine' });
    expect(issue(enteredPassword, 'pass\u0000')).toMatchObject({ code: 'textControlChar' });
    expect(issue(enteredPassword, '')).toEqual({ code: 'required', params: { min: 1 } });
  });
});

describe('dates and instants', () => {
  it('refuses impossible days and years PostgreSQL has not or the calendar functions do not cover', () => {
    expect(issue(isoDate, '2026-02-30')).toEqual({ code: 'dateShape' });
    expect(issue(isoDate, '0000-01-01')).toEqual({ code: 'dateOutOfRange', params: { min: '1900-01-01', max: '2199-12-31' } });
    expect(issue(isoDate, '2200-01-01')).toMatchObject({ code: 'dateOutOfRange' });
    expect(isoDate.parse('1900-01-01')).toBe('1900-01-01');
    expect(issue(isoMonth, '0000-01')).toMatchObject({ code: 'dateOutOfRange' });
    expect(issue(isoDate, '2026-01-01\u0000')).toEqual({ code: 'dateShape' });
  });

  it('takes an instant with an offset found on Earth, -12:00 to +14:00', () => {
    expect(instant.parse('2026-03-02T09:00:12-08:00')).toBe('2026-03-02T09:00:12-08:00');
    expect(instant.parse('2026-03-02T09:00:12+14:00')).toBe('2026-03-02T09:00:12+14:00');
    expect(instant.parse('2026-03-02T17:00:12Z')).toBe('2026-03-02T17:00:12Z');
    expect(issue(instant, '2026-03-02T09:00:12+23:59')).toEqual({ code: 'instantShape' });
    expect(issue(instant, '2026-03-02T09:00:12-12:01')).toEqual({ code: 'instantShape' });
    expect(issue(instant, '0000-03-02T09:00:12Z')).toMatchObject({ code: 'dateOutOfRange' });
    expect(issue(instant, '2026-02-30T09:00:12Z')).toEqual({ code: 'instantShape' });
  });
});

describe('numbers within their columns', () => {
  it('takes ids as positive int4, from text in a path and as numbers in a body', () => {
    expect(idParam.parse('42')).toBe(42);
    for (const bad of ['0', '-1', '1.5', '1e400', 'NaN', String(INT4_MAX + 1), '9223372036854775808']) expect(idParam.safeParse(bad).success, bad).toBe(false);
    expect(recordId.safeParse(INT4_MAX).success).toBe(true);
    expect(recordId.safeParse('1').success).toBe(false);
  });

  it('refuses an accuracy a `real` column cannot hold: 0, or a centimetre and up', () => {
    const at = (accuracyMeters: number) => geoPoint.safeParse({ latitude: 34, longitude: -118, accuracyMeters }).success;
    expect([0, 0.01, 12.5, 100_000].map(at)).toEqual([true, true, true, true]);
    expect([5e-324, 1e-40, 0.009, -1, 100_001, Number.POSITIVE_INFINITY].map(at)).toEqual([false, false, false, false, false, false]);
  });
});

describe('words a caller sends unasked (a user agent)', () => {
  it('lose every character no text field takes, and keep the rest, emoji included', () => {
    expect(withoutRefusedCharacters('Mozilla/5.0\u0000 (Linux)\u0007\u009f\ud800 🙂\uffff')).toBe('Mozilla/5.0 (Linux) 🙂');
  });
});
