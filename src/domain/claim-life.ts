/**
 * The life of a claim (a timesheet version), as a table: each action, the states it may start from, the state it
 * leads to, and who may take it. Pure: the services ask `transition()` before they write, and write the event
 * row it describes. The server and the web app import this one copy (the web shows "Correct" from CORRECTABLE_STATES).
 *
 *   draft --submit(provider)--> submitted ("awaiting the recipient")
 *   submitted --recipient_approve(recipient)--> approved_by_recipient --route(system)--> in_county_review | approved
 *   submitted --recipient_reject(recipient)--> rejected_by_recipient
 *   in_county_review --hold / release(county)--> in_county_review (a note; the item stays in the queue)
 *   in_county_review --county_approve(county)--> approved;  --county_deny(county, >=1 reason codes)--> denied
 *   approved --issue_payment(system)--> payment_issued --mark_paid(system)--> paid
 *   paid --payment_returned(system)--> paid --mark_paid_again(system)--> paid (ADR 0007: the claim was paid by the
 *     state; its deposit came back and is paid again. The steps are on the timeline; the payment carries `returned`)
 *   submitted | approved_by_recipient | rejected_by_recipient | denied --supersede(provider)--> superseded
 *     (a correction, submitted, replaces it; the old version stays visible)
 */

import { daysBetween, payPeriodOf, type IsoDate } from './calendar';
import { californiaDate, toEpochMs, type Instant } from './california-time';

/** A claim's states; the database's timesheets_status_check lists the same (0005_claims_payments.sql). */
export const TIMESHEET_STATUSES = [
  'draft',
  'submitted',
  'approved_by_recipient',
  'rejected_by_recipient',
  'in_county_review',
  'approved',
  'denied',
  'payment_issued',
  'paid',
  'superseded',
] as const;
export type TimesheetStatus = (typeof TIMESHEET_STATUSES)[number];

/** Who moves a claim: the database's timesheet_events.actor_kind CHECK lists the same. */
export type ActorKind = 'provider' | 'recipient' | 'county' | 'system';

/** Days a submitted timesheet may wait for the recipient before the provider is told (ACIN I-17-22). */
export const RECIPIENT_DECISION_DAYS = 2;

/**
 * The day the recipient is asked to decide by: RECIPIENT_DECISION_DAYS calendar days (not business days) after the
 * submission, in California, the moment the "no recipient action" notice is sent.
 */
export function recipientDecisionDue(submittedAt: Instant): IsoDate {
  return californiaDate(toEpochMs(submittedAt) + RECIPIENT_DECISION_DAYS * 86_400_000);
}

/**
 * Days before a pay period's last day from which a provider who has submitted nothing for a recipient is told so,
 * on the dashboard and by the daily reminder: the portal's own notice, beside the state portal's of ACIN I-17-22.
 */
export const PERIOD_ENDING_DAYS = 2;

/** Whether `date`'s pay period ends within PERIOD_ENDING_DAYS of it (its last day included). */
export function payPeriodEndsSoon(date: IsoDate): boolean {
  return daysBetween(date, payPeriodOf(date).end) <= PERIOD_ENDING_DAYS;
}

export type ClaimAction =
  | 'submit'
  | 'recipient_approve'
  | 'recipient_reject'
  | 'route_to_county'
  | 'auto_approve'
  | 'hold'
  | 'release'
  | 'county_approve'
  | 'county_deny'
  | 'issue_payment'
  | 'mark_paid'
  | 'payment_returned'
  | 'mark_paid_again'
  | 'supersede';

export interface TransitionRule {
  from: readonly TimesheetStatus[];
  to: TimesheetStatus | 'same';
  by: readonly ActorKind[];
  /** The action needs at least one reason code (a denial) or a note (a hold). */
  needsReasons?: boolean;
  needsNote?: boolean;
}

export const TRANSITIONS: Readonly<Record<ClaimAction, TransitionRule>> = {
  submit: { from: ['draft'], to: 'submitted', by: ['provider'] },
  recipient_approve: { from: ['submitted'], to: 'approved_by_recipient', by: ['recipient'] },
  recipient_reject: { from: ['submitted'], to: 'rejected_by_recipient', by: ['recipient'], needsNote: true },
  route_to_county: { from: ['approved_by_recipient'], to: 'in_county_review', by: ['system'] },
  auto_approve: { from: ['approved_by_recipient'], to: 'approved', by: ['system'] },
  hold: { from: ['in_county_review'], to: 'same', by: ['county'], needsNote: true },
  release: { from: ['in_county_review'], to: 'same', by: ['county'] },
  county_approve: { from: ['in_county_review'], to: 'approved', by: ['county'] },
  county_deny: { from: ['in_county_review'], to: 'denied', by: ['county'], needsReasons: true, needsNote: true },
  issue_payment: { from: ['approved'], to: 'payment_issued', by: ['system'] },
  mark_paid: { from: ['payment_issued'], to: 'paid', by: ['system'] },
  payment_returned: { from: ['paid'], to: 'same', by: ['system'], needsReasons: true },
  mark_paid_again: { from: ['paid'], to: 'same', by: ['system'] },
  supersede: { from: ['submitted', 'approved_by_recipient', 'rejected_by_recipient', 'denied'], to: 'superseded', by: ['provider'] },
};

/** States whose time counts as claimed (limits, remaining hours): everything sent and not refused or replaced. */
export const CLAIMED_STATES: readonly TimesheetStatus[] = ['submitted', 'approved_by_recipient', 'in_county_review', 'approved', 'payment_issued', 'paid'];
/** States a provider may correct with a new version. */
export const CORRECTABLE_STATES: readonly TimesheetStatus[] = TRANSITIONS.supersede.from;

export type TransitionResult =
  | { ok: true; from: TimesheetStatus; to: TimesheetStatus }
  | { ok: false; why: 'wrong_state' | 'wrong_actor' | 'reasons_required' | 'note_required' };

/** Whether `actor` may take `action` on a claim in state `from`, and the state it leads to. */
export function transition(
  action: ClaimAction,
  from: TimesheetStatus,
  actor: ActorKind,
  detail: { reasonCodes?: readonly string[]; note?: string | null } = {},
): TransitionResult {
  const rule = TRANSITIONS[action];
  if (!rule.by.includes(actor)) return { ok: false, why: 'wrong_actor' };
  if (!rule.from.includes(from)) return { ok: false, why: 'wrong_state' };
  if (rule.needsReasons && !(detail.reasonCodes && detail.reasonCodes.length > 0)) return { ok: false, why: 'reasons_required' };
  if (rule.needsNote && !(detail.note && detail.note.trim().length >= 3)) return { ok: false, why: 'note_required' };
  return { ok: true, from, to: rule.to === 'same' ? from : rule.to };
}

/** The actions open to an actor on a claim in a state (for buttons). */
export function allowedActions(from: TimesheetStatus, actor: ActorKind): ClaimAction[] {
  return (Object.keys(TRANSITIONS) as ClaimAction[]).filter((a) => TRANSITIONS[a].by.includes(actor) && TRANSITIONS[a].from.includes(from));
}
