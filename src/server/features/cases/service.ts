/**
 * Cases and assignments: who may act for which recipient on which day. Other features ask here; scoping is
 * decided from the signed-in person, never from the request. An unknown case and a case the person is not
 * assigned to get the same answer, so case numbers cannot be probed.
 */
import type { CaseSensitiveView, CaseStatusView } from '../../../contracts/cases.js';
import type { Db } from '../../../db/connection.js';
import type { Role } from '../../../contracts/auth.js';
import { californiaDate, monthSpan, recipientWeeklyMaximumMinutes, type DateWindow, type RateChange } from '../../../domain/index.js';
import { AppError, notFound } from '../../errors.js';
import { decryptField, diagnosesAad } from '../../lib/encryption.js';
import { recordAudit, type AuditEvent } from '../audit/service.js';
import { findCountyById } from '../counties/service.js';
import * as store from './store.js';

export type { AssignmentRow, CaseRow } from './store.js';
export { findCaseByNumber, findCaseByRecipient, findCasesByIds, findExemption, listProviderAssignments, nowInDb, pageOfActiveAssignments } from './store.js';

export interface Viewer {
  id: number;
  role: Role;
  countyId: number | null;
}

export type Client = Pick<AuditEvent, 'ip' | 'userAgent'>;

/** Minutes of a month for each case, from the authorisation in force that month (the latest row not after it). */
export function authorizedMinutesFor(auths: readonly { effective_month: string; monthly_minutes: number }[], month: string): number {
  let minutes = 0;
  for (const a of auths) if (a.effective_month.slice(0, 7) <= month) minutes = a.monthly_minutes;
  return minutes;
}

export async function authorizationsByCase(db: Db, caseIds: readonly number[]) {
  const rows = await store.listAuthorizations(db, caseIds);
  const byCase = new Map<number, { effective_month: string; monthly_minutes: number }[]>();
  for (const r of rows) byCase.set(r.case_id, [...(byCase.get(r.case_id) ?? []), r]);
  return byCase;
}

export interface CountyRate {
  rateCents: number;
  rateChanges: RateChange[];
  known: boolean;
}

/** A county's wage from `from` on: the rate in force on `from` and every change after it. */
export async function ratesByCounty(db: Db, countyIds: readonly number[], from: string): Promise<Map<number, CountyRate>> {
  const rows = await store.listWageRates(db, [...new Set(countyIds)]);
  const out = new Map<number, CountyRate>();
  for (const id of new Set(countyIds)) {
    const own = rows.filter((r) => r.county_id === id);
    const base = own.filter((r) => r.effective_from <= from).at(-1) ?? own[0];
    out.set(id, {
      rateCents: base?.rate_cents ?? 0,
      rateChanges: own.filter((r) => r.effective_from > from).map((r) => ({ effective: r.effective_from, rateCents: r.rate_cents })),
      known: base !== undefined,
    });
  }
  return out;
}

export function eligibleWindows(c: Pick<store.CaseRow, 'status' | 'eligible_from' | 'eligible_to'>): DateWindow[] {
  if (c.status === 'pending' || c.status === 'on_hold') return [];
  return [c.eligible_to ? { start: c.eligible_from, end: c.eligible_to } : { start: c.eligible_from }];
}

/**
 * The case and the provider's assignment to it on `date`, or a refusal naming the case and date. Used before
 * any EVV tap, timesheet or visit for a case.
 */
export async function assignmentOn(db: Db, providerId: number, caseNumber: string, date: string) {
  const rows = await store.listProviderAssignments(db, providerId, date, date);
  const row = rows.find((r) => r.case_number === caseNumber);
  if (!row) throw new AppError(400, 'notAssignedToCase', { caseNumber, date });
  return row;
}

/** The provider's assignments to a case that overlap [from, to]; empty when not assigned then. */
export async function assignmentsInRange(db: Db, providerId: number, caseNumber: string, from: string, to: string) {
  return (await store.listProviderAssignments(db, providerId, from, to)).filter((r) => r.case_number === caseNumber);
}

export function isActiveOn(c: Pick<store.CaseRow, 'status' | 'eligible_from' | 'eligible_to'>, date: string) {
  return c.status === 'active' && c.eligible_from <= date && (c.eligible_to === null || c.eligible_to >= date);
}

/** The case a recipient account belongs to (their sign-in is the case number). */
export async function recipientCase(db: Db, recipientUserId: number) {
  const c = await store.findCaseByRecipient(db, recipientUserId);
  if (!c) throw notFound();
  return c;
}

export function providersOfCase(db: Db, caseId: number, from: string, to: string) {
  return store.listCaseAssignments(db, caseId, from, to);
}

/** Minutes claimed this month on a case: by everyone, and by one provider. Given by the timesheets feature. */
export type ClaimedMinutes = (db: Db, caseIds: readonly number[], month: string) => Promise<{ caseId: number; providerId: number; minutes: number }[]>;

