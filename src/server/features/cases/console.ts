/**
 * The county's cases console (issue #6). County workers and admins create and edit the cases of their own county; a
 * state admin those of any county. Another county's case answers "not found", exactly as an unknown one. Every write
 * is audited in its own transaction, and so is every read of the sensitive fields. Values of sensitive fields never
 * go into the audit trail, only their names.
 */
import type { CaseStatusView } from '../../../contracts/cases.js';
import type {
  AssignmentView,
  CreateAssignmentRequest,
  CreateCaseRequest,
  StaffCaseSensitiveView,
  StaffCaseSummary,
  StaffCaseView,
  UpdateAssignmentRequest,
  UpdateCaseRequest,
} from '../../../contracts/cases-console.js';
import type { Db } from '../../../db/connection.js';
import { authorizedMinutesInMonth } from '../../../domain/index.js';
import { AppError, FieldError, forbidden, notFound } from '../../errors.js';
import { decryptField, diagnosesAad, encryptField } from '../../lib/encryption.js';
import { hashPassword } from '../../lib/passwords.js';
import { PG_EXCLUSION_VIOLATION, PG_UNIQUE_VIOLATION, pgErrorCode } from '../../lib/pg-errors.js';
import { newToken } from '../../lib/tokens.js';
import type { Viewer } from '../../lib/viewer.js';
import * as accounts from '../accounts/service.js';
import { recordAudit } from '../audit/service.js';
import { findCountyById, getCounty } from '../counties/service.js';
import { maskEmail } from '../mail/service.js';
import { notify } from '../notifications/service.js';
import { authorizationsByCase, caseHeading, today } from './service.js';
import type { Client } from '../../lib/client.js';
import * as store from './store.js';

/** The county a console write goes to: county staff their own (whatever the request says), a state admin the one named. */
async function countyForWrite(db: Db, viewer: Viewer, county: string | undefined): Promise<number> {
  if (viewer.role === 'state_admin') {
    if (!county) throw new FieldError('county', 'required');
    return (await getCounty(db, county)).code;
  }
  if (viewer.countyId === null) throw forbidden();
  return viewer.countyId;
}

async function caseForStaff(db: Db, viewer: Viewer, caseNumber: string, forUpdate = false) {
  const c = await store.findCaseByNumber(db, caseNumber, forUpdate);
  if (!c || (viewer.role !== 'state_admin' && c.county_id !== viewer.countyId)) throw notFound();
  return c;
}

const monthDate = (month: string) => `${month}-01`;
const auditBase = (client: Client, viewer: Viewer, c: { county_id: number; recipient_user_id: number | null }) => ({
  ...client,
  actorUserId: viewer.id,
  subjectUserId: c.recipient_user_id,
  countyId: c.county_id,
});

function checkEnd(field: string, start: string, end: string | null | undefined) {
  if (end && end < start) throw new FieldError(field, 'endBeforeStart');
}

/** A unique key refused by the database: the case number (or a recipient sign-in with it) already exists. */
function caseNumberTaken(err: unknown, caseNumber: string): never {
  if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) throw new FieldError('caseNumber', 'caseNumberTaken', { caseNumber });
  throw err;
}

function toAssignmentView(a: store.CaseAssignmentRow): AssignmentView {
  return {
    id: a.id,
    provider: { providerId: a.login_id, firstName: a.first_name, lastName: a.last_name },
    startDate: a.start_date,
    endDate: a.end_date,
    assignedMonthlyMinutes: a.assigned_monthly_minutes,
    liveIn: a.live_in,
    travelAgreement: a.travel_agreement,
  };
}

async function summaries(db: Db, rows: readonly store.CaseRow[], month: string): Promise<StaffCaseSummary[]> {
  const auths = await authorizationsByCase(db, rows.map((r) => r.id));
  const out: StaffCaseSummary[] = [];
  for (const c of rows) {
    out.push({
      ...(await caseHeading(db, c)),
      authorizedMinutesThisMonth: authorizedMinutesInMonth(auths.get(c.id) ?? [], month),
      hasRecipientAccount: c.recipient_user_id !== null,
    });
  }
  return out;
}

/** The case as the console shows it: no sensitive field (those come from `readSensitiveForStaff`, audited). */
export async function staffCaseView(db: Db, viewer: Viewer, caseNumber: string): Promise<StaffCaseView> {
  const c = await caseForStaff(db, viewer, caseNumber);
  const day = await today(db);
  const [summary] = await summaries(db, [c], day.slice(0, 7));
  const auths = await store.listAuthorizations(db, [c.id]);
  const account = c.recipient_user_id === null ? undefined : await accounts.findUserById(db, c.recipient_user_id);
  return {
    ...summary!,
    today: day,
    authorizations: auths.map((a) => ({ effectiveMonth: a.effective_month.slice(0, 7), monthlyMinutes: a.monthly_minutes })),
    assignments: (await store.listAllCaseAssignments(db, c.id)).map(toAssignmentView),
    recipientAccount: account
      ? { loginId: account.login_id, emailOnFile: account.email ? maskEmail(account.email) : null, setUp: accounts.hasChosenPassword(account), status: account.status }
      : null,
    overtimeException: c.overtime_exception,
  };
}

