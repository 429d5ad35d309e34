/**
 * EVV check-in and check-out (21st Century Cures Act section 12006; CDSS EVV help; UDW).
 *
 * - Times are the device's tap (`tappedAt`), not the server's receipt; both are kept. A tap carries the
 *   device's idempotency key: a retry (an offline queue sending again) returns the first record, unchanged.
 * - Location is asked for once and only for "home"; a refusal or no fix is recorded and never blocks. A
 *   "community" visit stores no coordinates at all. A home check-in far from the recipient's address is
 *   flagged for county review (checkEvvVisit), never refused.
 * - A provider's visits never overlap: the database's exclusion constraint refuses it; an open check-in
 *   blocks a second one until it is closed.
 * - A check-out without a check-in is kept and flagged; if its check-in arrives later (an offline queue
 *   sent out of order), the two are joined. A check-in left open past midnight is flagged. Either is fixed
 *   by a correction with a reason, which is audited.
 * - Live-in providers self-certify (SOC 2298) and are exempt: they enter hours on the timesheet.
 */
import type { CheckInRequest, CheckOutRequest, EvvCorrectionRequest, EvvFlag, EvvRecordView } from '../../../contracts/evv.js';
import type { Language } from '../../../contracts/messages/index.js';
import type { Db } from '../../../db/connection.js';
import type { LocationStatus } from '../../../db/schema.js';
import { addDays, californiaDate, californiaInstant, checkEvvVisit } from '../../../domain/index.js';
import { AppError, FieldError, notFound } from '../../errors.js';
import { PG_EXCLUSION_VIOLATION, PG_UNIQUE_VIOLATION, pgErrorCode } from '../../lib/pg-errors.js';
import { recordAudit } from '../audit/service.js';
import * as cases from '../cases/service.js';
import * as store from './store.js';

export type { EvvRow } from './store.js';

/** A phone's clock may run a little fast; more than this ahead of the server is refused with a hint. */
const CLOCK_SKEW_MS = 5 * 60_000;

export interface Actor {
  id: number;
  loginId: string;
  countyId: number | null;
}

export interface Client {
  ip: string | null;
  userAgent: string | null;
  lang: Language;
}

