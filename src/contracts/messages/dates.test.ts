import { describe, expect, it } from 'vitest';
import { dateInWords, monthInWords } from './dates';

describe('dates in words for notices and documents', () => {
  it('writes a date the way each language reads it, on the calendar day given whatever the time zone', () => {
    expect(dateInWords('en', '2026-11-20')).toBe('November 20, 2026');
    expect(dateInWords('es', '2026-11-20')).toBe('20 de noviembre de 2026');
    expect(dateInWords('en', '2027-01-01')).toBe('January 1, 2027');
  });

  it('writes a month with its year', () => {
    expect(monthInWords('en', '2026-03')).toBe('March 2026');
    expect(monthInWords('es', '2026-03')).toBe('marzo de 2026');
  });

  it('leaves anything else as it was', () => {
    expect(dateInWords('en', 'soon')).toBe('soon');
    expect(dateInWords('en', '2026-11')).toBe('2026-11');
    expect(monthInWords('es', '2026-11-20')).toBe('2026-11-20');
  });
});
