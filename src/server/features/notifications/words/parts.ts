import { formatMessage, violationOrdinal, type Language } from '../../../../contracts/messages/index.js';
import { dateInWords } from '../../../../contracts/messages/dates.js';
import type { NotificationEvent } from '../../../../contracts/notifications.js';
import { isReturnReason, type ReturnReason } from '../../../../contracts/payments.js';
import { DENIAL_REASON_CODES, renderDenialReason, type ReasonCode } from '../../../../domain/index.js';

/** What every template may use: the event's data plus the person's county help desk. */
export interface TemplateInput {
  data: Record<string, unknown>;
  helpPhone: string;
  countyName: string | null;
}

export interface Rendered {
  /** In-app title and the email subject. */
  title: string;
  /** In-app text and the email body (before the closing lines). */
  text: string;
  /** A text message: short, no link. */
  sms: string;
}

export type Table = Record<NotificationEvent, (i: TemplateInput) => Omit<Rendered, 'sms'> & { sms?: string }>;

/**
 * One language's notifications: a template per event, the closing lines of every email, the email subject's prefix,
 * and the text message's ending when a template writes no text message of its own. Each language writes its own
 * sentences around the data (word order differs); the helpers below put the data into words in that language.
 */
export interface NotificationWords {
  readonly table: Table;
  readonly closing: (i: TemplateInput) => string;
  readonly subjectPrefix: string;
  readonly seeDetails: string;
}

export const s = (v: unknown, fallback = '') => (v === undefined || v === null || v === '' ? fallback : String(v));
/** A date of the event's data in words in the reader's language (the data keeps YYYY-MM-DD). */
export const day = (v: unknown, lang: Language) => dateInWords(lang, s(v));
/** The recipient's name in brackets after what it concerns, when the event names one. */
export const forWhom = (d: Record<string, unknown>) => (d.recipientName ? ` (${s(d.recipientName)})` : '');
/** Capitalises a sentence that begins with a county's name or article. */
export const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
/** The violation's ordinal in the reader's language (older notifications carry an English `ordinal`). */
export const ordinalOf = (d: Record<string, unknown>, lang: Language) => (typeof d.number === 'number' ? violationOrdinal(lang, d.number) : s(d.ordinal));
/** A returned deposit's reason and what to do, in the reader's language (contracts/messages: returnReason*, returnWhatToDo*). */
const reasonOf = (d: Record<string, unknown>) => (isReturnReason(s(d.reason)) ? (s(d.reason) as ReturnReason) : null);
export const reasonText = (d: Record<string, unknown>, lang: Language) => {
  const r = reasonOf(d);
  return r ? `${formatMessage(lang, `returnReason${r}`)} ` : '';
};
export const returnWords = (d: Record<string, unknown>, lang: Language) => {
  const r = reasonOf(d);
  return `${reasonText(d, lang)}${r ? `${formatMessage(lang, `returnWhatToDo${r}`)} ` : ''}${formatMessage(lang, 'returnReissue')}`;
};
const isDenialCode = (code: string): code is ReasonCode => (DENIAL_REASON_CODES as readonly string[]).includes(code);

/**
 * A county denial's reason codes (`reasonCodes`, comma-separated) in words: what was wrong, each with what to change.
 * Only the codes a county may deny for (the contract's list), whose texts need no finding's figures.
 */
export const denialWords = (d: Record<string, unknown>, lang: Language) =>
  s(d.reasonCodes)
    .split(',')
    .filter(isDenialCode)
    .map((code) => {
      const r = renderDenialReason(lang, code, { recipientId: s(d.caseNumber) }, { [s(d.caseNumber)]: s(d.recipientName) });
      return `- ${r.title} ${r.howToFix}`;
    })
    .join('\n');
