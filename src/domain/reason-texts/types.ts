import type { EvvElement } from '../evv';
import type { DeniableFindingCode, ReasonCode } from '../reason-codes';

export interface ReasonText {
  /** What went wrong, in one short sentence a caregiver understands. */
  readonly title: string;
  /** What to do about it. */
  readonly howToFix: string;
}

/**
 * One shipped language. Texts use i18next-style `{{placeholders}}`: a finding's `data` key ending in
 * `Minutes` is offered as the same key ending in `Hours` (formatted by `formatDuration`), dates are
 * formatted for the locale, and `recipient`, `otherRecipient`, `week` and `month` are always offered.
 * Typing `reasons` as a record of every code makes a missing text a type error as well as a test failure.
 */
export interface LanguagePack {
  /** BCP 47 tag used for dates. */
  readonly locale: string;
  /** The language's own name for itself, for a language picker. */
  readonly name: string;
  readonly formatDuration: (minutes: number) => string;
  readonly evvElements: Readonly<Record<EvvElement, string>>;
  readonly reasons: Readonly<Record<ReasonCode, ReasonText>>;
  /**
   * What a deniable finding code says once the county has denied a timesheet for it: the finding's own how-to-fix
   * speaks before the county decides ("the county will review this"), which is wrong after a denial. Each says what
   * to change in the corrected version, or whom to call, under the rule its code's `source` cites
   * (reason-codes.ts). A denial may carry no finding (a blocking code never reaches the county as one, and the
   * county may deny for a reason the rules did not flag), so these texts use `{{recipient}}` only.
   */
  readonly denied: Readonly<Record<DeniableFindingCode, ReasonText>>;
}
