/**
 * Where is my pay (issue #15): each claim's steps from the submission to the money, dated by the domain's
 * `payExpectation` (src/domain/pay-expectation.ts) from what the claim's rows say: its events (the recipient's decision,
 * the approval, the denial), its county review item, and its payment (issued, paid, returned). The claim page shows it
 * for every version; the dashboard's billing region for every claim whose money has not arrived.
 */
import type { PayExpectationView } from '../../../contracts/claims.js';
import type { Language } from '../../../contracts/messages/index.js';
import type { Db } from '../../../db/connection.js';
import type { TimesheetStatus } from '../../../db/schema.js';
import { payExpectation, type ClaimAction, type IsoDate, type PayExpectationInput, type PayMethod } from '../../../domain/index.js';
import * as claimLife from '../claim-life/service.js';
import * as directDeposit from '../direct-deposit/service.js';
import * as payments from '../payments/service.js';
import * as timesheets from '../timesheets/service.js';
import { renderCode, returnReasonView } from './reason-words.js';

type Row = timesheets.TimesheetRow;

/**
 * How a payment issued before the portal recorded its method (payments.paid_by null) was paid: direct deposit (or a
 * pay card) is mandatory for IHSS providers since 2022-07-01 (CDSS; DOMAIN.md, "Payment").
 */
const UNRECORDED_METHOD = 'direct_deposit' as const;

type PaymentsOfClaims = Awaited<ReturnType<typeof payments.paymentsOfClaims>>;

/**
 * Where each version's pay stands, by version id; a draft or a replaced version has none. `paid`: the versions'
 * payments when the caller has read them already (of these versions or more, from their earliest pay period on).
 */
export async function payOfVersions(db: Db, lang: Language, versions: readonly Row[], now: Date, paid?: PaymentsOfClaims): Promise<Map<number, PayExpectationView>> {
  const live = versions.filter((v) => v.status !== 'draft' && v.status !== 'superseded');
  const result = new Map<number, PayExpectationView>();
  if (live.length === 0) return result;
  const ids = live.map((v) => v.id);
  const from = live.reduce((min, v) => (v.pay_period_start < min ? v.pay_period_start : min), live[0]!.pay_period_start);
  const [events, items, ofClaims] = await Promise.all([
    claimLife.listClaimEvents(db, ids),
    claimLife.reviewItemsOf(db, ids),
    paid ?? payments.paymentsOfClaims(db, live[0]!.provider_user_id, ids, from),
  ]);
  const destinations = new Map<string, Promise<PayMethod>>();
  const destinationOn = (issueDate: IsoDate) => {
    if (!destinations.has(issueDate)) destinations.set(issueDate, directDeposit.payDestinationOn(db, live[0]!.provider_user_id, issueDate).then((d) => d.method));
    return destinations.get(issueDate)!;
  };
  for (const v of live) {
    const ofVersion = events.filter((e) => e.timesheet_id === v.id);
    const lastAt = (...actions: ClaimAction[]) => ofVersion.filter((e) => (actions as string[]).includes(e.action)).at(-1)?.at ?? null;
    const item = items.find((i) => i.timesheet_id === v.id);
    const p = ofClaims.get(v.id);
    const input: PayExpectationInput = {
      now,
      status: v.status,
      submittedAt: v.submitted_at,
      recipientDecidedAt: lastAt('recipient_approve', 'recipient_reject'),
      goesToCounty: claimLife.exceptionCodes(v).length > 0,
      review: item ? { escalateAt: item.escalate_at, decidedAt: item.resolved_at } : null,
      approvedAt: lastAt('auto_approve', 'county_approve'),
      deniedAt: lastAt('county_deny'),
      payment: p
        ? { issueDate: p.issue_date, method: p.paid_by ?? UNRECORDED_METHOD, paidOn: p.status === 'issued' ? null : p.paid_on, returnedOn: p.status === 'returned' ? p.returned_on : null }
        : null,
      method: UNRECORDED_METHOD,
    };
    const e = await withDestination(input, destinationOn);
    if (!e) continue;
    const inReview = e.stage === 'county_review' && item !== undefined;
    const reasons =
      inReview ? item.reason_codes.map((c) => renderCode(lang, c, v, claimLife.findingsOf(v))) : e.stage === 'returned' && p?.return_reason ? [returnReasonView(lang, p.return_reason)] : [];
    result.set(v.id, { ...e, reasons, onHold: inReview && item.on_hold });
  }
  return result;
}

/**
 * A claim not paid yet goes where the provider's destination in force on its expected pay run sends it (the pay run
 * asks the same `payDestinationOn` as it issues the payment): its date does not depend on the method, its last step does.
 */
async function withDestination(input: PayExpectationInput, destinationOn: (issueDate: IsoDate) => Promise<PayMethod>) {
  const first = payExpectation(input);
  const issueOn = first?.stages.find((s) => s.kind === 'pay_run')?.on;
  if (!first || input.payment !== null || !issueOn) return first;
  const method = await destinationOn(issueOn);
  return method === input.method ? first : payExpectation({ ...input, method });
}

/** The states of a claim whose money is still to come; a paid one counts too while its deposit is back from the bank. */
const ON_THE_WAY: readonly TimesheetStatus[] = ['submitted', 'approved_by_recipient', 'in_county_review', 'approved', 'payment_issued'];

const mayBeOnTheWay = (all: readonly timesheets.TimesheetRow[]) => all.filter((r) => r.status === 'paid' || ON_THE_WAY.includes(r.status));

/**
 * The earliest pay period of the claims (`all`) whose pay may be on the way, or null when none: `payOnTheWay` needs the
 * provider's payments issued from then on (a version has at most one payment, issued after its pay period starts).
 */
export function payOnTheWaySince(all: readonly timesheets.TimesheetRow[]): string | null {
  return mayBeOnTheWay(all).reduce<string | null>((min, r) => (min === null || r.pay_period_start < min ? r.pay_period_start : min), null);
}

/**
 * The dashboard's "where is my pay": of the provider's claims (`all`), every one whose money has not arrived, the
 * soonest expected first. `provided`: the provider's payments issued from `payOnTheWaySince(all)` on (and maybe more),
 * which say which paid claims came back from the bank and where the others stand.
 */
export async function payOnTheWay(db: Db, lang: Language, all: readonly timesheets.TimesheetRow[], now: Date, provided: Awaited<ReturnType<typeof payments.dashboardPayments>>) {
  const rows = mayBeOnTheWay(all);
  const from = payOnTheWaySince(all);
  if (from === null) return [];
  const paid = payments.paymentsOfClaimsIn(provided, rows.map((r) => r.id), from);
  const returned = (id: number) => {
    const p = paid.get(id);
    return p?.status === 'returned' && p.returned_on !== null;
  };
  const claims = rows.filter((r) => r.status !== 'paid' || returned(r.id));
  const pay = await payOfVersions(db, lang, claims, now, paid);
  return claims
    .flatMap((r) => {
      const p = pay.get(r.id);
      if (!p) return [];
      const recipient = { firstName: r.recipient_first_name, lastName: r.recipient_last_name };
      return [{ timesheetId: r.id, caseNumber: r.case_number, recipient, payPeriod: { start: r.pay_period_start, end: r.pay_period_end }, grossCents: r.gross_cents, pay: p }];
    })
    .sort((a, b) => (a.pay.expectedOn ?? '9999-12-31').localeCompare(b.pay.expectedOn ?? '9999-12-31') || a.timesheetId - b.timesheetId);
}