/**
 * Case status: the case's status and eligibility, this month's authorised and remaining minutes, and for a
 * provider their own assigned and remaining minutes. Nothing sensitive.
 */
export async function caseStatuses(db: Db, viewer: Viewer, month: string, claimed: ClaimedMinutes): Promise<CaseStatusView[]> {
  const span = monthSpan(month);
  const entries: { c: store.CaseRow; a: store.AssignmentRow | null }[] = [];
  if (viewer.role === 'provider') {
    const rows = await store.listProviderAssignments(db, viewer.id, span.start, span.end);
    const seen = new Set<number>();
    for (const r of rows) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      entries.push({ c: r, a: r });
    }
  } else if (viewer.role === 'recipient') {
    const c = await store.findCaseByRecipient(db, viewer.id);
    if (c) entries.push({ c, a: null });
  }
  const ids = entries.map((e) => e.c.id);
  const auths = await authorizationsByCase(db, ids);
  const claims = await claimed(db, ids, month);
  const out: CaseStatusView[] = [];
  for (const { c, a } of entries) {
    const county = await findCountyById(db, c.county_id);
    const authorized = authorizedMinutesFor(auths.get(c.id) ?? [], month);
    const caseClaimed = claims.filter((x) => x.caseId === c.id).reduce((s, x) => s + x.minutes, 0);
    const own = claims.filter((x) => x.caseId === c.id && x.providerId === viewer.id).reduce((s, x) => s + x.minutes, 0);
    const assigned = a ? Math.min(a.assigned_monthly_minutes ?? authorized, authorized) : 0;
    out.push({
      caseNumber: c.case_number,
      recipient: { firstName: c.first_name, lastName: c.last_name },
      county: { code: c.county_id, slug: county?.slug ?? '', name: county?.name ?? '' },
      status: c.status,
      eligibleFrom: c.eligible_from,
      eligibleTo: c.eligible_to,
      month,
      authorizedMinutes: authorized,
      claimedMinutes: caseClaimed,
      remainingAuthorizedMinutes: Math.max(0, authorized - caseClaimed),
      weeklyMaximumMinutes: recipientWeeklyMaximumMinutes(authorized),
      assignment: a
        ? {
            startDate: a.start_date,
            endDate: a.end_date,
            assignedMinutes: assigned,
            claimedMinutes: own,
            remainingAssignedMinutes: Math.max(0, assigned - own),
            liveIn: a.live_in,
            travelAgreement: a.travel_agreement,
          }
        : null,
    });
  }
  return out;
}

/**
 * Address, phone and diagnoses: only for the recipient themselves and the providers assigned to the case
 * today, and every read - allowed or refused - is audited.
 */
export async function readSensitive(db: Db, dataKey: Buffer, viewer: Viewer, caseNumber: string, today: string, client: Client): Promise<CaseSensitiveView> {
  return db.transaction().execute(async (trx) => {
    const c = await store.findCaseByNumber(trx, caseNumber);
    let allowed = false;
    if (c && viewer.role === 'recipient') allowed = c.recipient_user_id === viewer.id;
    if (c && viewer.role === 'provider') {
      const rows = await store.listProviderAssignments(trx, viewer.id, today, today);
      allowed = rows.some((r) => r.id === c.id);
    }
    if (!c || !allowed) {
      await recordAudit(trx, { ...client, action: 'case.sensitive_read', outcome: 'denied', actorUserId: viewer.id, subjectUserId: viewer.id, countyId: c?.county_id ?? null, details: { caseNumber } });
      return null;
    }
    const s = (await store.findCaseSensitive(trx, c.id))!;
    await recordAudit(trx, {
      ...client,
      action: 'case.sensitive_read',
      outcome: 'success',
      actorUserId: viewer.id,
      subjectUserId: c.recipient_user_id,
      countyId: c.county_id,
      details: { caseNumber, fields: ['address', 'phone', 'diagnoses'] },
    });
    return {
      caseNumber: c.case_number,
      address: { street: s.street, unit: s.unit, city: s.city, state: s.state, zip: s.zip },
      phone: s.phone,
      diagnoses: s.diagnoses_encrypted ? decryptField(dataKey, s.diagnoses_encrypted, diagnosesAad(c.case_number)) : null,
    };
  }).then((v) => {
    if (!v) throw notFound();
    return v;
  });
}


/**
 * The providers assigned today to a case of a county (for messages to a recipient's providers, issue #6):
 * matches `CaseProvidersLookup` in features/messages. Null for a case of another county or none.
 */
export async function caseProviders(db: Db, countyId: number, caseNumber: string) {
  const today = californiaDate(new Date());
  const c = await store.findCaseByNumber(db, caseNumber);
  if (!c || c.county_id !== countyId) return null;
  const rows = await store.listCaseAssignments(db, c.id, today, today);
  return { caseId: c.id, providerIds: [...new Set(rows.map((r) => r.provider_user_id))] };
}
