/**
 * Every reason code the portal shows: the findings the rules produce and the extra reasons county
 * staff may give when they deny a timesheet. Codes are shipped to providers, stored in the database
 * and quoted on the phone, so a code is never renamed or reused once shipped; retire one by leaving it
 * here unused. `reason-codes.test.ts` freezes the list.
 *
 * Kinds: `blocking` - cannot be submitted; `violation` - paid, but counts toward the violation ladder;
 * `exception` - paid only after a county worker clears it from a queue; `warning` - information only;
 * `denial` - given by county staff, never produced by the rules.
 * `deniable`: may be given as the reason for denying a timesheet. Warnings and violations never are:
 * violations are still paid (Homebridge and PASCC FAQs) and a location flag never blocks pay (CDSS EVV help).
 *
 * A deniable code the rules also produce (`DeniableFindingCode`) has two texts in each language: the finding's,
 * read before the county decides ("the county will review this timesheet"), and the denial's, read after a denial
 * (`reason-texts`, `denied`): what to change in the corrected version under the rule `source` cites, or whom to
 * call when the provider cannot change it. A `denial` code's only text is written for a denial already.
 */
export type FindingKind = 'blocking' | 'violation' | 'exception' | 'warning';
/** Codes the portal adds when it routes a claim (the county's random signature check), never the rules engine. */
export const ROUTING_CODES: readonly string[] = ['RANDOM_HOLD'];

export type ReasonKind = FindingKind | 'denial';

interface ReasonCodeDefinition {
  readonly kind: ReasonKind;
  readonly deniable: boolean;
  readonly source: string;
  /** The keys of a finding's `data`: what its message may say. */
  readonly data: readonly string[];
}

