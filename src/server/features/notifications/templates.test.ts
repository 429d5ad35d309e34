import { describe, expect, it } from 'vitest';
import { NOTIFICATION_EVENTS } from '../../../contracts/notifications.js';
import { LANGUAGES } from '../../../contracts/messages/index.js';
import { TRANSLATED_LANGUAGES } from '../../../contracts/messages/translation-checks.js';
import { render } from './templates.js';

const input = {
  data: { payPeriodStart: '2026-03-01', payPeriodEnd: '2026-03-15', recipientName: 'Elena R.', subject: 'Hello', countyName: 'Los Angeles', reason: 'Wrong day', by: 'recipient', loginId: 'x' },
  helpPhone: '(555) 010-0199',
  countyName: 'Los Angeles',
};

describe('notification texts', () => {
  it('exist for every event in every language, with no link, and say the portal never asks for a password', () => {
    for (const lang of LANGUAGES) {
      for (const event of NOTIFICATION_EVENTS) {
        const r = render(lang, event, input);
        expect(r.title.length, `${lang} ${event}`).toBeGreaterThan(3);
        expect(r.body).not.toMatch(/https?:\/\/|www\./);
        expect(r.sms).not.toMatch(/https?:\/\/|www\./);
        expect(r.sms.length).toBeLessThanOrEqual(320);
        expect(r.body).toContain('(555) 010-0199');
      }
    }
    expect(render('en', 'password_changed', input).body).toContain('never asks for your password');
    expect(render('es', 'timesheet_rejected', input).text).toContain('Elena R. le devolvió su hoja de horas');
  });

  it('name the recipient who sent a timesheet back, with their reason, and point to the correction', () => {
    const r = render('en', 'timesheet_rejected', input);
    expect(r.title).toBe('Elena R. sent your timesheet back');
    expect(r.text).toContain('Their reason: "Wrong day"');
    expect(r.text).toContain('"Submit the correction"');
  });

  it("name the county that denied a timesheet, not the recipient, with each reason code in words and the county's note", () => {
    const data = { ...input.data, by: 'county', reason: 'See the days', reasonCodes: 'HOURS_NOT_SUPPORTED_BY_EVV,NOT_A_CODE', caseNumber: '9000001' };
    const en = render('en', 'timesheet_rejected', { ...input, data });
    expect(en.title).toBe('Los Angeles County denied your timesheet');
    expect(en.text).not.toContain('sent your timesheet back');
    expect(en.text).toMatch(/Its reasons, with what to change:\n- \S/);
    expect(en.text).not.toContain('NOT_A_CODE');
    expect(en.text).toContain(`The county's note: "See the days"`);
    expect(en.sms).toContain('Los Angeles County denied your timesheet');
    expect(render('es', 'timesheet_rejected', { ...input, data }).title).toBe('El condado de Los Angeles negó su hoja de horas');
  });

  it("word a violation's number and month in the reader's language", () => {
    const data = { month: '2026-03', number: 2 };
    expect(render('en', 'violation_recorded', { ...input, data }).text).toContain('The county recorded a 2nd violation for March 2026.');
    expect(render('es', 'violation_recorded', { ...input, data }).text).toContain('El condado registró una 2.ª infracción de marzo de 2026.');
  });

  it('say when, in words, and for how much a payment was paid', () => {
    const data = { paymentNumber: 'P2026-00000012', amount: '$120.00', paidOn: '2026-11-20', payPeriodStart: '2026-11-01', payPeriodEnd: '2026-11-15' };
    expect(render('en', 'payment_paid', { ...input, data }).text).toContain('Payment P2026-00000012 of $120.00 for November 1, 2026 to November 15, 2026 was paid on November 20, 2026');
    expect(render('es', 'payment_paid', { ...input, data }).text).toContain('El pago P2026-00000012 de $120.00 del 1 de noviembre de 2026 al 15 de noviembre de 2026 se pagó el 20 de noviembre de 2026');
  });

  it("say which payment the bank returned, why, and what to do, in the reader's language, once per return", () => {
    const data = { paymentNumber: 'P2026-00000012', amount: '$120.00', returnedOn: '2026-11-21', reason: 'R03', payPeriodStart: '2026-11-01', payPeriodEnd: '2026-11-15' };
    const en = render('en', 'payment_returned', { ...input, data });
    expect(en.text).toContain('Payment P2026-00000012 of $120.00 for November 1, 2026 to November 15, 2026 was returned by your bank on November 21, 2026');
    expect(en.text).toContain('Your bank could not find the account, or the account is not in your name. Check the account and routing numbers with your bank');
    expect(en.text).toContain('usually as a paper check mailed to your address on file');
    expect(en.sms).toBe('IHSS: your bank returned payment P2026-00000012 of $120.00. Your bank could not find the account, or the account is not in your name. See what to do in the IHSS portal.');
    expect(render('es', 'payment_returned', { ...input, data }).text).toContain('Su banco devolvió el pago P2026-00000012 de $120.00 del 1 de noviembre de 2026 al 15 de noviembre de 2026 el 21 de noviembre de 2026');
  });

  it.each(TRANSLATED_LANGUAGES)('are written in %s: no title, text, text message or closing left as the English one', (lang) => {
    const same: string[] = [];
    for (const event of NOTIFICATION_EVENTS) {
      for (const data of [input.data, { ...input.data, by: 'county', reasonCodes: 'OVER_MONTHLY_AUTHORIZED' }, { ...input.data, kind: 'recipient' }, { ...input.data, kind: 'setup' }]) {
        const english = render('en', event, { ...input, data });
        const r = render(lang, event, { ...input, data });
        for (const part of ['title', 'text', 'sms', 'body', 'subject'] as const) if (r[part] === english[part]) same.push(`${event}.${part}`);
      }
    }
    expect([...new Set(same)]).toEqual([]);
  });
});

