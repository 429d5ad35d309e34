import { describe, expect, it } from 'vitest';
import { NOTIFICATION_EVENTS } from '../../../contracts/notifications.js';
import { render } from './templates.js';

const input = {
  data: { payPeriodStart: '2026-03-01', payPeriodEnd: '2026-03-15', recipientName: 'Elena R.', subject: 'Hello', countyName: 'Los Angeles', reason: 'Wrong day', by: 'recipient', loginId: 'x' },
  helpPhone: '(555) 010-0199',
  countyName: 'Los Angeles',
};

describe('notification texts', () => {
  it('exist for every event in English and Spanish, with no link, and say the portal never asks for a password', () => {
    for (const lang of ['en', 'es'] as const) {
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
    expect(render('es', 'timesheet_rejected', input).text).toContain('rechazada por su beneficiario');
  });

  it("word a violation's number in the reader's language", () => {
    const data = { month: '2026-03', number: 2 };
    expect(render('en', 'violation_recorded', { ...input, data }).text).toContain('The county recorded a 2nd violation for 2026-03.');
    expect(render('es', 'violation_recorded', { ...input, data }).text).toContain('El condado registró una 2.ª infracción de 2026-03.');
  });

  it('say when and for how much a payment was paid', () => {
    const data = { paymentNumber: 'P2026-00000012', amount: '$120.00', paidOn: '2026-11-20', payPeriodStart: '2026-11-01', payPeriodEnd: '2026-11-15' };
    expect(render('en', 'payment_paid', { ...input, data }).text).toContain('Payment P2026-00000012 of $120.00 for 2026-11-01 to 2026-11-15 was paid on 2026-11-20');
    expect(render('es', 'payment_paid', { ...input, data }).text).toContain('El pago P2026-00000012 de $120.00 del 2026-11-01 al 2026-11-15 se pagó el 2026-11-20');
  });
});