export async function listStaffCases(db: Db, viewer: Viewer, q: { q?: string | undefined; status?: CaseStatusView['status'] | undefined; county?: string | undefined; after?: string | undefined; limit: number }) {
  let countyId: number | undefined;
  if (viewer.role === 'state_admin') countyId = q.county ? (await getCounty(db, q.county)).code : undefined;
  else if (viewer.countyId === null) throw forbidden();
  else countyId = viewer.countyId;
  const rows = await store.listCases(db, {
    limit: q.limit + 1,
    ...(countyId !== undefined ? { countyId } : {}),
    ...(q.q ? { q: q.q } : {}),
    ...(q.status ? { status: q.status } : {}),
    ...(q.after ? { after: q.after } : {}),
  });
  const page = rows.slice(0, q.limit);
  return { cases: await summaries(db, page, (await today(db)).slice(0, 7)), next: rows.length > q.limit ? page.at(-1)!.case_number : null };
}

/** Address, phone, diagnoses and home coordinates for staff of the case's county; every read (and refusal) audited. */
export async function readSensitiveForStaff(db: Db, dataKey: Buffer, viewer: Viewer, caseNumber: string, client: Client): Promise<StaffCaseSensitiveView> {
  const v = await db.transaction().execute(async (trx) => {
    const c = await store.findCaseByNumber(trx, caseNumber);
    if (!c || (viewer.role !== 'state_admin' && c.county_id !== viewer.countyId)) {
      await recordAudit(trx, { ...client, action: 'case.sensitive_read', outcome: 'denied', actorUserId: viewer.id, countyId: viewer.countyId, details: { caseNumber, by: 'staff' } });
      return null;
    }
    const s = (await store.findCaseSensitive(trx, c.id))!;
    await recordAudit(trx, { ...auditBase(client, viewer, c), action: 'case.sensitive_read', outcome: 'success', details: { caseNumber, by: 'staff', fields: ['address', 'phone', 'diagnoses', 'home'] } });
    return {
      caseNumber: c.case_number,
      address: { street: s.street, unit: s.unit, city: s.city, state: s.state, zip: s.zip },
      phone: s.phone,
      diagnoses: s.diagnoses_encrypted ? decryptField(dataKey, s.diagnoses_encrypted, diagnosesAad(c.case_number)) : null,
      home: s.home_latitude !== null && s.home_longitude !== null ? { latitude: s.home_latitude, longitude: s.home_longitude } : null,
    };
  });
  if (!v) throw notFound();
  return v;
}

type SensitiveInput = Pick<UpdateCaseRequest, 'address' | 'phone' | 'home' | 'diagnoses'>;

/** Column values for the sensitive fields given (undefined: unchanged; null: cleared). Diagnoses are encrypted, bound to the case number. */
function sensitiveColumns(dataKey: Buffer, caseNumber: string, i: SensitiveInput) {
  return {
    ...(i.address !== undefined
      ? { street: i.address?.street ?? null, unit: i.address?.unit || null, city: i.address?.city ?? null, state: i.address?.state ?? 'CA', zip: i.address?.zip ?? null }
      : {}),
    ...(i.phone !== undefined ? { phone: i.phone } : {}),
    ...(i.home !== undefined ? { home_latitude: i.home?.latitude ?? null, home_longitude: i.home?.longitude ?? null } : {}),
    ...(i.diagnoses !== undefined ? { diagnoses_encrypted: i.diagnoses === null ? null : encryptField(dataKey, i.diagnoses, diagnosesAad(caseNumber)) } : {}),
  };
}

/**
 * The recipient's portal account: role recipient, signed in with the case number. Its password is a random secret
 * nobody is told, so the account can only be entered once the recipient chooses a password with "Forgot
 * password?" (a code to the email given here), as county admins do. The recipient is told so by email.
 */
async function addRecipientAccount(trx: Db, viewer: Viewer, c: { id: number; case_number: string; county_id: number; first_name: string; last_name: string }, email: string, unusableHash: string, client: Client) {
  const userId = await accounts.insertUser(trx, { role: 'recipient', loginId: c.case_number, countyId: c.county_id, firstName: c.first_name, lastName: c.last_name, email, passwordHash: unusableHash });
  await store.updateCase(trx, c.id, { recipient_user_id: userId });
  await recordAudit(trx, { ...client, action: 'case.recipient_account_created', outcome: 'success', actorUserId: viewer.id, subjectUserId: userId, countyId: c.county_id, details: { caseNumber: c.case_number, email: maskEmail(email) } });
  const county = await findCountyById(trx, c.county_id);
  await notify(trx, { event: 'account_created', key: `account_created:${userId}`, userIds: [userId], data: { kind: 'recipient', loginId: c.case_number, countyName: county?.name ?? null } });
}

