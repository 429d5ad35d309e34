/**
 * EVV check-in and check-out (21st Century Cures Act section 12006, 42 U.S.C. 1396b(l): the date, place and times a
 * service begins and ends, who gave it and who received it; CDSS "EVV for Recipients and Providers",
 * https://www.cdss.ca.gov/inforesources/cdss-programs/ihss/evvhelp; UDW).
 *
 * - The server is the record of every tap a phone made (evv_taps, append-only): the device's time of the tap
 *   (`tappedAt`), when it arrived, its key and what the location request gave. A tap is never refused for what
 *   other taps say, so an offline queue sent hours later loses nothing.
 * - Visits (evv_records) are derived from the taps in tap order, not arrival order (pairing.ts): per case, a
 *   check-in and the check-out right after it are a visit; a check-out with no check-in right before it is kept
 *   alone and flagged; a check-in with no check-out is open, or, once another check-in of the case follows it, left
 *   open and flagged. Each tap recomputes the visits of its case's neighbouring taps, so the visits depend only
 *   on the set of taps, whatever order they arrived in.
 * - A check-in while another is open is kept, like any tap. Refusing it (as the portal did) made the portal, not
 *   the provider, decide which of two taps was the work done, and a tap an offline phone had already made could only
 *   be lost. CDSS pays providers "based on their reported hours worked and not the time between check-in/check-out",
 *   so EVV's part is to keep what was tapped and show what needs the provider's word: an open visit of another case
 *   stays open and overlaps the new one; an earlier check-in of the same case is left open and flagged.
 * - Visits that overlap are never refused: both are flagged (overlaps_another_visit) for the provider to fix with
 *   a correction of the times, or by saying one was not a visit (discarded: its taps stay). The timesheet counts
 *   overlapping minutes once (recordsForTimesheet).
 * - A correction (times with a reason, audited) belongs to its visit, whose identity is its check-in tap (or its
 *   lone check-out tap): it stays when a later tap is recomputed around it. Only when a late tap gives the visit
 *   other taps and the corrected times no longer fit them (check-out before check-in) is the correction set aside;
 *   a discarded visit that a late tap joins is shown again. Both stay in the audit trail.
 * - A tap's key is an idempotency key (IETF httpapi Idempotency-Key draft, lib/idempotency.ts): a retry or a
 *   concurrent twin gets the visit its first request recorded; the key reused for another request is a 422.
 * - Location is asked for once and only for "home"; a refusal or no fix is recorded and never blocks. A
 *   "community" visit stores no coordinates at all. A home check-in far from the recipient's address is flagged
 *   for county review (checkEvvVisit), never refused.
 * - Live-in providers self-certify (SOC 2298) and are exempt: they enter hours on the timesheet.
 */
import type { Insertable } from 'kysely';
import type { CheckInRequest, CheckOutRequest, EvvCorrectionRequest, EvvFlag, EvvRecordView } from '../../../contracts/evv.js';
import { localeOf, type Language } from '../../../contracts/messages/index.js';
import type { Db } from '../../../db/connection.js';
import type { EvvRecordsTable, EvvTapsTable, LocationStatus } from '../../../db/schema.js';
import { addDays, californiaDate, californiaInstant, checkEvvVisit, isCaseActiveOn } from '../../../domain/index.js';
import { AppError, FieldError, notFound } from '../../errors.js';
import * as idempotency from '../../lib/idempotency.js';
import { recordAudit } from '../audit/service.js';
import * as cases from '../cases/service.js';
import { matchRows, pairTaps, type Pairing } from './pairing.js';
import * as stateStore from './state-store.js';
import * as store from './store.js';
import type { Client } from '../../lib/client.js';

export type { EvvRow, OwnTapRow } from './store.js';
/** Every check-in and check-out tap the provider made, oldest first, without coordinates (store.listTapsOf). */
export const tapsOf = store.listTapsOf;

/** A phone's clock may run a little fast; more than this ahead of the server is refused with a hint. */
const CLOCK_SKEW_MS = 5 * 60_000;

export interface Actor {
  id: number;
  loginId: string;
  countyId: number | null;
}

