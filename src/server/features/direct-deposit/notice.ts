import { dateInWords } from '../../../contracts/messages/dates.js';
import type { Language } from '../../../contracts/messages/index.js';
import type { Mail } from '../mail/templates.js';
import { en } from './notice.en.js';
import { es } from './notice.es.js';
import { hy } from './notice.hy.js';
import { ko } from './notice.ko.js';
import { ru } from './notice.ru.js';
import { tl } from './notice.tl.js';
import { vi } from './notice.vi.js';
import { zh } from './notice.zh.js';

/** What a notice of a change says, its dates already in the reader's words. */
export interface NoticeFacts {
  method: 'direct_deposit' | 'warrant';
  accountType: 'checking' | 'savings' | null;
  /** The new account's last 4 digits (never more); null for a warrant. */
  last4: string | null;
  requestedOn: string;
  holdEndsOn: string;
  liveFrom: string;
  helpPhone: string;
}

export interface NoticeWords {
  email(f: NoticeFacts): Mail;
  /** At most 320 characters (two texts). */
  sms(f: NoticeFacts): string;
}

const WORDS: Record<Language, NoticeWords> = { en, es, zh, hy, vi, tl, ru, ko };

/**
 * The notice of a change of where pay goes, in the provider's language: what changed (the last 4 digits only), when it
 * takes effect, how to cancel it, and to call the county at once if it was not them. `facts` carries ISO dates; the
 * notice writes them in words. Plain text, never a link: a link in a mail about money is what phishing looks like.
 */
export function renderNotice(lang: Language, facts: NoticeFacts) {
  const words = WORDS[lang];
  const inWords = (d: string) => dateInWords(lang, d);
  const f = { ...facts, requestedOn: inWords(facts.requestedOn), holdEndsOn: inWords(facts.holdEndsOn), liveFrom: inWords(facts.liveFrom) };
  return { email: words.email(f), sms: words.sms(f).slice(0, 320) };
}
