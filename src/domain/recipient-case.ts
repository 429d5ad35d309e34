/**
 * The recipient's case as the county keeps it: its status and eligible days, the monthly authorised hours in
 * force, and a provider's share of them. Durations are integer minutes, months `YYYY-MM`.
 *
 * County social workers set a case's status, eligibility and authorised hours (DOMAIN.md, "People and
 * identifiers"); a recipient has monthly authorised hours, at most 283 when severely impaired (DOMAIN.md,
 * "Hours"; State Auditor 2021); a provider may be given a share of them, and time past the recipient's or the
 * provider's remaining hours cannot be submitted (ACL 17-76).
 */
import type { DateWindow, IsoDate, IsoMonth } from './calendar';

export const CASE_STATUSES = ['pending', 'active', 'on_hold', 'terminated'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** What the county decided about a case's eligibility: its status and its eligible days (`eligibleTo` null: open). */
export interface CaseEligibility {
  readonly status: CaseStatus;
  readonly eligibleFrom: IsoDate;
  readonly eligibleTo: IsoDate | null;
}

/**
 * The days the recipient is eligible, as the rules engine takes them (`RecipientCase.eligible`): none while the
 * case is pending or on hold; otherwise its eligible days, so time claimed on a terminated case's last eligible
 * days is still judged eligible (LA DPSS timesheet exceptions: a day outside them is `RECIPIENT_NOT_ELIGIBLE`).
 */
export function recipientEligibleWindows(c: CaseEligibility): DateWindow[] {
  if (c.status === 'pending' || c.status === 'on_hold') return [];
  return [c.eligibleTo ? { start: c.eligibleFrom, end: c.eligibleTo } : { start: c.eligibleFrom }];
}

/** Whether services may be given on the case on a date (an EVV check-in): an active case within its eligible days. */
export function isCaseActiveOn(c: CaseEligibility, date: IsoDate): boolean {
  return c.status === 'active' && c.eligibleFrom <= date && (c.eligibleTo === null || c.eligibleTo >= date);
}

/**
 * The most monthly authorised hours a recipient can have: 283, for a severely impaired recipient (DOMAIN.md, "Hours";
 * State Auditor 2021). The database's CHECK on authorised and assigned minutes holds the same limit.
 */
export const MAX_MONTHLY_AUTHORIZED_MINUTES = 283 * 60;

/** Monthly authorised minutes from a month on, until a later authorisation replaces them. */
export interface Authorization {
  readonly effectiveMonth: IsoMonth;
  readonly monthlyMinutes: number;
}

/**
 * A month's authorised minutes: those of the latest authorisation in force by that month (the list in order of
 * month); none before the first authorisation. A change applies from its month on, never to earlier months.
 */
export function authorizedMinutesInMonth(authorizations: readonly Authorization[], month: IsoMonth): number {
  let minutes = 0;
  for (const a of authorizations) if (a.effectiveMonth <= month) minutes = a.monthlyMinutes;
  return minutes;
}

/**
 * A provider's assigned minutes in a month: the share the county assigned them, all of the month's authorised
 * minutes when none is set, and never more than those (ACL 17-76: "hours exceed the provider's remaining assigned
 * hours").
 */
export function assignedMinutesInMonth(authorizedMinutes: number, assignedMonthlyMinutes: number | null | undefined): number {
  return Math.min(assignedMonthlyMinutes ?? authorizedMinutes, authorizedMinutes);
}