function formatInstant(lang: Language, at: Date) {
  return new Intl.DateTimeFormat(lang === 'es' ? 'es-US' : 'en-US', { timeZone: 'America/Los_Angeles', dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

export function flagsOf(r: Pick<store.EvvRow, 'check_in_at' | 'check_out_at' | 'edited_at'>, today: string): EvvFlag[] {
  if (!r.check_in_at) return ['check_out_without_check_in'];
  const inDate = californiaDate(r.check_in_at);
  if (!r.check_out_at) return inDate < today ? ['open_past_midnight'] : [];
  return !r.edited_at && californiaDate(r.check_out_at) > inDate ? ['open_past_midnight'] : [];
}

export function toView(r: store.EvvRow, today: string): EvvRecordView {
  const first = (r.check_in_at ?? r.check_out_at)!;
  return {
    id: r.id,
    caseNumber: r.case_number,
    recipient: { firstName: r.first_name, lastName: r.last_name },
    serviceType: r.service_type,
    date: californiaDate(first),
    checkInAt: r.check_in_at?.toISOString() ?? null,
    checkOutAt: r.check_out_at?.toISOString() ?? null,
    locationType: r.location_type,
    locationStatus: r.location_status,
    captureMethod: r.capture_method,
    farFromHome: r.far_from_home,
    edit: r.edited_at ? { at: r.edited_at.toISOString(), reason: r.edit_reason ?? '', byProvider: r.edited_by === r.provider_user_id } : null,
    flags: flagsOf(r, today),
  };
}

function tapTime(tappedAt: string, now: Date): Date {
  const at = new Date(tappedAt);
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) throw new FieldError('tappedAt', 'evvTapInFuture');
  return at;
}

/** A corrected time, like a tap, cannot be later than now; the refusal names the field the provider filled in. */
function correctedTime(value: string, field: 'checkInAt' | 'checkOutAt', now: Date): Date {
  const at = new Date(value);
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) throw new FieldError(field, 'evvTapInFuture');
  return at;
}

/** What the location request gave, reduced to what may be stored: coordinates only for a captured "home" fix. */
function locationOf(locationType: 'home' | 'community', status: LocationStatus | undefined, point: CheckInRequest['location']) {
  if (locationType === 'community') return { status: 'not_required' as const, point: undefined };
  const s = status ?? (point ? 'captured' : 'unavailable');
  if (s === 'captured' && point) return { status: 'captured' as const, point };
  return { status: (s === 'captured' ? 'unavailable' : s) as LocationStatus, point: undefined };
}

async function assignmentForTap(db: Db, actor: Actor, caseNumber: string, at: Date) {
  const date = californiaDate(at);
  const a = await cases.assignmentOn(db, actor.id, caseNumber, date);
  if (!cases.isActiveOn(a, date)) throw new AppError(400, 'caseNotActive', { caseNumber, date });
  if (a.live_in) throw new AppError(409, 'evvLiveInExempt');
  return a;
}

/** Runs a write; maps the constraint that keeps visits apart, and a concurrent retry of the same key. */
async function guarded<T>(db: Db, key: string, today: string, work: () => Promise<T>): Promise<T | EvvRecordView> {
  try {
    return await work();
  } catch (err) {
    const code = pgErrorCode(err);
    if (code === PG_EXCLUSION_VIOLATION) throw new AppError(409, 'evvOverlaps');
    if (code === PG_UNIQUE_VIOLATION) {
      const first = await store.findByKey(db, key);
      if (first) return toView(first, today);
    }
    throw err;
  }
}

async function existing(db: Db, actor: Actor, key: string, today: string) {
  const row = await store.findByKey(db, key);
  if (!row) return undefined;
  if (row.provider_user_id !== actor.id) throw new FieldError('idempotencyKey', 'idempotencyKeyShape');
  return toView(row, today);
}

export async function checkIn(db: Db, actor: Actor, input: CheckInRequest, client: Client, now: Date): Promise<EvvRecordView> {
  const today = californiaDate(now);
  const done = await existing(db, actor, input.idempotencyKey, today);
  if (done) return done;
  const at = tapTime(input.tappedAt, now);
  return guarded(db, input.idempotencyKey, today, () =>
    db.transaction().execute(async (trx) => {
      const a = await assignmentForTap(trx, actor, input.caseNumber, at);
      const open = await store.findOpen(trx, actor.id);
      if (open) throw new AppError(409, 'evvAlreadyCheckedIn', { since: formatInstant(client.lang, open.check_in_at!) }, { openRecordId: open.id });
      const loc = locationOf(input.locationType, input.locationStatus, input.location);
      const home = a.home_latitude !== null && a.home_longitude !== null ? { latitude: a.home_latitude, longitude: a.home_longitude } : undefined;
      const check = checkEvvVisit(
        {
          serviceType: 'ihss',
          recipientId: a.case_number,
          providerId: actor.loginId,
          checkIn: at,
          locationType: input.locationType,
          checkInLocation: loc.point,
        },
        home,
      );
      const far = check.findings.some((f) => f.code === 'EVV_LOCATION_FAR_FROM_HOME');
      const stored = check.locationToStore;
      const values = {
        check_in_key: input.idempotencyKey,
        check_in_at: at,
        check_in_received_at: now,
        location_type: input.locationType,
        location_status: loc.status,
        check_in_latitude: stored?.latitude ?? null,
        check_in_longitude: stored?.longitude ?? null,
        check_in_accuracy_m: stored ? (loc.point?.accuracyMeters ?? null) : null,
        far_from_home: far,
      };
      const orphan = await store.findOrphanCheckOutAfter(trx, actor.id, a.id, at);
      let id: number;
      if (orphan) {
        id = orphan.id;
        await store.updateRecord(trx, id, values);
      } else {
        id = await store.insertRecord(trx, {
          ...values,
          provider_user_id: actor.id,
          case_id: a.id,
          county_id: a.county_id,
          capture_method: 'web',
        });
      }
      await recordAudit(trx, {
        ip: client.ip,
        userAgent: client.userAgent,
        action: 'evv.check_in',
        outcome: 'success',
        actorUserId: actor.id,
        subjectUserId: actor.id,
        countyId: a.county_id,
        details: { recordId: id, caseNumber: a.case_number, locationType: input.locationType, locationStatus: loc.status, farFromHome: far, joinedCheckOut: !!orphan },
      });
      return toView((await store.findById(trx, id, actor.id))!, today);
    }),
  );
}

export async function checkOut(db: Db, actor: Actor, input: CheckOutRequest, client: Client, now: Date): Promise<EvvRecordView> {
  const today = californiaDate(now);
  const done = await existing(db, actor, input.idempotencyKey, today);
  if (done) return done;
  const at = tapTime(input.tappedAt, now);
  return guarded(db, input.idempotencyKey, today, () =>
    db.transaction().execute(async (trx) => {
      const open = await store.findOpen(trx, actor.id);
      let id: number;
      let countyId: number;
      let orphan = false;
      if (open && open.case_number === input.caseNumber) {
        if (at < open.check_in_at!) {
          throw new FieldError('tappedAt', 'evvCheckOutBeforeCheckIn', { checkIn: formatInstant(client.lang, open.check_in_at!) });
        }
        const loc = locationOf(open.location_type, input.locationStatus, input.location);
        id = open.id;
        countyId = open.county_id;
        await store.updateRecord(trx, id, {
          check_out_key: input.idempotencyKey,
          check_out_at: at,
          check_out_received_at: now,
          check_out_location_status: open.location_type === 'home' ? loc.status : 'not_required',
          check_out_latitude: loc.point?.latitude ?? null,
          check_out_longitude: loc.point?.longitude ?? null,
          check_out_accuracy_m: loc.point?.accuracyMeters ?? null,
        });
      } else {
        // No check-in to close: keep the tap, flagged, so no worked time is lost.
        const a = await assignmentForTap(trx, actor, input.caseNumber, at);
        const locationType = input.location || input.locationStatus ? 'home' : 'community';
        const loc = locationOf(locationType, input.locationStatus, input.location);
        orphan = true;
        countyId = a.county_id;
        id = await store.insertRecord(trx, {
          provider_user_id: actor.id,
          case_id: a.id,
          county_id: a.county_id,
          check_out_key: input.idempotencyKey,
          check_out_at: at,
          check_out_received_at: now,
          location_type: locationType,
          location_status: locationType === 'home' ? 'unavailable' : 'not_required',
          check_out_location_status: loc.status,
          check_out_latitude: loc.point?.latitude ?? null,
          check_out_longitude: loc.point?.longitude ?? null,
          check_out_accuracy_m: loc.point?.accuracyMeters ?? null,
          capture_method: 'web',
        });
      }
      await recordAudit(trx, {
        ip: client.ip,
        userAgent: client.userAgent,
        action: 'evv.check_out',
        outcome: 'success',
        actorUserId: actor.id,
        subjectUserId: actor.id,
        countyId,
        details: { recordId: id, caseNumber: input.caseNumber, withoutCheckIn: orphan },
      });
      return toView((await store.findById(trx, id, actor.id))!, today);
    }),
  );
}

export async function evvState(db: Db, actor: Actor, now: Date) {
  const today = californiaDate(now);
  const open = await store.findOpen(db, actor.id);
  const candidates = await store.listCandidatesToFix(db, actor.id);
  const needsFix = candidates.map((r) => toView(r, today)).filter((v) => v.flags.length > 0);
  const assignments = await cases.listProviderAssignments(db, actor.id, today, today);
  return {
    open: open ? toView(open, today) : null,
    needsFix,
    exemptCases: [...new Set(assignments.filter((a) => a.live_in).map((a) => a.case_number))],
  };
}

/** California dates [from, to] as instants [start of from, start of the day after to). */
export function dayRange(from: string, to: string) {
  return { start: new Date(californiaInstant(from, 0)), end: new Date(californiaInstant(addDays(to, 1), 0)) };
}

export async function listRecords(db: Db, actor: Actor, from: string, to: string, now: Date) {
  const { start, end } = dayRange(from, to);
  const rows = await store.listInRange(db, { providerId: actor.id }, start, end);
  const today = californiaDate(now);
  return rows.map((r) => toView(r, today));
}

/** Closed records of a provider and case in [from, to], for filling a timesheet. */
export async function recordsForTimesheet(db: Db, providerId: number, caseId: number, from: string, to: string) {
  const { start, end } = dayRange(from, to);
  return store.listInRange(db, { providerId, caseIds: [caseId] }, start, end);
}

/** Records of some cases in [from, to], for marking planned visits as checked in. */
export async function recordsForCases(db: Db, caseIds: readonly number[], from: string, to: string, providerId?: number) {
  const { start, end } = dayRange(from, to);
  return store.listInRange(db, providerId === undefined ? { caseIds } : { caseIds, providerId }, start, end);
}

/** The one-tap correction: new times with a reason, by the provider, audited with before and after. */
export async function correct(db: Db, actor: Actor, recordId: number, input: EvvCorrectionRequest, client: Client, now: Date) {
  const today = californiaDate(now);
  return guarded(db, `correction:${recordId}`, today, () =>
    db.transaction().execute(async (trx) => {
      const row = await store.findById(trx, recordId, actor.id);
      if (!row) throw notFound();
      const checkIn = input.checkInAt ? correctedTime(input.checkInAt, 'checkInAt', now) : row.check_in_at;
      const checkOut = input.checkOutAt ? correctedTime(input.checkOutAt, 'checkOutAt', now) : row.check_out_at;
      if (!checkIn) throw new FieldError('checkInAt', 'correctionNeedsTime');
      if (checkOut && checkOut < checkIn) throw new FieldError('checkOutAt', 'evvCheckOutBeforeCheckIn', { checkIn: formatInstant(client.lang, checkIn) });
      await store.updateRecord(trx, row.id, {
        check_in_at: checkIn,
        check_out_at: checkOut,
        edited_by: actor.id,
        edited_at: now,
        edit_reason: input.reason,
      });
      await recordAudit(trx, {
        ip: client.ip,
        userAgent: client.userAgent,
        action: 'evv.corrected',
        outcome: 'success',
        actorUserId: actor.id,
        subjectUserId: actor.id,
        countyId: row.county_id,
        details: {
          recordId: row.id,
          reason: input.reason,
          before: { checkInAt: row.check_in_at?.toISOString() ?? null, checkOutAt: row.check_out_at?.toISOString() ?? null },
          after: { checkInAt: checkIn.toISOString(), checkOutAt: checkOut?.toISOString() ?? null },
        },
      });
      return toView((await store.findById(trx, row.id, actor.id))!, today);
    }),
  );
}
