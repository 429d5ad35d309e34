/**
 * Cases and assignments: who may act for which recipient on which day. Other features ask here; scoping is
 * decided from the signed-in person, never from the request. An unknown case and a case the person is not
 * assigned to get the same answer, so case numbers cannot be probed. The rules of a case (eligible days, the
 * authorised minutes in force, a provider's share) are the domain's (src/domain/recipient-case.ts); the county's
 * cases console is console.ts.
 */
import type { CaseSensitiveView, CaseStatusView } from '../../../contracts/cases.js';
import type { Db } from '../../../db/connection.js';
import {
  assignedMinutesInMonth,
  authorizedMinutesInMonth,
  californiaDate,
  countyRateFrom,
  monthSpan,
  recipientWeeklyMaximumMinutes,
  type Authorization,
  type CaseEligibility,
  type CountyRate,
} from '../../../domain/index.js';
import { AppError, FieldError, notFound } from '../../errors.js';
import { decryptField, diagnosesAad } from '../../lib/encryption.js';
import { recordAudit } from '../audit/service.js';
import { findCountyById } from '../counties/service.js';
import * as store from './store.js';
import type { Viewer } from '../../lib/viewer.js';
import type { Client } from '../../lib/client.js';

export type { AssignmentRow, CaseRow } from './store.js';
export { findCaseByNumber, findCaseByRecipient, findCasesByIds, findExemption, findExemptions, listCaseAssignments, listProviderAssignments, listProvidersAssignments, nowInDb, pageOfActiveAssignments } from './store.js';

export type { Viewer };


/** Each case's authorisations in order of month, for `authorizedMinutesInMonth`. */
export async function authorizationsByCase(db: Db, caseIds: readonly number[]) {
  const rows = await store.listAuthorizations(db, caseIds);
  const byCase = new Map<number, Authorization[]>();
  for (const r of rows) byCase.set(r.case_id, [...(byCase.get(r.case_id) ?? []), { effectiveMonth: r.effective_month.slice(0, 7), monthlyMinutes: r.monthly_minutes }]);
  return byCase;
}

/** Each county's wage from `from` on (`countyRateFrom`). */
export async function ratesByCounty(db: Db, countyIds: readonly number[], from: string): Promise<Map<number, CountyRate>> {
  const rateOf = await countyRatesOf(db, countyIds);
  return new Map([...new Set(countyIds)].map((id) => [id, rateOf(id, from)]));
}

/** The counties' wage rates read once, for any day to take them from (a pay run's batch asks for many). */
export async function countyRatesOf(db: Db, countyIds: readonly number[]): Promise<(countyId: number, from: string) => CountyRate> {
  const rows = await store.listWageRates(db, [...new Set(countyIds)]);
  return (countyId, from) => countyRateFrom(rows.filter((r) => r.county_id === countyId).map((r) => ({ effective: r.effective_from, rateCents: r.rate_cents })), from);
}

/** A case's eligibility as the domain's rules take it (`recipientEligibleWindows`, `isCaseActiveOn`). */
export function eligibilityOf(c: Pick<store.CaseRow, 'status' | 'eligible_from' | 'eligible_to'>): CaseEligibility {
  return { status: c.status, eligibleFrom: c.eligible_from, eligibleTo: c.eligible_to };
}

/**
 * The case and the provider's assignment to it on `date`, or a refusal naming the case and date. Used before
 * any EVV tap, timesheet or visit for a case.
 */
export async function assignmentOn(db: Db, providerId: number, caseNumber: string, date: string) {
  const [row] = await assignmentsInRange(db, providerId, caseNumber, date, date);
  if (!row) throw new AppError(400, 'notAssignedToCase', { caseNumber, date });
  return row;
}

/** The provider's assignments to a case that overlap [from, to], by start; empty when not assigned then. */
export function assignmentsInRange(db: Db, providerId: number, caseNumber: string, from: string, to: string) {
  return store.providerCaseAssignments(db, providerId, caseNumber, from, to).execute();
}

/** assignmentsInRange as a query, for a statement that reads them with other things. */
export const assignmentsInRangeQuery = store.providerCaseAssignments;

/** The case a recipient account belongs to (their sign-in is the case number). */
export async function recipientCase(db: Db, recipientUserId: number) {
  const c = await store.findCaseByRecipient(db, recipientUserId);
  if (!c) throw notFound();
  return c;
}

