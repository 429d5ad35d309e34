/**
 * Filling a draft from the period's EVV records. Pay is for the hours entered, not the span between check-in and
 * check-out (CDSS EVV help), so the provider may change them; a changed day is marked `edited` and keeps what the EVV
 * said. Days the provider has not touched follow later EVV records.
 */
import type { TimesheetDayInput } from '../../../contracts/timesheets.js';
import type { Db } from '../../../db/connection.js';
import { dayHasData, dayHours, MAX_DAY_MINUTES, toCaliforniaDateTime } from '../../../domain/index.js';
import * as evv from '../evv/service.js';
import * as store from './store.js';

export interface EvvDay {
  minutes: number;
  start: string | null;
  end: string | null;
  location: 'home' | 'community' | 'both';
}

/** A day's EVV time: closed visits, on the California date of their check-in, added up (minutes two visits overlap count once). */
function evvDays(records: readonly evv.TimesheetEvvRow[]): Map<string, EvvDay> {
  const days = new Map<string, EvvDay & { startMin: number; endMin: number; spans: boolean }>();
  for (const r of records) {
    if (!r.check_in_at || !r.check_out_at) continue;
    const a = toCaliforniaDateTime(r.check_in_at);
    const b = toCaliforniaDateTime(r.check_out_at);
    const minutes = Math.round((r.check_out_at.getTime() - (r.counted_from ?? r.check_in_at).getTime()) / 60_000);
    const d = days.get(a.date);
    const spans = b.date !== a.date;
    if (!d) {
      days.set(a.date, { minutes, start: null, end: null, location: r.location_type, startMin: a.minuteOfDay, endMin: b.minuteOfDay, spans });
    } else {
      d.minutes += minutes;
      d.startMin = Math.min(d.startMin, a.minuteOfDay);
      d.endMin = Math.max(d.endMin, b.minuteOfDay);
      d.spans ||= spans;
      if (d.location !== r.location_type) d.location = 'both';
    }
  }
  const out = new Map<string, EvvDay>();
  const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  for (const [date, d] of days) {
    // Start is the first check-in and end the last check-out; a visit past midnight has no clock times on this day.
    out.set(date, { minutes: Math.min(d.minutes, MAX_DAY_MINUTES), start: d.spans ? null : clock(d.startMin), end: d.spans ? null : clock(d.endMin), location: d.location });
  }
  return out;
}

/** Brings a draft's untouched days in line with the period's EVV records; days the provider changed keep their hours. */
export async function syncFromEvv(db: Db, ts: store.TimesheetRow) {
  const records = await evv.recordsForTimesheet(db, ts.provider_user_id, ts.case_id, ts.pay_period_start, ts.pay_period_end);
  const fromEvv = evvDays(records);
  const existing = await store.listDays(db, ts.id);
  const byDate = new Map(existing.map((d) => [d.work_date, d]));
  const next = [];
  for (const d of existing) {
    const e = fromEvv.get(d.work_date);
    if (d.edited || !d.from_evv) next.push({ ...d, evv_minutes: e?.minutes ?? (d.from_evv ? 0 : null) });
    else if (e) next.push({ ...d, worked_minutes: e.minutes, start_time: e.start, end_time: e.end, location: e.location, evv_minutes: e.minutes });
    // an untouched EVV day whose records are gone disappears with them
  }
  for (const [date, e] of fromEvv) {
    if (byDate.has(date)) continue;
    next.push({
      timesheet_id: ts.id,
      county_id: ts.county_id,
      work_date: date,
      worked_minutes: e.minutes,
      travel_minutes: 0,
      start_time: e.start,
      end_time: e.end,
      location: e.location,
      from_evv: true,
      evv_minutes: e.minutes,
      edited: false,
    });
  }
  const same =
    next.length === existing.length &&
    next.every((n) => {
      const o = byDate.get(n.work_date);
      return o && o.worked_minutes === n.worked_minutes && o.evv_minutes === n.evv_minutes && store.hhmm(o.start_time) === store.hhmm(n.start_time) && o.location === n.location;
    });
  if (!same) await store.replaceDays(db, ts.id, next.sort((a, b) => (a.work_date < b.work_date ? -1 : 1)));
}

function sameClock(a: string | null | undefined, b: string | null | undefined) {
  return (a ?? null) === (b ?? null);
}

/** The rows of the provider's days (the whole list), each marked `edited` where it differs from the EVV records. */
export async function savedDays(db: Db, ts: store.TimesheetRow, input: readonly TimesheetDayInput[]) {
  const records = await evv.recordsForTimesheet(db, ts.provider_user_id, ts.case_id, ts.pay_period_start, ts.pay_period_end);
  const fromEvv = evvDays(records);
  const given = new Map(input.map((d) => [d.date, d]));
  const rows = [];
  for (const d of input) {
    const e = fromEvv.get(d.date);
    const startTime = d.startTime ?? null;
    const endTime = d.endTime ?? null;
    const typed = d.workedMinutes ?? null;
    const worked = dayHours({ date: d.date, typedMinutes: typed, startTime, endTime, checkInMinutes: e?.minutes ?? null }).minutes;
    const travel = d.travelMinutes ?? 0;
    // A day with anything on it is kept, with or without hours: the rules engine refuses one without (DAY_WITHOUT_HOURS).
    if (!e && !dayHasData({ workedMinutes: worked, travelMinutes: travel, startTime, endTime, location: d.location ?? null })) continue;
    const edited = !!e && ((typed !== null && typed !== e.minutes) || !sameClock(startTime, e.start) || !sameClock(endTime, e.end));
    rows.push({
      timesheet_id: ts.id,
      county_id: ts.county_id,
      work_date: d.date,
      worked_minutes: worked,
      travel_minutes: travel,
      start_time: startTime,
      end_time: endTime,
      location: d.location ?? e?.location ?? null,
      from_evv: !!e,
      evv_minutes: e?.minutes ?? null,
      edited,
    });
  }
  // A day the EVV records have but the provider removed stays, at zero and marked, so it is not refilled.
  for (const [date, e] of fromEvv) {
    if (date < ts.pay_period_start || date > ts.pay_period_end || given.has(date)) continue;
    rows.push({ timesheet_id: ts.id, county_id: ts.county_id, work_date: date, worked_minutes: 0, travel_minutes: 0, start_time: null, end_time: null, location: null, from_evv: true, evv_minutes: e.minutes, edited: true });
  }
  return rows.sort((a, b) => (a.work_date < b.work_date ? -1 : 1));
}
