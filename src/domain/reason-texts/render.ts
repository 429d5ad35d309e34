/**
 * Filling in a reason's title and how-to-fix from one language's pack, for a finding or a county denial. The packs
 * are in `<lang>.ts`; index.ts holds all of them for the server, while the web fetches only its reader's.
 */
import { isIsoDate } from '../calendar';
import type { FindingData } from '../findings';
import { isDeniableFindingCode, type ReasonCode } from '../reason-codes';
import type { EvvElement } from '../evv';
import type { LanguagePack, ReasonText } from './types';

/** What a reason is about; a finding has all of these, a county denial may have none. */
export interface ReasonSubject {
  readonly data?: FindingData | undefined;
  readonly recipientId?: string | undefined;
  readonly workweekStart?: string | undefined;
  readonly month?: string | undefined;
  readonly date?: string | undefined;
}

function formatDate(pack: LanguagePack, date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(pack.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

function formatMonth(pack: LanguagePack, month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(pack.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1));
}

/**
 * The placeholder values for a subject: durations as words, dates in the locale's style, recipients
 * by name when `names` has them (ids otherwise).
 */
export function reasonParams(
  pack: LanguagePack,
  subject: ReasonSubject,
  names: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const params: Record<string, string> = {};
  const name = (id: string | undefined): string => (id === undefined ? '' : (names[id] ?? id));
  for (const [key, value] of Object.entries(subject.data ?? {})) {
    if (key.endsWith('Minutes') && typeof value === 'number') {
      params[`${key.slice(0, -'Minutes'.length)}Hours`] = pack.formatDuration(value);
    } else if (key === 'element') {
      params.element = pack.evvElements[value as EvvElement] ?? String(value);
    } else if (typeof value === 'string' && isIsoDate(value)) {
      params[key] = formatDate(pack, value);
    } else {
      params[key] = String(value);
    }
  }
  params.recipient = name(subject.recipientId);
  params.otherRecipient = name(subject.data?.otherRecipientId as string | undefined);
  if (subject.workweekStart) params.week = formatDate(pack, subject.workweekStart);
  if (subject.month) params.month = formatMonth(pack, subject.month);
  if (subject.date && params.date === undefined) params.date = formatDate(pack, subject.date);
  return params;
}

export function interpolate(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => params[key] ?? whole);
}

/** A reason's title and how-to-fix in a language, filled in for its subject. */
export function renderReason(
  pack: LanguagePack,
  code: ReasonCode,
  subject: ReasonSubject = {},
  names: Readonly<Record<string, string>> = {},
): ReasonText {
  const text = pack.reasons[code];
  const params = reasonParams(pack, subject, names);
  return { title: interpolate(text.title, params), howToFix: interpolate(text.howToFix, params) };
}

/**
 * A reason the county denied a timesheet for, in a language. The title is the finding's own, with its figures, when
 * the version had that finding; else the denial's, which needs none. The how-to-fix is always the denial's: what to
 * change in the corrected version, or whom to call (`LanguagePack.denied`; a `denial` code's text is one already).
 */
export function renderDenialReason(
  pack: LanguagePack,
  code: ReasonCode,
  about: { readonly finding?: ReasonSubject | undefined; readonly recipientId?: string | undefined },
  names: Readonly<Record<string, string>> = {},
): ReasonText {
  const denied = isDeniableFindingCode(code) ? pack.denied[code] : pack.reasons[code];
  const params = reasonParams(pack, about.finding ?? { recipientId: about.recipientId }, names);
  const title = about.finding ? pack.reasons[code].title : denied.title;
  return { title: interpolate(title, params), howToFix: interpolate(denied.howToFix, params) };
}