/**
 * The providers a recipient may plan visits with: assigned to their own case on `today` or later. Another
 * case's number answers "not found", like an unknown one.
 */
export async function providersForRecipient(db: Db, viewer: Viewer, caseNumber: string, today: string) {
  const own = await recipientCase(db, viewer.id);
  if (own.case_number !== caseNumber) throw notFound();
  const rows = await store.listCaseAssignments(db, own.id, today, '9999-12-31');
  const byId = new Map(rows.map((r) => [r.login_id, { providerId: r.login_id, firstName: r.first_name, lastName: r.last_name }]));
  return [...byId.values()].sort((a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName));
}

/** What every view of a case shows first: its number, recipient, county, status and eligible days. */
export async function caseHeading(db: Db, c: store.CaseRow) {
  const county = await findCountyById(db, c.county_id);
  return {
    caseNumber: c.case_number,
    recipient: { firstName: c.first_name, lastName: c.last_name },
    county: { code: c.county_id, slug: county?.slug ?? '', name: county?.name ?? '' },
    status: c.status,
    eligibleFrom: c.eligible_from,
    eligibleTo: c.eligible_to,
  };
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
    const authorized = authorizedMinutesInMonth(auths.get(c.id) ?? [], month);
    const caseClaimed = claims.filter((x) => x.caseId === c.id).reduce((s, x) => s + x.minutes, 0);
    const own = claims.filter((x) => x.caseId === c.id && x.providerId === viewer.id).reduce((s, x) => s + x.minutes, 0);
    const assigned = a ? assignedMinutesInMonth(authorized, a.assigned_monthly_minutes) : 0;
    out.push({
      ...(await caseHeading(db, c)),
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
 * The recipient's address as the employer's on a W-2 of a provider the case paid (issue #15: the caller checks the
 * payments), audited like every read of it. Null when the case has no full address on file.
 */
export async function employerAddress(db: Db, q: { caseId: number; readerId: number; client: Client; purpose: string }) {
  return db.transaction().execute(async (trx) => {
    const s = (await store.findCaseSensitive(trx, q.caseId))!;
    const c = (await store.findCasesByIds(trx, [q.caseId]))[0]!;
    await recordAudit(trx, {
      ip: q.client.ip,
      userAgent: q.client.userAgent,
      action: 'case.sensitive_read',
      outcome: 'success',
      actorUserId: q.readerId,
      subjectUserId: c.recipient_user_id,
      countyId: c.county_id,
      details: { caseNumber: s.case_number, fields: ['address'], purpose: q.purpose },
    });
    return s.street && s.city && s.zip ? { street: s.street, unit: s.unit, city: s.city, state: s.state, zip: s.zip } : null;
  });
}

/**
 * The providers assigned today to a case of a county (for messages to a recipient's providers, issue #6):
 * matches `CaseProvidersLookup` in features/messages. Null for a case of another county or none.
 */
export async function caseProviders(db: Db, countyId: number, caseNumber: string) {
  const todayIs = await today(db);
  const c = await store.findCaseByNumber(db, caseNumber);
  if (!c || c.county_id !== countyId) return null;
  const rows = await store.listCaseAssignments(db, c.id, todayIs, todayIs);
  return { caseId: c.id, providerIds: [...new Set(rows.map((r) => r.provider_user_id))] };
}

/** Today in California by the database's clock. */
export async function today(db: Db) {
  return californiaDate(await store.nowInDb(db));
}

// --- Wage rates (the cases feature keeps wage_rates; county-settings is the admin's door to them) ----------------

export function wageRatesOf(db: Db, countyId: number) {
  return store.listWageRateRows(db, countyId);
}

/** Adds a county's rate from a date; the same date twice is refused beside the field. */
export async function addWageRate(trx: Db, r: { countyId: number; effectiveFrom: string; rateCents: number; note: string | null }) {
  if ((await store.listWageRateRows(trx, r.countyId)).some((x) => x.effective_from === r.effectiveFrom)) {
    throw new FieldError('effectiveFrom', 'wageRateDateTaken', { date: r.effectiveFrom });
  }
  await store.insertWageRate(trx, r);
}