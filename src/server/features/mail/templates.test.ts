import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../contracts/messages/index.js';
import { TRANSLATED_LANGUAGES } from '../../../contracts/messages/translation-checks.js';
import { profileMail } from '../profile/mail.js';
import { templates } from './templates.js';

/** Every account email of a language, filled with the same values. */
function mails(lang: (typeof LANGUAGES)[number]) {
  const t = templates[lang];
  const p = profileMail[lang];
  return {
    setupCode: t.setupCode({ code: '123456', minutes: 15 }),
    resetCode: t.resetCode({ code: '123456', minutes: 15 }),
    passwordChanged: t.passwordChanged({ phone: '(555) 010-0199' }),
    emailChangeCode: p.emailChangeCode({ code: '123456', minutes: 15 }),
    emailChanged: p.emailChanged({ newAddress: 'new@example.com', phone: '(555) 010-0199' }),
  };
}

describe('account emails', () => {
  it.each(LANGUAGES)('in %s carry the code, the minutes and the help desk, and no link', (lang) => {
    const m = mails(lang);
    for (const mail of [m.setupCode, m.resetCode, m.emailChangeCode]) {
      expect(mail.text).toContain('123456');
      expect(mail.text).toContain('15');
    }
    for (const mail of [m.passwordChanged, m.emailChanged]) expect(mail.text).toContain('(555) 010-0199');
    for (const mail of Object.values(m)) expect(`${mail.subject} ${mail.text}`).not.toMatch(/https?:\/\/|www\./);
  });

  it.each(TRANSLATED_LANGUAGES)('are written in %s: no subject or text left as the English one', (lang) => {
    const english = mails('en');
    const same = Object.entries(mails(lang)).flatMap(([name, mail]) =>
      (['subject', 'text'] as const).filter((part) => mail[part] === english[name as keyof typeof english][part]).map((part) => `${name}.${part}`),
    );
    expect(same).toEqual([]);
  });
});
