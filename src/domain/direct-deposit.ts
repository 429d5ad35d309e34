/**
 * Direct deposit (issue #15): the bank routing number's check, and the dates a change of where pay goes passes
 * through. Pure: the county's cooling-off period and "today" come in as arguments.
 */
import { addBusinessDays } from './business-days';
import type { IsoDate } from './calendar';

/**
 * Whether nine digits are a routing number: the ABA routing number policy's check digit, and a first pair of digits
 * that a bank's routing number can start with.
 *
 * The check digit (the ninth) makes 3(d1 + d4 + d7) + 7(d2 + d5 + d8) + (d3 + d6 + d9) a multiple of 10: the weights
 * 3, 7, 1 repeated, all prime to 10, so any one mistyped digit and most swapped neighbours fail (ABA routing number
 * policy, as Accuity, the ABA's registrar, and the Federal Reserve's E-Payments Routing Directory apply it; e.g.
 * 111000025: 3·(1+0+0) + 7·(1+0+2) + (1+0+5) = 30).
 *
 * The first two digits name the Federal Reserve district: 01-12 for banks, 21-32 for thrifts, 61-72 for electronic
 * (ACH-only) routing numbers (Federal Reserve Regulation CC, 12 CFR 229, Appendix A). 00 (the U.S. Government) and
 * 80 (traveler's checks) never receive a person's pay.
 */
export function isRoutingNumber(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const prefix = Number(digits.slice(0, 2));
  const district = (prefix >= 1 && prefix <= 12) || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72);
  if (!district) return false;
  const weights = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  const sum = weights.reduce((s, w, i) => s + w * Number(digits[i]), 0);
  return sum % 10 === 0;
}

/** An account number as banks issue them for ACH: 4 to 17 digits (the entry detail record's DFI account number field holds 17). */
export const ACCOUNT_NUMBER_DIGITS = { min: 4, max: 17 } as const;

/**
 * Live entries wait this many banking days after the pre-note's settlement date. Nacha Operating Rules, Article Two,
 * Subsection 2.6.2 (2.6.3 before the 2021 renumbering; shortened from six to three banking days on 2014-09-19): "An
 * Originator that has originated a Prenotification Entry to a Receiver's account may initiate subsequent Entries to
 * the Receiver's account as soon as the third Banking Day following the Settlement Date of the Prenotification
 * Entry, provided the ODFI has not received a Return or a Notification of Change related to the Prenotification."
 * (quoted in PNC's "Nacha rule change, September 2014: prenote waiting period change", pnc.com).
 */
export const PRENOTE_WAIT_BANKING_DAYS = 3;

/** The cooling-off period a county starts with, and the range a county admin may set (business days). */
export const DEFAULT_HOLD_BUSINESS_DAYS = 3;
export const HOLD_BUSINESS_DAYS = { min: 1, max: 10 } as const;

/** How the State Controller's Office pays a provider (payments.paid_by): into a bank account, or by a paper check (warrant) in the mail. Direct deposit or a pay card is mandatory since 2022-07-01 (CDSS). */
export const PAY_METHODS = ['direct_deposit', 'warrant'] as const;
export type PayMethod = (typeof PAY_METHODS)[number];

/** The dates of one change of where pay goes, fixed when it is made. */
export interface DepositTimeline {
  /** The last day of the cooling-off period: the change can be cancelled until this day ends (California time). */
  holdEndsOn: IsoDate;
  /** The pre-note's settlement date (direct deposit only; a warrant needs no pre-note). */
  prenoteSettlesOn: IsoDate | null;
  /** The first pay run issued on or after this day pays the new way; earlier ones, the old way. */
  liveFrom: IsoDate;
}

/**
 * The dates of a change made on `requestedOn` (California): held for the county's `holdBusinessDays`; then the
 * pre-note goes out with that evening's payroll file and settles on the next business day; the new account is paid
 * from the third banking day after that settlement (PRENOTE_WAIT_BANKING_DAYS). A paper warrant needs no pre-note: it
 * is used from the first business day after the hold.
 *
 * Banking days are counted as the portal's business days (business-days.ts: weekdays less California state
 * holidays): the pay runs only happen on those, and a day the banks work but state offices do not only makes the
 * wait one day longer, never shorter than Nacha's.
 */
export function depositTimeline(method: PayMethod, requestedOn: IsoDate, holdBusinessDays: number): DepositTimeline {
  const holdEndsOn = addBusinessDays(requestedOn, holdBusinessDays);
  if (method === 'warrant') return { holdEndsOn, prenoteSettlesOn: null, liveFrom: addBusinessDays(holdEndsOn, 1) };
  const prenoteSettlesOn = addBusinessDays(holdEndsOn, 1);
  return { holdEndsOn, prenoteSettlesOn, liveFrom: addBusinessDays(prenoteSettlesOn, PRENOTE_WAIT_BANKING_DAYS) };
}

/**
 * held (cooling-off: the provider or the county can cancel it) -> pending (the bank's pre-note is clearing; a warrant
 * skips it) -> active (pay goes there) -> replaced (a later change became active). Cancelled: stopped during the hold.
 * A change still waiting when the provider makes another is replaced at once, without ever being active.
 */
export type DepositStage = 'held' | 'pending' | 'active' | 'cancelled' | 'replaced';

export interface DepositChangeFacts extends Pick<DepositTimeline, 'holdEndsOn' | 'liveFrom'> {
  cancelled: boolean;
  /** Replaced while still waiting, by a later change. */
  replaced: boolean;
}

/**
 * The stage of a change on `today`, from its stored dates alone, so no job has to move it along. `laterActive`:
 * a later change of the same provider is active on `today` (this one, once active, is then replaced).
 */
export function depositStage(c: DepositChangeFacts, today: IsoDate, laterActive: boolean): DepositStage {
  if (c.cancelled) return 'cancelled';
  if (c.replaced) return 'replaced';
  if (today <= c.holdEndsOn) return 'held';
  if (today < c.liveFrom) return 'pending';
  return laterActive ? 'replaced' : 'active';
}

/** Only a change in its cooling-off period can be cancelled; after it, the provider makes a new change instead. */
export const isCancellable = (c: DepositChangeFacts, today: IsoDate) => depositStage(c, today, false) === 'held';
