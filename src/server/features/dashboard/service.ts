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
import { denialOf, findingsOf } from '../claim-life/service.js';
import { payOnTheWay } from '../claims/pay.js';
import { denialReasons } from '../claims/story.js';
import { findCountyById } from '../counties/service.js';
import * as evv from '../evv/service.js';
import { messageCounts } from '../messages/service.js';
import { billingSummary } from '../payments/service.js';
import * as sick from '../sick-leave/service.js';
import * as timesheets from '../timesheets/service.js';
import * as visits from '../visits/service.js';

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
  const state = await evv.evvState(db, { id: viewer.id, loginId: '', countyId: viewer.countyId }, now);
  const attention: AttentionItem[] = [];
  const flagged = new Set(state.needsFix.map((r) => r.id));
  if (state.open && !flagged.has(state.open.id)) {
    attention.push(item('open_check_in', { caseNumber: state.open.caseNumber, recipient: state.open.recipient, evvRecordId: state.open.id, since: state.open.checkInAt }));
  }
  for (const r of state.needsFix) {
    attention.push(item('evv_needs_fix', { caseNumber: r.caseNumber, recipient: r.recipient, evvRecordId: r.id, since: r.checkInAt ?? r.checkOutAt }));
  }

  const thisPeriod = await timesheets.timesheetsFor(db, { providerId: viewer.id, periodStart: period.start });
  const latest = new Map<string, (typeof thisPeriod)[number]>();
  for (const t of thisPeriod) {
    const seen = latest.get(t.row.case_number);
    if (!seen || seen.row.version < t.row.version) latest.set(t.row.case_number, t);
  }
  if (payPeriodEndsSoon(today)) {
    const assigned = await cases.listProviderAssignments(db, viewer.id, period.start, period.end);
    for (const a of assigned) {
      const t = latest.get(a.case_number);
      if (!t || t.row.status === 'draft') {
        attention.push(item('period_ending_unsubmitted', { caseNumber: a.case_number, recipient: { firstName: a.first_name, lastName: a.last_name }, timesheetId: t?.row.id ?? null, payPeriod: { start: period.start, end: period.end } }));
      }
    }
  }
  for (const t of await timesheets.timesheetsFor(db, { providerId: viewer.id, statuses: ['rejected_by_recipient'] })) {
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
  for (const t of await timesheets.timesheetsFor(db, { providerId: viewer.id, statuses: ['denied'] })) {
    const denial = await denialOf(db, t.row.id);
    const county = await findCountyById(db, t.row.county_id);
    attention.push(
      item('timesheet_rejected', {
        caseNumber: t.row.case_number,
        recipient: { firstName: t.row.recipient_first_name, lastName: t.row.recipient_last_name },
        timesheetId: t.row.id,
        payPeriod: { start: t.row.pay_period_start, end: t.row.pay_period_end },
        since: denial?.at.toISOString() ?? null,
        reason: denial?.note ?? null,
        returnedBy: 'county',
        countyName: county?.name ?? null,
        reasons: denialReasons(lang, denial?.reasonCodes ?? [], t.row, findingsOf(t.row)),
      }),
    );
  }
  const cutoff = new Date(now.getTime() - RECIPIENT_DECISION_DAYS * 86_400_000);
  for (const t of await timesheets.timesheetsFor(db, { providerId: viewer.id, statuses: ['submitted'], submittedBefore: cutoff })) {
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
  // Every claim of the provider, read once for the billing region's counts and its pay on the way.
  const claims = (await timesheets.timesheetsFor(db, { providerId: viewer.id })).map((t) => t.row);
  return {
    role: 'provider',
    today,
    payPeriod: { start: period.start, end: period.end },
    attention,
    scheduledVisits: await visits.todayAndWeek(db, viewer.id, now),
    timekeeping: {
      openCheckIn: state.open,
      needsFixCount: state.needsFix.length,
      exemptCases: state.exemptCases,
      timesheets: [...latest.values()].map((t) => timesheets.summaryOf(t.row, t.decision)),
    },
    billing: { ...(await billingSummary(db, viewer.id, claims)), onTheWay: await payOnTheWay(db, lang, claims, now) },
    // Unread county messages, the same number as the header's (the messages feature counts them).
    messages: { count: (await messageCounts(db, viewer.id)).unreadMessages },
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

