import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { es } from './es.js';
import { formatMessage, pickLanguage } from './index.js';

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('the shared message catalogue', () => {
  it('has every message in Spanish too, with the same placeholders', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(es[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('fills placeholders', () => {
    expect(formatMessage('en', 'codeWrong', { remaining: 3 })).toBe('That code is not right. Tries left: 3.');
  });

  it('picks the plural form by the language\'s rules, as the web app does', () => {
    expect(formatMessage('en', 'sickLeaveBlocked', { count: 1 })).toBe('This sick leave claim cannot be sent: 1 problem. It says below what to change.');
    expect(formatMessage('en', 'sickLeaveBlocked', { count: 2 })).toContain(': 2 problems.');
    expect(formatMessage('es', 'timesheetVisitsStillScheduled', { count: 1 })).toContain('1 visita programada');
    expect(formatMessage('es', 'timesheetVisitsStillScheduled', { count: 3 })).toContain('3 visitas programadas');
  });

  it('picks the language from Accept-Language, falling back to English', () => {
    expect(pickLanguage('es-MX,es;q=0.9,en;q=0.8')).toBe('es');
    expect(pickLanguage('hy-AM')).toBe('en');
    expect(pickLanguage(undefined)).toBe('en');
  });
});
