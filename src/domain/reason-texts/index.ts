/**
 * Reason texts in every shipped language, and the function that fills them in for a finding.
 * Adding a language is adding a file like `es.ts` and one line to `LANGUAGES`; the tests then check
 * that it has every code with the same placeholders as English.
 */
import type { ReasonCode } from '../reason-codes';
import { en } from './en';
import { es } from './es';
import { zh } from './zh';
import { hy } from './hy';
import { vi } from './vi';
import { tl } from './tl';
import { ru } from './ru';
import { ko } from './ko';
import * as render from './render';
import type { LanguagePack, ReasonText } from './types';

export type { LanguagePack, ReasonText } from './types';
export { interpolate, type ReasonSubject } from './render';

export const LANGUAGES = { en, es, zh, hy, vi, tl, ru, ko } as const satisfies Record<string, LanguagePack>;
export type Language = keyof typeof LANGUAGES;
export const LANGUAGE_CODES = Object.keys(LANGUAGES) as Language[];

/** `render.ts`'s reasonParams, for a language by its code. */
export function reasonParams(language: Language, subject: render.ReasonSubject, names: Readonly<Record<string, string>> = {}): Record<string, string> {
  return render.reasonParams(LANGUAGES[language], subject, names);
}

/** A reason's title and how-to-fix in a language, filled in for its subject (render.ts). */
export function renderReason(language: Language, code: ReasonCode, subject: render.ReasonSubject = {}, names: Readonly<Record<string, string>> = {}): ReasonText {
  return render.renderReason(LANGUAGES[language], code, subject, names);
}

/** A reason the county denied a timesheet for, in a language (render.ts). */
export function renderDenialReason(
  language: Language,
  code: ReasonCode,
  about: { readonly finding?: render.ReasonSubject | undefined; readonly recipientId?: string | undefined },
  names: Readonly<Record<string, string>> = {},
): ReasonText {
  return render.renderDenialReason(LANGUAGES[language], code, about, names);
}
