/**
 * The home screen in one request. "Needs your attention" lists what a provider must act on so no pay is
 * lost: an open check-in, a visit record to fix, a pay period ending within 2 days with nothing submitted
 * for a recipient, a returned timesheet (who sent it back, the recipient or the county, and why), and a timesheet left without the
 * recipient's decision for 2 days (ACIN I-17-22: "no recipient action on a submitted timesheet").
 */
import type { AttentionItem, Dashboard } from '../../../contracts/dashboard.js';
import type { Language } from '../../../contracts/messages/index.js';
import type { Db } from '../../../db/connection.js';
import { californiaDate, payPeriodEndsSoon, payPeriodOf, RECIPIENT_DECISION_DAYS } from '../../../domain/index.js';
import * as cases from '../cases/service.js';
import { findingsOf, listClaimEvents } from '../claim-life/service.js';
import { payOnTheWay, payOnTheWaySince } from '../claims/pay.js';
import { denialReasons } from '../claims/story.js';
import { findCountyById } from '../counties/service.js';
import * as evv from '../evv/service.js';
import { providerMessageCounts } from '../messages/service.js';
import { billingSummary, dashboardPayments } from '../payments/service.js';
import * as sick from '../sick-leave/service.js';
import * as timesheets from '../timesheets/service.js';
import * as visits from '../visits/service.js';
import * as store from './store.js';

const item = (kind: AttentionItem['kind'], rest: Partial<AttentionItem>): AttentionItem => ({
  kind,
  caseNumber: null,
  recipient: null,
  timesheetId: null,
  evvRecordId: null,
  claimId: null,
  payPeriod: null,
  since: null,
  reason: null,
  returnedBy: null,
  countyName: null,
  reasons: [],
  ...rest,
});