export const REASON_CODES = {
  OVER_MONTHLY_AUTHORIZED: {
    kind: 'blocking',
    deniable: true,
    source: "ACL 17-76: hours exceed the recipient's remaining authorised hours for the month",
    data: ['authorizedMinutes', 'remainingMinutes', 'claimedMinutes', 'overMinutes'],
  },
  OVER_ASSIGNED_HOURS: {
    kind: 'blocking',
    deniable: true,
    source: "ACL 17-76: hours exceed the provider's remaining assigned hours",
    data: ['assignedMinutes', 'remainingMinutes', 'claimedMinutes', 'overMinutes'],
  },
  OVER_WEEKLY_MAXIMUM: {
    kind: 'warning',
    deniable: false,
    source: "ACL 16-01: weekly maximum = monthly / 4; a recipient may shift hours between weeks within the month",
    data: ['weeklyMaximumMinutes', 'workedMinutes', 'overMinutes'],
  },
  OVER_66_HOURS: {
    kind: 'blocking',
    deniable: false,
    source:
      'WIC 12300.4(b)(2): a provider of two or more recipients "shall not" work over 66 hours a workweek; ACL 17-76: the portal refuses a timesheet over the weekly maximum',
    data: ['limitMinutes', 'workedMinutes', 'overMinutes'],
  },
  OVER_EXEMPTION_WEEKLY_LIMIT: {
    kind: 'blocking',
    deniable: true,
    source: 'CDSS overtime exemption page (90 hours a workweek); ACL 17-76: hours exceed the exemption limit',
    data: ['limitMinutes', 'workedMinutes', 'overMinutes'],
  },
  OVER_EXEMPTION_MONTHLY_LIMIT: {
    kind: 'blocking',
    deniable: true,
    source: 'CDSS overtime exemption page (360 hours a month); ACL 17-76: hours exceed the exemption limit',
    data: ['limitMinutes', 'workedMinutes', 'overMinutes'],
  },
  OVER_TRAVEL_LIMIT: {
    kind: 'violation',
    deniable: false,
    source: 'WIC 12300.4; ACL 16-36: more than 7 hours of travel in a workweek',
    data: ['limitMinutes', 'travelMinutes', 'overMinutes'],
  },
  OVERTIME_WITHOUT_COUNTY_EXCEPTION: {
    kind: 'violation',
    deniable: false,
    source: 'ACL 16-01 condition 1; ACL 16-36: over 40 hours for a recipient whose weekly maximum is 40 or less',
    data: ['weeklyMaximumMinutes', 'workedMinutes', 'overtimeMinutes'],
  },
  OVER_USUAL_MONTHLY_OVERTIME: {
    kind: 'violation',
    deniable: false,
    source: 'ACL 16-01 condition 2; ACL 16-36: more overtime in the month than normally worked, without county approval',
    data: ['usualOvertimeMinutes', 'overtimeMinutes', 'overMinutes'],
  },
  OVER_70_PERCENT_FIRST_HALF: {
    kind: 'exception',
    deniable: true,
    source: "LA DPSS timesheet exceptions: more than 70% of the month's hours claimed in the 1st-15th period",
    data: ['monthlyMinutes', 'firstHalfMinutes', 'limitMinutes'],
  },
  PROVIDER_NOT_ELIGIBLE: {
    kind: 'exception',
    deniable: true,
    source: 'LA DPSS timesheet exceptions: provider not eligible on a date claimed',
    data: ['date'],
  },
  RANDOM_HOLD: {
    kind: 'exception',
    deniable: false,
    source: 'LA DPSS timesheet exceptions: random signature checks ("holds"); the county sets the share (county settings)',
    data: [],
  },
  RECIPIENT_NOT_ELIGIBLE: {
    kind: 'exception',
    deniable: true,
    source: 'LA DPSS timesheet exceptions: recipient not eligible on a date claimed',
    data: ['date'],
  },
  NOT_ASSIGNED_TO_RECIPIENT: {
    kind: 'blocking',
    deniable: true,
    source: 'ACL 17-76: no assigned hours remain (the provider is not assigned to the case on that date)',
    data: ['date'],
  },
  OVERLAPPING_TIME: {
    kind: 'blocking',
    deniable: true,
    source: "ARCHITECTURE.md: a provider's shifts never overlap",
    data: ['date', 'startTime', 'endTime', 'otherRecipientId', 'otherStartTime', 'otherEndTime'],
  },
  IMPOSSIBLE_TIME: {
    kind: 'blocking',
    deniable: true,
    source: 'CDSS EVV help: pay is for the hours entered, which must fit between start and end',
    data: ['date', 'startTime', 'endTime', 'claimedMinutes', 'spanMinutes'],
  },
  MORE_HOURS_THAN_IN_DAY: {
    kind: 'blocking',
    deniable: true,
    source: 'Calendar: a California day has 23, 24 or 25 hours',
    data: ['date', 'claimedMinutes', 'dayMinutes'],
  },
  FUTURE_TIME: {
    kind: 'blocking',
    deniable: true,
    source: 'Time not yet worked cannot be claimed (SEIU 2015 ESP guide: a submitted timesheet cannot be edited)',
    data: ['date', 'today'],
  },
  TRAVEL_NOT_BETWEEN_RECIPIENTS: {
    kind: 'blocking',
    deniable: true,
    source: 'ACL 16-01; ACIN I-18-19: travel is paid only directly between two recipients on the same day',
    data: ['date', 'travelMinutes'],
  },
  SICK_LEAVE_UNDER_ONE_HOUR: {
    kind: 'blocking',
    deniable: true,
    source: 'ACL 18-01: sick leave is claimed in at least 1 hour',
    data: ['requestedMinutes'],
  },
  SICK_LEAVE_NOT_HALF_HOURS: {
    kind: 'blocking',
    deniable: true,
    source: 'ACL 18-01: after the first hour, sick leave is claimed in 30-minute steps',
    data: ['requestedMinutes'],
  },
  SICK_LEAVE_NOT_EARNED_YET: {
    kind: 'blocking',
    deniable: true,
    source: 'ACL 18-01: sick leave is earned after 100 hours worked',
    data: ['workedMinutes', 'neededMinutes'],
  },
  SICK_LEAVE_NOT_USABLE_YET: {
    kind: 'blocking',
    deniable: true,
    source: 'ACL 18-01: usable after 200 more hours or 60 days, whichever is first',
    data: ['usableDate'],
  },
  SICK_LEAVE_OVER_BALANCE: {
    kind: 'blocking',
    deniable: true,
    source: 'ACL 18-01; SB 616: the yearly amount, unused hours lapse on June 30',
    data: ['balanceMinutes', 'requestedMinutes'],
  },
  SICK_LEAVE_SHORT_NOTICE: {
    kind: 'warning',
    deniable: false,
    source: "ACL 18-01: 48 hours' notice, 2 hours in an emergency",
    data: ['noticeMinutes', 'requiredMinutes'],
  },
  EVV_MISSING_ELEMENT: {
    kind: 'blocking',
    deniable: true,
    source: '21st Century Cures Act section 12006: six elements; corrections before submission carry no penalty',
    data: ['element'],
  },
  EVV_CHECK_OUT_BEFORE_CHECK_IN: {
    kind: 'blocking',
    deniable: true,
    source: '21st Century Cures Act section 12006: start and end time of the service',
    data: ['date'],
  },
  EVV_LOCATION_FAR_FROM_HOME: {
    kind: 'warning',
    deniable: false,
    source: 'CDSS EVV help: a location flag never blocks pay',
    data: ['date', 'distanceMeters'],
  },
  MISSING_RECIPIENT_APPROVAL: {
    kind: 'denial',
    deniable: true,
    source: 'The recipient (or their representative) must approve every timesheet',
    data: [],
  },
  MISSING_PROVIDER_SIGNATURE: {
    kind: 'denial',
    deniable: true,
    source: 'The provider must sign (or submit electronically) every timesheet',
    data: [],
  },
  SIGNATURE_DOES_NOT_MATCH: {
    kind: 'denial',
    deniable: true,
    source: 'LA DPSS timesheet exceptions: random signature checks',
    data: [],
  },
  HOURS_NOT_SUPPORTED_BY_EVV: {
    kind: 'denial',
    deniable: true,
    source: 'CDSS EVV help: hours claimed must be backed by check-in and check-out records',
    data: [],
  },
  DUPLICATE_CLAIM: {
    kind: 'denial',
    deniable: true,
    source: 'A correction is a new version of a timesheet, not a second claim (SEIU 2015 ESP guide)',
    data: [],
  },
  INCOMPLETE_TIMESHEET: {
    kind: 'denial',
    deniable: true,
    source: 'Paper timesheets must be complete and readable (county payroll practice)',
    data: [],
  },
  RECIPIENT_IN_HOSPITAL_OR_FACILITY: {
    kind: 'denial',
    deniable: true,
    source: 'IHSS is not paid while the recipient is in a hospital or care facility (county payroll practice)',
    data: [],
  },
  NO_TRAVEL_AGREEMENT: {
    kind: 'denial',
    deniable: true,
    source: 'SOC 2255 travel time agreement required before travel is paid (OC IHSS PA; UDW)',
    data: [],
  },
  DAY_WITHOUT_HOURS: {
    kind: 'blocking',
    deniable: false,
    source: 'CDSS EVV help: pay is for the hours entered; a day with a start, an end or a place but no hours would be left unpaid without a word (day-hours.ts)',
    data: ['date'],
  },
} as const satisfies Record<string, ReasonCodeDefinition>;