describe('the security notices of second factors and new devices', () => {
  it('say which second factor was added or removed, and what to do if it was not the person', () => {
    const added = render('en', 'second_factor_changed', { ...input, data: { change: 'added', kind: 'passkey' } });
    expect(added.title).toBe('A second way to sign in was added');
    expect(added.text).toBe('A passkey was added to your IHSS Provider Portal account. If you did not do this, change your password and call your county help desk now.');
    expect(added.sms).toBe('IHSS: A second way to sign in was added. Not you? Call your county help desk at (555) 010-0199.');
    expect(render('en', 'second_factor_changed', { ...input, data: { change: 'removed', kind: 'totp' } }).text).toContain('The authenticator app was removed');
    expect(render('en', 'second_factor_changed', { ...input, data: { change: 'added', kind: 'recovery_codes' } }).title).toBe('New recovery codes were made');
    expect(render('es', 'second_factor_changed', { ...input, data: { change: 'added', kind: 'sms' } }).text).toContain('Se activaron los códigos por mensaje de texto');
  });

  it("count the recovery codes left in the reader's language, and say when none are", () => {
    const left = (lang: 'en' | 'ru', remaining: number) => render(lang, 'recovery_code_used', { ...input, data: { remaining } }).text;
    expect(left('en', 1)).toContain(' 1 recovery code is left.');
    expect(left('en', 7)).toContain(' 7 recovery codes are left.');
    expect(left('en', 0)).toContain('You have no recovery codes left: make a new set in the portal.');
    expect([1, 3, 5].map((n) => left('ru', n))).toEqual([
      expect.stringContaining('Остался 1 код восстановления.'),
      expect.stringContaining('Осталось 3 кода восстановления.'),
      expect.stringContaining('Осталось 5 кодов восстановления.'),
    ]);
  });

  it("name the new device's kind, browser and network in words, with the address's last part hidden", () => {
    const data = { device: 'phone', browser: 'Chrome', os: 'Android', network: 'internet', ipVersion: 4, address: '203.0.113.x' };
    const en = render('en', 'new_device_sign_in', { ...input, data });
    expect(en.text).toContain('\nDevice: Phone, Chrome on Android\nNetwork: Internet, IPv4 203.0.113.x\n');
    expect(en.sms).toContain('from Chrome on Android. Not you?');
    expect(render('es', 'new_device_sign_in', { ...input, data }).text).toContain('Dispositivo: Teléfono, Chrome en Android');
    const v6 = render('en', 'new_device_sign_in', { ...input, data: { device: 'unknown', browser: null, os: null, network: 'internet', ipVersion: 6, address: null } });
    expect(v6.text).toContain('\nDevice: Unknown browser\nNetwork: Internet, IPv6\n');
    // Data that is not one of the codes (a hand-edited row) is never shown as it is.
    const odd = render('en', 'new_device_sign_in', { ...input, data: { browser: '<b>x</b>', network: 'moon', address: '1.2.3.4' } });
    expect(odd.text).toContain('Device: Unknown browser\nNetwork: Unknown');
  });

  it('tell of a reset by the county, and whom to call if the person did not ask for it', () => {
    const r = render('en', 'second_factor_reset', { ...input, data: {} });
    expect(r.text).toContain('the county removed the second ways to sign in');
    expect(r.sms).toContain('call your county help desk at (555) 010-0199');
  });
});
