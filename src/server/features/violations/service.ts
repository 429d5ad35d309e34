/**
 * Issue #5: violations (ACL 16-36; SOC 2272/2273), decided by the rules engine's ladder (src/domain/violations.ts).
 *
 * - Recorded in the transaction that approves a timesheet version whose submission findings include a `violation`
 *   (by the system after the recipient, or by the county): at most one a calendar month (the domain's rule, and a
 *   partial UNIQUE index), with its number, consequence, notice date (the approval's California date) and dispute
 *   deadline (10 calendar days, SOC 2272). The provider is told (`violation_recorded`).
 * - A 2nd comes with the once-only training offer (14 days); training done in time removes it (`completeTraining`).
 * - The provider may dispute within the deadline; county staff (county_worker, county_admin of the county) uphold
 *   or overturn (the county answers within 10 business days: `countyDisputeResponseDue`). Overturned = rescinded.
 * - A 3rd (90-day suspension) or 4th (365-day ineligibility) starts the day after the dispute deadline; while a
 *   dispute is open the suspension waits; upheld, it starts the day after the decision (`suspensionAfter`). The
 *   timesheets feature refuses time on the days covered (`assertNotSuspended`) with a message that says why.
 */
import type { ViolationView } from '../../../contracts/violations.js';
import { formatMessage, violationOrdinal, type Language } from '../../../contracts/messages/index.js';
import type { Db } from '../../../db/connection.js';
import {
  assessViolation,
  californiaDate,
  completeTraining,
  countyDisputeResponseDue,
  isDisputeOpen,
  isReasonCode,
  monthOf,
  renderReason,
  suspensionAfter,
  violationOccurredOn,
  type Finding,
  type ViolationHistory,
} from '../../../domain/index.js';
import { AppError, notFound } from '../../errors.js';
import { recordAudit, recordSystemAudit } from '../audit/service.js';
import type { Viewer } from '../cases/service.js';
import { notify } from '../notifications/service.js';
import * as store from './store.js';
import type { Client } from '../../lib/client.js';

function historyOf(rows: readonly store.ViolationRow[]): ViolationHistory {
  return {
    records: rows.map((r) => ({ occurredOn: r.occurred_on, noticeDate: r.notice_date, rescinded: r.rescinded })),
    trainingOfferUsed: rows.some((r) => r.training_completed_on !== null),
  };
}

/** The approved version, as far as violations need it. */
export interface ApprovedVersion {
  id: number;
  provider_user_id: number;
  county_id: number;
  case_number: string;
  recipient_first_name: string;
  recipient_last_name: string;
  pay_period_start: string;
  findings: unknown;
}

/** Records the month's violation for an approved version with `violation` findings; nothing if none or already recorded. */
export async function recordIfAny(trx: Db, ts: ApprovedVersion, now: Date) {
  const findings = (Array.isArray(ts.findings) ? (ts.findings as Finding[]) : []).filter((f) => f.kind === 'violation');
  if (findings.length === 0) return null;
  await store.lockProvider(trx, ts.provider_user_id);
  if (await store.findByTimesheet(trx, ts.id)) return null;
  const occurredOn = violationOccurredOn(findings, ts.pay_period_start);
  const noticeDate = californiaDate(now);
  const decision = assessViolation(historyOf(await store.listByProvider(trx, ts.provider_user_id)), { occurredOn, noticeDate });
  if (!decision.recorded) return null;
  const suspension = suspensionAfter(decision.consequence, decision.disputeDeadline);
  const id = await store.insertViolation(trx, {
    provider_user_id: ts.provider_user_id,
    county_id: ts.county_id,
    timesheet_id: ts.id,
    month: `${monthOf(occurredOn)}-01`,
    occurred_on: occurredOn,
    finding_codes: [...new Set(findings.map((f) => f.code as string))],
    number: decision.number,
    consequence: decision.consequence,
    notice_date: noticeDate,
    dispute_deadline: decision.disputeDeadline,
    training_deadline: decision.trainingDeadline ?? null,
    suspension_start: suspension?.start ?? null,
    suspension_end: suspension?.end ?? null,
  });
  await notify(trx, {
    event: 'violation_recorded',
    key: `violation_recorded:violation:${id}`,
    userIds: [ts.provider_user_id],
    data: { month: monthOf(occurredOn), number: decision.number, violationId: id },
  });
  await recordSystemAudit(trx, { action: 'violation.recorded', subjectUserId: ts.provider_user_id, countyId: ts.county_id, details: { violationId: id, timesheetId: ts.id, number: decision.number, consequence: decision.consequence, codes: findings.map((f) => f.code) } });
  return id;
}

