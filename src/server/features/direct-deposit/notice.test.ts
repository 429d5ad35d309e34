import { describe, expect, it } from 'vitest';
import { dateInWords } from '../../../contracts/messages/dates.js';
import { LANGUAGES } from '../../../contracts/messages/languages.js';
import { renderNotice, type NoticeFacts } from './notice.js';

const deposit: NoticeFacts = { method: 'direct_deposit', accountType: 'savings', last4: '6204', requestedOn: '2026-12-07', holdEndsOn: '2026-12-10', liveFrom: '2026-12-16', helpPhone: '(213) 555-0100' };
const warrant: NoticeFacts = { ...deposit, method: 'warrant', accountType: null, last4: null };

describe('the notice of a change of where pay goes', () => {
  it.each(LANGUAGES)('in %s says what changed (the last 4 digits), when it is used, until when it can be cancelled, and whom to call', (lang) => {
    const { email, sms } = renderNotice(lang, deposit);
    for (const text of [email.text, sms]) {
      expect(text).toContain('6204');
      expect(text).toContain('(213) 555-0100');
      expect(text).toContain(dateInWords(lang, '2026-12-16'));
      expect(text).toContain(dateInWords(lang, '2026-12-10'));
    }
    expect(email.subject).toContain('6204');
    expect(email.text).toContain(dateInWords(lang, '2026-12-07'));
    expect(sms.length).toBeLessThanOrEqual(320);
    expect(email.text).not.toMatch(/https?:/);
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('in %s is written in that language, for a warrant too', (lang) => {
    expect(renderNotice(lang, deposit).email.text).not.toBe(renderNotice('en', deposit).email.text);
    const w = renderNotice(lang, warrant);
    expect(w.email.subject).not.toBe(renderNotice('en', warrant).email.subject);
    expect(w.sms).not.toContain('null');
    expect(w.email.text).not.toContain('null');
  });
});
