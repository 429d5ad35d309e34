import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { formatMessage, messages, pickLanguage, violationOrdinal } from './index.js';
import { catalogueProblems, TRANSLATED_LANGUAGES } from './translation-checks.js';

const flat = (catalogue: object) => new Map(Object.entries(catalogue) as [string, string][]);

describe('the shared message catalogue', () => {
  it.each(TRANSLATED_LANGUAGES)('has every message in %s, with its plural forms, the same placeholders, none left in English', (lang) => {
    expect(catalogueProblems(lang, flat(messages[lang]), flat(en))).toEqual([]);
  });

  it('fills placeholders', () => {
    expect(formatMessage('en', 'codeWrong', { remaining: 3 })).toBe('That code is not right. Tries left: 3.');
  });

  it("picks the plural form by the language's rules, as the web app does", () => {
    expect(formatMessage('en', 'sickLeaveBlocked', { count: 1 })).toBe('This sick leave claim cannot be sent: 1 problem. It says below what to change.');
    expect(formatMessage('en', 'sickLeaveBlocked', { count: 2 })).toContain(': 2 problems.');
    expect(formatMessage('es', 'timesheetVisitsStillScheduled', { count: 1 })).toContain('1 visita programada');
    expect(formatMessage('es', 'timesheetVisitsStillScheduled', { count: 3 })).toContain('3 visitas programadas');
    // Russian has three forms a count can take: 1, 2-4, 5-20.
    const ru = [1, 3, 5].map((count) => formatMessage('ru', 'timesheetBlocked', { count }));
    expect(new Set(ru).size).toBe(3);
  });

  it('writes ordinals in the reader\'s language and figures beyond the 4th', () => {
    expect(violationOrdinal('en', 2)).toBe('2nd');
    expect(violationOrdinal('es', 2)).toBe('2.ª');
    expect(violationOrdinal('ko', 5)).toBe('5');
  });

  it('picks the language from Accept-Language by its primary subtag, falling back to English', () => {
    expect(pickLanguage('es-MX,es;q=0.9,en;q=0.8')).toBe('es');
    expect(pickLanguage('hy-AM')).toBe('hy');
    expect(pickLanguage('zh-TW,zh;q=0.9')).toBe('zh');
    expect(pickLanguage('fil-PH')).toBe('tl');
    expect(pickLanguage('fi-FI,de;q=0.8')).toBe('en');
    expect(pickLanguage(undefined)).toBe('en');
  });
});