function view(r: store.NoticeRow, lang: Language, today: string, forProvider: boolean): ViolationView {
  const names = { [r.case_number]: `${r.recipient_first_name} ${r.recipient_last_name}` };
  const found = (Array.isArray(r.ts_findings) ? (r.ts_findings as Finding[]) : []).filter((f) => f.kind === 'violation');
  const trainingOpen = r.training_deadline !== null && r.training_completed_on === null && !r.rescinded && today <= r.training_deadline;
  return {
    id: r.id,
    timesheetId: r.timesheet_id,
    month: r.month.slice(0, 7),
    occurredOn: r.occurred_on,
    number: r.number,
    consequence: r.consequence,
    noticeDate: r.notice_date,
    notice: r.finding_codes.map((code) => {
      if (!isReasonCode(code)) return { code, title: code, howToFix: '' };
      const subject = found.find((f) => f.code === code) ?? { month: r.month.slice(0, 7), date: r.occurred_on };
      return { code, ...renderReason(lang, code, subject, names) };
    }),
    disputeDeadline: r.dispute_deadline,
    canDispute: forProvider && r.dispute_state === 'none' && isDisputeOpen({ disputeDeadline: r.dispute_deadline, rescinded: r.rescinded }, today),
    dispute: { state: r.dispute_state, text: r.dispute_text, responseDue: r.dispute_response_due, decisionNote: r.dispute_decision_note },
    training: { offeredUntil: r.training_deadline, completedOn: r.training_completed_on, canTake: forProvider && trainingOpen },
    rescinded: r.rescinded,
    suspension: r.suspension_start && r.suspension_end && !r.rescinded ? { start: r.suspension_start, end: r.suspension_end } : null,
    provider: forProvider ? null : { providerId: r.login_id, firstName: r.first_name, lastName: r.last_name },
  };
}

export async function listOwn(db: Db, viewer: Viewer, lang: Language, now: Date) {
  const today = californiaDate(now);
  return (await store.listNoticesByProvider(db, viewer.id)).map((r) => view(r, lang, today, true));
}

async function own(trx: Db, viewer: Viewer, id: number) {
  const r = await store.findById(trx, id, true);
  if (!r || r.provider_user_id !== viewer.id) throw notFound();
  return r;
}


/** The provider disputes within 10 calendar days of the notice (SOC 2272). The same dispute again changes nothing. */
export async function dispute(db: Db, viewer: Viewer, id: number, text: string, client: Client, now: Date) {
  const today = californiaDate(now);
  await db.transaction().execute(async (trx) => {
    const r = await own(trx, viewer, id);
    if (r.dispute_state !== 'none') {
      if (r.dispute_text === text) return;
      throw new AppError(409, 'violationAlreadyDisputed', { due: r.dispute_response_due });
    }
    if (!isDisputeOpen({ disputeDeadline: r.dispute_deadline, rescinded: r.rescinded }, today)) throw new AppError(409, 'violationDisputeClosed', { deadline: r.dispute_deadline });
    await store.updateViolation(trx, r.id, {
      dispute_state: 'disputed',
      dispute_text: text,
      disputed_at: now,
      dispute_response_due: countyDisputeResponseDue(today),
      // A suspension waits for the county's answer.
      suspension_start: null,
      suspension_end: null,
    });
    await recordAudit(trx, { ip: client.ip, userAgent: client.userAgent, action: 'violation.disputed', outcome: 'success', actorUserId: viewer.id, subjectUserId: viewer.id, countyId: r.county_id, details: { violationId: r.id } });
  });
  return (await listOwn(db, viewer, client.lang, now)).find((v) => v.id === id)!;
}