export type ReasonCode = keyof typeof REASON_CODES;

/** Codes the rules engine produces (everything but county-only denial reasons). */
export type FindingCode = {
  [C in ReasonCode]: (typeof REASON_CODES)[C]['kind'] extends FindingKind ? C : never;
}[ReasonCode];

export const REASON_CODE_IDS = Object.keys(REASON_CODES) as ReasonCode[];

export function isReasonCode(value: string): value is ReasonCode {
  return Object.hasOwn(REASON_CODES, value);
}

export function kindOf(code: FindingCode): FindingKind {
  return REASON_CODES[code].kind;
}

/** Codes county staff may choose from when denying a timesheet. */
export const DENIAL_REASON_CODES = REASON_CODE_IDS.filter((code) => REASON_CODES[code].deniable);

/** Deniable codes the rules also produce as findings: each has a denial text beside its finding text. */
export type DeniableFindingCode = {
  [C in FindingCode]: (typeof REASON_CODES)[C]['deniable'] extends true ? C : never;
}[FindingCode];

export function isDeniableFindingCode(code: ReasonCode): code is DeniableFindingCode {
  return REASON_CODES[code].deniable && REASON_CODES[code].kind !== 'denial';
}

export const DENIABLE_FINDING_CODES = REASON_CODE_IDS.filter(isDeniableFindingCode);
