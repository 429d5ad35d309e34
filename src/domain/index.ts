/**
 * The IHSS rules engine: pure, no I/O, no clock. Imported by the server (the authority) and by the
 * web app (instant feedback), so both always agree. See docs/rules.md.
 */
export {
  allowedActions,
  CLAIMED_STATES,
  CORRECTABLE_STATES,
  TIMESHEET_STATUSES,
  PERIOD_ENDING_DAYS,
  payPeriodEndsSoon,
  RECIPIENT_DECISION_DAYS,
  recipientDecisionDue,
  transition,
  TRANSITIONS,
  type ActorKind,
  type ClaimAction,
  type TimesheetStatus,
  type TransitionResult,
  type TransitionRule,
} from './claim-life';
export {
  addBusinessDays,
  businessDaysBetween,
  californiaBusinessDaysBetween,
  isBusinessDay,
  latestDateBusinessDaysBefore,
  oneBusinessDayAfter,
} from './business-days';
export {
  addDays,
  addMonths,
  daysBetween,
  inWindows,
  isIsoDate,
  monthOf,
  monthSpan,
  parseClockTime,
  payPeriodOf,
  weekday,
  workweekOf,
  type DateSpan,
  type DateWindow,
  type IsoDate,
  type IsoMonth,
} from './calendar';
export {
  CALIFORNIA_TIME_ZONE,
  californiaDate,
  californiaDayMinutes,
  californiaInstant,
  MAX_DAY_MINUTES,
  toCaliforniaDateTime,
  type CaliforniaDateTime,
  type Instant,
} from './california-time';
export type {
  ClaimEntry,
  EvaluationInput,
  MonthHours,
  PayAtRate,
  PayPeriodLine,
  ProviderCase,
  RecipientCase,
  WorkweekRecipient,
  WorkweekResult,
} from './claims';
export { dayHasData, dayHours, sameAsLastWeek, spanMinutes, type DayGiven, type DayHours, type HoursSource } from './day-hours';
export { evaluateClaims, type Evaluation } from './evaluate';
export {
  CALIFORNIA_STATE_HOLIDAY_NAMES,
  californiaStateHolidays,
  isCaliforniaStateHoliday,
  type CaliforniaStateHoliday,
  type CaliforniaStateHolidayName,
} from './holidays';
export { checkEvvVisit, distanceMeters, FAR_FROM_HOME_METERS, missingEvvElements, type EvvCheck, type EvvElement, type EvvVisit, type GeoPoint } from './evv';
export { canSubmit, compareFindings, type Finding, type FindingData } from './findings';
export {
  EXEMPTION_MONTHLY_CAP_MINUTES,
  EXEMPTION_WEEKLY_CAP_MINUTES,
  MULTIPLE_RECIPIENT_WEEKLY_CAP_MINUTES,
  OVERTIME_THRESHOLD_MINUTES,
  providerWeeklyCapMinutes,
  recipientWeeklyMaximumMinutes,
  TRAVEL_WEEKLY_CAP_MINUTES,
  usualMonthlyOvertimeMinutes,
  weeklyOvertimeAllowanceMinutes,
  type Exemption,
} from './limits';
export { countyRateFrom, grossCents, MonthPayAccumulator, rateOn, rateSpans, roundUnitsToCents, type CountyRate, type RateChange, type RateSpan } from './pay';
export { PAY_METHODS, type PayMethod } from './direct-deposit';
export { payStubOf, type DayMinutes, type PayStub, type PayStubInput } from './pay-stub';
export {
  DIRECT_DEPOSIT_BUSINESS_DAYS,
  PAY_RUN_MINUTE,
  PAY_STAGE_KINDS,
  PAY_STAGE_STATES,
  PAYMENT_ISSUE_BUSINESS_DAYS,
  payExpectation,
  payRunFor,
  WARRANT_MAIL_BUSINESS_DAYS,
  WARRANT_MISSING_BUSINESS_DAYS,
  type PayExpectation,
  type PayExpectationInput,
  type PayStage,
  type PayStageKind,
  type PayStageState,
} from './pay-expectation';
export {
  DEDUCTION_KINDS,
  FEDERAL_FILING_STATUSES,
  isFicaExempt,
  isSdiExempt,
  netPayOf,
  PAY_PERIODS_PER_YEAR,
  RELATIONSHIPS,
  STATE_FILING_STATUSES,
  TAX_KINDS,
  TAX_YEARS,
  taxYearFigures,
  type Bracket,
  type Deduction,
  type DeductionKind,
  type FederalElection,
  type FederalFilingStatus,
  type NetPay,
  type NetPayInput,
  type RateBp,
  type Relationship,
  type StateColumns,
  type StateElection,
  type StateFilingStatus,
  type StateWithholdingFigures,
  type TaxableWages,
  type TaxYearFigures,
} from './payroll';
export {
  assignedMinutesInMonth,
  authorizedMinutesInMonth,
  CASE_STATUSES,
  isCaseActiveOn,
  MAX_MONTHLY_AUTHORIZED_MINUTES,
  recipientEligibleWindows,
  type Authorization,
  type CaseEligibility,
  type CaseStatus,
} from './recipient-case';
export { RANDOM_HOLD, randomHoldPicks } from './random-hold';
export {
  DENIABLE_FINDING_CODES,
  DENIAL_REASON_CODES,
  isDeniableFindingCode,
  isReasonCode,
  REASON_CODE_IDS,
  REASON_CODES,
  type DeniableFindingCode,
  type FindingCode,
  type FindingKind,
  type ReasonCode,
  type ReasonKind,
} from './reason-codes';
export {
  interpolate,
  LANGUAGE_CODES,
  LANGUAGES,
  reasonParams,
  renderDenialReason,
  renderReason,
  type Language,
  type LanguagePack,
  type ReasonSubject,
  type ReasonText,
} from './reason-texts';
export {
  checkSickLeaveClaim,
  fiscalYearOf,
  sickLeaveStatus,
  yearlySickLeaveMinutes,
  type SickLeaveClaim,
  type SickLeaveStatus,
  type SickLeaveUse,
  type WorkedDay,
} from './sick-leave';
export { timesheetTotals, type TimesheetTotals, type TimesheetTotalsInput } from './timesheet-totals';
export {
  activeViolationCount,
  assessViolation,
  completeTraining,
  countyDisputeResponseDue,
  isDisputeOpen,
  suspensionAfter,
  violationOccurredOn,
  type ViolationConsequence,
  type ViolationDecision,
  type ViolationHistory,
  type ViolationRecord,
} from './violations';
