import { describe, expect, it } from 'vitest';
import { DENIABLE_FINDING_CODES, DENIAL_REASON_CODES, REASON_CODE_IDS, REASON_CODES } from './reason-codes';
import { LANGUAGE_CODES, LANGUAGES, renderDenialReason, renderReason } from './reason-texts';

/**
 * Shipped codes. A code is never renamed or removed once shipped: add new ones at the end of this list.
 * If this test fails because a code disappeared, put the code back.
 */
const SHIPPED_CODES = [
  'OVER_MONTHLY_AUTHORIZED',
  'OVER_ASSIGNED_HOURS',
  'OVER_WEEKLY_MAXIMUM',
  'OVER_66_HOURS',
  'OVER_EXEMPTION_WEEKLY_LIMIT',
  'OVER_EXEMPTION_MONTHLY_LIMIT',
  'OVER_TRAVEL_LIMIT',
  'OVERTIME_WITHOUT_COUNTY_EXCEPTION',
  'OVER_USUAL_MONTHLY_OVERTIME',
  'OVER_70_PERCENT_FIRST_HALF',
  'PROVIDER_NOT_ELIGIBLE',
  'RANDOM_HOLD',
  'RECIPIENT_NOT_ELIGIBLE',
  'NOT_ASSIGNED_TO_RECIPIENT',
  'OVERLAPPING_TIME',
  'IMPOSSIBLE_TIME',
  'MORE_HOURS_THAN_IN_DAY',
  'FUTURE_TIME',
  'TRAVEL_NOT_BETWEEN_RECIPIENTS',
  'SICK_LEAVE_UNDER_ONE_HOUR',
  'SICK_LEAVE_NOT_HALF_HOURS',
  'SICK_LEAVE_NOT_EARNED_YET',
  'SICK_LEAVE_NOT_USABLE_YET',
  'SICK_LEAVE_OVER_BALANCE',
  'SICK_LEAVE_SHORT_NOTICE',
  'EVV_MISSING_ELEMENT',
  'EVV_CHECK_OUT_BEFORE_CHECK_IN',
  'EVV_LOCATION_FAR_FROM_HOME',
  'MISSING_RECIPIENT_APPROVAL',
  'MISSING_PROVIDER_SIGNATURE',
  'SIGNATURE_DOES_NOT_MATCH',
  'HOURS_NOT_SUPPORTED_BY_EVV',
  'DUPLICATE_CLAIM',
  'INCOMPLETE_TIMESHEET',
  'RECIPIENT_IN_HOSPITAL_OR_FACILITY',
  'NO_TRAVEL_AGREEMENT',
  'DAY_WITHOUT_HOURS',
];

const ALWAYS_OFFERED = ['recipient', 'otherRecipient', 'week', 'month', 'date'];

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] as string).sort();
}

function offered(code: keyof typeof REASON_CODES): Set<string> {
  const keys = REASON_CODES[code].data.map((k: string) => (k.endsWith('Minutes') ? `${k.slice(0, -7)}Hours` : k));
  return new Set([...keys, ...ALWAYS_OFFERED]);
}

describe('reason codes', () => {
  it('freezes the list of codes: a rename or removal fails, a new code is added at the end', () => {
    expect(REASON_CODE_IDS).toEqual(SHIPPED_CODES);
  });

  it('uses stable UPPER_SNAKE ids', () => {
    for (const code of REASON_CODE_IDS) expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
  });

  it('never lets a warning or a violation be the reason to deny pay (violations are paid; a location flag never blocks pay)', () => {
    for (const code of DENIAL_REASON_CODES) {
      expect(['blocking', 'exception', 'denial']).toContain(REASON_CODES[code].kind);
    }
    expect(DENIAL_REASON_CODES).not.toContain('EVV_LOCATION_FAR_FROM_HOME');
  });

  it('names a source for every code', () => {
    for (const code of REASON_CODE_IDS) expect(REASON_CODES[code].source.length).toBeGreaterThan(10);
  });
});