export async function createStaffCase(db: Db, dataKey: Buffer, viewer: Viewer, input: CreateCaseRequest, client: Client): Promise<StaffCaseView> {
  const countyId = await countyForWrite(db, viewer, input.county);
  checkEnd('eligibleTo', input.eligibleFrom, input.eligibleTo);
  const unusable = input.recipientAccount ? await hashPassword(newToken()) : null;
  await db
    .transaction()
    .execute(async (trx) => {
      const values = {
        case_number: input.caseNumber,
        county_id: countyId,
        first_name: input.firstName,
        last_name: input.lastName,
        status: input.status,
        eligible_from: input.eligibleFrom,
        eligible_to: input.eligibleTo ?? null,
        ...sensitiveColumns(dataKey, input.caseNumber, { address: input.address, phone: input.phone, home: input.home, diagnoses: input.diagnoses }),
      };
      const id = await store.insertCase(trx, values);
      const c = { id, case_number: input.caseNumber, county_id: countyId, first_name: input.firstName, last_name: input.lastName, recipient_user_id: null };
      if (input.authorization) {
        await store.upsertAuthorization(trx, { caseId: id, countyId, effectiveMonth: monthDate(input.authorization.effectiveMonth), monthlyMinutes: input.authorization.monthlyMinutes });
      }
      await recordAudit(trx, {
        ...auditBase(client, viewer, c),
        action: 'case.created',
        outcome: 'success',
        details: {
          caseNumber: input.caseNumber,
          status: input.status,
          eligibleFrom: input.eligibleFrom,
          eligibleTo: input.eligibleTo ?? null,
          authorization: input.authorization ?? null,
          sensitiveFields: Object.keys(sensitiveColumns(dataKey, input.caseNumber, { address: input.address, phone: input.phone, home: input.home, diagnoses: input.diagnoses })),
        },
      });
      if (input.recipientAccount) await addRecipientAccount(trx, viewer, c, input.recipientAccount.email, unusable!, client);
    })
    .catch((err: unknown) => caseNumberTaken(err, input.caseNumber));
  return staffCaseView(db, viewer, input.caseNumber);
}

export async function updateStaffCase(db: Db, dataKey: Buffer, viewer: Viewer, caseNumber: string, input: UpdateCaseRequest, client: Client): Promise<StaffCaseView> {
  await db.transaction().execute(async (trx) => {
    const c = await caseForStaff(trx, viewer, caseNumber, true);
    const plain = {
      ...(input.firstName !== undefined ? { first_name: input.firstName } : {}),
      ...(input.lastName !== undefined ? { last_name: input.lastName } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      ...(input.eligibleFrom !== undefined ? { eligible_from: input.eligibleFrom } : {}),
      ...(input.eligibleTo !== undefined ? { eligible_to: input.eligibleTo } : {}),
    };
    checkEnd('eligibleTo', plain.eligible_from ?? c.eligible_from, plain.eligible_to === undefined ? c.eligible_to : plain.eligible_to);
    const sensitive = sensitiveColumns(dataKey, c.case_number, input);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const [k, to] of Object.entries(plain)) {
      const from = c[k as keyof typeof c];
      if (from !== to) changes[k] = { from, to };
    }
    await store.updateCase(trx, c.id, { ...plain, ...sensitive });
    await recordAudit(trx, { ...auditBase(client, viewer, c), action: 'case.updated', outcome: 'success', details: { caseNumber, changes, sensitiveFields: Object.keys(sensitive) } });
  });
  return staffCaseView(db, viewer, caseNumber);
}

/**
 * Authorised minutes from a month on (until a later month's row): the row for that month is created or replaced.
 * A change applies to what is computed from then on (case status, drafts, new submissions); timesheets already
 * submitted keep the findings they were submitted with.
 */
export async function setAuthorization(db: Db, viewer: Viewer, caseNumber: string, input: { effectiveMonth: string; monthlyMinutes: number }, client: Client) {
  await db.transaction().execute(async (trx) => {
    const c = await caseForStaff(trx, viewer, caseNumber, true);
    const previous = await store.upsertAuthorization(trx, { caseId: c.id, countyId: c.county_id, effectiveMonth: monthDate(input.effectiveMonth), monthlyMinutes: input.monthlyMinutes });
    await recordAudit(trx, { ...auditBase(client, viewer, c), action: 'case.authorization_set', outcome: 'success', details: { caseNumber, effectiveMonth: input.effectiveMonth, monthlyMinutes: input.monthlyMinutes, previous } });
  });
  return staffCaseView(db, viewer, caseNumber);
}