/** The once-only training for a 2nd violation, done within 14 days of the notice, removes it (ACL 16-36). */
export async function completeTrainingFor(db: Db, viewer: Viewer, id: number, client: Client, now: Date) {
  const today = californiaDate(now);
  await db.transaction().execute(async (trx) => {
    await store.lockProvider(trx, viewer.id);
    const r = await own(trx, viewer, id);
    if (r.training_completed_on !== null) return;
    const rows = await store.listByProvider(trx, viewer.id);
    const result = completeTraining(historyOf(rows), today);
    const latest = rows.filter((x) => !x.rescinded).at(-1);
    if (!result.removed || r.training_deadline === null || latest?.id !== r.id) throw new AppError(409, 'trainingNotOffered');
    await store.updateViolation(trx, r.id, { training_completed_on: today, rescinded: true });
    await recordAudit(trx, { ip: client.ip, userAgent: client.userAgent, action: 'violation.training_completed', outcome: 'success', actorUserId: viewer.id, subjectUserId: viewer.id, countyId: r.county_id, details: { violationId: r.id } });
  });
  return (await listOwn(db, viewer, client.lang, now)).find((v) => v.id === id)!;
}

function staffCounty(viewer: Viewer) {
  if ((viewer.role !== 'county_worker' && viewer.role !== 'county_admin') || viewer.countyId === null) throw notFound();
  return viewer.countyId;
}

export async function listForCounty(db: Db, viewer: Viewer, disputedOnly: boolean, lang: Language, now: Date) {
  const today = californiaDate(now);
  return (await store.listByCounty(db, staffCounty(viewer), disputedOnly)).map((r) => view(r, lang, today, false));
}

/** Disputes waiting for the county's answer in a county (undefined: every county), and the soonest due; the caller scopes. */
export async function disputesAwaiting(db: Db, countyId: number | undefined) {
  const r = await store.disputesAwaiting(db, countyId);
  return { waiting: r.waiting, soonestDue: r.soonest_due };
}

/** County staff uphold or overturn a dispute (overturned: as if it never happened). */
export async function decideDispute(db: Db, viewer: Viewer, id: number, input: { decision: 'upheld' | 'overturned'; note: string }, client: Client, now: Date) {
  const countyId = staffCounty(viewer);
  const today = californiaDate(now);
  await db.transaction().execute(async (trx) => {
    const r = await store.findById(trx, id, true);
    if (!r || r.county_id !== countyId) throw notFound();
    if (r.dispute_state === input.decision) return;
    if (r.dispute_state !== 'disputed') throw new AppError(409, 'violationNotDisputed');
    const suspension = input.decision === 'upheld' ? suspensionAfter(r.consequence, today) : null;
    await store.updateViolation(trx, r.id, {
      dispute_state: input.decision,
      dispute_decided_by: viewer.id,
      dispute_decided_at: now,
      dispute_decision_note: input.note,
      rescinded: input.decision === 'overturned',
      suspension_start: suspension?.start ?? null,
      suspension_end: suspension?.end ?? null,
    });
    await recordAudit(trx, { ip: client.ip, userAgent: client.userAgent, action: `violation.dispute_${input.decision}`, outcome: 'success', actorUserId: viewer.id, subjectUserId: r.provider_user_id, countyId, details: { violationId: r.id } });
  });
  return (await listForCounty(db, viewer, false, client.lang, now)).find((v) => v.id === id)!;
}

/**
 * Refuses time on days a suspension or ineligibility covers, saying why and until when (called by the timesheets
 * feature when a draft is saved or submitted).
 */
export async function assertNotSuspended(db: Db, providerId: number, dates: readonly string[], lang: Language) {
  if (dates.length === 0) return;
  const sorted = [...dates].sort();
  const covering = await store.suspensionsCovering(db, providerId, sorted[0]!, sorted[sorted.length - 1]!);
  for (const s of covering) {
    const day = sorted.find((d) => d >= s.suspension_start! && d <= s.suspension_end!);
    if (!day) continue;
    const suspended = s.consequence === 'suspension-90-days';
    throw new AppError(409, 'providerSuspended', {
      date: day,
      ordinal: violationOrdinal(lang, s.number),
      consequence: formatMessage(lang, suspended ? 'providerSuspendedSuspended' : 'providerSuspendedEnded'),
      start: s.suspension_start,
      end: s.suspension_end,
    });
  }
}
