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
});
