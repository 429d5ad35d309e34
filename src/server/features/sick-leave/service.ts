/**
 * Paid sick leave (ACL 18-01; SB 616): the balance from the provider's claimed work (sickLeaveStatus), a
 * claim checked by the rules engine (checkSickLeaveClaim: 1 hour minimum, then 30-minute steps, earned and
 * usable, within the balance; short notice is a warning), and the recipient's confirmation. Pending claims
 * count against the balance so it cannot be claimed twice.
 */
import type { Db } from '../../../db/connection.js';
import { californiaDate, canSubmit, checkSickLeaveClaim, sickLeaveStatus, type Finding } from '../../../domain/index.js';
import { AppError, notFound } from '../../errors.js';
import * as idempotency from '../../lib/idempotency.js';
import { recordAudit } from '../audit/service.js';
import * as cases from '../cases/service.js';
import * as timesheets from '../timesheets/service.js';
import * as store from './store.js';
import type { Client } from '../../lib/client.js';

type Viewer = cases.Viewer;

function view(r: store.ClaimRow, lang: Client['lang']) {
  return {
    id: r.id,
    caseNumber: r.case_number,
    recipient: { firstName: r.recipient_first_name, lastName: r.recipient_last_name },
    provider: { firstName: r.provider_first_name, lastName: r.provider_last_name },
    date: r.leave_date,
    minutes: r.minutes,
    status: r.status,
    requestedAt: r.requested_at.toISOString(),
    decidedAt: r.decided_at?.toISOString() ?? null,
    rejectReason: r.reject_reason,
    findings: timesheets.renderFindings((r.findings as Finding[]) ?? [], lang, {}),
  };
}

async function usedBy(db: Db, providerId: number, exceptId?: number) {
  const claims = await store.listClaims(db, { providerId });
  return claims.filter((c) => c.status !== 'rejected' && c.id !== exceptId).map((c) => ({ date: c.leave_date, minutes: c.minutes }));
}

export async function overview(db: Db, viewer: Viewer, lang: Client['lang'], now: Date) {
  const asOf = californiaDate(now);
  const worked = await timesheets.workedDays(db, viewer.id, asOf);
  // Claims for later days are already spoken for: count them as used today.
  const used = (await usedBy(db, viewer.id)).map((u) => ({ ...u, date: u.date > asOf ? asOf : u.date }));
  const s = sickLeaveStatus({ worked, used, asOf });
  const claims = await store.listClaims(db, { providerId: viewer.id });
  return {
    asOf,
    earnedOn: s.earnedOn ?? null,
    usableOn: s.usableOn ?? null,
    usable: s.usable,
    fiscalYear: s.fiscalYear,
    yearlyMinutes: s.yearlyMinutes,
    balanceMinutes: s.balanceMinutes,
    workedTowardEarningMinutes: s.workedTowardEarningMinutes,
    claims: claims.map((c) => view(c, lang)),
  };
}

export async function claim(
  db: Db,
  viewer: Viewer,
  input: { idempotencyKey: string; caseNumber: string; date: string; minutes: number; startTime?: string | undefined; noticeGivenAt?: string | undefined; emergency?: boolean | undefined },
  client: Client,
) {
  const key = { userId: viewer.id, key: input.idempotencyKey, operation: 'sick_leave.claim', request: input };
  const outcome = await db.transaction().execute(async (trx) => {
    const first = await idempotency.firstOutcome(trx, key);
    if (first !== undefined) return first as { id: number };
    const a = await cases.assignmentOn(trx, viewer.id, input.caseNumber, input.date);
    const worked = await timesheets.workedDays(trx, viewer.id, input.date);
    const used = await usedBy(trx, viewer.id);
    const findings = checkSickLeaveClaim({
      claim: { date: input.date, minutes: input.minutes, startTime: input.startTime, noticeGivenAt: input.noticeGivenAt, emergency: input.emergency },
      worked,
      used,
    });
    const base = { ip: client.ip, userAgent: client.userAgent, actorUserId: viewer.id, subjectUserId: viewer.id, countyId: a.county_id };
    if (!canSubmit(findings)) {
      await recordAudit(trx, { ...base, action: 'sick_leave.claim_refused', outcome: 'denied', details: { codes: findings.map((f) => f.code) } });
      return { refused: findings.filter((f) => f.kind === 'blocking') };
    }
    const id = await store.insertClaim(trx, {
      provider_user_id: viewer.id,
      case_id: a.id,
      county_id: a.county_id,
      leave_date: input.date,
      minutes: input.minutes,
      start_time: input.startTime ?? null,
      notice_given_at: input.noticeGivenAt ?? null,
      emergency: input.emergency ?? false,
      idempotency_key: input.idempotencyKey,
      findings: JSON.stringify(findings),
    });
    await recordAudit(trx, { ...base, action: 'sick_leave.claimed', outcome: 'success', details: { claimId: id, caseNumber: a.case_number, date: input.date, minutes: input.minutes } });
    await idempotency.remember(trx, key, { id });
    return { id };
  });
  if ('refused' in outcome) {
    const findings = timesheets.renderFindings(outcome.refused ?? [], client.lang, {});
    throw new AppError(422, 'sickLeaveBlocked', { count: findings.length }, { findings });
  }
  return view((await store.findClaim(db, outcome.id!))!, client.lang);
}

export async function listForRecipient(db: Db, viewer: Viewer, lang: Client['lang']) {
  const c = await cases.recipientCase(db, viewer.id);
  return (await store.listClaims(db, { caseId: c.id })).map((r) => view(r, lang));
}

export async function pendingForCase(db: Db, caseId: number) {
  return store.listClaims(db, { caseId, status: 'pending' });
}

export async function decide(db: Db, viewer: Viewer, id: number, input: { decision: 'confirm' | 'reject'; reason?: string | undefined }, client: Client) {
  await db.transaction().execute(async (trx) => {
    const c = await store.findClaim(trx, id, true);
    if (!c || c.recipient_user_id !== viewer.id) throw notFound();
    const status = input.decision === 'confirm' ? 'confirmed' : 'rejected';
    if (c.status === status) return;
    if (c.status !== 'pending') throw new AppError(409, 'sickLeaveAlreadyDecided');
    const reason = status === 'rejected' ? (input.reason ?? '').trim() : null;
    await store.decideClaim(trx, c.id, { status, decidedBy: viewer.id, reason });
    await recordAudit(trx, { ip: client.ip, userAgent: client.userAgent, action: `sick_leave.${status}`, outcome: 'success', actorUserId: viewer.id, subjectUserId: c.provider_user_id, countyId: c.county_id, details: { claimId: c.id, ...(reason ? { reason } : {}) } });
  });
  return view((await store.findClaim(db, id))!, client.lang);
}

/**
 * What the pay run needs of sick leave: each confirmed claim is paid once, with its pay period's timesheet or, once
 * the period has ended with no timesheet on its way, alone (payments/service.ts).
 */
export const unpaidSickLeave = store.unpaidInRange;
export const markSickLeavePaid = store.markPaid;
export const unpaidSickLeaveBefore = store.unpaidBefore;
/** A pay run's batch: its providers' unpaid confirmed sick leave in a span, locked, and marking claims paid by their payments. */
export const unpaidSickLeaveOf = store.unpaidOfProviders;
export const markSickLeavePaidEach = store.markPaidEach;
