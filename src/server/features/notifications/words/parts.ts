import { formatMessage, violationOrdinal, type Language } from '../../../../contracts/messages/index.js';
import { dateInWords } from '../../../../contracts/messages/dates.js';
import type { NotificationEvent } from '../../../../contracts/notifications.js';
import { isReturnReason, type ReturnReason } from '../../../../contracts/payments.js';
import { DENIAL_REASON_CODES, renderDenialReason, type ReasonCode } from '../../../../domain/index.js';
import { DEVICE_KINDS, NETWORK_KINDS, type DeviceKind, type NetworkKind } from '../../../../contracts/sessions.js';

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

// --- Security notices of issue #14: their data are codes, worded by each language -------------------------------

/** The second factors a `second_factor_changed` notice names (data.kind); data.change is `added` or `removed`. */
export const FACTOR_NOTICE_KINDS = ['passkey', 'totp', 'sms', 'recovery_codes'] as const;
export type FactorNoticeKind = (typeof FACTOR_NOTICE_KINDS)[number];

/** One language's sentences for a second factor added or removed, each whole: the nouns' grammar differs. */
export interface FactorChangeWords {
  readonly titles: { readonly added: string; readonly removed: string; readonly newRecoveryCodes: string; readonly changed: string };
  readonly added: Readonly<Record<FactorNoticeKind, string>>;
  readonly removed: Readonly<Record<FactorNoticeKind, string>>;
  /** For a notice whose data names no change (an older row): says only that something changed. */
  readonly changed: string;
}

/** The title and the sentence of a `second_factor_changed` notice in one language's words. */
export function factorChange(w: FactorChangeWords, d: Record<string, unknown>): { title: string; what: string } {
  const kind = (FACTOR_NOTICE_KINDS as readonly unknown[]).includes(d.kind) ? (d.kind as FactorNoticeKind) : null;
  if (kind && d.change === 'added') return { title: kind === 'recovery_codes' ? w.titles.newRecoveryCodes : w.titles.added, what: w.added[kind] };
  if (kind && d.change === 'removed') return { title: w.titles.removed, what: w.removed[kind] };
  return { title: w.titles.changed, what: w.changed };
}

/** How many recovery codes are left (data.remaining), or null when the notice does not say. */
export const remainingOf = (d: Record<string, unknown>): number | null =>
  typeof d.remaining === 'number' && Number.isInteger(d.remaining) && d.remaining >= 0 ? d.remaining : null;

/** One language's words for the browser and network of a `new_device_sign_in` notice. */
export interface DeviceWords {
  readonly devices: Readonly<Record<Exclude<DeviceKind, 'unknown'>, string>>;
  readonly unknownBrowser: string;
  /** "Chrome on Android": both are product names, the same in every language. */
  readonly browserOn: (browser: string, os: string) => string;
  readonly separator: string;
  /** `internet` alone when the notice names no address (an older row). */
  readonly places: Readonly<Record<NetworkKind, string>> & { readonly internet4: (address: string) => string; readonly internet6: string };
}

/** Product names as the sessions feature writes them: letters and spaces only, so a notice never carries markup. */
const productName = (v: unknown) => (typeof v === 'string' && /^[A-Za-z][A-Za-z ]{0,29}$/.test(v) ? v : null);

/** The browser of a `new_device_sign_in` notice: "Chrome on Android", or what is known of it. */
export function browserWords(w: DeviceWords, d: Record<string, unknown>): string {
  const [browser, os] = [productName(d.browser), productName(d.os)];
  if (browser && os) return w.browserOn(browser, os);
  if (browser) return browser;
  return os ? w.browserOn(w.unknownBrowser, os) : w.unknownBrowser;
}

/** The device of a `new_device_sign_in` notice: "Phone, Chrome on Android". */
export function deviceWords(w: DeviceWords, d: Record<string, unknown>): string {
  const kind = (DEVICE_KINDS as readonly unknown[]).includes(d.device) && d.device !== 'unknown' ? w.devices[d.device as Exclude<DeviceKind, 'unknown'>] : null;
  return [kind, browserWords(w, d)].filter(Boolean).join(w.separator);
}

/** The network of a `new_device_sign_in` notice: "Internet, IPv4 203.0.113.x", "Private network"... */
export function placeWords(w: DeviceWords, d: Record<string, unknown>): string {
  const network = (NETWORK_KINDS as readonly unknown[]).includes(d.network) ? (d.network as NetworkKind) : 'unknown';
  if (network !== 'internet') return w.places[network];
  const address = typeof d.address === 'string' && /^\d{1,3}\.\d{1,3}\.\d{1,3}\.x$/.test(d.address) ? d.address : null;
  if (d.ipVersion === 6) return w.places.internet6;
  return address ? w.places.internet4(address) : w.places.internet;
}
