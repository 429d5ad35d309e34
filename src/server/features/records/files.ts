/**
 * The CSV files of "Download my records", each from rows the other features' services give: one pure function per
 * file, so what each column holds is read here in one place. Times are California wall-clock time, written
 * `YYYY-MM-DD HH:MM:SS`, which spreadsheet programs read as a date and time (an offset after it would make them
 * read text).
 */
import { toCaliforniaDateTime } from '../../../domain/index.js';
import { csvFile } from '../../lib/csv.js';
import { wordFor, type RecordWords } from './words.js';

export const californiaTimestamp = (at: Date): string =>
  new Date(at.getTime() + toCaliforniaDateTime(at).offsetMinutes * 60_000).toISOString().slice(0, 19).replace('T', ' ');

const at = (d: Date | null) => (d ? californiaTimestamp(d) : null);
const hours = (minutes: number | null) => (minutes === null ? null : (minutes / 60).toFixed(2));
const dollars = (cents: number | null) => (cents === null ? null : (cents / 100).toFixed(2));

type Cell = string | number | null;

/** A file and how many records it holds (the README and the audit row count them). */
export interface CsvTable {
  csv: string;
  rows: number;
}

const table = (header: readonly string[], lines: readonly (readonly Cell[])[]): CsvTable => ({ csv: csvFile(header, lines), rows: lines.length });

export interface SignInRow {
  occurred_at: Date;
  action: string;
  outcome: string;
  ip: string | null;
  device: string | null;
}

export function signInsCsv(t: RecordWords, rows: readonly SignInRow[]): CsvTable {
  return table(
    t.files.signIns.headers,
    rows.map((r) => [at(r.occurred_at), wordFor(t.values.signIn, r.action), wordFor(t.values.outcome, r.outcome), r.ip, r.device]),
  );
}

export interface TapRow {
  kind: string;
  tapped_at: Date;
  received_at: Date;
  location_type: string | null;
  location_status: string | null;
  capture_method: string;
  case_number: string;
  first_name: string;
  last_name: string;
}

export function tapsCsv(t: RecordWords, rows: readonly TapRow[]): CsvTable {
  const v = t.values;
  return table(
    t.files.evvTaps.headers,
    rows.map((r) => [
      at(r.tapped_at),
      wordFor(v.tap, r.kind),
      r.case_number,
      `${r.first_name} ${r.last_name}`,
      r.location_type && wordFor(v.place, r.location_type),
      r.location_status && wordFor(v.location, r.location_status),
      at(r.received_at),
      wordFor(v.sentFrom, r.capture_method),
    ]),
  );
}

/** One timesheet version, as the person may see it. */
export interface VersionRow {
  id: number;
  case_number: string;
  recipient_first_name: string;
  recipient_last_name: string;
  provider_login_id: string;
  pay_period_start: string;
  pay_period_end: string;
  version: number;
  status: string;
  worked_minutes: number | null;
  travel_minutes: number | null;
  /** Null where the reader may not see pay (a recipient). */
  gross_cents: number | null;
}

/** One step of a version's life: who took it as a role, never their name, and the codes, never a person's note. */
export interface StepRow {
  timesheet_id: number;
  action: string;
  actor_kind: string;
  reason_codes: readonly string[];
  at: Date;
}

export function timesheetsCsv(t: RecordWords, versions: readonly VersionRow[], steps: readonly StepRow[]): CsvTable {
  const v = t.values;
  const lines = versions.flatMap((ts) => {
    const version = [
      ts.case_number,
      `${ts.recipient_first_name} ${ts.recipient_last_name}`,
      ts.provider_login_id,
      ts.pay_period_start,
      ts.pay_period_end,
      ts.version,
      wordFor(v.status, ts.status),
      hours(ts.worked_minutes),
      hours(ts.travel_minutes),
      dollars(ts.gross_cents),
    ];
    const own = steps.filter((s) => s.timesheet_id === ts.id);
    if (own.length === 0) return [[...version, null, null, null, null]];
    return own.map((s) => [...version, at(s.at), wordFor(v.step, s.action), wordFor(v.by, s.actor_kind), s.reason_codes.join(' ')]);
  });
  return table(t.files.timesheets.headers, lines);
}

export interface MessageRow {
  thread_id: number;
  subject: string;
  body: string;
  created_at: Date;
  sent: boolean;
  first_read_at: Date | null;
  acknowledged_at: Date | null;
}

export function messagesCsv(t: RecordWords, rows: readonly MessageRow[]): CsvTable {
  const v = t.values;
  return table(
    t.files.messages.headers,
    rows.map((r) => [
      at(r.created_at),
      r.sent ? v.direction.sent : v.direction.received,
      r.sent ? v.from.you : v.from.county,
      r.subject,
      r.body,
      r.thread_id,
      r.sent ? null : at(r.first_read_at),
      r.sent ? null : at(r.acknowledged_at),
    ]),
  );
}
