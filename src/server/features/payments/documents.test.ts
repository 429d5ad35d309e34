import { describe, expect, it } from 'vitest';
import { csvCell, dollars, hours } from './documents.js';

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
  it('formats dollars and hours for the stub', () => {
    expect(dollars(123456)).toBe('$1,234.56');
    expect(dollars(5)).toBe('$0.05');
    expect(hours(750)).toBe('12.50');
  });
});