/** The database's no-overlap rule for one provider and case, as a message staff can act on. */
function overlapRefused(err: unknown, providerId: string): never {
  if (pgErrorCode(err) === PG_EXCLUSION_VIOLATION) throw new AppError(409, 'assignmentOverlaps', { providerId });
  throw err;
}

/**
 * Assigns a provider (by Provider ID) to the case. A Provider ID is statewide: a provider enrolled in another
 * county may serve a recipient here (the assignment belongs to the case's county). The same provider and case
 * never overlap in time: the database's exclusion constraint refuses it, answered with `assignmentOverlaps`.
 */
export async function createAssignment(db: Db, viewer: Viewer, caseNumber: string, input: CreateAssignmentRequest, client: Client) {
  checkEnd('endDate', input.startDate, input.endDate);
  await db
    .transaction()
    .execute(async (trx) => {
      const c = await caseForStaff(trx, viewer, caseNumber, true);
      const provider = await accounts.findUserByLoginId(trx, input.providerId);
      if (!provider || provider.role !== 'provider') throw new FieldError('providerId', 'providerNotFound', { providerId: input.providerId });
      const id = await store.insertAssignment(trx, {
        provider_user_id: provider.id,
        case_id: c.id,
        county_id: c.county_id,
        start_date: input.startDate,
        end_date: input.endDate ?? null,
        assigned_monthly_minutes: input.assignedMonthlyMinutes ?? null,
        live_in: input.liveIn,
        travel_agreement: input.travelAgreement,
      });
      await recordAudit(trx, {
        ...auditBase(client, viewer, c),
        action: 'assignment.created',
        outcome: 'success',
        details: { caseNumber, assignmentId: id, providerId: input.providerId, startDate: input.startDate, endDate: input.endDate ?? null, assignedMonthlyMinutes: input.assignedMonthlyMinutes ?? null, liveIn: input.liveIn, travelAgreement: input.travelAgreement },
      });
    })
    .catch((err: unknown) => overlapRefused(err, input.providerId));
  return staffCaseView(db, viewer, caseNumber);
}

export async function updateAssignment(db: Db, viewer: Viewer, caseNumber: string, assignmentId: number, input: UpdateAssignmentRequest, client: Client, action = 'assignment.updated') {
  let providerId = '';
  await db
    .transaction()
    .execute(async (trx) => {
      const c = await caseForStaff(trx, viewer, caseNumber, true);
      const a = await store.findAssignment(trx, assignmentId, true);
      if (!a || a.case_id !== c.id) throw new AppError(404, 'assignmentNotFound');
      providerId = a.login_id;
      const next = {
        ...(input.startDate !== undefined ? { start_date: input.startDate } : {}),
        ...(input.endDate !== undefined ? { end_date: input.endDate } : {}),
        ...(input.assignedMonthlyMinutes !== undefined ? { assigned_monthly_minutes: input.assignedMonthlyMinutes } : {}),
        ...(input.liveIn !== undefined ? { live_in: input.liveIn } : {}),
        ...(input.travelAgreement !== undefined ? { travel_agreement: input.travelAgreement } : {}),
      };
      checkEnd('endDate', next.start_date ?? a.start_date, next.end_date === undefined ? a.end_date : next.end_date);
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const [k, to] of Object.entries(next)) {
        const from = a[k as keyof typeof a];
        if (from !== to) changes[k] = { from, to };
      }
      await store.updateAssignment(trx, a.id, next);
      await recordAudit(trx, { ...auditBase(client, viewer, c), action, outcome: 'success', details: { caseNumber, assignmentId: a.id, providerId: a.login_id, changes } });
    })
    .catch((err: unknown) => overlapRefused(err, providerId));
  return staffCaseView(db, viewer, caseNumber);
}

/** Ends an assignment on a date (its last day). */
export function endAssignment(db: Db, viewer: Viewer, caseNumber: string, assignmentId: number, endDate: string, client: Client) {
  return updateAssignment(db, viewer, caseNumber, assignmentId, { endDate }, client, 'assignment.ended');
}

export async function createRecipientAccount(db: Db, viewer: Viewer, caseNumber: string, email: string, client: Client) {
  const unusable = await hashPassword(newToken());
  await db
    .transaction()
    .execute(async (trx) => {
      const c = await caseForStaff(trx, viewer, caseNumber, true);
      if (c.recipient_user_id !== null) throw new AppError(409, 'recipientAccountExists');
      await addRecipientAccount(trx, viewer, c, email, unusable, client);
    })
    .catch((err: unknown) => {
      if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) throw new AppError(409, 'recipientAccountExists');
      throw err;
    });
  return staffCaseView(db, viewer, caseNumber);
}