export async function dashboard(db: Db, viewer: cases.Viewer, now: Date, lang: Language): Promise<Dashboard> {
  const today = californiaDate(now);
  if (viewer.role === 'recipient') return recipientDashboard(db, viewer, today);
  const period = payPeriodOf(today);
  const cutoff = new Date(now.getTime() - RECIPIENT_DECISION_DAYS * 86_400_000);
  // The regions' reads do not depend on each other: they go out together, each on its own pooled connection.
  const [state, versions, assigned, scheduledVisits, messages] = await Promise.all([
    evv.evvState(db, { id: viewer.id, loginId: '', countyId: viewer.countyId }, now),
    store.providerTimesheets(db, viewer.id, period.start, cutoff),
    payPeriodEndsSoon(today) ? cases.listProviderAssignments(db, viewer.id, period.start, period.end) : undefined,
    visits.todayAndWeek(db, viewer.id, now),
    providerMessageCounts(db, viewer.id),
  ]);
  // Each list as the timesheets feature would give it: the versions it matches, in its order, LIST_LIMIT at most.
  const list = (keep: (t: store.DashboardTimesheet) => boolean) => versions.filter(keep).slice(0, store.LIST_LIMIT);
  const thisPeriod = list((t) => t.row.pay_period_start === period.start);
  const rejected = list((t) => t.row.status === 'rejected_by_recipient');
  const denied = list((t) => t.row.status === 'denied');
  const awaiting = list((t) => t.awaiting);
  // Every claim of the provider, for the billing region's counts and its pay on the way.
  const claims = versions.filter((t) => t.latest).map((t) => t.row);
  // One read of the provider's payments serves the billing region's counts and its pay on the way.
  const [paid, denialEvents, counties] = await Promise.all([
    dashboardPayments(db, viewer.id, payOnTheWaySince(claims)),
    listClaimEvents(db, denied.map((t) => t.row.id)),
    Promise.all([...new Set(denied.map((t) => t.row.county_id))].map((id) => findCountyById(db, id))),
  ]);
  const billing = billingSummary(claims, paid);
  const onTheWay = await payOnTheWay(db, lang, claims, now, paid);

  const attention: AttentionItem[] = [];
  const flagged = new Set(state.needsFix.map((r) => r.id));
  if (state.open && !flagged.has(state.open.id)) {
    attention.push(item('open_check_in', { caseNumber: state.open.caseNumber, recipient: state.open.recipient, evvRecordId: state.open.id, since: state.open.checkInAt }));
  }
  for (const r of state.needsFix) {
    attention.push(item('evv_needs_fix', { caseNumber: r.caseNumber, recipient: r.recipient, evvRecordId: r.id, since: r.checkInAt ?? r.checkOutAt }));
  }

  const latest = new Map<string, (typeof thisPeriod)[number]>();
  for (const t of thisPeriod) {
    const seen = latest.get(t.row.case_number);
    if (!seen || seen.row.version < t.row.version) latest.set(t.row.case_number, t);
  }
  for (const a of assigned ?? []) {
    const t = latest.get(a.case_number);
    if (!t || t.row.status === 'draft') {
      attention.push(item('period_ending_unsubmitted', { caseNumber: a.case_number, recipient: { firstName: a.first_name, lastName: a.last_name }, timesheetId: t?.row.id ?? null, payPeriod: { start: period.start, end: period.end } }));
    }
  }
  for (const t of rejected) {
    attention.push(
      item('timesheet_rejected', {
        caseNumber: t.row.case_number,
        recipient: { firstName: t.row.recipient_first_name, lastName: t.row.recipient_last_name },
        timesheetId: t.row.id,
        payPeriod: { start: t.row.pay_period_start, end: t.row.pay_period_end },
        since: t.decision?.decided_at.toISOString() ?? null,
        reason: t.decision?.reason ?? null,
        returnedBy: 'recipient',
      }),
    );
  }
  // Denied by the county: the same item, naming the county, with its reasons in words and its note.
  const countyNames = new Map(counties.flatMap((c) => (c ? [[c.id, c.name] as const] : [])));
  for (const t of denied) {
    const deny = denialEvents.filter((e) => e.timesheet_id === t.row.id && e.action === 'county_deny').at(-1);
    attention.push(
      item('timesheet_rejected', {
        caseNumber: t.row.case_number,
        recipient: { firstName: t.row.recipient_first_name, lastName: t.row.recipient_last_name },
        timesheetId: t.row.id,
        payPeriod: { start: t.row.pay_period_start, end: t.row.pay_period_end },
        since: deny?.at.toISOString() ?? null,
        reason: deny?.note ?? null,
        returnedBy: 'county',
        countyName: countyNames.get(t.row.county_id) ?? null,
        reasons: denialReasons(lang, deny?.reason_codes ?? [], t.row, findingsOf(t.row)),
      }),
    );
  }
  for (const t of awaiting) {
    attention.push(
      item('awaiting_recipient', {
        caseNumber: t.row.case_number,
        recipient: { firstName: t.row.recipient_first_name, lastName: t.row.recipient_last_name },
        timesheetId: t.row.id,
        payPeriod: { start: t.row.pay_period_start, end: t.row.pay_period_end },
        since: t.row.submitted_at?.toISOString() ?? null,
      }),
    );
  }
  return {
    role: 'provider',
    today,
    payPeriod: { start: period.start, end: period.end },
    attention,
    scheduledVisits,
    timekeeping: {
      openCheckIn: state.open,
      needsFixCount: state.needsFix.length,
      exemptCases: state.exemptCases,
      timesheets: [...latest.values()].map((t) => timesheets.summaryOf(t.row, t.decision)),
    },
    billing: { ...billing, onTheWay },
    // Unread county messages, the same number as the header's (the messages feature counts them).
    messages: { count: messages.unreadMessages },
  };
}

async function recipientDashboard(db: Db, viewer: cases.Viewer, today: string): Promise<Dashboard> {
  const c = await cases.findCaseByRecipient(db, viewer.id);
  const attention: AttentionItem[] = [];
  let toReview = 0;
  let toConfirm = 0;
  if (c) {
    const recipient = { firstName: c.first_name, lastName: c.last_name };
    for (const t of await timesheets.timesheetsFor(db, { caseId: c.id, statuses: ['submitted'] })) {
      toReview += 1;
      attention.push(item('timesheet_to_review', { caseNumber: c.case_number, recipient, timesheetId: t.row.id, payPeriod: { start: t.row.pay_period_start, end: t.row.pay_period_end }, since: t.row.submitted_at?.toISOString() ?? null }));
    }
    for (const s of await sick.pendingForCase(db, c.id)) {
      toConfirm += 1;
      attention.push(item('sick_leave_to_confirm', { caseNumber: c.case_number, recipient, claimId: s.id, since: s.requested_at.toISOString() }));
    }
  }
  return { role: 'recipient', today, attention, timesheetsToReview: toReview, sickLeaveToConfirm: toConfirm };
}