describe.each(LANGUAGE_CODES)('reason texts in %s', (language) => {
  const pack = LANGUAGES[language];

  it('has a title and a how-to-fix for every code, and nothing else', () => {
    expect(Object.keys(pack.reasons).sort()).toEqual([...REASON_CODE_IDS].sort());
    for (const code of REASON_CODE_IDS) {
      expect(pack.reasons[code].title.trim()).not.toBe('');
      expect(pack.reasons[code].howToFix.trim()).not.toBe('');
    }
  });

  it('has a denial text for every deniable code the rules also produce, and nothing else: a county denial never shows a finding\'s advice', () => {
    expect(Object.keys(pack.denied).sort()).toEqual([...DENIABLE_FINDING_CODES].sort());
    expect([...DENIABLE_FINDING_CODES, ...REASON_CODE_IDS.filter((c) => REASON_CODES[c].kind === 'denial')].sort()).toEqual([...DENIAL_REASON_CODES].sort());
    for (const code of DENIABLE_FINDING_CODES) {
      expect(pack.denied[code].title.trim(), code).not.toBe('');
      expect(pack.denied[code].howToFix.trim(), code).not.toBe('');
      expect(pack.denied[code].howToFix, code).not.toBe(pack.reasons[code].howToFix);
    }
  });

  it('words a denial with {{recipient}} only: a denial may carry no finding and its figures', () => {
    for (const code of DENIAL_REASON_CODES) {
      const text = renderDenialReason(language, code, { recipientId: 'R1' }, { R1: 'Ana' });
      expect(`${text.title} ${text.howToFix}`, code).not.toMatch(/\{\{|undefined|NaN/);
    }
  });

  it('only uses placeholders the finding can fill', () => {
    for (const code of REASON_CODE_IDS) {
      const allowed = offered(code);
      for (const text of [pack.reasons[code].title, pack.reasons[code].howToFix]) {
        for (const p of placeholders(text)) expect(allowed, `${code}: {{${p}}}`).toContain(p);
      }
    }
  });

  it('uses the same placeholders as English, so no translation drops a number', () => {
    for (const code of REASON_CODE_IDS) {
      const mine = placeholders(pack.reasons[code].title + pack.reasons[code].howToFix);
      const english = placeholders(LANGUAGES.en.reasons[code].title + LANGUAGES.en.reasons[code].howToFix);
      expect(new Set(mine), code).toEqual(new Set(english));
    }
    for (const code of DENIABLE_FINDING_CODES) {
      const mine = placeholders(pack.denied[code].title + pack.denied[code].howToFix);
      const english = placeholders(LANGUAGES.en.denied[code].title + LANGUAGES.en.denied[code].howToFix);
      expect(new Set(mine), code).toEqual(new Set(english));
    }
  });
});

describe('rendering a reason', () => {
  const finding = {
    data: { weeklyMaximumMinutes: 4245, workedMinutes: 4500, overMinutes: 255 },
    recipientId: 'R1',
    workweekStart: '2026-03-01',
    date: '2026-03-06',
  };

  it('fills in hours as words, dates for the locale and the recipient by name (English)', () => {
    const text = renderReason('en', 'OVER_WEEKLY_MAXIMUM', finding, { R1: 'Maria' });
    expect(text.title).toBe(
      'You worked 75 hours for Maria in the week of March 1, 2026, more than their weekly hours (70 hours 45 minutes).',
    );
  });

  it('fills in hours as words, dates for the locale and the recipient by name (Spanish)', () => {
    const text = renderReason('es', 'OVER_WEEKLY_MAXIMUM', finding, { R1: 'María' });
    expect(text.title).toBe(
      'Usted trabajó 75 horas para María en la semana del 1 de marzo de 2026, más que sus horas semanales (70 horas y 45 minutos).',
    );
  });

  it('tells a provider whose over-70% timesheet the county denied what to change, not that the county will review it', () => {
    const over70 = { data: { monthlyMinutes: 9600, firstHalfMinutes: 7200, limitMinutes: 6720 }, recipientId: 'R1', month: '2026-11' };
    const finding = renderReason('en', 'OVER_70_PERCENT_FIRST_HALF', over70, { R1: 'Elena' });
    expect(finding.howToFix).toMatch(/^The county will review this timesheet before it is paid\./);
    const denied = renderDenialReason('en', 'OVER_70_PERCENT_FIRST_HALF', { finding: over70 }, { R1: 'Elena' });
    expect(denied).toEqual({
      title: finding.title,
      howToFix:
        'The county did not accept these hours. In the corrected version, enter only the hours you really worked on each day; your check-ins and check-outs help. If every hour is right, call your county IHSS office before you resubmit.',
    });
    expect(renderDenialReason('es', 'OVER_70_PERCENT_FIRST_HALF', { recipientId: 'R1' }, { R1: 'Elena' })).toEqual({
      title: 'Más del 70% de las horas del mes de Elena están del 1 al 15.',
      howToFix:
        'El condado no aceptó estas horas. En la versión corregida, anote solo las horas que de verdad trabajó cada día; sus registros de entrada y salida le ayudan. Si todas las horas son correctas, llame a la oficina de IHSS de su condado antes de volver a enviarla.',
    });
  });

  it('words a denial for a blocking code the version never had as a finding without empty figures', () => {
    expect(renderReason('en', 'OVER_MONTHLY_AUTHORIZED', { recipientId: 'R1' }, { R1: 'Elena' }).title).toContain('{{month}}');
    expect(renderDenialReason('en', 'OVER_MONTHLY_AUTHORIZED', { recipientId: 'R1' }, { R1: 'Elena' }).title).toBe("These hours go over Elena's authorized hours for the month.");
  });

  it('words a county-only denial code with its own text', () => {
    expect(renderDenialReason('en', 'HOURS_NOT_SUPPORTED_BY_EVV', { recipientId: 'R1' })).toEqual(renderReason('en', 'HOURS_NOT_SUPPORTED_BY_EVV', { recipientId: 'R1' }));
  });

  it('falls back to the recipient id when no name is given, and renders a county denial with no finding', () => {
    expect(renderReason('en', 'MISSING_RECIPIENT_APPROVAL', { recipientId: 'R9' }).title).toBe('R9 has not approved this timesheet.');
    expect(renderReason('es', 'DUPLICATE_CLAIM').title).toBe('Estas horas ya se cobraron en otra hoja de horas.');
  });
});