function formatInstant(lang: Language, at: Date) {
  return new Intl.DateTimeFormat(localeOf(lang), { timeZone: 'America/Los_Angeles', dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

export function flagsOf(r: Pick<store.EvvRow, 'check_in_at' | 'check_out_at' | 'edited_at' | 'left_open' | 'overlaps_with'>, today: string): EvvFlag[] {
  const flags: EvvFlag[] = [];
  if (!r.check_in_at) flags.push('check_out_without_check_in');
  else if (!r.check_out_at) {
    if (r.left_open) flags.push('missing_check_out');
    else if (californiaDate(r.check_in_at) < today) flags.push('open_past_midnight');
  } else if (!r.edited_at && californiaDate(r.check_out_at) > californiaDate(r.check_in_at)) flags.push('open_past_midnight');
  if (r.overlaps_with.length > 0) flags.push('overlaps_another_visit');
  return flags;
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
    discarded: r.discarded_at !== null,
    overlapsWith: r.overlaps_with,
    flags: r.discarded_at ? [] : flagsOf(r, today),
  };
}

async function viewOf(found: Promise<store.EvvRow | undefined>, today: string) {
  const row = await found;
  if (!row) throw notFound();
  return toView(row, today);
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

const covering = (date: string) => (r: store.TapAssignment) => r.start_date <= date && (r.end_date === null || r.end_date >= date);

/** The provider's assignments to the case that beginTap read: the one on the tap's date, or a refusal naming both. */
function assignmentForCheckIn(rows: readonly store.TapAssignment[], caseNumber: string, at: Date) {
  const date = californiaDate(at);
  const a = rows.find(covering(date));
  if (!a) throw new AppError(400, 'notAssignedToCase', { caseNumber, date });
  if (!isCaseActiveOn(cases.eligibilityOf(a), date)) throw new AppError(400, 'caseNotActive', { caseNumber, date });
  if (a.live_in) throw new AppError(409, 'evvLiveInExempt');
  return a;
}

/** A check-out may end, past midnight, a visit begun on the last day of an assignment. */
function assignmentForCheckOut(rows: readonly store.TapAssignment[], caseNumber: string, at: Date) {
  const date = californiaDate(at);
  const a = rows.find(covering(date)) ?? rows.find(covering(addDays(date, -1)));
  if (!a) throw new AppError(400, 'notAssignedToCase', { caseNumber, date });
  if (a.live_in) throw new AppError(409, 'evvLiveInExempt');
  return a;
}

type Tap = store.TapRow;

/** A derived visit as the row stores it, keeping what the provider said of it while it still fits its taps. */
function visitValues(v: Pairing<Tap>, row: store.StoredVisit | null) {
  const firstTap = (v.in ?? v.out)!;
  const checkInKey = v.in?.key ?? null;
  const checkOutKey = v.out?.key ?? null;
  const otherTaps = row !== null && (row.check_in_key !== checkInKey || row.check_out_key !== checkOutKey);
  let correctedIn = row?.corrected_check_in_at ?? null;
  let correctedOut = row?.corrected_check_out_at ?? null;
  const inAt = correctedIn ?? v.in?.tapped_at ?? null;
  const outAt = correctedOut ?? v.out?.tapped_at ?? null;
  const setAside = inAt !== null && outAt !== null && outAt < inAt;
  if (setAside) [correctedIn, correctedOut] = [null, null];
  // A check-out alone took its place from what it sent: a location asked for means the phone was told "home".
  const locationType = v.in ? v.in.location_type! : v.out!.location_status !== null ? 'home' : 'community';
  const home = locationType === 'home';
  const outPoint = v.out !== null && home && v.out.location_status === 'captured';
  const values: Insertable<EvvRecordsTable> = {
    provider_user_id: firstTap.provider_user_id,
    case_id: firstTap.case_id,
    county_id: firstTap.county_id,
    check_in_key: checkInKey,
    check_out_key: checkOutKey,
    check_in_at: correctedIn ?? v.in?.tapped_at ?? null,
    check_out_at: correctedOut ?? v.out?.tapped_at ?? null,
    check_in_received_at: v.in?.received_at ?? null,
    check_out_received_at: v.out?.received_at ?? null,
    location_type: locationType,
    location_status: v.in ? v.in.location_status! : home ? 'unavailable' : 'not_required',
    check_in_latitude: v.in?.latitude ?? null,
    check_in_longitude: v.in?.longitude ?? null,
    check_in_accuracy_m: v.in?.accuracy_m ?? null,
    check_out_location_status: v.out ? (home ? (v.out.location_status ?? 'unavailable') : 'not_required') : null,
    check_out_latitude: outPoint ? v.out!.latitude : null,
    check_out_longitude: outPoint ? v.out!.longitude : null,
    check_out_accuracy_m: outPoint ? v.out!.accuracy_m : null,
    capture_method: firstTap.capture_method,
    far_from_home: v.in?.far_from_home ?? false,
    left_open: v.leftOpen,
    corrected_check_in_at: correctedIn,
    corrected_check_out_at: correctedOut,
    ...(setAside ? { edited_at: null, edited_by: null, edit_reason: null } : {}),
    ...(otherTaps ? { discarded_at: null, discarded_by: null, discard_reason: null } : {}),
  };
  const changedByTap = row !== null && otherTaps && (setAside || row.discarded_at !== null);
  return { values, changedByTap };
}

const sameValue = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : (a ?? null) === (b ?? null));

function unchanged(row: store.StoredVisit, values: Insertable<EvvRecordsTable>) {
  return Object.entries(values).every(([column, value]) => sameValue(row[column as keyof store.StoredVisit], value));
}

/**
 * Stores a tap and derives again the visits of the taps next to it of the same case: with the two taps on each side,
 * the pairing of the tap before, the new one and the one after is known (see pairing.ts). Returns the tap, its visit
 * to write (store.finishTap), and the visits whose correction or discarding the new tap set aside. One statement in the
 * usual case, the tap stored with what the derivation reads; the other visits are written here too when the tap
 * changed its neighbours' pairing.
 */
async function deriveAround(trx: Db, values: Insertable<EvvTapsTable>) {
  const { tap, before, after, visits: near } = await store.insertTapAmongNeighbours(trx, values, 2);
  const inner = new Set([before.at(-1), tap, after[0]].filter((t) => t !== undefined));
  const visits = pairTaps([...before, tap, ...after]).filter((v) => (v.in && inner.has(v.in)) || (v.out && inner.has(v.out)));
  const keys = new Set(visits.flatMap((v) => [v.in?.key, v.out?.key]).filter((k): k is string => k !== undefined));
  const stored = near.filter((r) => (r.check_in_key !== null && keys.has(r.check_in_key)) || (r.check_out_key !== null && keys.has(r.check_out_key)));
  const { matched, unused } = matchRows(visits, stored);
  // Only a visit whose taps all went to other visits is left over; what the provider said of it is in the audit trail.
  await store.deleteRecords(trx, unused.map((r) => r.id));
  const setAside: number[] = [];
  const derived = matched.map(({ visit, row }) => ({ row, own: visit.in === tap || visit.out === tap, ...visitValues(visit, row) }));
  for (const { row, values: v, changedByTap, own } of derived) {
    if (row && changedByTap) setAside.push(row.id);
    if (own) continue;
    // A tap next to a closed visit derives that visit again, most often as it is stored: nothing to write then.
    if (!row) await store.insertRecord(trx, v);
    else if (!unchanged(row, v)) await store.updateRecord(trx, row.id, v);
  }
  const mine = derived.find((d) => d.own)!;
  const write = mine.row ? { id: mine.row.id, values: mine.values } : { id: null, values: mine.values };
  return { tap, write, setAside, merged: unused.map((r) => r.id) };
}

type Operation = 'evv.check_in' | 'evv.check_out';

/**
 * Records one tap once, in one transaction of three statements in the usual case (after the session check): the
 * idempotency key's and the provider's locks taken with the key's first outcome and the case's assignments read
 * (store.beginTap); the tap stored and its case's visits around it read (deriveAround); its visit written with the
 * audit row and the key's outcome (store.finishTap). Under the provider's lock two taps never derive the same visits
 * at once. A retry answers with the visit its first request recorded, even once the assignment has ended.
 */
async function recordTap(
  db: Db,
  actor: Actor,
  operation: Operation,
  input: CheckInRequest | CheckOutRequest,
  client: Client,
  now: Date,
  build: (assignments: readonly store.TapAssignment[], at: Date) => { tap: Insertable<EvvTapsTable>; details: Record<string, unknown> },
): Promise<EvvRecordView> {
  const today = californiaDate(now);
  const at = tapTime(input.tappedAt, now);
  const date = californiaDate(at);
  const key = { userId: actor.id, key: input.idempotencyKey, operation, request: { ...input, tappedAt: at.toISOString() } };
  const replay = (trx: Db) => viewOf(store.findByTapKey(trx, actor.id, input.idempotencyKey), today);
  const record = () =>
    db.transaction().execute(async (trx) => {
      const { prior, assignments } = await store.beginTap(trx, key, actor.id, input.caseNumber, addDays(date, -1), date);
      if (prior) {
        idempotency.outcomeOf(key, prior);
        return replay(trx);
      }
      const { tap, details } = build(assignments, at);
      const { tap: stored, write, setAside, merged } = await deriveAround(trx, tap);
      const audit = {
        ip: client.ip,
        userAgent: client.userAgent,
        action: operation,
        outcome: 'success' as const,
        actorUserId: actor.id,
        subjectUserId: actor.id,
        countyId: stored.county_id,
        details: {
          caseNumber: input.caseNumber,
          tappedAt: at.toISOString(),
          ...details,
          ...(setAside.length > 0 ? { setAside } : {}),
          ...(merged.length > 0 ? { merged } : {}),
        },
      };
      return toView(await store.finishTap(trx, write, audit, key), today);
    });
  // A twin that committed while this tap waited for its locks is met at the idempotency key's or the tap key's index.
  return idempotency.orTwinsOutcome(db, key, record, replay, ['evv_tap_keys_pkey']);
}

export function checkIn(db: Db, actor: Actor, input: CheckInRequest, client: Client, now: Date): Promise<EvvRecordView> {
  return recordTap(db, actor, 'evv.check_in', input, client, now, (assignments, at) => {
    const a = assignmentForCheckIn(assignments, input.caseNumber, at);
    const loc = locationOf(input.locationType, input.locationStatus, input.location);
    const home = a.home_latitude !== null && a.home_longitude !== null ? { latitude: a.home_latitude, longitude: a.home_longitude } : undefined;
    const check = checkEvvVisit(
      { serviceType: 'ihss', recipientId: a.case_number, providerId: actor.loginId, checkIn: at, locationType: input.locationType, checkInLocation: loc.point },
      home,
    );
    const far = check.findings.some((f) => f.code === 'EVV_LOCATION_FAR_FROM_HOME');
    const point = check.locationToStore;
    return {
      tap: {
        provider_user_id: actor.id,
        case_id: a.id,
        county_id: a.county_id,
        kind: 'in',
        key: input.idempotencyKey,
        tapped_at: at,
        received_at: now,
        location_type: input.locationType,
        location_status: loc.status,
        latitude: point?.latitude ?? null,
        longitude: point?.longitude ?? null,
        accuracy_m: point ? (loc.point?.accuracyMeters ?? null) : null,
        far_from_home: far,
        capture_method: 'web',
      },
      details: { locationType: input.locationType, locationStatus: loc.status, farFromHome: far },
    };
  });
}

export function checkOut(db: Db, actor: Actor, input: CheckOutRequest, client: Client, now: Date): Promise<EvvRecordView> {
  return recordTap(db, actor, 'evv.check_out', input, client, now, (assignments, at) => {
    const a = assignmentForCheckOut(assignments, input.caseNumber, at);
    // Whether the visit is at home is its check-in's to say; the phone asks for a location only when it was.
    const asked = input.locationStatus !== undefined || input.location !== undefined;
    const loc = asked ? locationOf('home', input.locationStatus, input.location) : null;
    return {
      tap: {
        provider_user_id: actor.id,
        case_id: a.id,
        county_id: a.county_id,
        kind: 'out',
        key: input.idempotencyKey,
        tapped_at: at,
        received_at: now,
        location_status: loc?.status ?? null,
        latitude: loc?.point?.latitude ?? null,
        longitude: loc?.point?.longitude ?? null,
        accuracy_m: loc?.point?.accuracyMeters ?? null,
        capture_method: 'web',
      },
      details: loc ? { locationStatus: loc.status } : {},
    };
  });
}

export async function evvState(db: Db, actor: Actor, now: Date) {
  const today = californiaDate(now);
  const { rows, exemptCases } = await stateStore.openAndToFix(db, actor.id, today);
  const open = rows.find((r) => r.is_open);
  const needsFix = rows.filter((r) => r.to_fix).map((r) => toView(r, today)).filter((v) => v.flags.length > 0);
  return {
    open: open ? toView(open, today) : null,
    needsFix,
    exemptCases,
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

/**
 * Visits of a provider and case in [from, to], for filling a timesheet: each with `counted_from`, the instant from
 * which its time counts (see store.listCountedInRange), so minutes two visits overlap are counted once, on the
 * visit that began first. The overlap itself is shown to the provider (overlaps_another_visit) to fix.
 */
export async function recordsForTimesheet(db: Db, providerId: number, caseId: number, from: string, to: string) {
  const { start, end } = dayRange(from, to);
  return store.listCountedInRange(db, providerId, caseId, start, end);
}

export type TimesheetEvvRow = Awaited<ReturnType<typeof recordsForTimesheet>>[number];

/** Check-ins of some cases in [from, to], oldest first, for marking planned visits as checked in (and out). */
export async function checkInsForCases(db: Db, caseIds: readonly number[], from: string, to: string) {
  const { start, end } = dayRange(from, to);
  return stateStore.checkInsOfCases(db, caseIds, start, end);
}

/**
 * The one-step correction, by the provider, with a reason, audited with before and after: new times, or "this was
 * not a visit" (discarded: left out of timesheets and overlaps; its taps stay). With a key, a retry answers the
 * same and the key reused for another correction is a 422.
 */
export async function correct(db: Db, actor: Actor, recordId: number, input: EvvCorrectionRequest, client: Client, now: Date) {
  const today = californiaDate(now);
  const { idempotencyKey, ...change } = input;
  const request = {
    ...change,
    recordId,
    checkInAt: change.checkInAt && new Date(change.checkInAt).toISOString(),
    checkOutAt: change.checkOutAt && new Date(change.checkOutAt).toISOString(),
  };
  const key = idempotencyKey ? { userId: actor.id, key: idempotencyKey, operation: 'evv.correct', request } : null;
  return db.transaction().execute(async (trx) => {
    if (key && (await idempotency.firstOutcome(trx, key)) !== undefined) return viewOf(store.findById(trx, recordId, actor.id), today);
    await store.lockProvider(trx, actor.id);
    const row = await store.storedVisit(trx, recordId, actor.id);
    if (!row || row.discarded_at) throw notFound();
    const audit = { ip: client.ip, userAgent: client.userAgent, outcome: 'success' as const, actorUserId: actor.id, subjectUserId: actor.id, countyId: row.county_id };
    const times = { checkInAt: row.check_in_at?.toISOString() ?? null, checkOutAt: row.check_out_at?.toISOString() ?? null };
    if (change.discard) {
      await store.updateRecord(trx, row.id, { discarded_at: now, discarded_by: actor.id, discard_reason: change.reason });
      await recordAudit(trx, { ...audit, action: 'evv.discarded', details: { recordId: row.id, reason: change.reason, ...times } });
    } else {
      const checkIn = change.checkInAt ? correctedTime(change.checkInAt, 'checkInAt', now) : row.check_in_at;
      const checkOut = change.checkOutAt ? correctedTime(change.checkOutAt, 'checkOutAt', now) : row.check_out_at;
      if (!checkIn) throw new FieldError('checkInAt', 'correctionNeedsTime');
      if (checkOut && checkOut < checkIn) throw new FieldError('checkOutAt', 'evvCheckOutBeforeCheckIn', { checkIn: formatInstant(client.lang, checkIn) });
      await store.updateRecord(trx, row.id, {
        check_in_at: checkIn,
        check_out_at: checkOut,
        corrected_check_in_at: change.checkInAt ? checkIn : row.corrected_check_in_at,
        corrected_check_out_at: change.checkOutAt ? checkOut : row.corrected_check_out_at,
        edited_by: actor.id,
        edited_at: now,
        edit_reason: change.reason,
      });
      await recordAudit(trx, {
        ...audit,
        action: 'evv.corrected',
        details: { recordId: row.id, reason: change.reason, before: times, after: { checkInAt: checkIn.toISOString(), checkOutAt: checkOut?.toISOString() ?? null } },
      });
    }
    if (key) await idempotency.remember(trx, key, { recordId: row.id });
    return viewOf(store.findById(trx, row.id, actor.id), today);
  });
}
