/**
 * What a provider claims and what the county knows about the provider and each recipient: the input
 * of `evaluateClaims`. Durations are integer minutes, money integer cents, days `YYYY-MM-DD`.
 */
import type { DateWindow, IsoDate, IsoMonth } from './calendar';
import type { Instant } from './california-time';
import type { Exemption } from './limits';
import type { RateChange } from './pay';

export interface ProviderCase {
  readonly exemption: Exemption;
  /** Days the provider is an eligible (enrolled, not suspended) IHSS provider; absent = always. */
  readonly eligible?: readonly DateWindow[] | undefined;
}

/** A month whose hours differ from the recipient's usual ones, or that others have already claimed. */
export interface MonthHours {
  readonly month: IsoMonth;
  readonly authorizedMinutes?: number | undefined;
  readonly assignedMinutes?: number | undefined;
  /** Minutes of this month's authorisation already claimed by the recipient's other providers. */
  readonly claimedByOtherProvidersMinutes?: number | undefined;
}

export interface RecipientCase {
  readonly id: string;
  readonly monthlyAuthorizedMinutes: number;
  /** The share of the monthly hours the recipient assigned to this provider; absent = all of them. */
  readonly assignedMonthlyMinutes?: number | undefined;
  readonly months?: readonly MonthHours[] | undefined;
  /** The county's hourly rate in cents; `rateChanges` replace it from their effective date. */
  readonly rateCents: number;
  readonly rateChanges?: readonly RateChange[] | undefined;
  /** A county-approved overtime exception: for the whole case (`true`) or for windows of days. */
  readonly overtimeException?: boolean | readonly DateWindow[] | undefined;
  /** Days the recipient is eligible for IHSS; absent = always. */
  readonly eligible?: readonly DateWindow[] | undefined;
  /** Days this provider is assigned to the recipient; absent = always. */
  readonly assigned?: readonly DateWindow[] | undefined;
}

export interface ClaimEntry {
  readonly recipientId: string;
  readonly date: IsoDate;
  readonly workedMinutes: number;
  /** Travel to this recipient from another one the same day; claimed on the recipient travelled to. */
  readonly travelMinutes?: number | undefined;
  /** California wall-clock `HH:MM`; both or neither. */
  readonly startTime?: string | undefined;
  readonly endTime?: string | undefined;
}

export interface EvaluationInput {
  readonly provider: ProviderCase;
  readonly recipients: readonly RecipientCase[];
  /**
   * The time being claimed now (a timesheet, a day, a whole month for an audit): every day the provider put something
   * on, so an entry without worked or travel minutes is a day without hours (DAY_WITHOUT_HOURS).
   */
  readonly entries: readonly ClaimEntry[];
  /**
   * Time this provider claimed earlier in the same workweeks and months (earlier timesheets). It counts
   * toward every limit and comes first when overtime and pay are attributed, but is not paid again.
   */
  readonly priorEntries?: readonly ClaimEntry[] | undefined;
  /** California "today": time on later days is future time. */
  readonly today?: IsoDate | undefined;
  /** The current instant, for future time later today; implies `today`. */
  readonly now?: Instant | undefined;
}

export interface WorkweekRecipient {
  readonly recipientId: string;
  readonly workedMinutes: number;
  readonly travelMinutes: number;
  readonly weeklyMaximumMinutes: number;
}

/** One workweek with all of the provider's time in it, earlier timesheets included. */
export interface WorkweekResult {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly workedMinutes: number;
  readonly travelMinutes: number;
  readonly regularMinutes: number;
  readonly overtimeMinutes: number;
  /** The part of `overtimeMinutes` that falls on the entries being claimed now. */
  readonly claimedOvertimeMinutes: number;
  readonly weeklyCapMinutes: number;
  readonly recipients: readonly WorkweekRecipient[];
}

export interface PayAtRate {
  readonly rateCents: number;
  readonly regularMinutes: number;
  readonly overtimeMinutes: number;
}

/** Pay for the entries being claimed now, per pay period and recipient. */
export interface PayPeriodLine {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly recipientId: string;
  readonly workedMinutes: number;
  readonly travelMinutes: number;
  readonly regularMinutes: number;
  readonly overtimeMinutes: number;
  readonly grossCents: number;
  readonly byRate: readonly PayAtRate[];
}
